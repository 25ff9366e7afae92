#!/usr/bin/env bash
# Import speed: `sipkb import` of a generated 1,000,000-row CSV into an empty database, against
# `sqlite3 .import` of the same CSV into a plain table, and against the sqlite3 shell storing
# the rows as sipkb does (scripts/bench-import-floor.sql: the same tables, indexes and search
# index, none of the checking), in one hyperfine run; then sipkb's peak RSS.
# Needs hyperfine, sqlite3 and GNU time. Usage: scripts/bench-import.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
bin=$PWD/target/release/sipkb

# Realistic rows: a carrier list with a phrase, a category and two English texts per entry.
awk -v n="$rows" 'BEGIN {
  print "vendor,code,phrase,category,title_en,ui_en";
  for (i = 0; i < n; i++)
    printf "bench,%d,Carrier phrase %d,billing,Generated entry %d,Call failed (%d)\n", 400 + i % 200, i, i, i;
}' > "$work/list.csv"
echo "input: $rows rows, $(du -h "$work/list.csv" | cut -f1)"

# The built-in data is loaded once into a template, so both sides start from a ready database.
SIPKB_DB="$work/template.db" "$bin" vendors > /dev/null

hyperfine --warmup 1 --runs 5 --export-markdown "$work/result.md" \
  --prepare "rm -f $work/kb.db* $work/plain.db* $work/floor.db*; cp $work/template.db $work/kb.db; sync" \
  -n "sipkb import" "SIPKB_DB=$work/kb.db $bin import $work/list.csv > /dev/null" \
  -n "sqlite3 .import" "sqlite3 $work/plain.db -cmd '.mode csv' '.import $work/list.csv plain'" \
  -n "sqlite3, stored as sipkb stores it" \
  "sqlite3 $work/floor.db '.import --csv --schema temp $work/list.csv plain' '.read $PWD/scripts/bench-import-floor.sql' > /dev/null"
cat "$work/result.md"

rm -f "$work"/kb.db*; cp "$work/template.db" "$work/kb.db"
/usr/bin/time -f "sipkb import peak RSS: %M KiB" env SIPKB_DB="$work/kb.db" "$bin" import "$work/list.csv" > /dev/null
