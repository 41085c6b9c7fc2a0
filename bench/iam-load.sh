#!/usr/bin/env bash
# Load and scale benchmark (issue 4, section 6).
#
# 1. Throughput: signed iam:GetUser and iam:ListUsers, driven by wrk at Rampart (SigV4 verified and every request
#    authorized: the caller is an IAM user whose only permission is the attached IAMReadOnlyAccess) and at
#    moto_server, in the same run on loopback. Goal: Rampart >= 50x moto's requests/s.
# 2. Scale: the same two requests against an account holding SCALE_USERS users and SCALE_ROLES roles and against the
#    small account of step 1 given 100 users, so that the first page of ListUsers is full in both (users and roles are
#    seeded straight through the store API by bench/Rampart.IamScaleBench while the server is stopped). Goal: listing
#    the first page and authorizing GetUser take at most 2x the small account's latency.
#
# Knobs (environment): DURATION (default 20s), WARMUP (20s), THREADS (2), CONNECTIONS (32),
# SCALE_USERS (1000000), SCALE_ROLES (100000), SKIP_SCALE=1 to run step 1 only, KEEP_LOG=FILE to keep Rampart's log.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
here="$root/bench/iam-load"
replay="$root/bench/sts-load/replay-signed-request.lua"
duration="${DURATION:-20s}"
# The runtime recompiles hot code with profile guidance for about 15 s under load; a shorter warm-up measured
# that recompilation, not the server.
warmup="${WARMUP:-20s}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-32}"
scale_users="${SCALE_USERS:-1000000}"
scale_roles="${SCALE_ROLES:-100000}"
region="us-east-1"

bench_name=iam-load
# shellcheck source=bench/load-common.sh
source "$root/bench/load-common.sh"

if ! command -v wrk >/dev/null; then
  echo "iam-load: installing wrk" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null || fail "wrk is missing and apt-get could not install it"
fi
command -v python3 >/dev/null || fail "python3 is missing (apt-get install python3)"
python3 -c "import botocore" 2>/dev/null || fail "botocore is missing (python3 -m pip install botocore)"
command -v moto_server >/dev/null || fail "moto_server is missing (python3 -m pip install 'moto[server]')"
command -v aws >/dev/null || fail "the aws CLI is missing"
command -v curl >/dev/null || fail "curl is missing (apt-get install curl)"

work="$(mktemp -d)"
rampart_pid=""
moto_pid=""
stop_rampart() {
  if [ -n "$rampart_pid" ]; then kill "$rampart_pid" 2>/dev/null || true; wait "$rampart_pid" 2>/dev/null || true; rampart_pid=""; fi
}
cleanup() {
  stop_rampart
  if [ -n "$moto_pid" ]; then kill "$moto_pid" 2>/dev/null || true; wait "$moto_pid" 2>/dev/null || true; fi
  [ -z "${KEEP_LOG:-}" ] || cp "$work/rampart.log" "$KEEP_LOG" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT



rampart_url="http://127.0.0.1:$(free_port)"
moto_url="http://127.0.0.1:$(free_port)"

# Starts Rampart on DATA_DIR and waits until it serves.
start_rampart() {
  local data="$1"
  "$root/rampart" serve --listen "$rampart_url" --data "$data" >>"$work/rampart.log" 2>&1 &
  rampart_pid=$!
  wait_for_http 600 "$rampart_url/_rampart/health" "$rampart_pid" "$work/rampart.log"
}

# aws CLI as the root user of DATA_DIR's default account.
rampart_aws() {
  local data="$1"; shift
  AWS_SHARED_CREDENTIALS_FILE="$data/credentials" AWS_CONFIG_FILE="$data/config" aws "$@" --output text
}

# Creates the caller of the benchmark in the Rampart account of DATA_DIR: user bench-reader with IAMReadOnlyAccess
# and an access key, written to DATA_DIR/bench-key as "ID SECRET".
create_reader() {
  local data="$1"
  rampart_aws "$data" iam create-user --user-name bench-reader >/dev/null
  rampart_aws "$data" iam attach-user-policy --user-name bench-reader --policy-arn arn:aws:iam::aws:policy/IAMReadOnlyAccess
  rampart_aws "$data" iam create-access-key --user-name bench-reader --query 'AccessKey.[AccessKeyId,SecretAccessKey]' >"$data/bench-key"
}

# Signs BODY for URL with KEY_ID/SECRET into FILE and checks that the server answers it with 200.
prepare_request() {
  local url="$1" key_id="$2" secret="$3" body="$4" file="$5" status
  python3 "$here/sign_query.py" "$url" "$key_id" "$secret" "$region" iam "$body" "$file"
  status="$(REQUEST_FILE="$file" python3 - "$url" <<'PY'
import os, sys, urllib.request
lines = open(os.environ["REQUEST_FILE"]).read().splitlines()
headers = dict(line.split(": ", 1) for line in lines[1:])
request = urllib.request.Request(sys.argv[1] + "/", data=lines[0].encode(), headers=headers, method="POST")
try:
    with urllib.request.urlopen(request, timeout=30) as response:
        print(response.status)
except urllib.error.HTTPError as error:
    print(error.code, error.read().decode(errors="replace"))
PY
)"
  [ "${status%% *}" = "200" ] || fail "$url answered $body with: $status"
}

