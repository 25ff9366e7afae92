#!/usr/bin/env bash
# Enrich speed: `sipkb enrich` of a generated FreeSWITCH-style CSV (default 10,000,000 rows),
# against Miller passing the same file through with one added constant column, in one
# hyperfine run (and qsv's `enum --constant` too when QSV names a qsv or qsvlite binary:
# `cargo install qsv --no-default-features --features lite --bin qsvlite --root DIR`); then
# sipkb's peak RSS. Needs hyperfine, Miller (`mlr`, Debian's `miller`) and GNU time. The file
# is generated here (deterministic) and deleted at the end.
# Usage: [RUNS=5] [QSV=path/to/qsvlite] scripts/bench-enrich.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
bin=$PWD/target/release/sipkb

# The columns of FreeSWITCH's cdr_pg_csv schema (conf/vanilla/autoload_configs/cdr_pg_csv.conf.xml)
# with its commented-out sip_hangup_disposition, plus the two mod_sofia variables that carry the
# final response: sip_term_status and sip_hangup_phrase. One call in three fails, with one of
# the outcomes below; one failure in a thousand carries a phrase of its own (2,000 in all), so
# the run explains a few thousand distinct outcomes, as a day of a carrier's records holds.
awk -v rows="$rows" 'BEGIN {
  n = split("486|Busy Here|USER_BUSY;480|Temporarily Unavailable|NO_USER_RESPONSE;487|Request Terminated|ORIGINATOR_CANCEL;404|Not Found|UNALLOCATED_NUMBER;503|Service Unavailable|NORMAL_TEMPORARY_FAILURE;480|No money left|NO_USER_RESPONSE;403|Wrong Guess|CALL_REJECTED;408|Request Timeout|RECOVERY_ON_TIMER_EXPIRE;488|Not Acceptable Here|INCOMPATIBLE_DESTINATION;603|Decline|CALL_REJECTED;500|DB Timeout|NORMAL_TEMPORARY_FAILURE;484|Address Incomplete|INVALID_NUMBER_FORMAT;||NO_ANSWER;||ORIGINATOR_CANCEL", outcome, ";");
  split("PCMA|PCMU|G722|opus|G729", codec, "|");
  print "local_ip_v4,caller_id_name,caller_id_number,destination_number,context,start_stamp,answer_stamp,end_stamp,duration,billsec,hangup_cause,uuid,bleg_uuid,accountcode,read_codec,write_codec,sip_hangup_disposition,sip_term_status,sip_hangup_phrase";
  for (i = 1; i <= rows; i++) {
    s = sprintf("2026-03-02 %02d:%02d:%02d", (i / 3600) % 24, (i / 60) % 60, i % 60);
    c = codec[1 + i % 5];
    uuid = sprintf("%08x-1d9f-4a63-9f3e-%012x", i, i * 7);
    if (i % 3) {
      d = 30 + i % 600;
      printf "10.0.0.5,\"Caller %d\",\"%d\",\"7495%07d\",\"default\",\"%s\",\"%s\",\"%s\",%d,%d,\"NORMAL_CLEARING\",\"%s\",\"%s\",\"%d\",\"%s\",\"%s\",\"recv_bye\",\"200\",\"\"\n", i % 5000, 1000 + i % 5000, i % 10000000, s, s, s, d + 4, d, uuid, uuid, 1000 + i % 5000, c, c;
    } else {
      split(outcome[1 + (i / 3) % n], o, "|");
      phrase = o[2];
      if (i % 3000 == 0) phrase = sprintf("Temporarily Unavailable (node %d)", (i / 3000) % 2000);
      printf "10.0.0.5,\"Caller %d\",\"%d\",\"7495%07d\",\"default\",\"%s\",\"\",\"%s\",%d,0,\"%s\",\"%s\",\"\",\"%d\",\"%s\",\"%s\",\"recv_refuse\",\"%s\",\"%s\"\n", i % 5000, 1000 + i % 5000, i % 10000000, s, s, i % 30, o[3], uuid, 1000 + i % 5000, c, c, o[1], phrase;
    }
  }
}' > "$work/cdr.csv"
echo "input: $(du -h "$work/cdr.csv" | cut -f1), $rows rows"
SIPKB_DB="$work/kb.db" "$bin" vendors > /dev/null

# Both write to a pipe, as a real pipeline would; `wc -c` is the reader.
peers=(-n "mlr (one constant column)" "mlr --csv put '\$sipkb = \"x\"' $work/cdr.csv | wc -c")
if [ -n "${QSV:-}" ]; then
  peers+=(-n "qsv enum --constant (one constant column)" "$QSV enum --constant x --new-column sipkb $work/cdr.csv | wc -c")
fi
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown "$work/result.md" \
  -n "sipkb enrich" "SIPKB_DB=$work/kb.db $bin enrich $work/cdr.csv 2>/dev/null | wc -c" \
  "${peers[@]}"
cat "$work/result.md"
/usr/bin/time -f "sipkb enrich peak RSS: %M KiB" env SIPKB_DB="$work/kb.db" "$bin" enrich "$work/cdr.csv" 2>&1 > /dev/null | tail -n 1
SIPKB_DB="$work/kb.db" "$bin" enrich "$work/cdr.csv" 2>&1 > /dev/null | head -n 3
