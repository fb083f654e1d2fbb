#!/usr/bin/env bash
# Builds the .deb from a configured, built tree and checks it as a user would get it:
# the computed dependencies, the files (binaries, .desktop, icons, AppStream metainfo, man page),
# the metadata validators, and the CLI from the package training one epoch on the demo sample.
#
#   packaging/check-deb.sh BUILD_DIR            # unpacked into a temporary folder (a ctest test)
#   packaging/check-deb.sh BUILD_DIR --install  # also apt-get install ./sentiment-lab_*.deb, run
#                                               # /usr/bin/sentiment-lab-cli, then remove it (root)
#   packaging/check-deb.sh BUILD_DIR --clean-debian [CHROOT]
#       # the same on a clean Debian 12: a minimal bookworm made by debootstrap (root, and the
#       # Debian mirror reachable), or a copy of CHROOT if given (one debootstrap --variant=minbase
#       # bookworm made earlier); apt-get install the .deb there, train one epoch with the CLI and
#       # start the GUI off-screen. Nothing of this machine's packages is used.
set -euo pipefail
build=$(cd "$1" && pwd)
install=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-deb: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/sentiment-lab_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Package names of Debian 12 and 13 alike (libtorch1.13 or libtorch2.6, libarchive13 or libarchive13t64).
for want in libtorch libopenblas0-openmp libarchive13 libsqlite3-0 libc6; do
  [[ $depends == *"$want"* ]] || fail "Depends lacks $want"
done

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
want=(usr/bin/sentiment-lab-cli usr/share/man/man1/sentiment-lab-cli.1.gz usr/share/doc/sentiment-lab/copyright)
if grep -qx './usr/bin/sentiment-lab' <<<"$files"; then
  [[ $depends == *libqt6widgets6* ]] || fail "Depends lacks libqt6widgets6"
  want+=(usr/share/applications/io.github.sentimentlab.SentimentLab.desktop
         usr/share/metainfo/io.github.sentimentlab.SentimentLab.metainfo.xml
         usr/share/icons/hicolor/scalable/apps/io.github.sentimentlab.SentimentLab.svg)
  for size in 16 24 32 48 64 128 256; do want+=(usr/share/icons/hicolor/${size}x${size}/apps/io.github.sentimentlab.SentimentLab.png); done
fi
for f in "${want[@]}"; do grep -qx "./$f" <<<"$files" || fail "the package lacks /$f"; done
echo "files: ${#want[@]} expected paths present"

root="$work/root"
dpkg-deb -x "$deb" "$root"
if [ -f "$root/usr/share/metainfo/io.github.sentimentlab.SentimentLab.metainfo.xml" ]; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.sentimentlab.SentimentLab.metainfo.xml"
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/io.github.sentimentlab.SentimentLab.desktop"
  fi
  for size in 16 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/io.github.sentimentlab.SentimentLab.png"
    head -c 8 "$png" | cmp -s - <(printf '\x89PNG\r\n\x1a\n') || fail "$png is not a PNG"
  done
fi
zcat "$root/usr/share/man/man1/sentiment-lab-cli.1.gz" | grep -q '^\.SH "PREDICT"' || fail "the man page has no predict section"

run_cli() {  # CLI, then its arguments; a private home so nothing of the user's is touched
  local home="$work/home"
  mkdir -p "$home"
  HOME=$home XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache OMP_WAIT_POLICY=PASSIVE "$@"
}
out=$(run_cli "$root/usr/bin/sentiment-lab-cli" train --demo --epochs 1 --max-batches 3 --threads 2)
grep -q 'The model has .* trainable parameters' <<<"$out" || fail "no parameter line: $out"
grep -q 'Test Acc:' <<<"$out" || fail "no test line: $out"
echo "unpacked CLI trained one epoch on the demo sample"

if [ "$install" = "--install" ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
  out=$(run_cli /usr/bin/sentiment-lab-cli train --demo --epochs 1)
  grep -q 'Test Acc:' <<<"$out" || fail "installed CLI: $out"
  grep 'Test Acc:' <<<"$out"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq sentiment-lab >/dev/null
  echo "installed with apt-get, trained one epoch with /usr/bin/sentiment-lab-cli, removed"
fi
if [ "$install" = "--clean-debian" ]; then
  [ "$(id -u)" -eq 0 ] || fail "--clean-debian needs root (debootstrap, chroot)"
  target="$work/bookworm"
  if [ -n "${3:-}" ]; then
    cp -a "$3" "$target"
  else
    command -v debootstrap >/dev/null || fail "--clean-debian needs debootstrap (apt-get install debootstrap)"
    debootstrap --variant=minbase bookworm "$target" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 ||
      { tail -20 "$work/debootstrap.log"; fail "debootstrap failed"; }
  fi
  mount -t proc proc "$target/proc"
  trap 'umount "$target/proc" 2>/dev/null || true; rm -rf "$work"' EXIT
  cp "$deb" "$target/tmp/"
  cp /etc/resolv.conf "$target/etc/resolv.conf" 2>/dev/null || true
  in_chroot() { chroot "$target" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
  echo "clean Debian: $(in_chroot cat /etc/debian_version), $(in_chroot dpkg-query -f '.' -W | wc -c) packages before"
  in_chroot apt-get update -qq >/dev/null
  in_chroot apt-get install -y -qq "/tmp/$(basename "$deb")" >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log"; fail "apt-get install failed on clean Debian"; }
  echo "clean Debian: installed with apt-get, $(in_chroot dpkg-query -f '.' -W | wc -c) packages after"
  out=$(in_chroot sh -c 'cd /tmp && OMP_WAIT_POLICY=PASSIVE sentiment-lab-cli train --demo --epochs 1 --threads 2' 2>&1) || fail "CLI on clean Debian: $out"
  grep -q 'Test Acc:' <<<"$out" || fail "CLI on clean Debian: $out"
  echo "clean Debian: sentiment-lab-cli train --demo --epochs 1: $(grep -o 'Test Acc: [0-9.]*%' <<<"$out")"
  if in_chroot test -x /usr/bin/sentiment-lab; then
    gui=$(in_chroot sh -c 'QT_QPA_PLATFORM=offscreen timeout 60 sentiment-lab --lang ko --screenshot /tmp/gui.png --page data' 2>&1) ||
      fail "GUI on clean Debian: $gui"
    in_chroot test -s /tmp/gui.png || fail "GUI on clean Debian wrote no screenshot: $gui"
    cp "$target/tmp/gui.png" "${CHECK_DEB_SCREENSHOT:-$work/gui.png}" 2>/dev/null || true
    echo "clean Debian: the GUI started off-screen on the demo data and saved a screenshot"
  fi
fi
echo "check-deb: ok"
