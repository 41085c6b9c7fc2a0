#!/usr/bin/env bash
# Load benchmark (issue 7, section 5): wrk over loopback, all in one run, against
#   1. a Rampart gateway with no web ACL (bare),
#   2. a Rampart gateway in the same process with a 20-rule web ACL (an IP set of 10,000 CIDRs, a
#      rate-based rule, five regexes, SQLi and XSS on query and body, ...), configured with the aws CLI,
#   3. nginx with ModSecurity and the OWASP Core Rule Set at paranoia level 1,
# all three in front of the same upstream (an nginx server block answering 200). Every request is a
# form POST with a query string, so query and body are inspected. The three are measured in ROUNDS
# rounds, each round in a rotated order (so no setup always runs first or last, when the machine is
# warmer or busier); prints per setup the median over rounds of requests/s, p50 and p99, and the
# median over rounds of the web ACL's throughput loss and added p99 against the bare gateway measured
# in the same round, and of the ratio to nginx.
#
# Knobs (environment): DURATION (default 20s per measurement), WARMUP (5s, once per setup), ROUNDS (5),
# THREADS (2), CONNECTIONS (64).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
here="$root/bench/waf-load"
duration="${DURATION:-20s}"
warmup="${WARMUP:-5s}"
rounds="${ROUNDS:-5}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-64}"

bench_name=waf-load
# shellcheck source=bench/load-common.sh
source "$root/bench/load-common.sh"

for tool in wrk nginx curl python3 aws; do
  command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install wrk nginx libnginx-mod-http-modsecurity modsecurity-crs curl python3; python3 -m pip install awscli)"
done
modsec_module=/usr/lib/nginx/modules/ngx_http_modsecurity_module.so
[ -f "$modsec_module" ] || fail "ModSecurity for nginx is missing (apt-get install libnginx-mod-http-modsecurity)"
[ -f /etc/modsecurity/crs/crs-setup.conf ] || fail "the OWASP Core Rule Set is missing (apt-get install modsecurity-crs)"

