#!/usr/bin/env bash
# The soak of issue #20: `sipkb serve` on loopback under `ulimit -n 1024`, attacked in turn by
# 1,100 idle plus 1,100 half-header connections, 2,000 concurrent searches (one URL, then
# 1,000 distinct ones the cache cannot answer) and four concurrent 1 MiB scans of distinct
# status lines, while /healthz is probed every second. Goal: every probe answered within
# 200 ms, no 5xx but the documented 503 with Retry-After, peak RSS under 200 MB, and the
# server serving normally within 5 s after each attack. Prints a table (README, Reliability)
# and the server's log lines; exit 1 when the goal is not met.
# Usage: scripts/soak-serve.sh   (needs python3; the release build is made first)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
srv=
cleanup() { [ -n "$srv" ] && kill "$srv" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

cargo build --release --quiet
bin=$PWD/target/release/sipkb
export SIPKB_DB=$work/kb.db
"$bin" vendors > /dev/null

# `exec` so that $! is the server itself, whose /proc status the soak reads.
(ulimit -n 1024; exec "$bin" serve --addr 127.0.0.1:0) > "$work/serve.out" 2> "$work/serve.err" &
srv=$!
for _ in $(seq 100); do grep -q listening "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
addr=$(sed -n 's|^listening on http://||p' "$work/serve.out")
echo "sipkb serve on $addr (pid $srv, open files $(awk '/Max open files/ {print $4}' /proc/$srv/limits)), $(nproc) cores"
echo
status=0
python3 scripts/soak-serve.py "${addr%:*}" "${addr##*:}" "$srv" || status=$?
echo
echo "server log:"
cat "$work/serve.err"
exit $status
