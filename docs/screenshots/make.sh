#!/usr/bin/env bash
# Makes the screenshots in docs/ with the real app under Xvfb, on the embedded demo sample, with a
# private run store, settings and cache (nothing of the user's is touched). Word vectors are used
# when GloVe is at hand ($GLOVE, default ../shared/data/glove.6B.100d.subset.zip).
#
#   docs/screenshots/make.sh [build/dev]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
app=${1:-$root/build/dev}/app/sentiment-lab
out=$root/docs/screenshots
glove=${GLOVE:-$root/../shared/data/glove.6B.100d.subset.zip}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
shoot() {
    XDG_DATA_HOME=${data_home:-$home} XDG_CONFIG_HOME=$home SENTIMENT_LAB_CACHE_DIR=$home/cache OMP_WAIT_POLICY=PASSIVE \
        xvfb-run -a -s "-screen 0 1280x900x24" "$app" --demo "$@"
    echo "wrote ${*: -1}"
}
vectors=()
if [ -f "$glove" ]; then vectors=(--vectors "$glove" --dim 100); fi
shoot --screenshot "$out/data-page-demo.png"
shoot --data-tab reviews --screenshot "$out/data-page-reviews.png"
# A student's own Korean file, as NSMC ships it (when ../shared/data/naver is at hand).
nsmc=${NSMC:-$root/../shared/data/naver/nsmc_style_train.txt}
if [ -f "$nsmc" ]; then
    XDG_DATA_HOME=$home XDG_CONFIG_HOME=$home SENTIMENT_LAB_CACHE_DIR=$home/cache OMP_WAIT_POLICY=PASSIVE \
        xvfb-run -a -s "-screen 0 1280x900x24" "$app" "$nsmc" --data-tab reviews --screenshot "$out/data-page-nsmc.png"
    echo "wrote $out/data-page-nsmc.png"
fi
# The import dialog on the Naver ratings (Korean), read as it was last time: ratings binned by a
# label map into two classes, the split by movie (the settings hold that choice).
ratings=${RATINGS:-$root/../shared/data/naver/naver_movie_ratings.tsv.gz}
if [ -f "$ratings" ]; then
    dialog_home=$home/dialog
    mkdir -p "$dialog_home/sentiment-lab"
    printf '[data]\nlastDataset=%s\nlastTable="{\\"group\\":\\"movie_id\\",\\"label_map\\":\\"1-4=negative,9-10=positive\\"}"\n' \
        "$(readlink -f "$ratings")" >"$dialog_home/sentiment-lab/Sentiment Lab.conf"
    XDG_DATA_HOME=$dialog_home XDG_CONFIG_HOME=$dialog_home SENTIMENT_LAB_CACHE_DIR=$home/cache \
        xvfb-run -a -s "-screen 0 1280x900x24" "$app" --data "$ratings" --table-dialog --screenshot "$out/data-import-dialog.png"
    echo "wrote $out/data-import-dialog.png"
