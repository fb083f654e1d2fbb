#!/usr/bin/env bash
# The advanced preset's training speed and peak memory in two builds of ours, float and bf16, in
# one invocation (e.g. Debian's LibTorch 1.13 against PyTorch's 2.x: the dev and torch2 presets).
# Median of RUNS (3) invocations each, the builds alternating. Needs ../shared/data.
#
#   bench/compare_builds.sh build/dev build/torch2 [advanced-batches=20]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
a=$1 b=$2
batches=${3:-20}
runs=${RUNS:-3}
data=$root/../shared/data/aclImdb_v1.tar.gz
threads=$(nproc)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for build in "$a" "$b"; do "$build/cli/sentiment-lab-cli" dataset --data "$data" > /dev/null; done
precisions=(fp32)
bf16=$("$a/cli/sentiment-lab-cli" bench-train --preset base --data "$data" --max-batches 1 --precision auto --json |
  tail -n 1 | python3 -c "import json,sys; print(json.loads(sys.stdin.read())['precision'])")
[[ "$bf16" == bf16 ]] && precisions+=(bf16)

for ((i = 0; i < runs; ++i)); do
  for precision in "${precisions[@]}"; do
    for side in a b; do
      build=${!side}
      /usr/bin/time -f '%M' -o "$tmp/time" "$build/cli/sentiment-lab-cli" bench-train --preset advanced --data "$data" \
        --max-batches "$batches" --threads "$threads" --precision "$precision" --json > "$tmp/out" 2> "$tmp/err" ||
        { cat "$tmp/err" >&2; exit 1; }
      tps=$(tail -n 1 "$tmp/out" | python3 -c "import json,sys; print(json.loads(sys.stdin.read())['tokens_per_s'])")
      echo "$tps $(($(tail -n 1 "$tmp/time") / 1024))" >> "$tmp/$side-$precision"
    done
  done
done

median() { python3 -c "import statistics; print(statistics.median(float(l.split()[$2]) for l in open('$tmp/$1')))"; }
n() { python3 -c "print('{:,.0f}'.format($1))"; }
version() { "$1/cli/sentiment-lab-cli" --version | sed -n 2p | cut -d, -f1; }
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $threads threads; advanced preset, $batches batches, median of $runs"
echo
echo "| precision | $a ($(version "$a")) tokens/s | peak RSS | $b ($(version "$b")) tokens/s | peak RSS | $b / $a |"
echo "| --- | --- | --- | --- | --- | --- |"
for precision in "${precisions[@]}"; do
  echo "| $precision | $(n "$(median "a-$precision" 0)") | $(n "$(median "a-$precision" 1)") MiB |" \
    "$(n "$(median "b-$precision" 0)") | $(n "$(median "b-$precision" 1)") MiB |" \
    "$(python3 -c "print('%.2f' % ($(median "b-$precision" 0) / $(median "a-$precision" 0)))")x |"
done
