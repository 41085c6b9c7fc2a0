#!/usr/bin/env bash
# Load benchmark (issue 6, section 5): SigV4-signed kms:Encrypt of 1 KB and kms:GenerateDataKey (AES_256),
# driven by wrk at Rampart and at moto_server in the same run, on loopback only. Every Rampart request is
# authenticated and authorized against the key policy. Prints requests/s and p50/p90/p99 per server and
# operation, and the ratios Rampart/moto.
#
# Knobs (environment): DURATION (default 20s), WARMUP (20s), THREADS (2), CONNECTIONS (64), RAMPART (the command
# that runs the server, default ./rampart at the repository root).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
replay="$root/bench/sts-load/replay-signed-request.lua"
duration="${DURATION:-20s}"
# The runtime recompiles hot code with profile guidance for about 15 s under load; a shorter warm-up measured
# that recompilation, not the server.
warmup="${WARMUP:-20s}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-64}"
region="us-east-1"

bench_name=kms-load
# shellcheck source=bench/load-common.sh
source "$root/bench/load-common.sh"

command -v wrk >/dev/null || fail "wrk is missing (apt-get install wrk)"
command -v python3 >/dev/null || fail "python3 is missing (apt-get install python3)"
python3 -c "import boto3" 2>/dev/null || fail "boto3 is missing (python3 -m pip install boto3)"
command -v moto_server >/dev/null || fail "moto_server is missing (python3 -m pip install 'moto[server]')"
command -v curl >/dev/null || fail "curl is missing (apt-get install curl)"
[ -f "$replay" ] || fail "$replay is missing"

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

echo "kms-load: starting Rampart on $rampart_url (building it first if needed)" >&2
"${RAMPART:-$root/rampart}" serve --listen "$rampart_url" --data "$work/data" >"$work/rampart.log" 2>&1 &
rampart_pid=$!
wait_for_http 600 "$rampart_url/_rampart/health" "$rampart_pid" "$work/rampart.log"
[ -f "$work/data/credentials" ] || fail "Rampart wrote no $work/data/credentials"

echo "kms-load: starting moto_server on $moto_url" >&2
moto_server -H 127.0.0.1 -p "$moto_port" >"$work/moto.log" 2>&1 &
moto_pid=$!
wait_for_http 60 "$moto_url/" "$moto_pid" "$work/moto.log"

# Creates a key at URL, signs one Encrypt (1 KB) and one GenerateDataKey request for it into PREFIX.encrypt and
# PREFIX.datakey (body on the first line, then "Name: value" headers, as the replay script reads them), and checks
# that the server answers both with 200.
prepare() {
  local url="$1" prefix="$2" access_key="$3" secret_key="$4"
  python3 - "$url" "$prefix" "$access_key" "$secret_key" "$region" <<'PY'
import base64, json, os, sys, urllib.request
from urllib.parse import urlsplit
import boto3
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

url, prefix, access_key, secret_key, region = sys.argv[1:]
kms = boto3.client("kms", endpoint_url=url, region_name=region, aws_access_key_id=access_key, aws_secret_access_key=secret_key)
key_id = kms.create_key(Description="kms-load")["KeyMetadata"]["KeyId"]
credentials = Credentials(access_key, secret_key)
requests = {
    "encrypt": ("TrentService.Encrypt", {"KeyId": key_id, "Plaintext": base64.b64encode(os.urandom(1024)).decode(), "EncryptionContext": {"bench": "kms-load"}}),
    "datakey": ("TrentService.GenerateDataKey", {"KeyId": key_id, "KeySpec": "AES_256", "EncryptionContext": {"bench": "kms-load"}}),
}
for name, (target, payload) in requests.items():
    body = json.dumps(payload, separators=(",", ":"))
    request = AWSRequest(method="POST", url=url.rstrip("/") + "/", data=body,
                         headers={"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": target})
    SigV4Auth(credentials, "kms", region).add_auth(request)
    headers = dict(request.headers.items())
    headers["Host"] = urlsplit(url).netloc
    with open(f"{prefix}.{name}", "w", encoding="ascii") as out:
        out.write(body + "\n")
        for header, value in headers.items():
            out.write(f"{header}: {value}\n")
    check = urllib.request.Request(url.rstrip("/") + "/", data=body.encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(check, timeout=10) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        sys.exit(f"{url} answered the signed {target} with {error.code}: {error.read().decode(errors='replace')}")
    if status != 200:
        sys.exit(f"{url} answered the signed {target} with {status}")
PY
}

credential() { sed -n "s/^$1 *= *//p" "$work/data/credentials" | head -n 1; }
prepare "$rampart_url" "$work/rampart" "$(credential aws_access_key_id)" "$(credential aws_secret_access_key)"
prepare "$moto_url" "$work/moto" "testing" "testing"

drive() {
  local url="$1" file="$2" length="$3" seconds
  seconds="${length%s}"
  REQUEST_FILE="$file" timeout $((seconds + 60)) \
    wrk -t "$threads" -c "$connections" -d "$length" --latency -s "$replay" "$url/" \
    | grep '^RESULT'
}

ms() { awk -v us="$(field "$1" "$2")" 'BEGIN {printf "%.2f", us / 1000}'; }

declare -A results
for operation in encrypt datakey; do
  for server in rampart moto; do
    url_var="${server}_url"
    echo "kms-load: $server $operation: warming up ($warmup), measuring ($duration)" >&2
    drive "${!url_var}" "$work/$server.$operation" "$warmup" >/dev/null
    result="$(drive "${!url_var}" "$work/$server.$operation" "$duration")"
    [ -n "$result" ] || fail "wrk produced no result for $server $operation"
    [ "$(field "$result" non2xx)" = "0" ] || fail "$server answered some $operation requests with a non-2xx status: $result"
    results["$server.$operation"]="$result"
  done
done

echo
echo "SigV4-signed KMS calls, $duration each, $threads wrk threads, $connections connections, $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-26s %12s %10s %10s %10s\n' "server / operation" "requests/s" "p50 ms" "p90 ms" "p99 ms"
for operation in encrypt datakey; do
  for server in rampart moto; do
    result="${results[$server.$operation]}"
    printf '%-26s %12s %10s %10s %10s\n' "$server $operation" "$(field "$result" rps)" "$(ms "$result" p50_us)" "$(ms "$result" p90_us)" "$(ms "$result" p99_us)"
  done
done
echo
for operation in encrypt datakey; do
  rampart_rps="$(field "${results[rampart.$operation]}" rps)"
  moto_rps="$(field "${results[moto.$operation]}" rps)"
  ratio="$(awk -v a="$rampart_rps" -v b="$moto_rps" 'BEGIN {printf "%.1f", a / b}')"
  met_ratio="$(awk -v r="$ratio" 'BEGIN {print (r >= 50) ? "met" : "MISSED"}')"
  met_rps="$(awk -v r="$rampart_rps" 'BEGIN {print (r >= 10000) ? "met" : "MISSED"}')"
  echo "$operation: Rampart / moto ${ratio}x (goal >= 50x: $met_ratio); Rampart ${rampart_rps}/s (goal >= 10,000/s: $met_rps)"
done
