#!/bin/bash
# bench/bench-demo.sh: how fast ontwikkeltafel-cli creates demo databases
# and exports the Programma van Eisen of a large one. Prints figures only;
# it asserts nothing.
#
#   bench/bench-demo.sh [PATH/TO/ontwikkeltafel-cli] [RUNS]
#
# Default: _build/app/cli/ontwikkeltafel-cli, 5 runs per size. Every run
# uses a fresh database in a temporary folder (on /tmp), removed at the end.
set -euo pipefail

srcdir=$(cd "$(dirname "$0")/.." && pwd)
cli=${1:-$srcdir/_build/app/cli/ontwikkeltafel-cli}
runs=${2:-5}

if [ ! -x "$cli" ]; then
  echo "bench-demo: no ontwikkeltafel-cli at $cli; build it or pass its path" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/xdg" LC_ALL=C.UTF-8 LANGUAGE=

now_ns () { date +%s%N; }

# stats US...: "min X ms, median Y ms" of the durations given in microseconds.
stats ()
{
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "min %8.1f ms   median %8.1f ms   (%d runs)\n", v[1] / 1000, m / 1000, NR }'
}

# bench_demo LABEL ORGS GEELTJES: creates RUNS databases; keeps the last.
bench_demo ()
{
  local label=$1 orgs=$2 geeltjes=$3 times=() db start end
  for ((i = 1; i <= runs; i++)); do
    db="$tmp/$label-$i.db"
    start=$(now_ns)
    "$cli" --db "$db" demo --organisations "$orgs" --geeltjes "$geeltjes" > /dev/null
    end=$(now_ns)
    times+=("$(( (end - start) / 1000 ))")  # microseconds
    [ "$i" -lt "$runs" ] && rm -f "$db" "$db-wal" "$db-shm"
  done
  printf '%-34s ' "demo $orgs org / $geeltjes geeltjes:"
  stats "${times[@]}"
  printf '%-34s %s\n' "  database size:" "$(du -k "$db" | cut -f1) KiB ($(stat -c %s "$db") bytes)"
  last_db=$db
}

echo "ontwikkeltafel-cli: $cli"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') ($(nproc) threads)"
echo

bench_demo default 25 400
bench_demo large 300 30000
large_db=$last_db

times=()
failed=
for ((i = 1; i <= runs; i++)); do
  out="$tmp/pve-$i.xlsx"
  start=$(now_ns)
  if ! "$cli" --db "$large_db" export-pve --traject "Demo 1" -o "$out" > /dev/null 2> "$tmp/export.err"; then
    failed=$(head -n 3 "$tmp/export.err")
    break
  fi
  end=$(now_ns)
  times+=("$(( (end - start) / 1000 ))")  # microseconds
done

if [ -n "$failed" ]; then
  echo "export-pve (large):                 FAILED: $failed"
else
  printf '%-34s ' "export-pve (large):"
  stats "${times[@]}"
  printf '%-34s %s\n' "  workbook size:" "$(du -k "$tmp/pve-1.xlsx" | cut -f1) KiB"
fi
