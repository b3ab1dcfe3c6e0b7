-- POST a new innovation with a unique title to PATH: wrk -s register.lua URL -- PATH
-- The X-Api-Key header comes from wrk's -H option.
local counter = 0
local threads = 0
local id = 0
local path = "/api/v1/innovations"
local template = [[{"title":"Layanan Antrean Daring Puskesmas %s","unitName":"Dinas Kesehatan","summary":"Warga mengambil nomor antrean puskesmas dari rumah melalui aplikasi dan pesan singkat.","problem":"Antrean panjang sejak subuh di puskesmas membuat warga kehilangan waktu kerja.","solution":"Nomor antrean diambil daring dan warga diberi tahu saat gilirannya mendekat.","novelty":"Antrean terpadu untuk semua puskesmas di kabupaten.","impact":"Waktu tunggu turun separuh.","sector":"health","form":"publicService","digital":true,"maturityStage":"trial","startedOn":"2024-03-01","evidenceLinks":["https://dinkes.example.go.id/antrean"],"replicable":true}]]

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  if args[1] then path = args[1] end
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local body = string.format(template, string.format("%d-%d-%d", os.time(), id, counter))
  return wrk.format("POST", path, nil, body)
end
