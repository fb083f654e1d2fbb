#include "cli/ModelArguments.h"

#include "experiment/Presets.h"

namespace sentiment::cli {

void ModelArguments::addModelFlags(CLI::App& c) {
    presetOption_ = c.add_option("--preset", preset,
                                 "base | advanced | fasttext | cnn: the lecture's models; nbsvm: the linear baseline "
                                 "(Wang & Manning 2012)")
        ->check(CLI::IsMember(std::vector<std::string>(experiment::kPresets.begin(), experiment::kPresets.end())))
        ->capture_default_str();
    c.add_option("--cell", cell, "recurrent cell: lstm | gru | rnn")->check(CLI::IsMember({"lstm", "gru", "rnn"}));
    c.add_option("--layers", layers, "recurrent layers")->check(CLI::Range(1, 8));
    c.add_option("--hidden", hidden, "hidden units per direction")->check(CLI::Range(1, 4096));
    c.add_option("--bidirectional", bidirectional, "true | false");
    c.add_option("--dropout", dropout, "dropout probability")->check(CLI::Range(0.0, 0.95));
    c.add_option("--embedding-dim", embeddingDim, "embedding size (set by the vectors when --vectors is given)")
        ->check(CLI::Range(1, 2048));
    c.add_option("--rnn-input", rnnInput, "padded (fast on CPU) | packed (the lecture's code path)")
        ->check(CLI::IsMember({"padded", "packed"}));
    c.add_option("--ngrams", ngrams, "nbsvm: 2 = words and bigrams (the paper's), 3 = trigrams too, 1 = words only")
        ->check(CLI::Range(1, 3));
    c.add_option("--nb-alpha", nbAlpha, "nbsvm: smoothing of the log-count ratios (the paper's 1)")->check(CLI::PositiveNumber);
    c.add_option("--nb-beta", nbBeta, "nbsvm: interpolation of the weights with their mean magnitude when predicting "
                                      "(the paper's 0.25; 1 = none)")
        ->check(CLI::Range(0.0, 1.0));
}

void ModelArguments::addTrainingFlags(CLI::App& c) {
    c.add_option("--epochs", epochs, "epochs (lecture: 5)")->check(CLI::Range(1, 1000));
    c.add_option("--batch-size", batchSize, "batch size (lecture: 64)")->check(CLI::Range(1, 65536));
    c.add_option("--optimizer", optimizer, "sgd | adam")->check(CLI::IsMember({"sgd", "adam"}));
    c.add_option("--lr", learningRate, "learning rate")->check(CLI::PositiveNumber);
    c.add_option("--momentum", momentum, "SGD momentum")->check(CLI::Range(0.0, 1.0));
    c.add_option("--weight-decay", weightDecay, "Adam weight decay")->check(CLI::NonNegativeNumber);
    c.add_option("--lr-schedule", schedule, "constant (the lecture) | linear (falls to 0 over the run, as fastText)")
        ->check(CLI::IsMember({"constant", "linear"}));
    c.add_option("--clip", clipNorm, "clip gradients to this global norm")->check(CLI::NonNegativeNumber);
    c.add_option("--max-batches", maxBatches, "train at most N batches per epoch");
    c.add_option("--micro-batch-tokens", microBatchTokens,
                 "train a batch with more padded tokens than this as micro-batches, gradients accumulated (same "
                 "loss, bounded memory; default 16384, 0 = whole batches)");
    freezeEmbeddingsOption_ = c.add_flag("--freeze-embeddings", freezeEmbeddings, "do not train the embeddings");
    freezeEpochsOption_ = c.add_option("--freeze-epochs", freezeEpochs, "train the embeddings only after the first N epochs")
        ->check(CLI::NonNegativeNumber);
    deviceOption_ = c.add_option("--device", device, "auto | cpu | cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}))->capture_default_str();
    precisionOption_ = c.add_option("--precision", precision,
                 "auto: the recurrent layers' matrix products in bfloat16 where the CPU has AVX-512 BF16 or AMX, "
                 "else float; fp32; bf16 (float with a notice where the CPU lacks it)")
        ->check(CLI::IsMember({"auto", "fp32", "bf16"}))
        ->capture_default_str();
    deterministicOption_ = c.add_flag("--deterministic", deterministic, "on a GPU: deterministic cuDNN (as the lecture) and PyTorch's deterministic algorithms, so a run repeats exactly");
    gradientFlowOption_ = c.add_flag("--gradient-flow", gradientFlow,
                                      "measure how much gradient reaches each time step (|dLoss/dh_t|) before training and "
                                      "after each epoch, and record it with the run (recurrent models; no number of the run changes)");
}

Result<experiment::ExperimentPlan> ModelArguments::plan() const {
    auto p = experiment::ExperimentPlan::forPreset(preset);
    if (!p) return p.error();
    applyTo(*p);
    return p;
}

void ModelArguments::applyTo(experiment::ExperimentPlan& plan) const {
    auto& c = plan.model;
    if (cell) c.cell = *model::parseCell(*cell);
    if (layers) c.layers = *layers;
    if (hidden) c.hidden = *hidden;
    if (bidirectional) c.bidirectional = *bidirectional;
    if (dropout) c.dropout = *dropout;
    if (embeddingDim) c.embeddingDim = *embeddingDim;
    if (rnnInput) c.rnnInput = *model::parseRnnInput(*rnnInput);
    if (ngrams) c.ngrams = *ngrams;
    if (nbAlpha) c.nbAlpha = *nbAlpha;
    if (nbBeta) c.nbBeta = *nbBeta;
    auto& t = plan.training;
    if (optimizer) t.optimizer = *optimizer == "adam" ? training::OptimizerKind::Adam : training::OptimizerKind::Sgd;
    if (learningRate) t.learningRate = *learningRate;
    if (momentum) t.momentum = *momentum;
    if (weightDecay) t.weightDecay = *weightDecay;
    if (clipNorm) t.clipNorm = *clipNorm;
    if (schedule) t.schedule = *schedule == "linear" ? training::LrSchedule::Linear : training::LrSchedule::Constant;
    if (epochs) t.epochs = *epochs;
    if (batchSize) t.batchSize = *batchSize;
    if (maxBatches) t.maxBatches = *maxBatches;
    if (microBatchTokens) t.microBatchTokens = *microBatchTokens;
    // Flags with a default change a stored plan only when given (a fresh plan starts from the defaults).
    auto given = [](const CLI::Option* o) { return o != nullptr && o->count() > 0; };
    if (given(freezeEmbeddingsOption_)) t.freezeEmbeddings = freezeEmbeddings;
    if (given(freezeEpochsOption_)) t.freezeEpochs = freezeEpochs;
    if (given(deviceOption_)) t.device = device;
    if (given(precisionOption_)) t.precision = *training::parsePrecision(precision);
    if (given(deterministicOption_)) t.deterministic = deterministic;
    if (given(gradientFlowOption_)) t.gradientFlow = gradientFlow;
}

}  // namespace sentiment::cli
