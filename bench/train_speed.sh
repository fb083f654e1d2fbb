#!/usr/bin/env bash
# Training and test-pass speed, and peak memory, against the best plain PyTorch, in one invocation
# (compare the ratios: the machine is shared and noisy). Each figure is the median of RUNS
# invocations (3), ours and the peer's alternating.
#
# The peer is ../shared/bench/seed_reference.py under the newest PyTorch (.torch2/, made by
# packaging/install-deps.sh --torch2; PEER_PYTHON overrides) with `--rnn-input padded`, and with
# `--autocast bf16` on a CPU with bf16 (AVX-512 BF16 or AMX): the fastest plain PyTorch here. For
# the base RNN the faster of its float and bf16 runs is the peer. Debian's PyTorch 1.13
# (/usr/bin/python3, packaging/install-deps.sh --bench) is run once per row for history
# (HISTORY=0 leaves it out). Needs ../shared/data and a build.
#
#   bench/train_speed.sh [build/dev] [advanced-batches=20] [base-batches=100]
#   TEST=0 bench/train_speed.sh ...   # without the 25,000-review test passes (the longest part)
#   TRAIN=0 bench/train_speed.sh ...  # the test passes only
#   AVX2=1 bench/train_speed.sh ...   # both programs limited to AVX2 (LibTorch's
#                                     # ATEN_CPU_CAPABILITY, oneDNN's DNNL_MAX_CPU_ISA): the
#                                     # float path of a laptop without AVX-512
#
# Prints the machine's GEMM limit (bench/gemm_probe) and Markdown tables for docs/BENCHMARKS.md.
# tokens/s is real tokens / training seconds for both programs (the peer's train_tokens_per_s);
# the test pass is the seconds of one pass over the 25,000 test reviews with a model trained for
# one batch (ours: bench-train --eval test; the peer: its test_seconds, after its valid pass);
# peak RSS is /usr/bin/time's maximum resident set of the whole process.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/dev}
adv=${2:-20}
base=${3:-100}
runs=${RUNS:-3}
cli=$build/cli/sentiment-lab-cli
data=$root/../shared/data/aclImdb_v1.tar.gz
peer=$root/../shared/bench/seed_reference.py
peer_python=${PEER_PYTHON:-$root/.torch2/bin/python}
history_python=/usr/bin/python3
threads=$(nproc)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[[ -x "$peer_python" ]] || { echo "no peer: $peer_python is missing (packaging/install-deps.sh --torch2)" >&2; exit 1; }
if [[ "${AVX2:-0}" == 1 ]]; then
  export ATEN_CPU_CAPABILITY=avx2 DNNL_MAX_CPU_ISA=AVX2
fi
history=${HISTORY:-1}
if [[ "$history" == 1 ]] && ! "$history_python" -c 'import torch' 2> /dev/null; then
  echo "(no history rows: $history_python has no torch; packaging/install-deps.sh --bench)" >&2
  history=0
fi

"$cli" dataset --data "$data" > /dev/null  # fills the tokenized-dataset cache (not measured here)

