#!/usr/bin/env bash
# The README's two commands on a clean Debian of another release, from this working tree, in a
# debootstrap folder: nothing of this machine's packages is used. By hand or opt-in (root, the
# Debian mirror reachable, about 45 minutes on 2 cores and 6 GB of disk); not part of .ci/run.
#
#   packaging/check-release.sh [RELEASE=trixie] [WORK_DIR=/var/tmp/sentiment-lab-RELEASE]
#
# Steps, each timed, all in WORK_DIR (kept, so that a second run reuses the bootstrap):
#   1. debootstrap --variant=minbase RELEASE into WORK_DIR/root (once), a copy kept as WORK_DIR/clean;
#   2. the working tree (what git tracks or would track) copied to /src in the folder;
#   3. the test command: packaging/install-deps.sh && cmake --preset dev && cmake --build --preset
#      dev && ctest --preset dev (the whole suite);
#   4. the app started on its demo off-screen until its window is shown (the dev build; with
#      RELEASE=1 the launch command's own release build first: 16 more minutes);
#   5. the .deb made there (cpack, from that build), installed with apt-get in a copy of the clean
#      folder, and one demo epoch trained with the installed CLI.
# The last lines say what passed; the exit status is 0 only when every step did. FROM=app starts
# at step 4 in a folder whose test command passed (the working tree is copied again).
set -uo pipefail
release=${1:-trixie}
work=${2:-/var/tmp/sentiment-lab-$release}
root=$(cd "$(dirname "$0")/.." && pwd)
[ "$(id -u)" -eq 0 ] || { echo "check-release: needs root (debootstrap, chroot, mount)" >&2; exit 2; }
command -v debootstrap > /dev/null || { echo "check-release: needs debootstrap (apt-get install debootstrap)" >&2; exit 2; }
mkdir -p "$work"
log=$work/check.log
: > "$log"
say() { echo "== $(date +%T) $*" | tee -a "$log"; }
mounted=()
cleanup() { for ((i = ${#mounted[@]} - 1; i >= 0; --i)); do umount -l "${mounted[i]}" 2> /dev/null; done; }
trap cleanup EXIT
mount_into() { # the kernel's file systems a build and the suite use (shared memory, ptys, /proc)
  local target=$1
  mount -t proc proc "$target/proc" && mounted+=("$target/proc")
  mount -t sysfs sys "$target/sys" && mounted+=("$target/sys")
  mount --bind /dev "$target/dev" && mounted+=("$target/dev")
  mount -t devpts devpts "$target/dev/pts" -o newinstance,ptmxmode=0666 && mounted+=("$target/dev/pts")
  mount -t tmpfs shm "$target/dev/shm" && mounted+=("$target/dev/shm")
  cp /etc/resolv.conf "$target/etc/resolv.conf"
}
in_root() { # in_root FOLDER COMMAND: a login-like clean environment, as a new user's shell
  local target=$1
  shift
  chroot "$target" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive bash -c "$*"
}
timed() { # timed NAME FOLDER COMMAND: runs it, logs its output to WORK_DIR/NAME.log, records the time
  local name=$1 target=$2 start=$SECONDS status
  shift 2
  say "$name: $*"
  in_root "$target" "$*" > "$work/$name.log" 2>&1
  status=$?
  say "$name: exit $status after $(((SECONDS - start) / 60)) min $(((SECONDS - start) % 60)) s (log: $work/$name.log)"
  return $status
}
results=()
step() { results+=("$1: $2"); }

if [ ! -e "$work/clean/.ready" ]; then
  rm -rf "$work/root" "$work/clean"
  start=$SECONDS
  debootstrap --variant=minbase "$release" "$work/clean" http://deb.debian.org/debian > "$work/debootstrap.log" 2>&1 ||
    { tail -n 20 "$work/debootstrap.log"; echo "check-release: debootstrap failed" >&2; exit 1; }
  touch "$work/clean/.ready"
  say "debootstrap $release: $((SECONDS - start)) s"
fi
if [ ! -d "$work/root" ]; then cp -a "$work/clean" "$work/root"; fi
target=$work/root
mount_into "$target"
say "Debian $(cat "$target/etc/debian_version") in $target"
mkdir -p "$target/src"  # the sources anew; a build folder from an earlier run stays (ccache, FROM=app)
find "$target/src" -mindepth 1 -maxdepth 1 ! -name build -exec rm -rf {} +
git -C "$root" ls-files -z --cached --others --exclude-standard | (cd "$root" && tar --null -T - -cf -) | tar -xf - -C "$target/src"

if [ "${FROM:-}" = app ]; then  # FROM=app: the test command passed in this folder before
  step "test command" "not run again (FROM=app)"
elif timed test-command "$target" 'cd /src && packaging/install-deps.sh --gui-tools && cmake --preset dev && cmake --build --preset dev && ctest --preset dev'; then
  step "test command (install, dev build, whole suite)" "passed, $(grep -E 'tests passed|tests failed' "$work/test-command.log" | tail -n 1)"
else
  step "test command" "FAILED: $(grep -E 'tests passed|tests failed|Error|error:' "$work/test-command.log" | tail -n 3 | tr '\n' ' ')"
fi
app_build=dev
if [ "${RELEASE:-0}" = 1 ]; then
  app_build=release
  timed release-build "$target" 'cd /src && cmake --preset release && cmake --build --preset release' ||
    step "release build" "FAILED: $(tail -n 3 "$work/release-build.log" | tr '\n' ' ')"
fi
if timed launch "$target" "cd /src && QT_QPA_PLATFORM=offscreen timeout 120 ./build/$app_build/app/sentiment-lab --demo --quit-when-shown"; then
  step "the app ($app_build build) on its demo until its window shows" "passed"
else
  step "the app" "FAILED: $(tail -n 3 "$work/launch.log" | tr '\n' ' ')"
fi
if timed package "$target" "cd /src/build/$app_build && cpack -G DEB > /dev/null && ls sentiment-lab_*.deb"; then
  deb=$(tail -n 1 "$work/package.log")
  rm -rf "$work/install" && cp -a "$work/clean" "$work/install"
  mount_into "$work/install"
  cp "$target/src/build/$app_build/$deb" "$work/install/tmp/"
  if timed install "$work/install" "apt-get update -qq && apt-get install -y -qq /tmp/$deb > /dev/null && cd /tmp && OMP_WAIT_POLICY=PASSIVE sentiment-lab-cli train --demo --epochs 1 --threads 2 && sentiment-lab-cli --version"; then
    step "the .deb built there, installed there with apt-get" "passed: $(grep -o 'Test Acc: [0-9.]*%' "$work/install.log")"
  else
    step "the .deb installed" "FAILED: $(tail -n 3 "$work/install.log" | tr '\n' ' ')"
  fi
else
  step "package" "FAILED: $(tail -n 3 "$work/package.log" | tr '\n' ' ')"
fi
echo | tee -a "$log"
ok=0
for r in "${results[@]}"; do
  echo "- $r" | tee -a "$log"
  [[ $r == *FAILED* ]] && ok=1
done
exit $ok
