#!/usr/bin/env bash
# Data-pipeline benchmark against the peer, in one invocation (machines here are shared and
# noisy: compare the ratio, not the seconds). Needs ../shared/data and python3-torch
# (packaging/install-deps.sh --bench) and a release build (cmake --preset release && cmake --build --preset release).
#
#   bench/data_pipeline.sh [build/release] [repeats]
#
# Prints a Markdown table for docs/BENCHMARKS.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/release}
repeats=${2:-3}
cli=$build/cli/sentiment-lab-cli
data=$root/../shared/data/aclImdb_v1.tar.gz
glove=$root/../shared/data/glove.6B.100d.subset.zip
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export SENTIMENT_LAB_CACHE_DIR=$cache

json() { python3 -c "import json,sys; d=json.loads(sys.stdin.read().strip().splitlines()[-1]); v=$1; print('%.3f' % v if isinstance(v, float) else v)"; }
median() { python3 -c "import statistics,sys; print('%.3f' % statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }

peer=$(cd "$root/../shared/bench" && /usr/bin/python3 seed_reference.py --data "$data" --model base --epochs 0 | json "d['prep_seconds']")

cold=()
for _ in $(seq "$repeats"); do cold+=("$("$cli" dataset --data "$data" --no-cache --json | json "d['seconds']['total']")"); done
"$cli" dataset --data "$data" --json > /dev/null   # fills the tokenized-dataset cache
warm=()
for _ in $(seq "$repeats"); do warm+=("$("$cli" dataset --data "$data" --json | json "d['seconds']['total'] if d['cache_used'] else -1")"); done

vcold=$( { /usr/bin/time -f "%M" "$cli" vectors --vectors "$glove" --demo --json > "$cache/v1.json"; } 2>&1 | tail -1)
vcold_s=$(json "d['seconds']" < "$cache/v1.json")
vwarm=()
for _ in $(seq "$repeats"); do vwarm+=("$("$cli" vectors --vectors "$glove" --demo --json | json "d['seconds'] if d['cache_used'] else -1")"); done
coverage=$("$cli" vectors --vectors "$glove" --data "$data" --json | json "'%.2f %%' % (100*d['coverage'])")

cold_m=$(median "${cold[@]}")
warm_m=$(median "${warm[@]}")
vwarm_m=$(median "${vwarm[@]}")
ratio=$(python3 -c "print('%.1f' % ($peer / $cold_m))")
echo "| measurement | Sentiment Lab | peer (seed_reference.py) | ratio |"
echo "| --- | --- | --- | --- |"
echo "| read + tokenize + vocabulary + numericalize, 50,000 reviews, no cache (median of $repeats) | ${cold_m} s (runs: ${cold[*]}) | ${peer} s (prep_seconds) | ${ratio}x faster |"
echo "| same, tokenized-dataset cache (median of $repeats) | ${warm_m} s (runs: ${warm[*]}) | | |"
echo "| GloVe 6B 100d subset (296 MB text in a zip), first load | ${vcold_s} s, peak RSS $((vcold / 1024)) MiB (whole CLI run, demo dataset included) | | |"
echo "| same, cached load (median of $repeats) | ${vwarm_m} s | | |"
echo "| coverage of the 25,002-entry IMDb vocabulary | ${coverage} | | |"
