#!/usr/bin/env bash
# Times `sipkb explain` against the sqlite3 shell doing the same indexed lookup on the same
# database, in one hyperfine run: (1) one status line per process, as a support engineer runs it;
# (2) 1,000 status lines in one process (`explain --json -`) against 1,000 SELECTs in one
# sqlite3 session. sipkb does more (parsing, matching, rendering three-part texts through
# Fluent, JSON), so the ratio is the price of that work over a bare lookup.
# Usage: scripts/bench-explain.sh        (needs hyperfine and sqlite3: apt-get install hyperfine sqlite3)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine sqlite3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install $tool" >&2; exit 2; }
done
cargo build --release --quiet
bin=target/release/sipkb
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/kb.db"
SIPKB_DB="$db" "$bin" explain 486 >/dev/null    # create and fill the database once

# 1,000 inputs cycling through every seed status line, and the same lookups as SQL.
lines=tests/fixtures/seed_status_lines.txt
grep -v '^#' "$lines" | awk '{ a[NR] = $0 } END { for (i = 0; i < 1000; i++) print a[i % NR + 1] }' > "$work/inputs.txt"
awk '{ code = $2; $1 = ""; $2 = ""; sub(/^ +/, ""); p = tolower($0); gsub(/\047/, "\047\047", p);
       printf "SELECT ve.slug, va.phrase, va.category, va.message FROM variant va JOIN vendor ve ON ve.id = va.vendor_id WHERE va.code = %s AND va.phrase_norm = \047%s\047;\n", code, p }' \
  "$work/inputs.txt" > "$work/queries.sql"
head -n 1 "$work/queries.sql" > "$work/one.sql"

hyperfine --warmup 3 --min-runs 30 -N \
  --command-name "sipkb explain (1 line)" "env SIPKB_DB=$db $bin explain --json 'SIP/2.0 480 No money left'" \
  --command-name "sqlite3 (1 lookup)" "sqlite3 $db '.read $work/one.sql'"
hyperfine --warmup 2 --min-runs 10 \
  --command-name "sipkb explain --json - (1000 lines)" "SIPKB_DB=$db $bin explain --json - < $work/inputs.txt > /dev/null" \
  --command-name "sqlite3 (1000 lookups)" "sqlite3 $db < $work/queries.sql > /dev/null"
