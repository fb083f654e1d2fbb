#!/usr/bin/env bash
# The whole suite N times in a row, to show that it does not flake (docs/RELIABILITY.md):
#   tests/flakes/repeat_suite.sh BUILD_DIR N [LOADED]
# Run LOADED (1-based; 0 for none) happens while a second, uncached build of the project runs
# beside it at full load (every core, nice 0), as on a busy shared machine. Each run's ctest
# summary goes to BUILD_DIR/flakes/run-K.log; the script ends non-zero if any run failed.
set -uo pipefail
build=$(cd "${1:?usage: repeat_suite.sh BUILD_DIR N [LOADED]}" && pwd)
runs=${2:?usage: repeat_suite.sh BUILD_DIR N [LOADED]}
loaded=${3:-0}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
out="$build/flakes"
mkdir -p "$out"
failed=0
for k in $(seq 1 "$runs"); do
  load_pid=""
  if [ "$k" -eq "$loaded" ]; then
    load_dir=$(mktemp -d /tmp/sentiment-load-build.XXXXXX)
    # A release build without ccache or precompiled headers: as heavy as a build gets.
    # In a session of its own, so that ending it ends every compiler it started.
    setsid bash -c 'cmake -S "$1" -B "$2" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSENTIMENT_LAB_CCACHE=OFF \
                          -DSENTIMENT_LAB_PCH=OFF >/dev/null && exec nice -n 0 cmake --build "$2" -j "$(nproc)"' \
      load "$source_dir" "$load_dir" >"$out/load-build.log" 2>&1 &
    load_pid=$!
    sleep 30  # the build under way before the suite starts
  fi
  start=$(date +%s)
  (cd "$build" && ctest -j "$(nproc)" --timeout 600 --output-on-failure) >"$out/run-$k.log" 2>&1
  status=$?
  seconds=$(( $(date +%s) - start ))
  summary=$(grep -E "tests passed|tests failed" "$out/run-$k.log" | tail -1)
  if [ -n "$load_pid" ]; then
    still="finished before the suite"
    if kill -0 "$load_pid" 2>/dev/null; then still="still running at the end"; fi
    kill -- "-$load_pid" 2>/dev/null; wait "$load_pid" 2>/dev/null
    rm -rf "$load_dir"
    summary="$summary (beside a full build, $still)"
  fi
  echo "run $k: $summary, ${seconds} s"
  [ "$status" -eq 0 ] || failed=1
done
exit $failed