fi
if [ ${#vectors[@]} -gt 0 ]; then shoot "${vectors[@]}" --data-tab vectors --screenshot "$out/data-page-vectors.png"; fi
shoot "${vectors[@]}" --page model --screenshot "$out/model-page.png"
# One full epoch and more of each lecture model on the demo sample (1,400 training reviews).
shoot --page train --train base --epochs 3 --screenshot "$out/train-page-base.png"
shoot "${vectors[@]}" --page train --train advanced --epochs 2 --screenshot "$out/train-page-advanced.png"
# A CNN, which learns on the demo sample within a few epochs: where its model is wrong, on the
# Runs page and, for its surest mistake, on the Predict page.
shoot "${vectors[@]}" --page train --train cnn --epochs 5 --screenshot "$out/train-page-cnn.png"
shoot --page runs --mistakes --screenshot "$out/runs-page-mistakes.png"
shoot --page predict --mistakes --screenshot "$out/predict-page-mistake.png"
# The runs just recorded, side by side; then the latest model explains a review.
shoot --page runs --screenshot "$out/runs-page.png"
# Why the base RNN stays at chance: the gradient reaching each step, base RNN beside the BiLSTM.
shoot --page runs --runs-tab gradients --screenshot "$out/runs-page-gradient-flow.png"
shoot --page predict --predict-text "Not terrible, it's great. The two leads are wonderful together, although the plot drags a little." \
    --screenshot "$out/predict-page.png"
# The linear baseline: NBSVM on the same demo split, the runs read against it, its exact explanation.
shoot --page train --train nbsvm --screenshot "$out/train-page-nbsvm.png"
shoot --page runs --screenshot "$out/runs-page-baseline.png"
shoot --page predict --predict-text "Not terrible, it's great. The two leads are wonderful together, although the plot drags a little." \
    --screenshot "$out/predict-page-nbsvm.png"
# The embedding explorer: how the advanced run (GloVe, trained above) moved "great"; an analogy in GloVe.
if [ ${#vectors[@]} -gt 0 ]; then
    shoot "${vectors[@]}" --page words --word great --screenshot "$out/words-page.png"
fi
# The run queue: a sweep of the base RNN's hidden units queued from the Model page, shot during its second run.
# (in a store of its own: the shot stops the second run and leaves the third waiting)
fresh() { data_home=$(mktemp -d -p "$home") shoot "$@"; }
fresh --page train --train base --epochs 2 --sweep hidden=64,128,256 --screenshot "$out/train-page-queue.png"
# A sweep (NBSVM over 1-4 epochs, by the CLI) in a store of its own: its group chart on the Runs page.
sweep=$(mktemp -d)
SENTIMENT_LAB_CACHE_DIR=$home/cache XDG_DATA_HOME=$sweep "${1:-$root/build/dev}/cli/sentiment-lab-cli" train --preset nbsvm \
    --demo --threads 2 --sweep epochs=1,2,3,4 > /dev/null
XDG_DATA_HOME=$sweep XDG_CONFIG_HOME=$home SENTIMENT_LAB_CACHE_DIR=$home/cache OMP_WAIT_POLICY=PASSIVE \
    xvfb-run -a -s "-screen 0 1280x900x24" "$app" --demo --page runs --runs-tab group --screenshot "$out/runs-page-sweep.png"
rm -rf "$sweep"
# Runs brought home from another machine: three seeds of the CNN trained under another host name
# (a private UTS namespace stands in for a lab's GPU server; where unshare is refused, this host),
# imported into a store of its own beside a run trained here.
away=$(mktemp -d -p "$home")
here=$(mktemp -d -p "$home")
cli=${1:-$root/build/dev}/cli/sentiment-lab-cli
elsewhere() { unshare -ru sh -c 'hostname lab-gpu-01 && exec "$0" "$@"' "$@" 2>/dev/null || "$@"; }
SENTIMENT_LAB_CACHE_DIR=$home/cache XDG_DATA_HOME=$away elsewhere "$cli" train --preset cnn --demo --threads 2 \
    --epochs 3 --seeds 3 > /dev/null
SENTIMENT_LAB_CACHE_DIR=$home/cache XDG_DATA_HOME=$here "$cli" train --preset cnn --demo --threads 2 --epochs 3 > /dev/null
SENTIMENT_LAB_CACHE_DIR=$home/cache XDG_DATA_HOME=$here "$cli" runs import "$away/sentiment-lab/runs.sqlite" > /dev/null
data_home=$here shoot --page runs --screenshot "$out/runs-page-imported.png"
# Ten star classes (when ../shared/data/naver is at hand): NBSVM on the Naver ratings, split by
# movie, in a store of its own; where it is wrong (the 10 x 10 matrix) and a review's classes.
if [ -f "$ratings" ]; then
    stars=$(mktemp -d -p "$home")
    SENTIMENT_LAB_CACHE_DIR=$home/cache XDG_DATA_HOME=$stars "$cli" train --preset nbsvm --tokenizer unicode \
        --char-ngrams 2 --max-vocab 300000 --batch-size 256 --epochs 2 --data "$ratings" \
        --group-column movie_id --threads 2 > /dev/null
    data_home=$stars shoot --page runs --mistakes --screenshot "$out/runs-page-stars.png"
    data_home=$stars shoot --page predict --predict-text "배우들 연기는 좋았는데 스토리가 너무 뻔해서 아쉬웠다" \
        --screenshot "$out/predict-page-stars.png"
fi
# The course's next lecture, in a store of its own: a Transformer on the demo sample (GloVe), its
# training with the learning rate's warm-up and decay, and its attention on the Predict page as a
# heat map, as lines and as the rollout over its layers, beside the word importance.
tf=$(mktemp -d -p "$home")
data_home=$tf shoot "${vectors[@]}" --page train --train transformer --epochs 4 --screenshot "$out/train-page-transformer.png"
review="Not terrible, it's great. The two leads are wonderful together, although the plot drags a little."
data_home=$tf shoot --page predict --attention heatmap --predict-text "$review" --screenshot "$out/predict-page-attention.png"
data_home=$tf shoot --page predict --attention lines --predict-text "$review" --screenshot "$out/predict-page-attention-lines.png"
data_home=$tf shoot --page predict --attention rollout --predict-text "$review" --screenshot "$out/predict-page-attention-rollout.png"
# The main pages in Korean (checked by eye for clipped labels).
shoot --lang ko --screenshot "$out/data-page-ko.png"
shoot --lang ko "${vectors[@]}" --page model --screenshot "$out/model-page-ko.png"
shoot --lang ko --page train --train base --epochs 1 --screenshot "$out/train-page-ko.png"
shoot --lang ko --page runs --screenshot "$out/runs-page-ko.png"
shoot --lang ko --page predict --predict-text "Not terrible, it's great. The two leads are wonderful together." \
    --screenshot "$out/predict-page-ko.png"
shoot --lang ko --page runs --runs-tab gradients --screenshot "$out/runs-page-gradient-flow-ko.png"
fresh --lang ko --page train --train base --epochs 2 --sweep hidden=32,64,128 --screenshot "$out/train-page-queue-ko.png"
if [ ${#vectors[@]} -gt 0 ]; then
    shoot --lang ko "${vectors[@]}" --page words --word great --screenshot "$out/words-page-ko.png"
fi
# The assignment report of the runs, and its pages as PNG (pdftoppm, from poppler-utils).
shoot --page runs --report "$out/report.pdf"
pdftoppm -png -r 50 "$out/report.pdf" "$out/report-page"
rm "$out/report.pdf"