drive() {
  local url="$1" file="$2" length="$3" seconds
  seconds="${length%s}"
  REQUEST_FILE="$file" timeout $((seconds + 60)) \
    wrk -t "$threads" -c "$connections" -d "$length" --latency -s "$replay" "$url/" | grep '^RESULT'
}

ms() { awk -v us="$1" 'BEGIN {printf "%.2f", us / 1000}'; }

# Measures one prepared request: warm-up, then DURATION; checks that every answer was 2xx; prints the RESULT line.
measure() {
  local url="$1" file="$2" result
  drive "$url" "$file" "$warmup" >/dev/null
  result="$(drive "$url" "$file" "$duration")"
  [ -n "$result" ] || fail "wrk produced no result for $file"
  # A loaded machine can fail a rare request (each is counted and shown); more than 0.1% fails the run.
  awk -v bad="$(field "$result" non2xx)" -v all="$(field "$result" requests)" 'BEGIN {exit !(bad * 1000 <= all)}' \
    || fail "more than 0.1% of the answers to $file were not 2xx: $result"
  echo "$result"
}

row() { printf '%-34s %12s %10s %10s %10s %8s\n' "$1" "$(field "$2" rps)" "$(ms "$(field "$2" p50_us)")" "$(ms "$(field "$2" p90_us)")" "$(ms "$(field "$2" p99_us)")" "$(field "$2" non2xx)"; }
header() { printf '%-34s %12s %10s %10s %10s %8s\n' "" "requests/s" "p50 ms" "p90 ms" "p99 ms" "non-2xx"; }

get_user="Action=GetUser&UserName=bench-reader&Version=2010-05-08"
list_users="Action=ListUsers&Version=2010-05-08"

# --- 1. Rampart against moto_server -------------------------------------------------------------------------
echo "iam-load: starting Rampart on $rampart_url (building it first if needed)" >&2
start_rampart "$work/empty"
create_reader "$work/empty"
small_account="$(rampart_aws "$work/empty" sts get-caller-identity --query Account)"
read -r key_id secret <"$work/empty/bench-key"

echo "iam-load: starting moto_server on $moto_url" >&2
moto_server -H 127.0.0.1 -p "${moto_url##*:}" >"$work/moto.log" 2>&1 &
moto_pid=$!
wait_for_http 60 "$moto_url/" "$moto_pid" "$work/moto.log"
AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test aws --endpoint-url "$moto_url" --region "$region" iam create-user --user-name bench-reader >/dev/null

