#!/usr/bin/env bash
# Prepares, on this machine, everything the CUDA check (tests/gpu/cuda_check.sh) needs that the GPU
# machine lacks, into .gpu/ (ignored by git through .git/info/exclude; name `.gpu` in the device
# tool's `carry`). The working tree travels with it, and both together must stay under 64 MiB:
#   - the labeled IMDb (train/unsup left out; xz, about 19 MB) from ../shared/data;
#   - the GloVe 100d vectors of the lecture's vocabulary (`vectors --write-subset`), zipped;
#   - the Debian 12 packages the command line builds with (.gpu/debs/build: headers, CMake and
#     pkg-config files, the libraries it links directly) and everything those libraries load in
#     turn (.gpu/debs/runtime, found with ldd here); the check uses a runtime library only where
#     the GPU machine has no library of that name.
#   tests/gpu/prepare.sh [BUILD_DIR]      # BUILD_DIR/cli/sentiment-lab-cli writes the vectors subset
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/dev}
out=$root/.gpu
shared=$root/../shared/data
grep -qx '/.gpu/' "$root/.git/info/exclude" 2>/dev/null || echo '/.gpu/' >> "$root/.git/info/exclude"
rm -rf "$out" && mkdir -p "$out/data" "$out/debs/build" "$out/debs/runtime"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$shared/aclImdb_v1.tar.gz" -C "$tmp" --exclude='aclImdb/train/unsup'
tar -cf - -C "$tmp" aclImdb | xz -9 -T0 > "$out/data/aclImdb-labeled.tar.xz"
# The subset covers the vocabulary of the runs' data options (the lecture's: seed 1234, 70 % train).
SENTIMENT_LAB_CACHE_DIR=$tmp/cache "$build/cli/sentiment-lab-cli" vectors --data "$tmp/aclImdb" \
    --vectors "$shared/glove.6B.100d.subset.zip" --write-subset "$tmp/glove.6B.100d.imdb.txt"
python3 - "$tmp/glove.6B.100d.imdb.txt" "$out/data/glove.6B.100d.imdb.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.write(sys.argv[1], "glove.6B.100d.imdb.txt")
PY

# What the command line is built from (oneDNN stays behind: a LibTorch 2.x carries its own).
build_packages=(libisal2 libisal-dev libarchive13 libarchive-dev libspdlog1.10 libspdlog-dev libfmt9 libfmt-dev
                nlohmann-json3-dev libcli11-dev libfast-float-dev libsqlite3-0 libsqlite3-dev libsqlitecpp-dev
                libcurl4 libcurl4-openssl-dev pkgconf pkgconf-bin libpkgconf3)
(cd "$out/debs/build" && apt-get download "${build_packages[@]}" >/dev/null)
# What those libraries load in turn, but the C and C++ runtimes (the GPU machine has newer ones).
arch=$(dpkg --print-architecture)
runtime=$(for lib in libcurl.so.4 libisal.so.2 libarchive.so.13 libsqlite3.so.0 libpkgconf.so.3; do
              ldd "/usr/lib/x86_64-linux-gnu/$lib" | awk '$3 ~ /^\// {print $3}'
          done | sort -u | while read -r file; do
              dpkg -S "$file" 2>/dev/null || dpkg -S "$(readlink -f "$file")" 2>/dev/null \
                  || dpkg -S "${file#/usr}" 2>/dev/null || echo "prepare.sh: no package owns $file" >&2
          done | cut -d: -f1 | sort -u)
skip=" libc6 libstdc++6 libgcc-s1 ${build_packages[*]} "
wanted=()
for package in $runtime; do
    [[ $skip == *" $package "* ]] || wanted+=("$package:$arch")
done
(cd "$out/debs/runtime" && apt-get download "${wanted[@]}" >/dev/null)
du -sh "$out" "$out"/data/* "$out"/debs/*
tree_bytes=$(git -C "$root" ls-files -z --cached --others --exclude-standard | (cd "$root" && xargs -0 du -cb 2>/dev/null) | awk '/total$/ {s += $1} END {print s}')
total=$(( $(du -sb "$out" | cut -f1) + tree_bytes ))
echo "with the working tree: $((total / 1048576)) MiB of the 64 MiB that travel"
if (( total > 62 * 1024 * 1024 )); then echo "prepare.sh: $total bytes would travel, over the limit" >&2; exit 1; fi
echo "Ready: run tests/gpu/cuda_check.sh on the GPU machine with .gpu carried."
