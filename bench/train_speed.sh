#!/usr/bin/env bash
# Training speed and peak memory against the plain-PyTorch peer, in one invocation (compare the
# ratios: the machine is shared and noisy). Each figure is the median of RUNS invocations (3),
# alternating ours and the peer's. Needs ../shared/data, python3-torch (packaging/install-deps.sh
# --bench) and a build.
#
#   bench/train_speed.sh [build/dev] [advanced-batches=20] [base-batches=100]
#   AVX2=1 bench/train_speed.sh ...   # both programs limited to AVX2 (LibTorch's
#                                     # ATEN_CPU_CAPABILITY, oneDNN's DNNL_MAX_CPU_ISA): the
#                                     # float path of a laptop without AVX-512
#
# Prints the machine's GEMM limit (bench/gemm_probe) and a Markdown table for
# docs/BENCHMARKS.md. tokens/s is real tokens / training seconds for both programs (the peer's
# train_tokens_per_s); peak RSS is /usr/bin/time's maximum resident set of the whole process.
# bf16 rows appear where the CPU trains in bf16 (AVX-512 BF16 or AMX); the peer has no bf16
# LSTM training on the CPU (PyTorch 1.13's autocast leaves nn.LSTM in float).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/dev}
adv=${2:-20}
base=${3:-100}
runs=${RUNS:-3}
cli=$build/cli/sentiment-lab-cli
data=$root/../shared/data/aclImdb_v1.tar.gz
peer=$root/../shared/bench/seed_reference.py
threads=$(nproc)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [[ "${AVX2:-0}" == 1 ]]; then
  export ATEN_CPU_CAPABILITY=avx2 DNNL_MAX_CPU_ISA=AVX2
fi

"$cli" dataset --data "$data" > /dev/null  # fills the tokenized-dataset cache (not measured here)

# run NAME COMMAND...: appends "tokens_per_s peak_rss_mib" of one invocation to $tmp/NAME.
run() {
  local name=$1
  shift
  /usr/bin/time -f '%M' -o "$tmp/time" "$@" > "$tmp/out" 2> "$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  local tps
  tps=$(tail -n 1 "$tmp/out" | python3 -c "import json,sys; d=json.loads(sys.stdin.read()); print(d['tokens_per_s'] if 'tokens_per_s' in d else d['epochs'][0]['train_tokens_per_s'])")
  echo "$tps $(( $(tail -n 1 "$tmp/time") / 1024 ))" >> "$tmp/$name"
}
median() { python3 -c "import statistics,sys; v=[float(l.split()[$2]) for l in open('$tmp/$1')]; print(statistics.median(v))"; }

bf16=$("$cli" bench-train --preset base --data "$data" --max-batches 1 --precision auto --json | tail -n 1 |
       python3 -c "import json,sys; print(json.loads(sys.stdin.read())['precision'])")
for ((i = 0; i < runs; ++i)); do
  run ours_adv "$cli" bench-train --preset advanced --data "$data" --max-batches "$adv" --threads "$threads" --precision fp32 --json
  [[ "$bf16" == bf16 ]] && run ours_adv_bf16 "$cli" bench-train --preset advanced --data "$data" --max-batches "$adv" --threads "$threads" --precision bf16 --json
  run peer_adv /usr/bin/python3 "$peer" --data "$data" --model advanced --rnn-input padded --max-batches "$adv" --no-eval --epochs 1 --threads "$threads"
  run ours_base "$cli" bench-train --preset base --data "$data" --max-batches "$base" --threads "$threads" --precision fp32 --json
  [[ "$bf16" == bf16 ]] && run ours_base_bf16 "$cli" bench-train --preset base --data "$data" --max-batches "$base" --threads "$threads" --precision bf16 --json
  run peer_base /usr/bin/python3 "$peer" --data "$data" --model base --max-batches "$base" --no-eval --epochs 1 --threads "$threads"
done

n() { python3 -c "print('{:,.0f}'.format($1))"; }
r() { python3 -c "print('%.2f' % ($1 / $2))"; }
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); ${AVX2:+limited to AVX2; }$threads threads"
[[ -x "$build/bench/gemm_probe" ]] && "$build/bench/gemm_probe" "$threads"
echo
echo "| $threads threads, median of $runs | tokens/s | peak RSS | peer tokens/s | peer peak RSS | speed ratio |"
echo "| --- | --- | --- | --- | --- | --- |"
row() {  # row LABEL OURS PEER
  echo "| $1 | $(n "$(median "$2" 0)") | $(n "$(median "$2" 1)") MiB | $(n "$(median "$3" 0)") | $(n "$(median "$3" 1)") MiB | $(r "$(median "$2" 0)" "$(median "$3" 0)")x |"
}
row "advanced BiLSTM, float, $adv batches" ours_adv peer_adv
[[ "$bf16" == bf16 ]] && row "advanced BiLSTM, bf16, $adv batches" ours_adv_bf16 peer_adv
row "base RNN, float, $base batches" ours_base peer_base
[[ "$bf16" == bf16 ]] && row "base RNN, bf16, $base batches" ours_base_bf16 peer_base
[[ "$bf16" == bf16 ]] || echo "(no bf16 rows: this CPU has no AVX-512 BF16 or AMX, so training stays float)"
