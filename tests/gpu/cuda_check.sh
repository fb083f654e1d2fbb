#!/usr/bin/env bash
# The CUDA check of issue 22, on the GPU machine (PyTorch 2.x with CUDA, no Qt, no network), from
# the repository root with .gpu/ carried (tests/gpu/prepare.sh made it). Builds sentiment-lab-cli
# against the LibTorch inside that PyTorch (into build/cuda, which a warm machine keeps between
# calls), trains the advanced preset on the labeled IMDb with GloVe restricted to the vocabulary
# twice with --deterministic, the base preset for one epoch, samples GPU memory, and predicts on
# the CPU with the CUDA-trained checkpoint.
#
# What comes back is at most 8 files: $OUT/summary.txt (every step, the figures), the store of the
# GPU runs ($OUT/gpu-runs.sqlite, for `runs import` here) and $OUT/logs.tar.gz (configure and
# build logs, each run's output and JSON, the GPU memory samples).
#
#   tests/gpu/cuda_check.sh [all|build|train] [EPOCHS]
# A rehearsal on a machine without a GPU (SL_CARRY_ALL: every carried library is used, as on an
# image that has none of them): SL_DEVICE=cpu SL_TRAIN_EXTRA="--max-batches 3" SL_CARRY_ALL=1
# SL_TORCH_PREFIX=/usr SL_BUDGET_S=3000 OUT=/tmp/rehearsal tests/gpu/cuda_check.sh all 1
# The training runs fit a budget (SL_BUDGET_S seconds from the start, default 540): the second
# deterministic run trains as many epochs as the first one's pace allows, and the summary compares
# the epochs both ran.
set -uo pipefail
phase=${1:-all}
epochs=${2:-5}
budget=${SL_BUDGET_S:-540}
root=$(pwd)
out=${OUT:-/tmp/cuda-check-out}
work=/tmp/cuda-check
logs=$work/logs
mkdir -p "$out" "$logs"
summary=$out/summary.txt
log() { echo "== $(date +%T) (+$SECONDS s) $*" | tee -a "$summary"; }
finish() { tar -czf "$out/logs.tar.gz" -C "$work" logs 2>/dev/null; }
trap finish EXIT

