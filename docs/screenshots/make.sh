#!/usr/bin/env bash
# Makes the README's screenshots with the real app under Xvfb, on the embedded demo sample, with
# a private run store and settings (nothing of the user's is touched).
#
#   docs/screenshots/make.sh [build/dev]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
app=${1:-$root/build/dev}/app/sentiment-lab
out=$root/docs/screenshots
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
shoot() {
    XDG_DATA_HOME=$home XDG_CONFIG_HOME=$home OMP_WAIT_POLICY=PASSIVE \
        xvfb-run -a -s "-screen 0 1280x900x24" "$app" "$@"
}
shoot --screenshot "$out/data-page-demo.png"
shoot --page train --train base --epochs 3 --max-batches 15 --screenshot "$out/train-page-base.png"
shoot --page train --train advanced --epochs 3 --max-batches 8 --screenshot "$out/train-page-demo.png"
echo "Wrote $out/data-page-demo.png, train-page-base.png and train-page-demo.png"
