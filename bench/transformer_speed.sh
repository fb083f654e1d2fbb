#!/usr/bin/env bash
# The transformer preset's training speed and peak memory against plain PyTorch 2.x in one
# invocation: nn.TransformerEncoder of the same shape (bench/transformer_reference.py, under
# .torch2/ from packaging/install-deps.sh --torch2; PEER_PYTHON overrides) on the same IMDb
# batches, in float and, on a CPU with bf16, under torch.autocast bf16. Each figure is the median
# of RUNS invocations (3), ours and the peer's alternating. Needs ../shared/data and a build.
#
#   bench/transformer_speed.sh [build/dev] [batches=40]
#
# Prints Markdown rows for docs/BENCHMARKS.md: real tokens per training second and peak RSS.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/dev}
batches=${2:-40}
runs=${RUNS:-3}
cli=$build/cli/sentiment-lab-cli
data=$root/../shared/data/aclImdb_v1.tar.gz
peer=$root/bench/transformer_reference.py
peer_python=${PEER_PYTHON:-$root/.torch2/bin/python}
threads=$(nproc)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[[ -x "$peer_python" ]] || { echo "no peer: $peer_python is missing (packaging/install-deps.sh --torch2)" >&2; exit 1; }
"$cli" dataset --data "$data" > /dev/null  # fills the tokenized-corpus cache (not measured)

run() {  # NAME COMMAND...: appends "tokens/s peak_MiB" of one invocation to $tmp/NAME
  local name=$1
  shift
  /usr/bin/time -f '%M' -o "$tmp/time" "$@" > "$tmp/out" 2> "$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  local value
  value=$(tail -n 1 "$tmp/out" | python3 -c "
import json, sys
d = json.loads(sys.stdin.read())
print(d['tokens_per_s'] if 'tokens_per_s' in d else d['epochs'][0]['train_tokens_per_s'])")
  echo "$value $(($(tail -n 1 "$tmp/time") / 1024))" >> "$tmp/$name"
}
median() { python3 -c "import statistics; print(statistics.median(float(l.split()[$2]) for l in open('$tmp/$1')))"; }

bf16=$("$cli" bench-train --preset transformer --data "$data" --max-batches 1 --precision auto --json |
  tail -n 1 | python3 -c "import json,sys; print(json.loads(sys.stdin.read())['precision'])")
ours=("$cli" bench-train --preset transformer --data "$data" --threads "$threads" --max-batches "$batches" --json)
theirs=("$peer_python" "$peer" --data "$data" --epochs 1 --threads "$threads" --max-batches "$batches" --no-eval)
for ((i = 0; i < runs; ++i)); do
  run ours_fp32 "${ours[@]}" --precision fp32
  run peer_fp32 "${theirs[@]}"
  if [[ "$bf16" == bf16 ]]; then
    run ours_bf16 "${ours[@]}" --precision bf16
    run peer_bf16 "${theirs[@]}" --autocast bf16
  fi
done
version=$("$peer_python" -c 'import torch; print(torch.__version__)' 2> /dev/null | tail -n 1)
echo "CPU: $(lscpu | sed -n 's/^Model name: *//p'), $threads threads; peer PyTorch $version; $batches batches, median of $runs"
echo "| precision | ours tokens/s | peer tokens/s | ratio | ours peak MiB | peer peak MiB |"
echo "|---|---:|---:|---:|---:|---:|"
for p in fp32 bf16; do
  [[ -s "$tmp/ours_$p" ]] || continue
  o=$(median "ours_$p" 0) t=$(median "peer_$p" 0)
  printf '| %s | %.0f | %.0f | %.2fx | %.0f | %.0f |\n' "$p" "$o" "$t" "$(python3 -c "print($o / $t)")" \
    "$(median "ours_$p" 1)" "$(median "peer_$p" 1)"
done
