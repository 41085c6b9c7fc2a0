-- Replays the signed request written by sign_get_caller_identity.py (path in REQUEST_FILE)
-- and prints one machine-readable RESULT line for sts-load.sh.
local file = assert(io.open(os.getenv("REQUEST_FILE"), "r"))
wrk.method = "POST"
wrk.path = "/"
wrk.body = file:read("*l")
wrk.headers = {}
for line in file:lines() do
  local name, value = line:match("^([^:]+): (.*)$")
  if name then
    wrk.headers[name] = value
  end
end
file:close()

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
