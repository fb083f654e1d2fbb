#include "experiment/PlanInWords.h"

#include <filesystem>
#include <string>

#include "foundation/TextFormat.h"

namespace sentiment::experiment {

namespace {

std::string cellName(model::Cell cell) {
    switch (cell) {
        case model::Cell::Lstm:
            return "LSTM";
        case model::Cell::Gru:
            return "GRU";
        case model::Cell::Rnn:
            break;
    }
    return "RNN";
}

std::string listed(const std::vector<std::int64_t>& values) {
    std::string s;
    for (const auto v : values) s += (s.empty() ? "" : ", ") + std::to_string(v);
    return s;
}

Message epochs(int n) {
    return n == 1 ? Message::tr("1 epoch") : Message::tr("%1 epochs").arg(n);
}

Message tokenizer(const data::TokenizerOptions& t) {
    Message kind =
        t.kind == data::TokenizerKind::English   ? Message::tr("English (spaCy-like) tokenizer")
        : t.kind == data::TokenizerKind::Unicode ? Message::tr("Unicode word tokenizer (ICU)")
                                                 : Message::tr("basic_english tokenizer");
    return t.lowercase ? Message::tr("%1, lower-cased").arg(std::move(kind)) : kind;
}

Message optimizer(const training::TrainingConfig& t) {
    if (t.optimizer == training::OptimizerKind::Adam) return Message::verbatim("Adam");
    if (t.optimizer == training::OptimizerKind::AdamW)
        return Message::tr("AdamW (weight decay %1)").arg(decimal(t.weightDecay));
    if (t.momentum > 0) return Message::tr("SGD with momentum %1").arg(decimal(t.momentum));
    return Message::verbatim("SGD");
}

Message training(const ExperimentPlan& p) {
    const auto& t = p.training;
    std::vector<Message> extras;
    if (t.schedule == training::LrSchedule::Linear)
        extras.push_back(Message::tr(", falling linearly to 0"));
    if (t.clipNorm > 0)
        extras.push_back(Message::tr(", gradients clipped at norm %1").arg(decimal(t.clipNorm)));
    if (t.maxBatches > 0)
        extras.push_back(Message::tr(", at most %1 batches an epoch").arg(t.maxBatches));
    return Message::tr(
               "Training: %1, learning rate %2%3, batches of %4 reviews, %5 epochs; the weights "
               "with the best "
               "validation loss are tested.")
        .arg(optimizer(t))
        .arg(decimal(t.learningRate))
        .arg(Message::joined(extras, ""))
        .arg(t.batchSize)
        .arg(t.epochs);
}

}  // namespace

Message PlanInWords::model(const model::ModelConfig& m) {
    switch (m.architecture) {
        case model::Architecture::Base:
            return Message::
                tr("Model: a one-layer RNN of %1 hidden units over %2-dimensional word embeddings, "
                   "classifying from its last hidden state.")
                    .arg(m.hidden)
                    .arg(m.embeddingDim);
        case model::Architecture::Advanced:
            return Message::tr(
                       "Model: a %1-layer%2 %3 of %4 hidden units with dropout %5, over "
                       "%6-dimensional word "
                       "embeddings; packed-sequence semantics (padding is never read).")
                .arg(m.layers)
                .arg(m.bidirectional ? Message::tr(" bidirectional") : Message::verbatim(""))
                .arg(cellName(m.cell))
                .arg(m.hidden)
                .arg(decimal(m.dropout))
                .arg(m.embeddingDim);
        case model::Architecture::FastText:
            return Message::tr(
                       "Model: FastText, the average of the %1-dimensional embeddings of a "
                       "review's words and "
                       "bigrams, then one linear layer.")
                .arg(m.embeddingDim);
        case model::Architecture::Cnn:
            return Message::
                tr("Model: a CNN of %1 filters of each width (%2 words) over %3-dimensional word "
                   "embeddings, max-pooled over the review, with dropout %4.")
                    .arg(m.filters)
                    .arg(listed(
                        std::vector<std::int64_t>(m.filterSizes.begin(), m.filterSizes.end())))
                    .arg(m.embeddingDim)
                    .arg(decimal(m.dropout));
        case model::Architecture::NbSvm:
            return Message::tr(
                       "Model: NBSVM (Wang & Manning, 2012), logistic regression on a review's "
                       "distinct "
                       "n-grams up to length %1, each weighted by its naive Bayes log-count ratio "
                       "(smoothing %2)%3.")
                .arg(m.ngrams)
                .arg(decimal(m.nbAlpha))
                .arg(m.nbBeta < 1
                         ? Message::tr(", weights interpolated with beta %1").arg(decimal(m.nbBeta))
                         : Message::verbatim(""));
        case model::Architecture::Transformer:
            return Message::tr(
                       "Model: a Transformer encoder of %1 layers (%2 attention heads, width %3, "
                       "feed-forward width %4, GELU, %5, dropout %6) over word embeddings with "
                       "%7 positions, classifying from %8; padding is masked out of attention.")
                .arg(m.layers)
                .arg(m.heads)
                .arg(m.embeddingDim)
                .arg(m.hidden)
                .arg(m.preNorm ? Message::tr("LayerNorm before each sub-layer")
                               : Message::tr("LayerNorm after each sub-layer"))
                .arg(decimal(m.dropout))
                .arg(m.positions == model::Positions::Learned ? Message::tr("learned")
                                                              : Message::tr("sinusoidal"))
                .arg(m.pooling == model::Pooling::Cls ? Message::tr("a [CLS] token")
                                                      : Message::tr("the mean of its tokens"));
    }
    return Message::verbatim(std::string(model::toString(m.architecture)));
}

std::vector<Message> PlanInWords::sentences(const ExperimentPlan& p, const storage::RunInfo& r) {
    std::vector<Message> lines;
    lines.push_back(model(p.model));
    if (r.vectorsPath.empty() || !p.useVectors) {
        lines.push_back(Message::tr("Embeddings: initialised at random."));
    } else {
        lines.push_back(
            Message::tr(
                "Embeddings: initialised from %1 (%2 of the vocabulary found there, the rest at "
                "random)%3.")
                .arg(std::filesystem::path(r.vectorsPath).filename().string())
                .arg(r.vectorsCoverage ? percent(*r.vectorsCoverage) : std::string("?"))
                .arg(p.training.freezeEmbeddings ? Message::tr(", kept fixed")
                                                 : Message::verbatim("")));
    }
    lines.push_back(
        Message::tr(
            "Vocabulary: %1 entries, the most frequent training tokens with <unk> and <pad>; "
            "%2%3%4.")
            .arg(withCommas(r.vocabSize))
            .arg(tokenizer(p.data.tokenizer))
            .arg(p.bigrams() ? Message::tr(", with bigrams") : Message::verbatim(""))
            .arg(p.charNgrams() > 0
                     ? Message::tr(", with the words' character n-grams of 1 to %1 characters")
                           .arg(p.charNgrams())
                     : Message::verbatim("")));
    lines.push_back(
        Message::tr(
            "Data: %1 training and %2 validation reviews (IMDb's training set split with seed %3), "
            "%4 test reviews.")
            .arg(withCommas(r.trainSize))
            .arg(withCommas(r.validSize))
            .arg(p.seed())
            .arg(withCommas(r.testSize)));
    lines.push_back(training(p));
    lines.push_back(Message::tr("Ran in %1 on %2 with %3 threads.")
                        .arg(std::string(training::toString(p.training.precision)))
                        .arg(r.device)
                        .arg(r.threads));
    return lines;
}

std::vector<Message> PlanInWords::brief(const ExperimentPlan& c, const Facts& facts) {
    std::vector<Message> parts;
    if (c.model.architecture == model::Architecture::Advanced) {
        parts.push_back(Message::tr("%1 %2 × %3%4")
                            .arg(cellName(c.model.cell))
                            .arg(c.model.layers)
                            .arg(c.model.hidden)
                            .arg(c.model.bidirectional ? Message::tr(", bidirectional")
                                                       : Message::verbatim("")));
    }
    parts.push_back(Message::tr("%1 lr %2%3")
                        .arg(c.training.optimizer == training::OptimizerKind::Adam    ? "Adam"
                             : c.training.optimizer == training::OptimizerKind::AdamW ? "AdamW"
                                                                                      : "SGD")
                        .arg(decimal(c.training.learningRate))
                        .arg(c.training.schedule != training::LrSchedule::Constant
                                 ? Message::tr(" → 0")
                                 : Message::verbatim("")));
    parts.push_back(epochs(c.training.epochs));
    parts.push_back(facts.bf16 ? Message::tr("bfloat16") : Message::tr("float32"));
    if (c.model.architecture == model::Architecture::NbSvm) {
        parts.push_back(
            c.model.ngrams >= 3
                ? Message::tr("words, bigrams and trigrams weighted by log-count ratios")
            : c.model.ngrams == 2 ? Message::tr("words and bigrams weighted by log-count ratios")
                                  : Message::tr("words weighted by log-count ratios"));
    }
    if (c.charNgrams() > 0)
        parts.push_back(Message::tr("character 1-%1-grams").arg(c.charNgrams()));
    if (c.model.architecture != model::Architecture::NbSvm) {
        parts.push_back(c.useVectors && facts.vectorsDimension > 0
                            ? Message::tr("GloVe %1d").arg(facts.vectorsDimension)
                            : Message::tr("random embedding"));
    }
    if (facts.parameters > 0) {
        parts.push_back(
            Message::tr("%1 parameters").arg(withCommas(std::uint64_t(facts.parameters))));
    }
    return parts;
}

Message PlanInWords::queued(const ExperimentPlan& plan) {
    return Message::tr("%1, %2").arg(plan.preset).arg(epochs(plan.training.epochs));
}

}  // namespace sentiment::experiment
