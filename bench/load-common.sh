# Shared by the load scripts in this folder (sourced, not run). The sourcing script sets bench_name first.

fail() { echo "$bench_name: $*" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Waits until URL answers any HTTP status: wait_for_http LIMIT_SECONDS URL [PID LOG]. With PID and LOG, a server
# that exits meanwhile stops the wait at once and the end of its log is shown.
wait_for_http() {
  local limit="$1" url="$2" pid="${3:-}" log="${4:-}" waited=0
  until curl -s -o /dev/null "$url"; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$log" >&2
      fail "server for $url exited"
    fi
    if [ "$waited" -ge $((limit * 10)) ]; then
      [ -n "$log" ] && tail -n 30 "$log" >&2
      fail "no answer from $url after ${limit}s"
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

# The value of NAME in a wrk RESULT line: field LINE NAME.
field() { sed -n "s/.* $2=\([0-9.]*\).*/\1/p" <<<"$1"; }

# "met" when the awk condition holds, else "MISSED".
verdict() { if awk "BEGIN {exit !($1)}"; then echo "met"; else echo "MISSED"; fi; }
