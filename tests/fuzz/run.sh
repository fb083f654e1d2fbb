#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each, one after another, with
# AddressSanitizer and UndefinedBehaviorSanitizer, and prints a table of executions and findings.
#   packaging/install-deps.sh --fuzz && tests/fuzz/run.sh 600 [TARGET ...]
# Each target's corpus grows in build/fuzz/work/TARGET/corpus (seeded from tests/fuzz/corpus);
# a crash, leak, timeout or out-of-memory input is saved in build/fuzz/work/TARGET/findings/.
# Once fixed, copy the input to tests/fuzz/regressions/TARGET/: the normal suite replays it.
set -uo pipefail
seconds=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET ...]}
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
cmake --preset fuzz >/dev/null && cmake --build --preset fuzz || exit 1
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(tokenizers vectors_text plan_json zip imdb_archive checkpoint corpus_cache vectors_cache run_store)
# LibTorch and OpenMP on one thread: a fuzzer measures inputs, not parallel speed.
export OMP_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
summary=build/fuzz/work/summary.md
mkdir -p build/fuzz/work
{
  echo "Fuzzing of $(git rev-parse --short HEAD) on $(date -u '+%Y-%m-%d %H:%M UTC'), $seconds s per target, $(lscpu | sed -n 's/^Model name: *//p')"
  echo
  echo "| target | seconds | executions | per second | corpus files | findings |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
} > "$summary"
status=0
for t in "${targets[@]}"; do
  work=build/fuzz/work/$t
  mkdir -p "$work/corpus" "$work/findings"
  echo "== $t ($seconds s)"
  start=$(date +%s)
  build/fuzz/tests/fuzz/fuzz_$t -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=30 \
      -print_final_stats=1 -artifact_prefix="$work/findings/" "$work/corpus" "tests/fuzz/corpus/$t" > "$work/log" 2>&1
  rc=$?
  elapsed=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
  findings=$(find "$work/findings" -type f | wc -l)
  files=$(find "$work/corpus" -type f | wc -l)
  rate=$(( ${execs:-0} / (elapsed > 0 ? elapsed : 1) ))
  echo "   $execs executions in $elapsed s, $findings findings (exit $rc)"
  echo "| $t | $elapsed | ${execs:-?} | $rate | $files | $findings |" >> "$summary"
  if [ "$rc" -ne 0 ] || [ "$findings" -ne 0 ]; then
    status=1
    grep -m3 -E "ERROR|SUMMARY|fuzz property" "$work/log" | sed 's/^/   /'
  fi
done
echo
cat "$summary"
exit $status
