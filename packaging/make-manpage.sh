#!/usr/bin/env bash
# Writes the man page of sentiment-lab-cli from its own --help texts, so it never drifts.
#   packaging/make-manpage.sh CLI VERSION OUT
set -euo pipefail
cli=$1 version=$2 out=$3
# roff: escape backslashes; a line starting with . or ' would be a request.
esc() { sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"; }
main_help=$("$cli" --help)
mapfile -t subcommands < <(printf '%s\n' "$main_help" | awk '/^Subcommands:/ {on=1; next} on && NF {print $1}')
{
  echo ".TH SENTIMENT-LAB-CLI 1 \"\" \"Sentiment Lab $version\" \"User Commands\""
  echo ".SH NAME"
  echo "sentiment-lab-cli \\- the IMDb sentiment lecture's experiments on the command line"
  echo ".SH SYNOPSIS"
  echo ".B sentiment-lab-cli"
  echo ".I SUBCOMMAND"
  echo "[\\fIOPTIONS\\fR]"
  echo ".SH DESCRIPTION"
  echo "Loads the IMDb dataset and GloVe vectors, trains the lecture's four models (base RNN,"
  echo "bidirectional LSTM, FastText, CNN) on the CPU or a CUDA GPU, records every run in the"
  echo "same store as the desktop application (\\fBsentiment-lab\\fR), and scores reviews with a"
  echo "trained checkpoint. \\fB\\-\\-demo\\fR uses the small IMDb sample built into the program."
  echo ".PP"
  echo ".nf"
  printf '%s\n' "$main_help" | sed 1,2d | esc
  echo ".fi"
  for sub in "${subcommands[@]}"; do
    echo ".SH \"$(printf '%s' "$sub" | tr '[:lower:]' '[:upper:]' | tr '-' ' ')\""
    echo ".nf"
    "$cli" "$sub" --help | sed -e "s|^Usage: [^ ]*|Usage: sentiment-lab-cli|" | esc
    echo ".fi"
  done
  echo ".SH EXAMPLES"
  echo ".nf"
  echo "sentiment-lab-cli train \\-\\-preset base \\-\\-demo \\-\\-epochs 5"
  echo "sentiment-lab-cli train \\-\\-preset advanced \\-\\-data aclImdb_v1.tar.gz \\-\\-vectors glove.6B.zip \\-\\-dim 100"
  echo "sentiment-lab-cli predict \\-\\-model advanced.slckpt \\-\\-text \"This film is great\""
  echo ".fi"
  echo ".SH SEE ALSO"
  echo "\\fBsentiment-lab\\fR(1)"
} > "$out"
