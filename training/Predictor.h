#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "data/text/Tokenizer.h"
#include "foundation/Result.h"
#include "training/AttentionMaps.h"
#include "training/Checkpoint.h"
#include "training/Precision.h"

namespace sentiment::model {
class Bf16RecurrentInference;
}

namespace sentiment::training {

/// A verdict on one review.
struct Prediction {
    double probability = 0;  ///< of "positive" (two classes); of the class called (more)
    bool positive = false;   ///< two classes: probability >= 0.5
    std::size_t called = 0;  ///< the class it is called (Checkpoint::classes; two: 1 positive)
    std::vector<double> probabilities;  ///< each class's, by index (two: 1 - p, p)
    std::vector<std::string> tokens;    ///< as the model's tokenizer cut the text
    std::vector<std::int32_t> ids;      ///< vocabulary indices (0 = <unk>), bigrams included
    bool truncated =
        false;  ///< the text had more than Predictor::kMaxTokens tokens; the rest was left out
};

/// One n-gram's part in an exact explanation (a linear model's).
struct Contribution {
    /// "great", "not great", "#<gre" (a character n-gram, data::CharNgrams), or "<unk>" for the
    /// n-grams it never saw
    std::string ngram;
    double value = 0;            ///< its weight times its feature: what it adds to the logit
    std::size_t firstToken = 0;  ///< where it first occurs in Prediction::tokens
    std::size_t length = 1;      ///< tokens it spans (0 for <unk>)
};

/// Why a linear model (NBSVM) decided as it did, exactly: the logit is the bias plus the sum of
/// the review's distinct n-grams' contributions.
struct Explanation {
    std::vector<Contribution>
        terms;  ///< every distinct n-gram of the review, largest |value| first
    double bias = 0;
    double logit = 0;
    /// The class whose logit it explains: two classes, positive's (1); more, the class called.
    std::size_t towards = 1;
    /// Each token's share: every n-gram's value split evenly over the tokens of its first
    /// occurrence (so the shares and the bias sum to the logit too). One per Prediction::tokens.
    std::vector<double> perToken;
};

/// Scores reviews with a trained checkpoint, using the checkpoint's own tokenizer and
/// vocabulary. One Predictor per thread (LibTorch modules are not shared across threads here).
class Predictor {
public:
    /// Longer texts are scored on their first kMaxTokens tokens (the longest IMDb review has
    /// about 2,500), so a pasted book cannot take the memory or the minutes it would need.
    static constexpr std::size_t kMaxTokens = 5'000;

    /// Fails for a missing, truncated or foreign file, and for `BFloat16` where it cannot run.
    static Result<Predictor> load(const std::filesystem::path& checkpoint,
                                  Precision precision = Precision::Auto);
    /// `BFloat16` where it cannot run falls back to float (see precision()).
    explicit Predictor(Checkpoint checkpoint, Precision precision = Precision::Auto);
    Predictor(Predictor&&) noexcept;
    Predictor& operator=(Predictor&&) noexcept;
    ~Predictor();

    /// Whether bfloat16 inference can run for this checkpoint on this CPU.
    static bool bf16Available(const Checkpoint& checkpoint);
    /// What this predictor scores with: Float32 or BFloat16.
    Precision precision() const;

    Prediction predict(std::string_view text) const;
    /// Many reviews in length-sorted batches; results in input order.
    std::vector<Prediction> predict(const std::vector<std::string>& texts,
                                    std::size_t batchSize = 64) const;

    /// Word importance by occlusion: for each token of `text`, how much the probability of
    /// "positive" (with more classes: of the class the whole text is called) drops when that
    /// token is replaced by `<unk>` (bigrams with it become unknown too). Positive values pushed
    /// the verdict towards that class. The variants are scored in
    /// length-equal batches of at most `batchSize` (fewer for long reviews, which bounds the
    /// memory: 4,096 tokens a batch in bfloat16, 16,384 in float). One value per token of
    /// `predict(text).tokens`; empty when `stop` is requested (checked between batches).
    std::vector<double> importance(std::string_view text, std::size_t batchSize = 64,
                                   std::stop_token stop = {}) const;

    /// The exact explanation of a linear model's verdict (no re-scoring); none for the others.
    /// With more than two classes, of the class called (Explanation::towards).
    std::optional<Explanation> explain(std::string_view text) const;
    /// A linear model's `count` n-grams with the largest contribution towards positive (or
    /// negative) wherever they occur, strongest first; none for the others. With more than two
    /// classes, for or against class `towards`. `length` is the n-gram's order (1 for words),
    /// `firstToken` 0.
    std::vector<Contribution> strongest(std::size_t count, bool positive,
                                        std::size_t towards = 1) const;

    /// A Transformer's attention over `text`, every layer and head (as it reads the text: cut
    /// to its maximum length, [CLS] first when it has one); none for the other models.
    std::optional<AttentionMaps> attention(std::string_view text) const;

    const Checkpoint& checkpoint() const { return checkpoint_; }

private:
    Prediction prepare(std::string_view text) const;
    Prediction fromTokens(std::vector<std::string> tokens) const;
    struct Scratch;  // the bfloat16 engine's buffers (Predictor.cpp)
    void score(std::vector<Prediction*>& batch, Scratch& scratch) const;

    Checkpoint checkpoint_;
    std::unique_ptr<data::Tokenizer> tokenizer_;
    std::unique_ptr<const model::Bf16RecurrentInference> bf16_;  // null: float through LibTorch
};

}  // namespace sentiment::training