work="$(mktemp -d)"
rampart_pid=""
nginx_started=""
cleanup() {
  [ -n "$rampart_pid" ] && kill "$rampart_pid" 2>/dev/null && wait "$rampart_pid" 2>/dev/null
  [ -n "$nginx_started" ] && nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT



upstream_port="$(free_port)"
modsec_port="$(free_port)"
api_port="$(free_port)"
bare_port="$(free_port)"
waf_port="$(free_port)"

# nginx: the shared upstream, and the ModSecurity + CRS (paranoia level 1, the CRS default) proxy.
cat >"$work/modsecurity.conf" <<CONF
SecRuleEngine On
SecRequestBodyAccess On
SecRequestBodyLimit 13107200
SecRequestBodyNoFilesLimit 131072
SecRequestBodyLimitAction Reject
SecResponseBodyAccess Off
SecAuditEngine Off
SecTmpDir $work
SecDataDir $work
Include /etc/modsecurity/crs/crs-setup.conf
Include /etc/modsecurity/crs/REQUEST-900-EXCLUSION-RULES-BEFORE-CRS.conf
Include /usr/share/modsecurity-crs/rules/*.conf
Include /etc/modsecurity/crs/RESPONSE-999-EXCLUSION-RULES-AFTER-CRS.conf
CONF
cat >"$work/nginx.conf" <<CONF
load_module $modsec_module;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/client_body;
  proxy_temp_path $work/proxy;
  upstream app { server 127.0.0.1:$upstream_port; keepalive 128; }
  server {
    listen 127.0.0.1:$upstream_port;
    location / { default_type text/plain; return 200 "ok\n"; }
  }
  server {
    listen 127.0.0.1:$modsec_port;
    modsecurity on;
    modsecurity_rules_file $work/modsecurity.conf;
    location / { proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
nginx -p "$work" -c "$work/nginx.conf" || fail "nginx did not start (see $work/nginx-error.log)"
nginx_started=1
wait_for_http 30 "http://127.0.0.1:$modsec_port/"

echo "waf-load: starting Rampart with two gateways (building it first if needed)" >&2
"$root/rampart" serve --listen "http://127.0.0.1:$api_port" --data "$work/data" \
  --gateway "bare=http://127.0.0.1:$bare_port,http://127.0.0.1:$upstream_port" \
  --gateway "waf=http://127.0.0.1:$waf_port,http://127.0.0.1:$upstream_port" >"$work/rampart.log" 2>&1 &
rampart_pid=$!
wait_for_http 600 "http://127.0.0.1:$api_port/_rampart/health"

export AWS_SHARED_CREDENTIALS_FILE="$work/data/credentials" AWS_CONFIG_FILE="$work/data/config"
waf() { aws wafv2 "$@" --scope REGIONAL --output json; }
python3 "$here/web_acl.py" "$work"
ip_set_arn="$(waf create-ip-set --name bench-deny --ip-address-version IPV4 --addresses "file://$work/addresses.json" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["Summary"]["ARN"])')"
regex_set_arn="$(waf create-regex-pattern-set --name bench-patterns \
  --regular-expression-list 'RegexString=<\s*iframe' 'RegexString=base64_decode\s*\(' 'RegexString=/etc/passwd' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["Summary"]["ARN"])')"
python3 "$here/web_acl.py" "$work" "$ip_set_arn" "$regex_set_arn"
web_acl_arn="$(waf create-web-acl --name bench --default-action 'Allow={}' \
  --visibility-config SampledRequestsEnabled=true,CloudWatchMetricsEnabled=true,MetricName=bench \
  --rules "file://$work/rules.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["Summary"]["ARN"])')"
gateway_arn="$(curl -s "http://127.0.0.1:$api_port/_rampart/gateways" \
  | python3 -c 'import json,sys; print(next(g["arn"] for g in json.load(sys.stdin) if g["name"] == "waf"))')"
aws wafv2 associate-web-acl --web-acl-arn "$web_acl_arn" --resource-arn "$gateway_arn"

# Each setup must pass the benchmark's request and refuse an injection before it is measured.
check() {
  local name="$1" url="$2" ok bad
  ok="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'User-Agent: waf-load/1.0' -H 'Content-Type: application/x-www-form-urlencoded' \
    --data 'name=widget&color=blue' "$url/api/items?id=42&q=blue+widgets")"
  bad="$(curl -s -o /dev/null -w '%{http_code}' -H 'User-Agent: waf-load/1.0' "$url/api/items?id=1%27%20OR%20%271%27%3D%271")"
  [ "$ok" = 200 ] || fail "$name answered the benchmark request with $ok"
  echo "waf-load: $name passes the benchmark request (200) and answers an SQL injection with $bad" >&2
}
check bare "http://127.0.0.1:$bare_port"
check waf "http://127.0.0.1:$waf_port"
check nginx-modsecurity "http://127.0.0.1:$modsec_port"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'User-Agent: x' "http://127.0.0.1:$waf_port/api/items?id=1%27%20OR%20%271%27%3D%271")" = 403 ] \
  || fail "the web ACL does not block SQL injection"

# Runs wrk against URL; prints "requests_per_second p50_ms p99_ms non_2xx".
measure() {
  local url="$1" out
  out="$(wrk -t "$threads" -c "$connections" -d "$duration" --latency -s "$here/request.lua" "$url")"
  echo "$out" | python3 -c '
import re, sys
text = sys.stdin.read()
def ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50 = ms(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(rps, p50, p99, errors.group(1) if errors else 0)'
}

setups=(bare acl modsec)
declare -A urls=([bare]="http://127.0.0.1:$bare_port" [acl]="http://127.0.0.1:$waf_port" [modsec]="http://127.0.0.1:$modsec_port")

echo "waf-load: warming up each setup for $warmup" >&2
for setup in "${setups[@]}"; do
  wrk -t "$threads" -c "$connections" -d "$warmup" -s "$here/request.lua" "${urls[$setup]}" >/dev/null
done

echo "waf-load: measuring $rounds rounds (wrk -t $threads -c $connections, $duration each)" >&2
results="$work/results"
: >"$results"
for ((round = 0; round < rounds; round++)); do
  order=()
  for ((i = 0; i < ${#setups[@]}; i++)); do
    order+=("${setups[$(((i + round) % ${#setups[@]}))]}")
  done
  for setup in "${order[@]}"; do
    line="$(measure "${urls[$setup]}")"
    echo "$round $setup $line" >>"$results"
    echo "waf-load: round $((round + 1)) $setup: $line" >&2
  done
done

python3 - "$results" <<'PY'
import statistics, sys
names = {"bare": "gateway, no web ACL", "acl": "gateway, 20-rule web ACL", "modsec": "nginx + ModSecurity + CRS PL1"}
rounds = {}
for line in open(sys.argv[1]):
    round_, setup, *values = line.split()
    rounds.setdefault(int(round_), {})[setup] = [float(x) for x in values]
median = statistics.median
print(f"{len(rounds)} rounds, order rotated each round; medians over rounds")
print(f"{'setup':32} {'req/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8}")
for setup, name in names.items():
    rps, p50, p99, errors = (median(r[setup][i] for r in rounds.values()) for i in range(4))
    print(f"{name:32} {rps:10.0f} {p50:8.2f} {p99:8.2f} {errors:8.0f}")
losses = [1 - r["acl"][0] / r["bare"][0] for r in rounds.values()]
added = [r["acl"][2] - r["bare"][2] for r in rounds.values()]
ratios = [r["acl"][0] / r["modsec"][0] for r in rounds.values()]
spread = lambda values, fmt: ", ".join(format(v, fmt) for v in values)
print(f"web ACL throughput loss vs bare gateway: {median(losses):.1%} (goal <= 15%; rounds: {spread(losses, '.1%')})")
print(f"web ACL gateway vs nginx+ModSecurity+CRS: {median(ratios):.1f}x (goal >= 5x; rounds: {spread(ratios, '.1f')})")
print(f"web ACL added p99: {median(added):.2f} ms (goal < 1 ms; rounds: {spread(added, '.2f')})")
PY
