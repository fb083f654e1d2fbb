#!/usr/bin/env bash
# packaging/install-deps.sh with every package already installed (as after the README's command)
# must neither call apt nor print anything: every name it checks is a real package, not a
# virtual one that dpkg never reports as installed. apt-get and sudo are replaced by stand-ins
# that record the call.
set -euo pipefail
script="$1/packaging/install-deps.sh"
stand_ins="$(mktemp -d)"
trap 'rm -rf "$stand_ins"' EXIT
for tool in apt-get sudo; do
  printf '#!/bin/sh\necho "%s $*" >> "%s/called"\nexit 1\n' "$tool" "$stand_ins" > "$stand_ins/$tool"
  chmod +x "$stand_ins/$tool"
done
output="$(PATH="$stand_ins:$PATH" "$script" 2>&1)" || { echo "install-deps.sh failed: $output"; exit 1; }
if [ -e "$stand_ins/called" ]; then
  echo "install-deps.sh called apt although the packages are installed:"; cat "$stand_ins/called"; echo "$output"
  exit 1
fi
[ -z "$output" ] || { echo "install-deps.sh printed, expected nothing: $output"; exit 1; }
echo "install-deps.sh: nothing to install, nothing printed"