prepare_request "$rampart_url" "$key_id" "$secret" "$get_user" "$work/rampart-get.req"
prepare_request "$rampart_url" "$key_id" "$secret" "$list_users" "$work/rampart-list.req"
prepare_request "$moto_url" test test "$get_user" "$work/moto-get.req"
prepare_request "$moto_url" test test "$list_users" "$work/moto-list.req"

echo "iam-load: measuring ($warmup warm-up + $duration each, $threads threads, $connections connections)" >&2
rampart_get="$(measure "$rampart_url" "$work/rampart-get.req")"
rampart_list="$(measure "$rampart_url" "$work/rampart-list.req")"
moto_get="$(measure "$moto_url" "$work/moto-get.req")"
moto_list="$(measure "$moto_url" "$work/moto-list.req")"

echo
echo "IAM, SigV4-signed, enforced (Rampart), $duration per row, $threads wrk threads, $connections connections, $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
header
row "Rampart GetUser" "$rampart_get"
row "moto GetUser" "$moto_get"
row "Rampart ListUsers" "$rampart_list"
row "moto ListUsers" "$moto_list"
get_ratio="$(awk -v a="$(field "$rampart_get" rps)" -v b="$(field "$moto_get" rps)" 'BEGIN {printf "%.1f", a / b}')"
list_ratio="$(awk -v a="$(field "$rampart_list" rps)" -v b="$(field "$moto_list" rps)" 'BEGIN {printf "%.1f", a / b}')"
echo "Rampart / moto GetUser: ${get_ratio}x, ListUsers: ${list_ratio}x   (goal >= 50x: $(verdict "$get_ratio >= 50 && $list_ratio >= 50"))"

[ "${SKIP_SCALE:-0}" = "1" ] && exit 0

# --- 2. A large account against the empty one ----------------------------------------------------------------
kill "$moto_pid" 2>/dev/null || true; wait "$moto_pid" 2>/dev/null || true; moto_pid=""
stop_rampart
echo "iam-load: preparing an account with $scale_users users and $scale_roles roles" >&2
start_rampart "$work/large"
create_reader "$work/large"
large_account="$(rampart_aws "$work/large" sts get-caller-identity --query Account)"
stop_rampart
artifacts="${ARTIFACTS:-$work/artifacts}"
seed() { dotnet run -c Release --project "$root/bench/Rampart.IamScaleBench" --artifacts-path "$artifacts" -- "$@" >&2; }
seed "$work/empty" "$small_account" 100 0
seed "$work/large" "$large_account" "$scale_users" "$scale_roles"

measure_account() {
  local data="$1" name="$2" key_id secret
  start_rampart "$data"
  read -r key_id secret <"$data/bench-key"
  prepare_request "$rampart_url" "$key_id" "$secret" "$get_user" "$work/$name-get.req"
  prepare_request "$rampart_url" "$key_id" "$secret" "$list_users" "$work/$name-list.req"
  eval "${name}_get=\"\$(measure \"\$rampart_url\" \"\$work/$name-get.req\")\""
  eval "${name}_list=\"\$(measure \"\$rampart_url\" \"\$work/$name-list.req\")\""
  stop_rampart
}
measure_account "$work/empty" small
measure_account "$work/large" large

echo
echo "Scale: a 100-user account against one with $scale_users users and $scale_roles roles, $duration per row, load $(cut -d' ' -f1-3 /proc/loadavg)"
header
row "GetUser, small account" "$small_get"
row "GetUser, large account" "$large_get"
row "ListUsers page 1, small account" "$small_list"
row "ListUsers page 1, large account" "$large_list"
get_slowdown="$(awk -v a="$(field "$large_get" p50_us)" -v b="$(field "$small_get" p50_us)" 'BEGIN {printf "%.2f", a / b}')"
list_slowdown="$(awk -v a="$(field "$large_list" p50_us)" -v b="$(field "$small_list" p50_us)" 'BEGIN {printf "%.2f", a / b}')"
echo "large / small p50: GetUser (authorize) ${get_slowdown}x, ListUsers ${list_slowdown}x   (goal <= 2x: $(verdict "$get_slowdown <= 2 && $list_slowdown <= 2"))"
