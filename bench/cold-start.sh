#!/usr/bin/env bash
# Cold single-report check: wall time of `./huibao check` on one report from a cold JVM, median of
# N runs, next to a JVM hello-world measured in the same run (absolute times drift on shared
# machines; the ratio does not). Writes bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-10}"
report="${1:-examples/合格-2024年度党建工作情况报告.txt}"

./huibao --version >/dev/null   # builds the jar if needed; not timed
./huibao check "$report" >/dev/null 2>&1 || true   # the first check records the class-data archive; not timed

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$work" "$work/Hello.java"

time_runs() {   # prints one wall time in seconds per run
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s.%N)
    awk -v s="$s" -v e="$e" 'BEGIN { print e - s }'
  done
}

stats() {   # median min max of the numbers on stdin
  sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f %.3f %.3f\n", m, a[1], a[NR]}'
}

read -r hm hmin hmax < <(time_runs java -cp "$work" Hello | stats)
read -r cm cmin cmax < <(time_runs ./huibao check "$report" | stats)
ratio=$(awk -v c="$cm" -v h="$hm" 'BEGIN { print c / h }')

{
  echo "# huibao benchmarks"
  echo
  echo "## Cold single-report check"
  echo
  echo "- machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
  echo "- JDK: $(java -version 2>&1 | head -1)"
  echo "- date: $(date -u +%Y-%m-%d)"
  echo "- report: \`$report\` ($(wc -c <"$report") bytes)"
  echo "- command: \`bench/cold-start.sh\` ($runs runs each)"
  echo
  echo "| what | median | min | max |"
  echo "| --- | --- | --- | --- |"
  echo "| JVM hello world | ${hm} s | ${hmin} s | ${hmax} s |"
  echo "| \`./huibao check\` one report | ${cm} s | ${cmin} s | ${cmax} s |"
  echo
  printf 'Ratio to hello world: %.1f×. Target for now: median under 1 s.\n' "$ratio"
} >bench/RESULTS.md
cat bench/RESULTS.md
