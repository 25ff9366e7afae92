#!/usr/bin/env bash
# Calls at scale (issue #21): `sipkb scan` of a generated, deterministic capture of MESSAGES SIP
# messages (default 1,000,000; about 160,000 calls, ~2,000 open at a time, see
# scripts/gen-calls-pcap.py), its time and peak RSS, against sip-doctor (PyPI, the peer the
# issue names) reading the same file in the same run. Needs python3 (with venv) and GNU time;
# sip-doctor is installed into a temporary virtual environment. The capture is written to a
# temporary directory and removed at the end (never commit it).
# Usage: scripts/bench-calls.sh [MESSAGES]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
bin=$PWD/target/release/sipkb
python3 scripts/gen-calls-pcap.py "$n" "$work/calls.pcap"
echo "input: $(du -h "$work/calls.pcap" | cut -f1)"
SIPKB_DB="$work/kb.db" "$bin" vendors > /dev/null

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet sip-doctor==0.8.0

measure() {
  local name=$1; shift
  /usr/bin/time -f "$name: %e s, peak RSS %M KiB" "$@" > "$work/out.json"
}
measure "sipkb scan --json" env SIPKB_DB="$work/kb.db" "$bin" scan --json "$work/calls.pcap"
python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['call_totals']; print('  sipkb:', t)" "$work/out.json"
measure "sip-doctor read --json" "$work/venv/bin/sip-doctor" read --json --no-rtp "$work/calls.pcap"
