#!/usr/bin/env bash
# Installs every Debian 12 package Sentiment Lab needs to build, test and run.
# Idempotent and quiet when everything is already there.
#   packaging/install-deps.sh          build + test dependencies
#   packaging/install-deps.sh --bench  also the peer for benchmarks (python3-torch, torchtext)
#   packaging/install-deps.sh --gui-tools  also Xvfb and ImageMagick for screenshots
#   packaging/install-deps.sh --fuzz   also clang and libFuzzer (the fuzz preset, tests/fuzz/run.sh)
#   packaging/install-deps.sh --slurm  also a Slurm and munge for the opt-in job-array test (tests/slurm)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates python3
  # compiles through it when installed (cmake/BuildSpeed.cmake): a rebuild or CI's next run reuses objects
  ccache
  # Qt 6 GUI and plotting
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-svg-dev libqcustomplot-dev libqcustomplot2.1-qt6 libgl-dev
  # LibTorch; without OpenBLAS it multiplies with the reference BLAS (~35x slower)
  libtorch-dev libopenblas0-openmp
  # oneDNN (the version inside Debian's LibTorch): recurrent-layer primitives
  libdnnl-dev
  # data pipeline
  libarchive-dev libisal-dev libfast-float-dev zlib1g-dev
  # downloads (IMDb, GloVe) over HTTPS
  libcurl4-openssl-dev
  # core helpers
  libspdlog-dev libfmt-dev libcli11-dev nlohmann-json3-dev libsqlite3-dev libsqlitecpp-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # a private D-Bus for the sleep-inhibitor test
  dbus-daemon
  # packaging: the .deb (dpkg-shlibdeps) and its metadata validators
  dpkg-dev appstream desktop-file-utils
)
for arg in "$@"; do
  case "$arg" in
    --bench) packages+=(python3-torch python3-torchtext) ;;
    --gui-tools) packages+=(xvfb xauth imagemagick x11-apps poppler-utils fonts-noto-cjk) ;;
    --slurm) packages+=(slurm-wlm munge) ;;
    --fuzz) packages+=(clang-16 libclang-rt-16-dev libomp-16-dev llvm-16) ;;  # clang 14 cannot compile LibTorch 1.13 in C++20
    *) echo "install-deps.sh: unknown option '$arg'" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
