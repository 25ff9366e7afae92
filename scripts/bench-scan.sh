#!/usr/bin/env bash
# Scan speed on two generated, deterministic logs of SIZE_MB each, side by side with ripgrep and
# GNU grep in one hyperfine run per log, then sipkb's peak RSS:
#   sparse — console lines of FreeSWITCH, Asterisk and Kamailio with about one SIP outcome in
#            20 lines (the log a desk gets from a busy switch);
#   dense  — whole SIP messages, one after another, as sngrep exports and debug traces print
#            them: a status line or a `Via: SIP/2.0` on every few lines.
# The peers count lines holding the status-line pattern (`rg -c`, `grep -c -E`), and ripgrep
# also every anchor sipkb looks for (`rg -c -F -f anchors`: the same literal search, without
# sipkb's parsing of each candidate).
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

# Dense: an sngrep-style export of INVITE transactions (request, 100, 183 or 180, final).
awk 'BEGIN {
  split("486 Busy Here|480 Temporarily Unavailable|403 Forbidden|503 Service Unavailable|200 OK|404 Not Found|487 Request Terminated|488 Not Acceptable Here", r, "|");
  bytes = 0; i = 0;
  while (bytes < 16 * 1048576) {
    i++;
    for (m = 0; m < 4; m++) {
      t = sprintf("2026/03/01 10:%02d:%02d.%06d 198.51.100.%d:5060 -> 203.0.113.%d:5060", i % 60, i % 60, i * 4 + m, i % 250, i % 200);
      if (m == 0) s = sprintf("INVITE sip:+1555%07d@203.0.113.%d SIP/2.0", i, i % 200);
      else if (m == 1) s = "SIP/2.0 100 Trying";
      else if (m == 2) s = (i % 3 ? "SIP/2.0 180 Ringing" : "SIP/2.0 183 Session Progress");
      else s = "SIP/2.0 " r[1 + i % 8];
      msg = t "\n" s "\nVia: SIP/2.0/UDP 198.51.100." (i % 250) ":5060;branch=z9hG4bK" i "-" m \
        "\nFrom: <sip:alice@198.51.100." (i % 250) ">;tag=" i "\nTo: <sip:+1555" i "@203.0.113." (i % 200) ">" \
        "\nCall-ID: " i "@198.51.100." (i % 250) "\nCSeq: 1 INVITE\nContent-Length: 0\n";
      if (m == 3 && i % 5 == 0) msg = msg "Reason: Q.850;cause=17;text=\"User busy\"\n";
      print msg; bytes += length(msg) + 1;
    }
  }
}' > "$work/dense-block.log"

for kind in sparse dense; do
  for _ in $(seq 1 $(( (mb + 15) / 16 ))); do cat "$work/$kind-block.log"; done \
    | head -c "$((mb * 1048576))" > "$work/$kind.log"
done
SIPKB_DB="$work/kb.db" "$bin" vendors > /dev/null

for kind in sparse dense; do
  f="$work/$kind.log"
  echo
  echo "== $kind: $(du -h "$f" | cut -f1), $(grep -c '' "$f") lines"
  # --output=pipe: GNU grep stops at the first match when its output is /dev/null.
  hyperfine --warmup 1 --runs 5 --output=pipe --export-markdown "$work/$kind.md" \
    -n "sipkb scan" "SIPKB_DB=$work/kb.db $bin scan --json $f" \
    -n "rg -c status line" "rg -c 'SIP/2\\.0 [1-6][0-9][0-9]' $f" \
    -n "rg -c -F every anchor" "rg -c -F -f $work/anchors.txt $f" \
    -n "grep -c -E status line" "grep -c -E 'SIP/2\\.0 [1-6][0-9][0-9]' $f"
  cat "$work/$kind.md"
  /usr/bin/time -f "sipkb scan peak RSS ($kind): %M KiB" env SIPKB_DB="$work/kb.db" "$bin" scan --json "$f" > /dev/null
done