# Debian 12's libraries the build needs, unpacked whole (their CMake files name each file). At
# run time a library the image has under the same name is the image's (same ABI, a newer release
# there): only the others go into the folder that LD_LIBRARY_PATH names.
sys=$work/sysroot
runtime=$work/runtime
if [ ! -e "$sys/.ready" ]; then
    rm -rf "$sys" "$runtime" && mkdir -p "$sys" "$runtime"
    for deb in .gpu/debs/build/*.deb .gpu/debs/runtime/*.deb; do dpkg -x "$deb" "$sys"; done
    while read -r lib; do
        soname=$(readelf -d "$lib" 2>/dev/null | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
        [ -n "$soname" ] || continue
        image=$(ldconfig -p | awk -v s="$soname" '$1 == s && /x86-64/ {print $NF; exit}')
        if [ -n "$image" ] && [ -z "${SL_CARRY_ALL:-}" ]; then
            echo "the image's: $soname ($image)" >> "$logs/libraries.txt"
        else
            echo "carried: $soname" >> "$logs/libraries.txt"
            ln -sf "$lib" "$runtime/$soname"
        fi
    done < <(find "$sys" -name 'lib*.so.*' -type f)
    touch "$sys/.ready"
fi
libdirs=$runtime
with_libs() { LD_LIBRARY_PATH=$libdirs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH} "$@"; }
cat > "$work/pkg-config" <<EOF
#!/bin/sh
LD_LIBRARY_PATH=$libdirs exec $sys/usr/bin/pkgconf "\$@"
EOF
chmod +x "$work/pkg-config"

device=${SL_DEVICE:-cuda}
read -r -a extra <<< "${SL_TRAIN_EXTRA:-}"
# The LibTorch inside the machine's PyTorch, linked as the torch2-cuda preset links it here
# (cmake/Torch.cmake: SENTIMENT_LAB_TORCH_WHEEL with SENTIMENT_LAB_TORCH_CUDA; no CUDA toolkit is
# needed). SL_TORCH_PREFIX=/usr takes a system LibTorch instead (the rehearsal with Debian's).
if [ -n "${SL_TORCH_PREFIX:-}" ]; then
    torch_options=(-DCMAKE_PREFIX_PATH="$sys/usr;$SL_TORCH_PREFIX")
else
    wheel=$(python3 -c 'import os, torch; print(os.path.dirname(torch.__file__))' 2>/dev/null | tail -n 1)
    torch_options=(-DCMAKE_PREFIX_PATH="$sys/usr" -DSENTIMENT_LAB_TORCH_WHEEL="$wheel" -DSENTIMENT_LAB_TORCH_CUDA=ON)
fi
log "torch $(python3 -c 'import torch; print(torch.__version__, "CUDA", torch.version.cuda, torch.cuda.get_device_name(0) if torch.cuda.is_available() else "(no GPU here)")' 2>&1 | tail -n 1)"
log "$(g++ --version | head -n 1); cmake $(cmake --version | head -n 1 | cut -d' ' -f3); $(nproc) cores"
build=$root/build/cuda
cli=$build/cli/sentiment-lab-cli
if [ "$phase" = all ] || [ "$phase" = build ]; then
    log "configure"
    with_libs env PKG_CONFIG_SYSROOT_DIR="$sys" PKG_CONFIG_LIBDIR="$sys/usr/lib/x86_64-linux-gnu/pkgconfig:$sys/usr/share/pkgconfig" \
        CPLUS_INCLUDE_PATH="$sys/usr/include" LIBRARY_PATH="$sys/usr/lib/x86_64-linux-gnu" \
        cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSENTIMENT_LAB_BUILD_GUI=OFF \
        -DSENTIMENT_LAB_BUILD_TESTS=OFF -DSENTIMENT_LAB_BUILD_BENCH=OFF -DSENTIMENT_LAB_WITH_ONEDNN=OFF \
        -DCMAKE_POLICY_VERSION_MINIMUM=3.5 "${torch_options[@]}" \
        -DCMAKE_LIBRARY_PATH="$sys/usr/lib/x86_64-linux-gnu" -DPKG_CONFIG_EXECUTABLE="$work/pkg-config" \
        > "$logs/configure.log" 2>&1 || { log "configure failed"; tail -n 40 "$logs/configure.log" | tee -a "$summary"; exit 1; }
    log "build"
    with_libs env CPLUS_INCLUDE_PATH="$sys/usr/include" LIBRARY_PATH="$sys/usr/lib/x86_64-linux-gnu" \
        cmake --build "$build" --target sentiment-lab-cli -j "$(nproc)" > "$logs/build.log" 2>&1 \
        || { log "build failed"; grep -E "error|undefined" -A3 "$logs/build.log" | head -n 80 | tee -a "$summary"; exit 1; }
fi
[ "$phase" = build ] && { with_libs "$cli" --version | tee -a "$summary"; exit 0; }
[ -x "$cli" ] || { log "no $cli: run the build phase first"; exit 1; }
with_libs "$cli" --version | tee -a "$summary"
with_libs ldd "$cli" | grep -E "torch|cuda|not found" >> "$logs/libraries.txt"

data=$work/data
if [ ! -d "$data/aclImdb" ]; then
    mkdir -p "$data"
    python3 -c 'import sys, tarfile; tarfile.open(sys.argv[1]).extractall(sys.argv[2])' \
        .gpu/data/aclImdb-labeled.tar.xz "$data" || { log "could not unpack the IMDb sample"; exit 1; }
fi
export SENTIMENT_LAB_CACHE_DIR=$work/cache XDG_DATA_HOME=$work/home
store=$out/gpu-runs.sqlite
nvidia-smi --query-gpu=timestamp,memory.used --format=csv,noheader,nounits -lms 200 > "$logs/gpu-memory.csv" 2>/dev/null &
sampler=$!
advanced() {  # run number, epochs
    log "advanced, --deterministic, run $1, $2 epochs"
    with_libs "$cli" train --preset advanced --data "$data/aclImdb" --vectors .gpu/data/glove.6B.100d.imdb.zip \
        --epochs "$2" --device "$device" --deterministic "${extra[@]}" --threads "$(nproc)" --db "$store" --out "$work/ckpt-$1" --json \
        > "$logs/advanced-$1.out" 2> "$logs/advanced-$1.err" || log "advanced run $1 failed: $(tail -n 3 "$logs/advanced-$1.err")"
    tail -n 1 "$logs/advanced-$1.out" > "$logs/advanced-$1.json"
}
started=$SECONDS
advanced 1 "$epochs"
took=$((SECONDS - started))
# The second run gets the epochs the first one's pace leaves time for (loading counted once more).
left=$((budget - SECONDS - 60))
second=$(( took > 0 ? epochs * left / took : epochs ))
(( second > epochs )) && second=$epochs
if (( second >= 1 )); then advanced 2 "$second"; else log "no time left for a second advanced run"; fi
if (( budget - SECONDS > 60 )); then
    log "base, one epoch"
    with_libs "$cli" train --preset base --data "$data/aclImdb" --epochs 1 --device "$device" "${extra[@]}" --threads "$(nproc)" \
        --db "$store" --out "$work/ckpt-base" --json > "$logs/base.out" 2> "$logs/base.err" \
        || log "base failed: $(tail -n 3 "$logs/base.err")"
    tail -n 1 "$logs/base.out" > "$logs/base.json"
fi
kill "$sampler" 2>/dev/null
log "the CUDA-trained checkpoint on the CPU"
checkpoint=$(ls "$work"/ckpt-1/*.slckpt 2>/dev/null | head -n 1)
CUDA_VISIBLE_DEVICES= with_libs "$cli" predict --model "$checkpoint" \
    --text "A wonderful, moving film with a great cast." --json > "$logs/predict-on-cpu.json" 2> "$logs/predict-on-cpu.err" \
    || log "predict on the CPU failed: $(tail -n 3 "$logs/predict-on-cpu.err")"
python3 - "$logs" <<'PY' 2>&1 | tee -a "$summary"
import csv, json, os, sys
logs = sys.argv[1]
def load(name):
    try:
        return json.load(open(os.path.join(logs, name)))
    except (OSError, ValueError) as e:
        print(f"{name}: no result ({e})")
        return None
runs = [r for r in (load("advanced-1.json"), load("advanced-2.json")) if r]
for n, r in enumerate(runs, 1):
    print(f"advanced run {n}: device {r.get('device')}, epoch seconds {[round(e['seconds'], 2) for e in r['epochs']]}, "
          f"valid acc {[round(e['valid']['acc'] * 100, 2) for e in r['epochs']]}, "
          f"test acc {r['test']['acc'] * 100:.2f} % (best epoch {r.get('best_epoch')}), {r.get('seconds', 0):.0f} s in all")
if len(runs) == 2:
    common = min(len(runs[0]["epochs"]), len(runs[1]["epochs"]))
    same = all(runs[0]["epochs"][i]["train"] == runs[1]["epochs"][i]["train"]
               and runs[0]["epochs"][i]["valid"] == runs[1]["epochs"][i]["valid"] for i in range(common))
    print(f"the two runs' first {common} epochs identical (losses and accuracies): {same}")
    if common == len(runs[0]["epochs"]) == len(runs[1]["epochs"]):
        print("the two runs' tests identical:", runs[0]["test"] == runs[1]["test"])
base = load("base.json")
if base:
    print(f"base: epoch seconds {[round(e['seconds'], 2) for e in base['epochs']]}, test acc {base['test']['acc'] * 100:.2f} %")
try:
    used = [int(row[1]) for row in csv.reader(open(os.path.join(logs, "gpu-memory.csv"))) if len(row) > 1 and row[1].strip().isdigit()]
    print(f"GPU memory in use (nvidia-smi, the whole device, every 200 ms): peak {max(used)} MiB, idle {min(used)} MiB")
except (OSError, ValueError) as e:
    print(f"no GPU memory samples ({e})")
predicted = load("predict-on-cpu.json")
if predicted:
    print("the CUDA checkpoint on the CPU:", json.dumps(predicted)[:300])
PY
