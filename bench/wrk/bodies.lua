-- POST a random line of a file of JSON bodies to the matchmaking route: wrk -s bodies.lua URL -- FILE
local bodies = {}
local path = "/api/v1/replication-matches"

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then bodies[#bodies + 1] = line end
  end
  if #bodies == 0 then error("no bodies in " .. args[1]) end
  wrk.headers["Content-Type"] = "application/json"
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8), 16) or 0))
end

function request()
  return wrk.format("POST", path, nil, bodies[math.random(#bodies)])
end
