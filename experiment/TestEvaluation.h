#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <stop_token>
#include <utility>
#include <vector>

#include "data/dataset/Dataset.h"
#include "foundation/Result.h"
#include "storage/RunRecords.h"
#include "training/Confusion.h"

namespace sentiment::experiment {

/// The confusion matrix of a run's test predictions ("positive" is the class counted).
struct Confusion {
    std::size_t truePositives = 0,
                falseNegatives = 0;  ///< positive reviews called positive, negative
    std::size_t falsePositives = 0,
                trueNegatives = 0;  ///< negative reviews called positive, negative

    std::size_t total() const {
        return truePositives + falseNegatives + falsePositives + trueNegatives;
    }
    double accuracy() const;
    /// Of the positive reviews, the share called positive (recall); 0 without any.
    double truePositiveRate() const;
    double falseNegativeRate() const;
    /// Of the negative reviews, the share called negative; 0 without any.
    double trueNegativeRate() const;
    double falsePositiveRate() const;
    /// Of the reviews called positive, the share that are.
    double precision() const;
};

/// The test reviews of one range of lengths and how many the model got right.
struct LengthBucket {
    std::uint32_t from = 0, to = 0;  ///< tokens, from <= n < to; to = 0: no upper bound
    std::size_t reviews = 0, correct = 0;
    double accuracy() const { return reviews == 0 ? 0.0 : double(correct) / double(reviews); }
    /// "0-99", "1000+".
    std::string name() const;
};

/// Where a run's model is wrong on the test set: the confusion matrix, accuracy by review
/// length and the mistakes it was surest of, from every test review's prediction (stored with
/// the run, so that it reads without the dataset).
class TestEvaluation {
public:
    /// Mistakes whose text is stored with the run: the most confident ones, overall and per pair.
    static constexpr std::size_t kKeptMistakes = 200;
    /// Also kept: the surest mistakes of each pair of classes (what it is, what it was called).
    static constexpr std::size_t kKeptPerPair = 5;
    /// Bucket edges in tokens: 0-99, 100-199, 200-299, 300-499, 500-999, 1000 and more.
    static constexpr std::array<std::uint32_t, 5> kLengthEdges{100, 200, 300, 500, 1000};

    /// The predictions of a test pass: `probabilities` in the order of `dataset.test` (as
    /// Trainer::evaluate gives them), with the text of the kKeptMistakes most confident mistakes.
    static std::vector<storage::TestPrediction> fromTestPass(const data::Dataset& dataset,
                                                             std::span<const float> probabilities,
                                                             std::span<const std::uint8_t> calls);
    /// For a run recorded without them: scores the test reviews of `dataset` with the run's
    /// checkpoint (its own tokenizer and vocabulary), calling `progress(done, total)` between
    /// chunks. Fails for an unreadable checkpoint, a dataset without texts, or a stop.
    static Result<std::vector<storage::TestPrediction>> compute(
        const std::filesystem::path& checkpoint, const data::Dataset& dataset,
        const std::function<void(std::size_t, std::size_t)>& progress = {},
        std::stop_token stop = {});
    /// Whether `dataset` has the test set `run` was tested on (IMDb's test split: the same
    /// number of reviews); the error names the run's dataset.
    static Status fits(const storage::RunRow& run, const data::Dataset& dataset);

    explicit TestEvaluation(std::vector<storage::TestPrediction> predictions);

    const std::vector<storage::TestPrediction>& predictions() const { return predictions_; }
    bool empty() const { return predictions_.empty(); }
    Confusion confusion() const;
    /// The matrix over `classes` classes, by index (any number; two: 0 negative, 1 positive).
    training::Confusion classConfusion(std::size_t classes) const;
    std::vector<LengthBucket> byLength() const;
    /// The mistakes, the most confident first, at most `n`; only those whose text was kept. With
    /// `pair` (a review's class, the class it was called): that pair's alone.
    std::vector<const storage::TestPrediction*> mistakes(
        std::size_t n, std::optional<std::pair<int, int>> pair = std::nullopt) const;

private:
    std::vector<storage::TestPrediction> predictions_;
};

}  // namespace sentiment::experiment
