#!/usr/bin/env bash
# Builds a sanitizer preset and runs its tests; the result is kept in build/PRESET/last-result.txt
# (docs/RELIABILITY.md records it). Outside .ci/run: each build alone takes about half an hour
# on two cores.
#   tests/sanitizers/run.sh asan    # the whole suite, AddressSanitizer + UBSan (Debug)
#   tests/sanitizers/run.sh tsan    # the trainer, the GUI's worker and controllers, ThreadSanitizer
set -uo pipefail
preset=${1:?usage: tests/sanitizers/run.sh asan|tsan}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
packaging/install-deps.sh || exit 1
start=$(date +%s)
cmake --preset "$preset" >/dev/null && cmake --build --preset "$preset" || exit 1
built=$(date +%s)
log=build/$preset/last-run.log
ctest --preset "$preset" -j2 --timeout 900 > "$log" 2>&1
rc=$?
done_at=$(date +%s)
reports=$(grep -c -E "WARNING: ThreadSanitizer|ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer" "$log")
{
  echo "preset: $preset"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)')"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores"
  echo "build: $(( (built - start) / 60 )) min; tests: $(( (done_at - built) / 60 )) min $(( (done_at - built) % 60 )) s"
  echo "sanitizer reports in the log: $reports"
  grep -E "tests passed|Total Test time|\(Failed\)|\(Subprocess|\*\*\*|Not Run" "$log"
} > "build/$preset/last-result.txt"
cat "build/$preset/last-result.txt"
exit $rc
