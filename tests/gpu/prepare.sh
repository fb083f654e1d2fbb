#!/usr/bin/env bash
# Prepares, on this machine, everything the CUDA check (tests/gpu/cuda_check.sh) needs that the GPU
# machine lacks, into .gpu/ (ignored by git through .git/info/exclude; name `.gpu` in the device
# tool's `carry`). What travels must stay under 64 MiB:
#   - the labeled IMDb (train/unsup left out, about 30 MB) from ../shared/data;
#   - the GloVe 100d vectors of the lecture's vocabulary (`vectors --write-subset`), zipped;
#   - the Debian 12 packages the command line builds and links with (headers, libraries, CMake and
#     pkg-config files: about 11 MB), unpacked there by the check.
#   tests/gpu/prepare.sh [BUILD_DIR]      # BUILD_DIR/cli/sentiment-lab-cli writes the vectors subset
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/dev}
out=$root/.gpu
shared=$root/../shared/data
grep -qx '/.gpu/' "$root/.git/info/exclude" 2>/dev/null || echo '/.gpu/' >> "$root/.git/info/exclude"
rm -rf "$out" && mkdir -p "$out/data" "$out/debs"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$shared/aclImdb_v1.tar.gz" -C "$tmp" --exclude='aclImdb/train/unsup'
tar -czf "$out/data/aclImdb-labeled.tar.gz" -C "$tmp" aclImdb
# The subset covers the vocabulary of the runs' data options (the lecture's: seed 1234, 70 % train).
SENTIMENT_LAB_CACHE_DIR=$tmp/cache "$build/cli/sentiment-lab-cli" vectors --data "$tmp/aclImdb" \
    --vectors "$shared/glove.6B.100d.subset.zip" --write-subset "$tmp/glove.6B.100d.imdb.txt"
python3 - "$tmp/glove.6B.100d.imdb.txt" "$out/data/glove.6B.100d.imdb.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.write(sys.argv[1], "glove.6B.100d.imdb.txt")
PY

packages=(libisal2 libisal-dev libarchive13 libarchive-dev libspdlog1.10 libspdlog-dev libfmt9 libfmt-dev
          nlohmann-json3-dev libcli11-dev libfast-float-dev libsqlite3-0 libsqlite3-dev libsqlitecpp-dev
          libdnnl2 libdnnl-dev libcurl4 libcurl4-openssl-dev libnghttp2-14 librtmp1 libssh2-1 libpsl5
          libldap-2.5-0 libsasl2-2 libbrotli1 libnettle8 pkgconf pkgconf-bin libpkgconf3)
(cd "$out/debs" && apt-get download "${packages[@]}" >/dev/null)
du -sh "$out" "$out"/*
total=$(du -sb "$out" | cut -f1)
if (( total > 60 * 1024 * 1024 )); then echo "prepare.sh: .gpu is $total bytes, over what travels" >&2; exit 1; fi
echo "Ready: run tests/gpu/cuda_check.sh on the GPU machine with .gpu carried."
