#!/usr/bin/env bash
# Installs every Debian package Sentiment Lab needs to build, test and run, on Debian 12
# (bookworm) or 13 (trixie): the main list has the same names in both; where an option's
# packages differ, the release decides. Idempotent and quiet when everything is already there.
#   packaging/install-deps.sh          build + test dependencies
#   packaging/install-deps.sh --bench  also the peer for benchmarks (python3-torch, torchtext)
#   packaging/install-deps.sh --gui-tools  also Xvfb and ImageMagick for screenshots
#   packaging/install-deps.sh --fuzz   also clang and libFuzzer (the fuzz preset, tests/fuzz/run.sh)
#   packaging/install-deps.sh --slurm  also a Slurm and munge for the opt-in job-array test (tests/slurm)
#   packaging/install-deps.sh --torch2 also PyTorch 2.x from PyPI in .torch2/ (ignored by git), for
#       the torch2 and torch2-cuda presets and the speed peer (bench/train_speed.sh): about 3.0 GB
#       downloaded, 5.6 GB on disk (PyPI's Linux wheel brings CUDA's libraries); oneDNN 3 with it
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
  # word boundaries of every script (the unicode tokenizer)
  libicu-dev
  # downloads (IMDb, GloVe) over HTTPS
  libcurl4-openssl-dev
  # core helpers
  libspdlog-dev libfmt-dev libcli11-dev nlohmann-json3-dev libsqlite3-dev libsqlitecpp-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # a private D-Bus for the sleep-inhibitor test
  dbus-daemon
  # packaging: the .deb (dpkg-shlibdeps; CMake 3.31's CPack also runs `file`) and its metadata validators
  dpkg-dev file appstream desktop-file-utils
)
torch2=""
# a machine without /etc/os-release (a broken or unusual root) gets the options common to both
release=$( (. /etc/os-release && echo "${VERSION_CODENAME:-}") 2>/dev/null || true)
# the formatting test (tests/format) pins clang-format 14, Debian 12's; elsewhere it skips
if [ "$release" = bookworm ]; then packages+=(clang-format-14); fi
for arg in "$@"; do
  case "$arg" in
    # Debian 13 has no torchtext (the peer does not need it)
    --bench)
      packages+=(python3-torch)
      if [ "$release" = bookworm ]; then packages+=(python3-torchtext); fi ;;
    --gui-tools) packages+=(xvfb xauth imagemagick x11-apps poppler-utils fonts-noto-cjk) ;;
    --slurm) packages+=(slurm-wlm munge) ;;
    --fuzz)  # clang 14 cannot compile LibTorch 1.13 in C++20; the fuzz preset names clang 16
      [ "$release" = bookworm ] || { echo "install-deps.sh: --fuzz is for Debian 12 (the fuzz preset uses its clang 16)" >&2; exit 2; }
      packages+=(clang-16 libclang-rt-16-dev libomp-16-dev llvm-16) ;;
    --torch2) packages+=(python3-venv); torch2=1 ;;
    *) echo "install-deps.sh: unknown option '$arg'" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# PyTorch's own LibTorch (pinned: the version the torch2 presets are tested with) and a oneDNN 3
# built for GNU OpenMP, as LibTorch's is (Intel's current oneDNN wheels need SYCL and TBB). Never
# used by the default build, never at run time of an installed app.
if [ -n "$torch2" ]; then
  torch_version=2.15.0
  venv="$(cd "$(dirname "$0")/.." && pwd)/.torch2"
  if ! "$venv/bin/python" -c "import torch, sys; sys.exit(torch.__version__.split('+')[0] != '$torch_version')" 2>/dev/null; then
    echo "Installing PyTorch $torch_version into $venv (about 3.0 GB from PyPI)"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --progress-bar off "torch==$torch_version" numpy \
      onednn-cpu-gomp==2023.2.0 onednn-devel-cpu-gomp==2023.2.0
  fi
  # A stable name for the presets, whatever Python's version in the path.
  ln -sfn "$("$venv/bin/python" -c 'import os, torch; print(os.path.dirname(torch.__file__))' 2>/dev/null)" "$venv/torch"
fi
