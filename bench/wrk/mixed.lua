-- A day at load: reads of the paths in READ_PATHS (comma-separated) in turn, and every
-- WRITE_EVERY-th request stores a finished session under a new client UUID. The sessions are
-- those of LOG_BODIES (one JSON body per line, each of a different past day) in turn, so no
-- one day piles up hundreds of logs. Each write moves the data revision on, so the next read
-- of each page misses the read cache and is made afresh.
dofile(os.getenv("WRK_DIR") .. "/latency.lua")
dofile(os.getenv("WRK_DIR") .. "/uuid.lua")

local function split(text, separator)
  local parts = {}
  for part in string.gmatch(text, "[^" .. separator .. "]+") do
    parts[#parts + 1] = part
  end
  return parts
end

local paths = split(os.getenv("READ_PATHS"), ",")
local bodies = split(os.getenv("LOG_BODIES"), "\n")
local path_template = os.getenv("LOG_PATH_TEMPLATE")
local write_every = tonumber(os.getenv("WRITE_EVERY"))
local sent, written = 0, 0

request = function()
  sent = sent + 1
  if sent % write_every == 0 then
    written = written + 1
    return wrk.format("PUT", path_template:format(uuid4()),
                      {["Content-Type"] = "application/json"},
                      bodies[(written % #bodies) + 1])
  end
  return wrk.format("GET", paths[(sent % #paths) + 1])
end
