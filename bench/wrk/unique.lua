-- GET a random line of a file of search paths, each made new by excluding a word that no innovation contains
-- (`-zq<n>`): the answer is the same, but no cache has seen the query. wrk -s unique.lua URL -- FILE
local paths = {}
local counter = 0
local prefix = ""

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("no paths in " .. args[1]) end
  local seed = os.time() + (tonumber(tostring({}):sub(8), 16) or 0)
  math.randomseed(seed)
  prefix = tostring(math.random(100000, 999999))
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[math.random(#paths)] .. "%20%2Dzq" .. prefix .. counter)
end
