#!/usr/bin/env bash
# Opt-in (SENTIMENT_LAB_SLURM_TESTS=1; ctest's slurm.JobArrayOnALocalCluster): brings up a
# single-node Slurm from Debian's slurm-wlm and munge on this machine, submits a 3-task sweep on
# the demo sample written by `train --emit-slurm`, waits for it, imports the three stores and
# checks the three runs in one group. Exit 77 (skipped) when not asked for or Slurm is missing.
#   SENTIMENT_LAB_SLURM_TESTS=1 tests/slurm/run_array_test.sh BUILD_DIR
set -uo pipefail
build=$(cd "${1:?usage: run_array_test.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
if [[ ${SENTIMENT_LAB_SLURM_TESTS:-0} != 1 ]]; then
    echo "skipped: set SENTIMENT_LAB_SLURM_TESTS=1 (after packaging/install-deps.sh --slurm)"
    exit 77
fi
cli=$build/cli/sentiment-lab-cli
work=$(mktemp -d /tmp/sentiment-lab-slurm.XXXXXX)
cleanup() {
    "$here/local_cluster.sh" stop "$work/cluster" >/dev/null 2>&1
    [[ ${KEEP:-0} == 1 ]] || rm -rf "$work"
}
trap cleanup EXIT
conf=$("$here/local_cluster.sh" start "$work/cluster")
rc=$?
if [[ $rc == 77 ]]; then exit 77; fi
[[ $rc == 0 ]] || { echo "FAIL: the local Slurm did not start"; exit 1; }
export SLURM_CONF=$conf SENTIMENT_LAB_CACHE_DIR=$work/cache XDG_DATA_HOME=$work/home
fail() { echo "FAIL: $*"; tail -n 20 "$work"/job/logs/*.log 2>/dev/null; exit 1; }

"$cli" train --preset fasttext --demo --epochs 1 --max-batches 3 --sweep lr=1e-2,1e-3,1e-4 \
    --emit-slurm "$work/job" --slurm-cpus 1 --slurm-time 00:10:00 --slurm-mem 1G || fail "emit-slurm"
sbatch --wait "$work/job/job.sbatch" || fail "the job array failed (sacct/logs above)"
for task in 0 1 2; do
    [[ -f $work/job/tasks/task-$task/runs.sqlite ]] || fail "task $task left no store"
    grep -q "Test Loss:" "$work/job/logs/task-$task.log" || fail "task $task did not test its model"
done
"$cli" runs import "$work"/job/tasks/task-*/runs.sqlite || fail "runs import"
"$cli" runs import "$work"/job/tasks/task-*/runs.sqlite | grep -q "0 runs imported, 1 already here" || fail "a second import changed something"
python3 - "$work" "$cli" <<'PY' || fail "the imported runs"
import json, subprocess, sys
work, cli = sys.argv[1], sys.argv[2]
runs = json.loads(subprocess.run([cli, "runs", "list", "--json"], check=True, capture_output=True, text=True).stdout)
assert len(runs) == 3, f"{len(runs)} runs"
assert len({r["group"]["id"] for r in runs}) == 1, "not one group"
assert sorted(r["group"]["value"] for r in runs) == ["lr=1e-2", "lr=1e-3", "lr=1e-4"]
assert all(r["status"] == "completed" and r["test"]["acc"] is not None for r in runs)
assert all(r["imported"]["from"].startswith(work) for r in runs)
print("3 runs of one group, each with its test result, imported from", work)
PY
echo "PASS: a 3-task array on the local Slurm, imported as one group"
