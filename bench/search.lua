-- wrk script of bench/search.sh: request i searches for query i of the terms file, round robin,
-- in the order pgbench takes them (its script reads query nextval('bench.term_seq')), so that
-- both run the same mix even when a run holds only a few rounds of slow queries. Run with -t 1:
--   wrk -t 1 -c 8 ... -s bench/search.lua http://127.0.0.1:18999/api/v1/search -- bench/search-terms.txt [START]
-- (START: 0-based index of the first query; pgbench's sequence restarts at START + 1).
-- At the end it prints one line for search.sh to read (BENCH_WRK key=value ...) and writes every
-- latency to the file named by BENCH_WRK_LATENCIES.

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
local next_path = 0

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read the terms file " .. tostring(args[1]))
  for line in file:lines() do
    local term = line:match("^%s*(.-)%s*$")
    if term ~= "" and term:sub(1, 1) ~= "#" then
      table.insert(paths, wrk.path .. "?q=" .. urlencode(term))
    end
  end
  file:close()
  assert(#paths > 0, "no terms in " .. args[1])
  next_path = (tonumber(args[2]) or 0) % #paths  -- the first request takes query args[2] + 1
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  -- Every latency (us, "value count" a line) for search.sh, which merges the slices of a run.
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
    "BENCH_WRK requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.0f " ..
    "connect_errors=%d read_errors=%d write_errors=%d status_errors=%d timeouts=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean, e.connect, e.read, e.write, e.status, e.timeout))
end
