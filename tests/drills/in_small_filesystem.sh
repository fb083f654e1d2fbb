#!/usr/bin/env bash
# Runs a command with SENTIMENT_LAB_SMALL_FS naming a 64 MiB file system of its own (a tmpfs
# mounted in a private user and mount namespace: `unshare -rm`, no root needed), so that a test
# can fill it and watch the program meet a full disk. Exits 77 (ctest: skipped) where the
# kernel does not allow such namespaces.
#   tests/drills/in_small_filesystem.sh build/dev/tests/core_tests --gtest_filter='FullDisk.*'
set -u
dir=$(mktemp -d)
trap 'rmdir "$dir" 2>/dev/null' EXIT
if ! unshare -rm sh -c "mount -t tmpfs -o size=64m tmpfs '$dir'" 2>/dev/null; then
  echo "no private mount namespace here (unshare -rm failed): skipped"
  exit 77
fi
unshare -rm sh -c 'mount -t tmpfs -o size=64m tmpfs "$0" && SENTIMENT_LAB_SMALL_FS="$0" "$@"' "$dir" "$@"
