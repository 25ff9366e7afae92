#!/usr/bin/env bash
# Server load: wrk on loopback, 64 connections for 20 s, against `sipkb serve`'s
# /api/explain for a vendor phrase and, in the same run, against nginx serving the same JSON
# answer as a static file (the practical ceiling); then the same sipkb load while
# `sipkb import` writes 100,000 rows into the database it reads. Prints requests/s, p99 and
# non-2xx counts, and sipkb's peak RSS. Needs wrk, nginx and GNU time.
# Usage: scripts/bench-serve.sh [SECONDS] (default 20).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
work=$(mktemp -d)
cleanup() { kill "$srv" "$ngx" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

cargo build --release --quiet
bin=$PWD/target/release/sipkb
export SIPKB_DB=$work/kb.db
"$bin" vendors > /dev/null

path='/api/explain?q=SIP%2F2.0+480+No+money+left&lang=ru'
/usr/bin/time -f "%M" -o "$work/rss" "$bin" serve --addr 127.0.0.1:0 > "$work/serve.out" &
srv=$!
for _ in $(seq 50); do grep -q listening "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/^listening on //p' "$work/serve.out")
srv=$(pgrep -P "$srv" || echo "$srv")

# nginx: the same answer, as a static file.
mkdir -p "$work/www/api"
curl -s "$base$path" > "$work/www/api/explain.json"
chmod -R a+rX "$work"   # nginx's workers run as an unprivileged user
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx.err;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:18089; root $work/www; default_type application/json; }
}
CONF
nginx -c "$work/nginx.conf" -g 'daemon off;' &
ngx=$!
sleep 0.5

report() { # name, wrk output
  local rps p99 non2xx
  rps=$(sed -n 's/^Requests\/sec: *//p' "$2")
  p99=$(awk '/ 99%/ {print $2}' "$2")
  non2xx=$(sed -n 's/.*Non-2xx or 3xx responses: *//p' "$2"); non2xx=${non2xx:-0}
  printf '| %s | %s | %s | %s |\n' "$1" "$rps" "$p99" "$non2xx"
}
echo "| target | requests/s | p99 | non-2xx |"
echo "|---|---|---|---|"
wrk -t2 -c64 -d"${secs}s" --latency "$base$path" > "$work/sipkb.txt"
report "sipkb serve /api/explain" "$work/sipkb.txt"
wrk -t2 -c64 -d"${secs}s" --latency "http://127.0.0.1:18089/api/explain.json" > "$work/nginx.txt"
report "nginx, same JSON as a file" "$work/nginx.txt"

# The same load while an import of 100,000 rows runs against the database.
awk 'BEGIN { print "vendor,code,phrase,category,title_en,ui_en";
  for (i = 0; i < 100000; i++) printf "loadtest,%d,Load phrase %d,billing,Entry %d,Call failed\n", 400 + i % 200, i, i }' > "$work/list.csv"
( sleep 2; "$bin" import "$work/list.csv" > "$work/import.out" 2>&1; echo "import exit $?" >> "$work/import.out" ) &
imp=$!
wrk -t2 -c64 -d"${secs}s" --latency "$base$path" > "$work/during.txt"
wait "$imp"
report "sipkb serve during a 100,000-row import" "$work/during.txt"
tail -1 "$work/import.out"
kill "$srv" 2>/dev/null || true
for _ in $(seq 50); do [ -s "$work/rss" ] && break; sleep 0.1; done
echo "sipkb serve peak RSS: $(cat "$work/rss" 2>/dev/null || echo '?') KiB"
