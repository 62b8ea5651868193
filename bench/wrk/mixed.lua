-- A runner's day at load: reads of the paths in READ_PATHS (comma-separated) in turn, and
-- every WRITE_EVERY-th request stores a finished session under a new client UUID, which
-- moves the data revision on and so makes the next reads of each page miss the read cache.
dofile(os.getenv("WRK_DIR") .. "/log_session.lua")
local log_session = request

local paths = {}
for path in string.gmatch(os.getenv("READ_PATHS"), "[^,]+") do
  paths[#paths + 1] = path
end
local write_every = tonumber(os.getenv("WRITE_EVERY"))
local sent = 0

request = function()
  sent = sent + 1
  if sent % write_every == 0 then
    return log_session()
  end
  return wrk.format("GET", paths[(sent % #paths) + 1])
end
