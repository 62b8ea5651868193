dofile(os.getenv("WRK_DIR") .. "/latency.lua")
-- Each request stores one finished session under a new client UUID (a fresh write each time).
-- BODY_TEMPLATE holds %s where the UUID goes; bench/web_load.py writes it into the environment.
local template = os.getenv("LOG_BODY_TEMPLATE")
local path_template = os.getenv("LOG_PATH_TEMPLATE")

math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))

local function uuid4()
  local pattern = "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx"
  return (pattern:gsub("[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

request = function()

  local id = uuid4()
  return wrk.format("PUT", path_template:format(id), {["Content-Type"] = "application/json"},
                    template)
end
