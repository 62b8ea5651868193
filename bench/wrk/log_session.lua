dofile(os.getenv("WRK_DIR") .. "/latency.lua")
dofile(os.getenv("WRK_DIR") .. "/uuid.lua")
-- Each request stores one finished session under a new client UUID (a fresh write each time).
-- LOG_PATH_TEMPLATE holds %s where the UUID goes; bench/web_load.py writes it and the body
-- into the environment.
local template = os.getenv("LOG_BODY_TEMPLATE")
local path_template = os.getenv("LOG_PATH_TEMPLATE")

request = function()
  return wrk.format("PUT", path_template:format(uuid4()), {["Content-Type"] = "application/json"},
                    template)
end
