-- wrk script of bench/search.sh: sends the requests of a file round robin, in its order, so that
-- the API and OpenSearch directly run the same mix even when a slice holds only a few rounds. Run
-- with -t 1 (one Lua state, one round robin):
--   wrk -t 1 -c 8 -d 10s -s bench/search.lua http://127.0.0.1:PORT -- REQUESTS_FILE [START]
-- REQUESTS_FILE: one request a line, METHOD<TAB>PATH[<TAB>BODY]. A body is JSON; the byte 0x1E in
-- it stands for a line break (an _msearch body is several JSON lines), and a body whose path ends in
-- _msearch is sent as NDJSON. START: 0-based index of the first request.
-- At the end it prints one line for search.sh (BENCH_WRK key=value ...) and writes every latency
-- ("microseconds count" a line) to the file named by BENCH_WRK_LATENCIES.

local requests = {}
local next_request = 0

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read the requests file " .. tostring(args[1]))
  for line in file:lines() do
    local method, path, body = line:match("^(%u+)\t([^\t]+)\t?(.*)$")
    if method then
      local headers = {}
      -- As a browser does, when the run asks for it (bench/insights.sh: the network's body is megabytes).
      local encoding = os.getenv("BENCH_ACCEPT_ENCODING")
      if encoding and encoding ~= "" then
        headers["Accept-Encoding"] = encoding
      end
      if body ~= "" then
        body = body:gsub("\30", "\n")
        headers["Content-Type"] = path:match("_msearch") and "application/x-ndjson" or "application/json"
      else
        body = nil
      end
      table.insert(requests, wrk.format(method, path, headers, body))
    end
  end
  file:close()
  assert(#requests > 0, "no requests in " .. args[1])
  next_request = (tonumber(args[2]) or 0) % #requests
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

function done(summary, latency, requests_done)
  local path = os.getenv("BENCH_WRK_LATENCIES")
  if path then
    local file = assert(io.open(path, "w"))
    for i = 1, #latency do
      local value, count = latency(i)
      file:write(string.format("%d %d\n", value, count))
    end
    file:close()
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH_WRK requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d " ..
    "connect_errors=%d read_errors=%d write_errors=%d status_errors=%d timeouts=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
