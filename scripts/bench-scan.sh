#!/usr/bin/env bash
# Scan speed: `sipkb scan` of a generated, deterministic log of mixed formats (about one SIP
# response in 20 lines), against `rg -c` and `grep -c -E` of the status-line pattern on the
# same file, in one hyperfine run; then sipkb's peak RSS. Needs hyperfine, ripgrep, GNU grep
# and GNU time. Usage: scripts/bench-scan.sh [SIZE_MB] (default 1024).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-1024}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
bin=$PWD/target/release/sipkb

# A 16 MB block of FreeSWITCH, Asterisk, Kamailio and raw-trace lines, repeated to SIZE_MB.
awk 'BEGIN {
  split("486 Busy Here|480 No money left|403 Wrong Guess|503 Service Unavailable|200 OK|180 Ringing|404 Not Found|408 Request Timeout", r, "|");
  bytes = 0; i = 0;
  while (bytes < 16 * 1048576) {
    i++; k = i % 20;
    if (k == 0)      l = sprintf("2026-03-01 10:%02d:%02d.%06d [DEBUG] sofia.c:7499 recv SIP/2.0 %s", i % 60, i % 60, i, r[1 + i % 8]);
    else if (k == 5) l = sprintf("[Mar  1 10:20:%02d] VERBOSE[%d][C-%08d] pjsip_logger.c: <--- Received SIP response from UDP:203.0.113.%d:5060 --->", i % 60, i, i, i % 250);
    else if (k == 10) l = sprintf("Mar  1 10:30:%02d sbc1 kamailio[4242]: INFO: <script>: M=INVITE R=sip:%d@sbc1 ID=%d", i % 60, i, i);
    else if (k == 15) l = sprintf("Via: SIP/2.0/UDP 198.51.100.%d:5060;branch=z9hG4bK%d", i % 250, i);
    else             l = sprintf("2026-03-01 10:%02d:%02d.%06d [NOTICE] switch_channel.c:%d Channel sofia/external/%d@203.0.113.10 [%x]", i % 60, i % 60, i, 1000 + k, i, i);
    print l; bytes += length(l) + 1;
  }
}' > "$work/block.log"
for _ in $(seq 1 $(( (mb + 15) / 16 ))); do cat "$work/block.log"; done | head -c "$((mb * 1048576))" > "$work/big.log"
echo "input: $(du -h "$work/big.log" | cut -f1), $(grep -c '' "$work/big.log") lines"
SIPKB_DB="$work/kb.db" "$bin" vendors > /dev/null

# --output=pipe: GNU grep stops at the first match when its output is /dev/null.
hyperfine --warmup 1 --runs 5 --output=pipe --export-markdown "$work/result.md" \
  -n "sipkb scan" "SIPKB_DB=$work/kb.db $bin scan --json $work/big.log" \
  -n "rg -c" "rg -c 'SIP/2\\.0 [1-6][0-9][0-9]' $work/big.log" \
  -n "grep -c -E" "grep -c -E 'SIP/2\\.0 [1-6][0-9][0-9]' $work/big.log"
cat "$work/result.md"
/usr/bin/time -f "sipkb scan peak RSS: %M KiB" env SIPKB_DB="$work/kb.db" "$bin" scan --json "$work/big.log" > /dev/null