# run NAME FIELD COMMAND...: appends "value peak_rss_mib" of one invocation to $tmp/NAME; FIELD
# is what the last JSON line holds: train (tokens/s) or test (seconds of the test pass).
run() {
  local name=$1 field=$2
  shift 2
  /usr/bin/time -f '%M' -o "$tmp/time" "$@" > "$tmp/out" 2> "$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  local value
  value=$(tail -n 1 "$tmp/out" | python3 -c "
import json, sys
d = json.loads(sys.stdin.read())
if '$field' == 'train':
    print(d['tokens_per_s'] if 'tokens_per_s' in d else d['epochs'][0]['train_tokens_per_s'])
else:
    print(d['test']['seconds'] if 'test' in d else d['test_seconds'])")
  echo "$value $(($(tail -n 1 "$tmp/time") / 1024))" >> "$tmp/$name"
}
median() { python3 -c "import statistics; print(statistics.median(float(l.split()[$2]) for l in open('$tmp/$1')))"; }
has() { [[ -s "$tmp/$1" ]]; }

bf16=$("$cli" bench-train --preset base --data "$data" --max-batches 1 --precision auto --json | tail -n 1 |
  python3 -c "import json,sys; print(json.loads(sys.stdin.read())['precision'])")
peer_version=$("$peer_python" -c 'import torch; print(torch.__version__)' 2> /dev/null | tail -n 1)
ours=("$cli" bench-train --data "$data" --threads "$threads" --json)
peer2=("$peer_python" "$peer" --data "$data" --epochs 1 --threads "$threads")
hist=("$history_python" "$peer" --data "$data" --epochs 1 --threads "$threads")
for ((i = 0; i < runs; ++i)); do
  if [[ "${TRAIN:-1}" == 1 ]]; then
    run ours_adv train "${ours[@]}" --preset advanced --max-batches "$adv" --precision fp32
    run peer_adv train "${peer2[@]}" --model advanced --rnn-input padded --max-batches "$adv" --no-eval
    if [[ "$bf16" == bf16 ]]; then
      run ours_adv_bf16 train "${ours[@]}" --preset advanced --max-batches "$adv" --precision bf16
      run peer_adv_bf16 train "${peer2[@]}" --model advanced --rnn-input padded --autocast bf16 --max-batches "$adv" --no-eval
    fi
    run ours_base train "${ours[@]}" --preset base --max-batches "$base" --precision fp32
    [[ "$bf16" == bf16 ]] && run ours_base_bf16 train "${ours[@]}" --preset base --max-batches "$base" --precision bf16
    run peer_base train "${peer2[@]}" --model base --max-batches "$base" --no-eval
    [[ "$bf16" == bf16 ]] && run peer_base_bf16 train "${peer2[@]}" --model base --autocast bf16 --max-batches "$base" --no-eval
    if [[ "$history" == 1 && $i == 0 ]]; then
      run hist_adv train "${hist[@]}" --model advanced --rnn-input padded --max-batches "$adv" --no-eval
      [[ "$bf16" == bf16 ]] && run hist_adv_bf16 train "${hist[@]}" --model advanced --rnn-input padded --autocast bf16 --max-batches "$adv" --no-eval
      run hist_base train "${hist[@]}" --model base --max-batches "$base" --no-eval
    fi
  fi
  if [[ "${TEST:-1}" == 1 ]]; then
    # The precision a student gets: bf16 where the CPU has it (both programs), else float.
    precision=fp32 autocast=none
    [[ "$bf16" == bf16 ]] && precision=bf16 autocast=bf16
    run ours_test test "${ours[@]}" --preset advanced --max-batches 1 --precision "$precision" --eval test
    run peer_test test "${peer2[@]}" --model advanced --rnn-input padded --autocast "$autocast" --max-batches 1
  fi
done

n() { python3 -c "print('{:,.0f}'.format($1))"; }
r() { python3 -c "print('%.2f' % ($1 / $2))"; }
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); ${AVX2:+limited to AVX2; }$threads threads"
# One GEMM measurement for the header and the ceilings below.
[[ -x "$build/bench/gemm_probe" ]] && "$build/bench/gemm_probe" "$threads" | tee "$tmp/gemm"
echo "ours: $("$cli" --version | head -n 1); peer: PyTorch $peer_version"
echo
echo "| $threads threads, median of $runs | ours tokens/s | peak RSS | peer (PyTorch $peer_version) tokens/s | peer peak RSS | ratio |"
echo "| --- | --- | --- | --- | --- | --- |"
row() { # row LABEL OURS PEER: higher is better
  echo "| $1 | $(n "$(median "$2" 0)") | $(n "$(median "$2" 1)") MiB | $(n "$(median "$3" 0)") | $(n "$(median "$3" 1)") MiB | **$(r "$(median "$2" 0)" "$(median "$3" 0)")x** |"
}
has ours_adv && row "advanced BiLSTM, float, $adv batches" ours_adv peer_adv
has ours_adv_bf16 && row "advanced BiLSTM, bf16 (peer: autocast bf16), $adv batches" ours_adv_bf16 peer_adv_bf16
has ours_base && row "base RNN, float, $base batches (peer: float)" ours_base peer_base
has peer_base_bf16 && row "base RNN, float, $base batches (peer: autocast bf16)" ours_base peer_base_bf16
has ours_base_bf16 && row "base RNN, bf16 (what auto picks here), $base batches (peer: autocast bf16)" ours_base_bf16 peer_base_bf16
if has ours_test; then
  echo "| test pass, 25,000 reviews, $precision (seconds: lower is better) | $(python3 -c "print('%.1f s' % $(median ours_test 0))") | $(n "$(median ours_test 1)") MiB | $(python3 -c "print('%.1f s' % $(median peer_test 0))") | $(n "$(median peer_test 1)") MiB | **$(r "$(median peer_test 0)" "$(median ours_test 0)")x** |"
fi
[[ "$bf16" == bf16 ]] || echo "(no bf16 rows: this CPU has no AVX-512 BF16 or AMX, so both programs train in float)"

# Issue 39's goals against the arithmetic ceiling of this machine (bench/roofline.py): the share of
# the GEMM rate each program reaches, and the share a goal would need.
checks=()
has ours_adv && checks+=(--check "advanced, float" advanced train fp32 "$(median ours_adv 0)" "$(median peer_adv 0)" 2.5)
has ours_adv_bf16 && checks+=(--check "advanced, bf16" advanced train bf16 "$(median ours_adv_bf16 0)" "$(median peer_adv_bf16 0)" 3)
if has ours_base; then
  base_peer=peer_base
  has peer_base_bf16 && python3 -c "import sys; sys.exit($(median peer_base_bf16 0) <= $(median peer_base 0))" && base_peer=peer_base_bf16
  checks+=(--check "base, float (peer: its faster)" base train fp32 "$(median ours_base 0)" "$(median "$base_peer" 0)" 2)
  has ours_base_bf16 && checks+=(--check "base, bf16 (peer: its faster)" base train bf16 "$(median ours_base_bf16 0)" "$(median "$base_peer" 0)" 2)
fi
has ours_test && checks+=(--check "test pass, $precision" advanced test "$precision" "$(median ours_test 0)" "$(median peer_test 0)" 3)
if ((${#checks[@]})); then
  echo
  gemm=()
  [[ -s "$tmp/gemm" ]] && gemm=(--gemm-output "$tmp/gemm")
  "$root/bench/roofline.py" "$build" --threads "$threads" --data "$data" "${gemm[@]}" "${checks[@]}"
fi
if has hist_adv; then
  echo
  echo "History: the same peer under PyTorch $("$history_python" -c 'import torch; print(torch.__version__)' 2> /dev/null) ($history_python), one run (ratio: ours' median above / this)"
  echo
  echo "| | PyTorch 1.13 tokens/s | peak RSS | ours / 1.13 |"
  echo "| --- | --- | --- | --- |"
  hrow() { echo "| $1 | $(n "$(median "$2" 0)") | $(n "$(median "$2" 1)") MiB | $(r "$(median "$3" 0)" "$(median "$2" 0)")x |"; }
  hrow "advanced, float" hist_adv ours_adv
  has hist_adv_bf16 && hrow "advanced, autocast bf16 (ours bf16)" hist_adv_bf16 ours_adv_bf16
  hrow "base, float" hist_base ours_base
fi
