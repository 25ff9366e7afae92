#!/usr/bin/env bash
# Scan speed on two generated, deterministic logs of SIZE_MB each, side by side with ripgrep and
# GNU grep in one hyperfine run per log, then sipkb's peak RSS:
#   sparse — console lines of FreeSWITCH, Asterisk and Kamailio with about one SIP outcome in
#            20 lines (the log a desk gets from a busy switch);
#   dense  — whole SIP messages, one after another, as sngrep exports and debug traces print
#            them: a status line or a `Via: SIP/2.0` on every few lines.
# sipkb runs twice: the default scan (sightings and calls built from whole messages) and
# `--no-calls` (the sightings' tally alone). The peers count lines holding the status-line
# pattern (`rg -c`, `grep -c -E`) and lines holding any anchor sipkb looks for (`rg -c -F -f
# anchors`, `grep -c -F -f anchors`: the same literal search, without sipkb's reading of each
# candidate).
# Needs hyperfine, ripgrep, GNU grep and GNU time.
# Usage: scripts/bench-scan.sh [SIZE_MB] (default 1024).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-1024}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
bin=$PWD/target/release/sipkb

# The anchors of src/sighting/patterns.rs, one per line (byte-string escapes decoded).
python3 - > "$work/anchors.txt" <<'EOF'
import ast, re
src = open("src/sighting/patterns.rs", encoding="utf-8").read()
for lit in re.findall(r'\bb"((?:[^"\\]|\\.)*)"', src):
    text = ast.literal_eval('b"' + lit + '"').decode()
    text = text.replace("\r", "").replace("\n", "")
    if text.strip():
        print(text)
EOF

# Sparse: a 16 MB block of console lines, repeated.
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
}' > "$work/sparse-block.log"

# Dense: an sngrep-style export of whole calls, each with its own Call-ID (generated whole, not
# repeated, so that no two calls share one): INVITE, 100 Trying, 180 or 183, the final response;
# a failure is acknowledged on the INVITE's branch, an answer is acknowledged and later hung up
# (ACK, BYE, 200 OK). Responses come back from the callee with the request's Via branch (RFC 3261
# §8.2.6.2, §17.2), every fifth failure with a Reason header.
awk -v mb="$mb" '
function stamp(ms,   h, m, s) {
  h = int(ms / 3600000) % 24; m = int(ms / 60000) % 60; s = int(ms / 1000) % 60;
  return sprintf("2026/03/01 %02d:%02d:%02d.%06d", h, m, s, (ms % 1000) * 1000 + i % 1000);
}
function emit(first, dir, branch, cseq, extra,   a, b, msg) {
  ms += 7;
  a = "198.51.100." (i % 250) ":5060"; b = "203.0.113." (i % 200) ":5060";
  msg = stamp(ms) " " (dir ? b " -> " a : a " -> " b) "\n" first \
    "\nVia: SIP/2.0/UDP 198.51.100." (i % 250) ":5060;branch=z9hG4bK" branch \
    "\nFrom: <sip:alice@198.51.100." (i % 250) ">;tag=" i \
    "\nTo: <sip:+1555" i "@203.0.113." (i % 200) ">" (first ~ /^SIP/ && first !~ / 100 / || cseq ~ /BYE|ACK/ ? ";tag=b" i : "") \
    "\nCall-ID: " i "@198.51.100." (i % 250) "\nCSeq: " cseq "\n" extra "Content-Length: 0\n";
  print msg; bytes += length(msg) + 1;
}
BEGIN {
  split("486 Busy Here|480 Temporarily Unavailable|403 Forbidden|503 Service Unavailable|200 OK|404 Not Found|487 Request Terminated|488 Not Acceptable Here", r, "|");
  limit = mb * 1048576; bytes = 0; i = 0; ms = 36000000;
  while (bytes < limit) {
    i++; br = i "-1"; fin = r[1 + i % 8];
    emit("INVITE sip:+1555" i "@203.0.113." (i % 200) " SIP/2.0", 0, br, "1 INVITE", "");
    emit("SIP/2.0 100 Trying", 1, br, "1 INVITE", "");
    emit(i % 3 ? "SIP/2.0 180 Ringing" : "SIP/2.0 183 Session Progress", 1, br, "1 INVITE", "");
    emit("SIP/2.0 " fin, 1, br, "1 INVITE", (fin !~ /^200/ && i % 5 == 0) ? "Reason: Q.850;cause=17;text=\"User busy\"\n" : "");
    if (fin ~ /^200/) {
      emit("ACK sip:+1555" i "@203.0.113." (i % 200) " SIP/2.0", 0, i "-2", "1 ACK", "");
      emit("BYE sip:+1555" i "@203.0.113." (i % 200) " SIP/2.0", 0, i "-3", "2 BYE", "");
      emit("SIP/2.0 200 OK", 1, i "-3", "2 BYE", "");
    } else {
      emit("ACK sip:+1555" i "@203.0.113." (i % 200) " SIP/2.0", 0, br, "1 ACK", "");
    }
  }
}' > "$work/dense.log"

for _ in $(seq 1 $(( (mb + 15) / 16 ))); do cat "$work/sparse-block.log"; done \
  | head -c "$((mb * 1048576))" > "$work/sparse.log"
SIPKB_DB="$work/kb.db" "$bin" vendors > /dev/null

for kind in sparse dense; do
  f="$work/$kind.log"
  echo
  echo "== $kind: $(du -h "$f" | cut -f1), $(grep -c '' "$f") lines"
  # --output=pipe: GNU grep stops at the first match when its output is /dev/null.
  hyperfine --warmup 1 --runs 5 --output=pipe --export-markdown "$work/$kind.md" \
    -n "sipkb scan" "SIPKB_DB=$work/kb.db $bin scan --json $f" \
    -n "sipkb scan --no-calls" "SIPKB_DB=$work/kb.db $bin scan --json --no-calls $f" \
    -n "rg -c status line" "rg -c 'SIP/2\\.0 [1-6][0-9][0-9]' $f" \
    -n "rg -c -F every anchor" "rg -c -F -f $work/anchors.txt $f" \
    -n "grep -c -E status line" "grep -c -E 'SIP/2\\.0 [1-6][0-9][0-9]' $f" \
    -n "grep -c -F every anchor" "grep -c -F -f $work/anchors.txt $f"
  cat "$work/$kind.md"
  /usr/bin/time -f "sipkb scan peak RSS ($kind): %M KiB" env SIPKB_DB="$work/kb.db" "$bin" scan --json "$f" > /dev/null
  /usr/bin/time -f "sipkb scan --no-calls peak RSS ($kind): %M KiB" env SIPKB_DB="$work/kb.db" "$bin" scan --json --no-calls "$f" > /dev/null
done
