#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each, JOBS at a time (default: one per
# core), with AddressSanitizer and UndefinedBehaviorSanitizer, and prints a table of executions
# and findings.
#   packaging/install-deps.sh --fuzz && tests/fuzz/run.sh 600 [TARGET ...]
# Each target's corpus grows in build/fuzz/work/TARGET/corpus (seeded from tests/fuzz/corpus);
# a crash, leak, timeout or out-of-memory input is saved in build/fuzz/work/TARGET/findings/.
# Once fixed, copy the input to tests/fuzz/regressions/TARGET/: the normal suite replays it.
set -uo pipefail
seconds=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET ...]}
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
cmake --preset fuzz >/dev/null && cmake --build --preset fuzz >/dev/null || exit 1
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(tokenizers vectors_text plan_json zip checkpoint imdb_archive corpus_cache vectors_cache run_store table class_folders safetensors)
jobs=${JOBS:-$(nproc)}
# LibTorch and OpenMP on one thread: a fuzzer measures inputs, not parallel speed. Scratch files
# (archives, caches, stores the targets write) on a RAM disk where there is one: fsync is free.
export OMP_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-16/bin/llvm-symbolizer
[ -d /dev/shm ] && [ -w /dev/shm ] && export TMPDIR=/dev/shm

fuzz_one() {
  local t=$1 work=build/fuzz/work/$1
  mkdir -p "$work/corpus" "$work/findings"
  local start; start=$(date +%s)
  build/fuzz/tests/fuzz/fuzz_"$t" -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=30 \
      -print_final_stats=1 -artifact_prefix="$work/findings/" "$work/corpus" "tests/fuzz/corpus/$t" > "$work/log" 2>&1
  local rc=$? elapsed=$(( $(date +%s) - start ))
  local execs; execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
  local findings; findings=$(find "$work/findings" -type f | wc -l)
  local files; files=$(find "$work/corpus" -type f | wc -l)
  echo "| $t | $elapsed | ${execs:-?} | $(( ${execs:-0} / (elapsed > 0 ? elapsed : 1) )) | $files | $findings |" > "$work/row"
  echo "== $t: ${execs:-?} executions in $elapsed s, $findings findings (exit $rc)"
  if [ "$rc" -ne 0 ] || [ "$findings" -ne 0 ]; then
    grep -m3 -E "ERROR|SUMMARY|fuzz property" "$work/log" | sed 's/^/   /'
    return 1
  fi
}

status=0
running=0
for t in "${targets[@]}"; do
  rm -f "build/fuzz/work/$t/row"
  fuzz_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || status=1
    running=$((running - 1))
  fi
done
while [ "$running" -gt 0 ]; do
  wait -n || status=1
  running=$((running - 1))
done

summary=build/fuzz/work/summary.md
{
  echo "Fuzzing of $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)') on $(date -u '+%Y-%m-%d %H:%M UTC'), $seconds s per target, $jobs at a time, $(lscpu | sed -n 's/^Model name: *//p')"
  echo
  echo "| target | seconds | executions | per second | corpus files | findings |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for t in "${targets[@]}"; do cat "build/fuzz/work/$t/row" 2>/dev/null || echo "| $t | ? | ? | ? | ? | ? |"; done
} > "$summary"
echo
cat "$summary"
exit $status
