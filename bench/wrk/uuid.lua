-- uuid4(): a random version-4 UUID, as a client makes one for each record it stores.
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))

function uuid4()
  local pattern = "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx"
  return (pattern:gsub("[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end
