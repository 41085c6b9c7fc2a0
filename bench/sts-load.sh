#!/usr/bin/env bash
# Load benchmark (issue 3, section 7): signed sts:GetCallerIdentity requests driven by wrk at
# Rampart and at moto_server in the same run, on loopback only. Prints requests/s, p50/p99 for
# each, the ratio Rampart/moto, and Rampart's idle resident memory.
#
# Knobs (environment): DURATION (default 30s), WARMUP (10s), THREADS (2), CONNECTIONS (64).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
here="$root/bench/sts-load"
duration="${DURATION:-30s}"
warmup="${WARMUP:-10s}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-64}"
region="us-east-1"

bench_name=sts-load
# shellcheck source=bench/load-common.sh
source "$root/bench/load-common.sh"

if ! command -v wrk >/dev/null; then
  echo "sts-load: installing wrk" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null || fail "wrk is missing and apt-get could not install it"
fi
command -v python3 >/dev/null || fail "python3 is missing (apt-get install python3)"
python3 -c "import botocore" 2>/dev/null || fail "botocore is missing (python3 -m pip install botocore)"
command -v moto_server >/dev/null || fail "moto_server is missing (python3 -m pip install 'moto[server]')"
command -v curl >/dev/null || fail "curl is missing (apt-get install curl)"

work="$(mktemp -d)"
rampart_pid=""
moto_pid=""
cleanup() {
  [ -n "$rampart_pid" ] && kill "$rampart_pid" 2>/dev/null && wait "$rampart_pid" 2>/dev/null
  [ -n "$moto_pid" ] && kill "$moto_pid" 2>/dev/null && wait "$moto_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

rampart_port="$(free_port)"
moto_port="$(free_port)"
rampart_url="http://127.0.0.1:$rampart_port"
moto_url="http://127.0.0.1:$moto_port"

echo "sts-load: starting Rampart on $rampart_url (building it first if needed)" >&2
"$root/rampart" serve --listen "$rampart_url" --data "$work/data" >"$work/rampart.log" 2>&1 &
rampart_pid=$!
# The first start may build the server, hence the generous limit.
wait_for_http 600 "$rampart_url/_rampart/health" "$rampart_pid" "$work/rampart.log"
sleep 3
idle_rss_kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$rampart_pid/status")"

echo "sts-load: starting moto_server on $moto_url" >&2
moto_server -H 127.0.0.1 -p "$moto_port" >"$work/moto.log" 2>&1 &
moto_pid=$!
wait_for_http 60 "$moto_url/" "$moto_pid" "$work/moto.log"

[ -f "$work/data/credentials" ] || fail "Rampart wrote no $work/data/credentials"

# Signs a request for TARGET_URL into FILE and checks that the target answers it with 200.
prepare_request() {
  local url="$1" file="$2" status
  python3 "$here/sign_get_caller_identity.py" "$url" "$work/data/credentials" "$region" "$file"
  status="$(REQUEST_FILE="$file" python3 - "$url" <<'PY'
import os, sys, urllib.request
lines = open(os.environ["REQUEST_FILE"]).read().splitlines()
headers = dict(line.split(": ", 1) for line in lines[1:])
request = urllib.request.Request(sys.argv[1] + "/", data=lines[0].encode(), headers=headers, method="POST")
try:
    with urllib.request.urlopen(request, timeout=10) as response:
        print(response.status)
except urllib.error.HTTPError as error:
    print(error.code, error.read().decode(errors="replace"))
PY
)"
  [ "${status%% *}" = "200" ] || fail "$url answered the signed GetCallerIdentity with: $status"
}

# Runs wrk against URL with the signed request in FILE; prints the RESULT line.
drive() {
  local url="$1" file="$2" length="$3" seconds
  seconds="${length%s}"
  REQUEST_FILE="$file" timeout $((seconds + 60)) \
    wrk -t "$threads" -c "$connections" -d "$length" --latency -s "$here/replay-signed-request.lua" "$url/" \
    | grep '^RESULT'
}

prepare_request "$rampart_url" "$work/rampart.req"
prepare_request "$moto_url" "$work/moto.req"

echo "sts-load: warming up ($warmup each), then measuring ($duration each, $threads threads, $connections connections)" >&2
drive "$rampart_url" "$work/rampart.req" "$warmup" >/dev/null
rampart="$(drive "$rampart_url" "$work/rampart.req" "$duration")"
loaded_rss_kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$rampart_pid/status")"
drive "$moto_url" "$work/moto.req" "$warmup" >/dev/null
moto="$(drive "$moto_url" "$work/moto.req" "$duration")"

for name in rampart moto; do
  result="${!name}"
  [ -n "$result" ] || fail "wrk produced no result for $name"
  [ "$(field "$result" non2xx)" = "0" ] || fail "$name answered some requests with a non-2xx status: $result"
done

rampart_rps="$(field "$rampart" rps)"
moto_rps="$(field "$moto" rps)"
rampart_p99_ms="$(awk -v us="$(field "$rampart" p99_us)" 'BEGIN {printf "%.2f", us / 1000}')"
ratio="$(awk -v a="$rampart_rps" -v b="$moto_rps" 'BEGIN {printf "%.1f", a / b}')"
idle_mb="$(awk -v kb="$idle_rss_kb" 'BEGIN {printf "%.1f", kb / 1024}')"
loaded_mb="$(awk -v kb="$loaded_rss_kb" 'BEGIN {printf "%.1f", kb / 1024}')"

row() {
  printf '%-8s %12s %10s %10s %10s %10s\n' "$1" "$(field "$2" rps)" \
    "$(awk -v us="$(field "$2" p50_us)" 'BEGIN {printf "%.2f", us / 1000}')" \
    "$(awk -v us="$(field "$2" p90_us)" 'BEGIN {printf "%.2f", us / 1000}')" \
    "$(awk -v us="$(field "$2" p99_us)" 'BEGIN {printf "%.2f", us / 1000}')" \
    "$(field "$2" socket_errors)"
}

echo
echo "sts:GetCallerIdentity, SigV4-signed, $duration, $threads wrk threads, $connections connections, $(nproc) CPUs"
printf '%-8s %12s %10s %10s %10s %10s\n' server "requests/s" "p50 ms" "p90 ms" "p99 ms" "sock.err"
row rampart "$rampart"
row moto "$moto"
echo
echo "Rampart / moto requests/s: ${ratio}x   (goal >= 50x: $(verdict "$ratio >= 50"))"
echo "Rampart p99: ${rampart_p99_ms} ms         (goal < 5 ms: $(verdict "$rampart_p99_ms < 5"))"
echo "Rampart idle RSS: ${idle_mb} MB      (goal < 150 MB: $(verdict "$idle_mb < 150")); after load: ${loaded_mb} MB"
