#!/usr/bin/env bash
# Screenshots of the web page for the README, taken with headless Chromium from a real
# `sipkb serve` on a fresh database and a free port:
#   docs/web-answer.png  desktop (1280x900), the answer to "SIP/2.0 480 No money left"
#   docs/web-phone.png   phone (390x844), the same answer
# Usage (from anywhere): scripts/screenshot.sh [path/to/sipkb]   (default: target/debug/sipkb,
# built with `cargo build`). Needs /usr/bin/chromium (or $CHROMIUM).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-target/debug/sipkb}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$bin" ] || { echo "no sipkb binary at $bin: run cargo build" >&2; exit 1; }
[ -x "$chromium" ] || { echo "no Chromium at $chromium" >&2; exit 1; }

tmp="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

"$bin" --db "$tmp/kb.db" serve --addr 127.0.0.1:0 --lang en >"$tmp/serve.out" 2>/dev/null &
server=$!
for _ in $(seq 1 100); do
  grep -q '^listening on ' "$tmp/serve.out" 2>/dev/null && break
  sleep 0.1
done
base="$(sed -n 's/^listening on //p' "$tmp/serve.out" | head -n1)"
[ -n "$base" ] || { echo "sipkb serve did not start" >&2; exit 1; }

url="$base/?q=SIP/2.0%20480%20No%20money%20left&lang=en"
mkdir -p docs
shot() {
  # A fresh profile each time, so that no remembered language or platform leaks in.
  "$chromium" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$tmp/profile-$1" --lang=en-US --force-device-scale-factor=1 \
    --window-size="$1" --virtual-time-budget=5000 --screenshot="$2" "$url" >/dev/null 2>&1
  echo "wrote $2"
}
shot 1280,900 docs/web-answer.png
shot 390,844 docs/web-phone.png
