#!/usr/bin/env bash
# The CUDA check of issue 22, on the GPU machine (PyTorch 2.x with CUDA, no Qt, no network), from
# the repository root with .gpu/ carried (tests/gpu/prepare.sh made it). Builds sentiment-lab-cli
# against the LibTorch inside that PyTorch, trains the advanced preset 5 epochs on the labeled IMDb
# with GloVe restricted to the vocabulary twice with --deterministic, the base preset for one
# epoch, samples GPU memory, and predicts on the CPU with the CUDA-trained checkpoint. The JSON
# results and logs go to $OUT (they alone come back).
#   tests/gpu/cuda_check.sh [EPOCHS]
set -uo pipefail
root=$(pwd)
epochs=${1:-5}
out=${OUT:-/tmp/cuda-check-out}
mkdir -p "$out"
log() { echo "== $*" | tee -a "$out/steps.log"; }
sys=/tmp/sysroot
mkdir -p "$sys"
for deb in .gpu/debs/*.deb; do dpkg -x "$deb" "$sys"; done
lib=$sys/usr/lib/x86_64-linux-gnu
export PKG_CONFIG_SYSROOT_DIR=$sys PKG_CONFIG_LIBDIR=$lib/pkgconfig:$sys/usr/share/pkgconfig
export LD_LIBRARY_PATH=$lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
torch_prefix=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')
log "torch $(python3 -c 'import torch; print(torch.__version__, torch.version.cuda, torch.cuda.get_device_name(0))')"
log "configure"
cmake -S . -B /tmp/build-cuda -G Ninja -DCMAKE_BUILD_TYPE=Release -DSENTIMENT_LAB_BUILD_GUI=OFF \
      -DSENTIMENT_LAB_BUILD_TESTS=OFF -DSENTIMENT_LAB_BUILD_BENCH=OFF \
      -DCMAKE_PREFIX_PATH="$sys/usr;$lib/cmake;$torch_prefix" -DCMAKE_INCLUDE_PATH="$sys/usr/include" \
      -DCMAKE_LIBRARY_PATH="$lib" -DPKG_CONFIG_EXECUTABLE="$sys/usr/bin/pkgconf" > "$out/configure.log" 2>&1 \
    || { tail -n 40 "$out/configure.log"; exit 1; }
log "build"
cmake --build /tmp/build-cuda --target sentiment-lab-cli -j "$(nproc)" > "$out/build.log" 2>&1 \
    || { grep -E "error" -A3 "$out/build.log" | head -n 60; exit 1; }
cli=/tmp/build-cuda/cli/sentiment-lab-cli
"$cli" --version | tee -a "$out/steps.log"
tar -xzf .gpu/data/aclImdb-labeled.tar.gz -C /tmp
export SENTIMENT_LAB_CACHE_DIR=/tmp/sl-cache XDG_DATA_HOME=/tmp/sl-home
nvidia-smi --query-gpu=timestamp,memory.used --format=csv,noheader -lms 250 > "$out/gpu-memory.csv" 2>/dev/null &
sampler=$!
for n in 1 2; do
    log "advanced, deterministic, run $n"
    "$cli" train --preset advanced --data /tmp/aclImdb --vectors .gpu/data/glove.6B.100d.imdb.zip --epochs "$epochs" \
        --device cuda --deterministic --threads "$(nproc)" --db "$out/gpu-runs.sqlite" --out /tmp/ckpt-$n --json \
        > "$out/advanced-$n.log" 2>&1 || log "advanced run $n failed"
    tail -n 1 "$out/advanced-$n.log" > "$out/advanced-$n.json"
done
log "base, one epoch"
"$cli" train --preset base --data /tmp/aclImdb --epochs 1 --device cuda --threads "$(nproc)" \
    --db "$out/gpu-runs.sqlite" --out /tmp/ckpt-base --json > "$out/base.log" 2>&1 || log "base failed"
kill "$sampler" 2>/dev/null
log "the CUDA-trained checkpoint on the CPU"
CUDA_VISIBLE_DEVICES= "$cli" predict --model "$(ls /tmp/ckpt-1/*.slckpt | head -n 1)" \
    --text "A wonderful, moving film with a great cast." --json > "$out/predict-on-cpu.json" 2>&1 || log "predict failed"
python3 - "$out" <<'PY' | tee -a "$out/steps.log"
import json, sys, csv
out = sys.argv[1]
runs = [json.load(open(f"{out}/advanced-{n}.json")) for n in (1, 2)]
for n, r in enumerate(runs, 1):
    print(f"advanced run {n}: epochs {[round(e['seconds'], 1) for e in r['epochs']]} s, test acc {r['test']['acc']:.4f}")
same = all(a["train"] == b["train"] and a["valid"] == b["valid"] for a, b in zip(runs[0]["epochs"], runs[1]["epochs"]))
print("the two runs' epochs identical:", same, "; tests identical:", runs[0]["test"] == runs[1]["test"])
peak = max(int(row[1].split()[0]) for row in csv.reader(open(f"{out}/gpu-memory.csv")) if len(row) > 1)
print(f"peak GPU memory in use (nvidia-smi, whole device): {peak} MiB")
PY
