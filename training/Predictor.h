#pragma once

#include <filesystem>
#include <memory>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "data/Result.h"
#include "data/Tokenizer.h"
#include "training/Checkpoint.h"

namespace sentiment::training {

/// A verdict on one review.
struct Prediction {
    double probability = 0;            ///< of "positive"
    bool positive = false;             ///< probability >= 0.5
    std::vector<std::string> tokens;   ///< as the model's tokenizer cut the text
    std::vector<std::int32_t> ids;     ///< vocabulary indices (0 = <unk>), bigrams included
};

/// Scores reviews with a trained checkpoint, using the checkpoint's own tokenizer and
/// vocabulary. One Predictor per thread (LibTorch modules are not shared across threads here).
class Predictor {
public:
    static data::Result<Predictor> load(const std::filesystem::path& checkpoint);
    explicit Predictor(Checkpoint checkpoint);

    Prediction predict(std::string_view text) const;
    /// Many reviews in length-sorted batches; results in input order.
    std::vector<Prediction> predict(const std::vector<std::string>& texts, std::size_t batchSize = 64) const;

    /// Word importance by occlusion: for each token of `text`, how much the probability of
    /// "positive" drops when that token is replaced by `<unk>` (bigrams with it become unknown
    /// too). Positive values pushed the verdict towards positive. The variants are scored in
    /// length-equal batches of `batchSize`. One value per token of `predict(text).tokens`; empty
    /// when `stop` is requested (checked between batches).
    std::vector<double> importance(std::string_view text, std::size_t batchSize = 64, std::stop_token stop = {}) const;

    const Checkpoint& checkpoint() const { return checkpoint_; }

private:
    Prediction prepare(std::string_view text) const;
    Prediction fromTokens(std::vector<std::string> tokens) const;
    void score(std::vector<Prediction*>& batch) const;

    Checkpoint checkpoint_;
    std::unique_ptr<data::Tokenizer> tokenizer_;
};

}  // namespace sentiment::training
