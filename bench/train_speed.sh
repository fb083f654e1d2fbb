#!/usr/bin/env bash
# Training speed against the plain-PyTorch peer, in one invocation (compare the ratios: the
# machine is shared and noisy). Needs ../shared/data, python3-torch (packaging/install-deps.sh
# --bench) and a build.
#
#   bench/train_speed.sh [build/dev] [advanced-batches] [base-batches]
#
# Prints a Markdown table for docs/BENCHMARKS.md. The peer's tokens/s is its
# train_tokens_per_s (real tokens / training seconds), the same definition as ours.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/dev}
adv=${2:-10}
base=${3:-100}
cli=$build/cli/sentiment-lab-cli
data=$root/../shared/data/aclImdb_v1.tar.gz
peer=$root/../shared/bench/seed_reference.py
threads=$(nproc)

last() { tail -n 1; }
field() { python3 -c "import json,sys; d=json.loads(sys.stdin.read()); print($1)"; }

"$cli" dataset --data "$data" > /dev/null  # fills the tokenized-dataset cache (not measured here)

ours_adv=$("$cli" bench-train --preset advanced --data "$data" --max-batches "$adv" --threads "$threads" --json | last)
peer_adv=$(/usr/bin/python3 "$peer" --data "$data" --model advanced --rnn-input padded --max-batches "$adv" --no-eval --epochs 1 --threads "$threads" | last)
peer_packed=$(/usr/bin/python3 "$peer" --data "$data" --model advanced --rnn-input packed --max-batches 1 --no-eval --epochs 1 --threads "$threads" | last)
ours_base=$("$cli" bench-train --preset base --data "$data" --max-batches "$base" --threads "$threads" --json | last)
peer_base=$(/usr/bin/python3 "$peer" --data "$data" --model base --max-batches "$base" --no-eval --epochs 1 --threads "$threads" | last)

oa=$(echo "$ours_adv" | field "d['tokens_per_s']")
pa=$(echo "$peer_adv" | field "d['epochs'][0]['train_tokens_per_s']")
pp=$(echo "$peer_packed" | field "d['epochs'][0]['train_tokens_per_s']")
ob=$(echo "$ours_base" | field "d['tokens_per_s']")
pb=$(echo "$peer_base" | field "d['epochs'][0]['train_tokens_per_s']")
rss=$(echo "$ours_adv" | field "'%.0f' % d['peak_rss_mib']")
r() { python3 -c "print('%.2f' % ($1 / $2))"; }
n() { python3 -c "print('{:,.0f}'.format($1))"; }
echo "| training, $threads threads | Sentiment Lab tokens/s | peer tokens/s | ratio |"
echo "| --- | --- | --- | --- |"
echo "| advanced BiLSTM, padded input, $adv batches | $(n "$oa") (peak RSS $rss MiB) | $(n "$pa") (\`--rnn-input padded\`) | $(r "$oa" "$pa")x |"
echo "| advanced BiLSTM vs the lecture's packed code, 1 peer batch | $(n "$oa") | $(n "$pp") (\`--rnn-input packed\`) | $(r "$oa" "$pp")x |"
echo "| base RNN, $base batches | $(n "$ob") | $(n "$pb") | $(r "$ob" "$pb")x |"
