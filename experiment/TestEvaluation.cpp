#include "experiment/TestEvaluation.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>

#include <c10/core/Device.h>

#include "foundation/Message.h"
#include "training/Checkpoint.h"
#include "training/Predictor.h"
#include "training/Trainer.h"
#include "training/TrainingConfig.h"

namespace sentiment::experiment {

namespace {

double share(std::size_t part, std::size_t whole) {
    return whole == 0 ? 0.0 : double(part) / double(whole);
}

/// The run's test prediction of review `index` of the corpus, without its text: with two
/// classes from P(positive); with more, from the class called and its probability.
storage::TestPrediction describe(const data::Corpus& corpus, std::uint32_t index,
                                 double probability, int called = -1) {
    const auto& info = corpus.reviews[index];
    storage::TestPrediction p;
    p.review = info.path();
    p.positive = info.label == data::Label::Positive;
    p.rating = info.rating;
    p.tokens = std::uint32_t(corpus.tokensOf(index).size());
    p.probability = probability;
    if (corpus.report.classes.size() > 2) {
        p.label = static_cast<int>(info.label);
        p.called = called;
        p.positive = false;
    }
    return p;
}

/// Keeps the text of the kKeptMistakes most confident mistakes, and of the kKeptPerPair most
/// confident of each pair of classes (a review's class, the class it was called); `review[i]` is
/// prediction i's review in the corpus.
void keepMistakeTexts(std::vector<storage::TestPrediction>& predictions, const data::Corpus& corpus,
                      std::span<const std::uint32_t> review) {
    std::vector<std::size_t> wrong;
    for (std::size_t i = 0; i < predictions.size(); ++i) {
        if (!predictions[i].correct()) wrong.push_back(i);
    }
    std::stable_sort(wrong.begin(), wrong.end(), [&](std::size_t a, std::size_t b) {
        return predictions[a].confidence() > predictions[b].confidence();
    });
    std::map<std::pair<int, int>, std::size_t> perPair;
    for (std::size_t k = 0; k < wrong.size(); ++k) {
        auto& p = predictions[wrong[k]];
        const bool kept = k < TestEvaluation::kKeptMistakes;
        if (++perPair[{p.truth(), p.call()}] <= TestEvaluation::kKeptPerPair || kept)
            p.text = std::string(corpus.text(review[wrong[k]]));
    }
}

}  // namespace

std::string LengthBucket::name() const {
    return to == 0 ? std::to_string(from) + "+"
                   : std::to_string(from) + "-" + std::to_string(to - 1);
}

double Confusion::accuracy() const {
    return share(truePositives + trueNegatives, total());
}
double Confusion::truePositiveRate() const {
    return share(truePositives, truePositives + falseNegatives);
}
double Confusion::falseNegativeRate() const {
    return share(falseNegatives, truePositives + falseNegatives);
}
double Confusion::trueNegativeRate() const {
    return share(trueNegatives, trueNegatives + falsePositives);
}
double Confusion::falsePositiveRate() const {
    return share(falsePositives, trueNegatives + falsePositives);
}
double Confusion::precision() const {
    return share(truePositives, truePositives + falsePositives);
}

std::vector<storage::TestPrediction> TestEvaluation::fromTestPass(
    const data::Dataset& dataset, std::span<const float> probabilities,
    std::span<const std::uint8_t> calls) {
    std::vector<storage::TestPrediction> out;
    if (!dataset.corpus || probabilities.size() != dataset.test.size() ||
        calls.size() != probabilities.size())
        return out;
    out.reserve(probabilities.size());
    for (std::size_t i = 0; i < probabilities.size(); ++i) {
        out.push_back(
            describe(*dataset.corpus, dataset.test.reviewIndex[i], probabilities[i], calls[i]));
    }
    keepMistakeTexts(out, *dataset.corpus, dataset.test.reviewIndex);
    return out;
}

Result<std::vector<storage::TestPrediction>> TestEvaluation::compute(
    const std::filesystem::path& checkpoint, const data::Dataset& dataset,
    const std::function<void(std::size_t, std::size_t)>& progress, std::stop_token stop) {
    if (!dataset.corpus)
        return Error::at(dataset.sourceName,
                         Message::tr("the dataset has no review texts to score"));
    const auto& corpus = *dataset.corpus;
    const auto& review = dataset.test.reviewIndex;
    const auto stopped = [] {
        return Error::at({}, Message::tr("stopped before every test review was scored"));
    };
    std::vector<storage::TestPrediction> out;
    out.reserve(review.size());
    const auto report = [&](std::size_t done) {
        if (progress) progress(done, review.size());
    };
    constexpr std::size_t kChunk = 2048;  // reviews between progress reports
    auto loaded = training::Checkpoint::load(checkpoint);
    if (!loaded) return loaded.error();
    if (loaded->tokenizer == corpus.tokenizer && loaded->ngrams == 1 && loaded->charNgrams == 0) {
        // The corpus is tokenized as the model's tokenizer cuts: its tokens, numericalized with the
        // model's vocabulary, through the trainer's own test pass (length-sorted batches).
        std::vector<std::int32_t> toVocab(corpus.dictionary.size());
        for (std::size_t w = 0; w < corpus.dictionary.size(); ++w)
            toVocab[w] = loaded->vocab.index(corpus.dictionary[w]);
        auto& network = *loaded->network;
        // The run's batch size and memory budget: long reviews in parts, as its test pass ran them.
        const std::size_t batchSize = loaded->training.value("batch_size", std::size_t{64});
        const std::size_t microBatchTokens = loaded->training.value(
            "micro_batch_tokens", training::TrainingConfig::kDefaultMicroBatchTokens);
        std::vector<std::int32_t> ids;
        for (std::size_t start = 0; start < review.size(); start += kChunk) {
            if (stop.stop_requested()) return stopped();
            report(start);
            const std::size_t end = std::min(review.size(), start + kChunk);
            data::Examples chunk;
            for (std::size_t i = start; i < end; ++i) {
                const auto tokens = corpus.tokensOf(review[i]);
                // The tokens the model read in training (all, or its length limit's cut).
                ids.resize(loaded->length.kept(tokens.size()));
                const auto [head, tail] = loaded->length.keep(tokens.size());
                for (std::size_t t = 0; t < head; ++t) ids[t] = toVocab[tokens[t]];
                for (std::size_t t = 0; t < tail; ++t)
                    ids[head + t] = toVocab[tokens[tokens.size() - tail + t]];
                chunk.add(ids, dataset.test.labels[i], review[i]);
            }
            training::Trainer::Scores scores;
            training::Trainer::evaluate(network, chunk, batchSize, c10::Device(c10::kCPU), stop,
                                        microBatchTokens, &scores);
            if (stop.stop_requested()) return stopped();
            for (std::size_t i = start; i < end; ++i) {
                out.push_back(describe(corpus, review[i], scores.probabilities[i - start],
                                       scores.calls[i - start]));
            }
        }
    } else {
        // Another tokenizer, or bigrams: the model's own reading of each text.
        const training::Predictor predictor(std::move(*loaded));
        for (std::size_t start = 0; start < review.size(); start += kChunk) {
            if (stop.stop_requested()) return stopped();
            report(start);
            const std::size_t end = std::min(review.size(), start + kChunk);
            std::vector<std::string> texts;
            for (std::size_t i = start; i < end; ++i) texts.emplace_back(corpus.text(review[i]));
            const auto scored = predictor.predict(texts);
            for (std::size_t i = start; i < end; ++i) {
                const auto& s = scored[i - start];
                out.push_back(describe(corpus, review[i], s.probability, int(s.called)));
            }
        }
    }
    report(review.size());
    keepMistakeTexts(out, corpus, review);
    return out;
}

Status TestEvaluation::fits(const storage::RunRow& run, const data::Dataset& dataset) {
    const std::string loaded = dataset.sourceName;
    const auto differ = [&] {
        return Error::at(
            loaded,
            Message::tr("this dataset is not the one run %1 was tested on (%2, %3 test reviews)")
                .arg(run.id)
                .arg(run.info.datasetSource)
                .arg(run.info.testSize));
    };
    // The test split is IMDb's own (the seed splits only train and valid), so the same number
    // of test reviews is the same test set; the run's fingerprint also names the file's path
    // and time, which a copy or a move changes.
    if (run.info.testSize != 0 && run.info.testSize != dataset.test.size()) return differ();
    return Done{};
}

TestEvaluation::TestEvaluation(std::vector<storage::TestPrediction> predictions)
    : predictions_(std::move(predictions)) {}

Confusion TestEvaluation::confusion() const {
    Confusion c;
    for (const auto& p : predictions_) {
        const bool calledPositive = p.probability >= 0.5;
        if (p.positive) {
            (calledPositive ? c.truePositives : c.falseNegatives) += 1;
        } else {
            (calledPositive ? c.falsePositives : c.trueNegatives) += 1;
        }
    }
    return c;
}

training::Confusion TestEvaluation::classConfusion(std::size_t classes) const {
    training::Confusion m(classes);
    for (const auto& p : predictions_)
        m.add(static_cast<std::size_t>(p.truth()), static_cast<std::size_t>(p.call()));
    return m;
}

std::vector<LengthBucket> TestEvaluation::byLength() const {
    std::vector<LengthBucket> buckets;
    std::uint32_t from = 0;
    for (const auto edge : kLengthEdges) {
        buckets.push_back({from, edge, 0, 0});
        from = edge;
    }
    buckets.push_back({from, 0, 0, 0});
    for (const auto& p : predictions_) {
        const auto at = std::upper_bound(kLengthEdges.begin(), kLengthEdges.end(), p.tokens) -
                        kLengthEdges.begin();
        auto& b = buckets[std::size_t(at)];
        b.reviews += 1;
        b.correct += p.correct() ? 1 : 0;
    }
    return buckets;
}

std::vector<const storage::TestPrediction*> TestEvaluation::mistakes(
    std::size_t n, std::optional<std::pair<int, int>> pair) const {
    std::vector<const storage::TestPrediction*> out;
    for (const auto& p : predictions_) {
        if (p.correct() || p.text.empty()) continue;
        if (pair && (p.truth() != pair->first || p.call() != pair->second)) continue;
        out.push_back(&p);
    }
    std::stable_sort(out.begin(), out.end(), [](const auto* a, const auto* b) {
        return a->confidence() > b->confidence();
    });
    if (out.size() > n) out.resize(n);
    return out;
}

}  // namespace sentiment::experiment
