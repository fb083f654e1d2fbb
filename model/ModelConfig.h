#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "foundation/Result.h"

namespace sentiment::model {

enum class Architecture { Base, Advanced, FastText, Cnn, NbSvm, Transformer };
enum class Cell { Lstm, Gru, Rnn };
/// How the recurrent stack reads a padded batch: `Padded` keeps packed-sequence semantics on
/// the padded tensor (fast on CPU); `Packed` is the lecture's pack_padded_sequence path.
enum class RnnInput { Padded, Packed };
/// Where a Transformer's tokens learn their place: a trained table of one vector per position,
/// or the fixed sines and cosines of "Attention Is All You Need".
enum class Positions { Learned, Sinusoidal };
/// What a Transformer's classifier reads: a [CLS] vector put before the review, or the mean of
/// the review's own tokens (padding left out).
enum class Pooling { Cls, Mean };

std::string_view toString(Architecture a);
std::string_view toString(Cell c);
std::string_view toString(RnnInput r);
std::string_view toString(Positions p);
std::string_view toString(Pooling p);
Result<Architecture> parseArchitecture(std::string_view s);
Result<Cell> parseCell(std::string_view s);
Result<RnnInput> parseRnnInput(std::string_view s);
Result<Positions> parsePositions(std::string_view s);
Result<Pooling> parsePooling(std::string_view s);

/// Everything that decides a model's shape. The presets are the lecture's notebooks.
struct ModelConfig {
    Architecture architecture = Architecture::Advanced;
    std::int64_t vocabSize = 25'002;
    /// The classes it tells apart: 2 gives one logit (sigmoid and binary cross-entropy, the
    /// lecture's), more give one logit each (softmax and cross-entropy).
    std::int64_t classes = 2;
    std::int64_t embeddingDim = 100;
    std::int64_t padIndex = 1;
    // Recurrent models.
    Cell cell = Cell::Lstm;
    std::int64_t layers = 2;
    std::int64_t hidden = 256;
    bool bidirectional = true;
    double dropout = 0.5;
    RnnInput rnnInput = RnnInput::Padded;
    // CNN.
    std::int64_t filters = 100;
    std::vector<std::int64_t> filterSizes{3, 4, 5};
    // NBSVM (Wang & Manning 2012): the n-gram order of its features (2: words and bigrams, 3:
    // trigrams too), the smoothing alpha of its log-count ratios and the interpolation beta
    // applied when it predicts (w' = (1 - beta) * mean|w| + beta * w; 1 = none).
    std::int64_t ngrams = 2;
    double nbAlpha = 1.0;
    double nbBeta = 1.0;
    // FastText and NBSVM: the longest character n-grams of the words a review adds to its
    // features (fastText's subwords, data::CharNgrams); 0 none.
    std::int64_t charNgrams = 0;
    /// How more than two classes become a call: the likeliest class (argmax), or, for classes
    /// that are numbers in order (stars), the median of the model's distribution over them: the
    /// call with the least expected distance to the truth (what the mean absolute error counts).
    bool medianCall = false;
    // Transformer encoder: its width is the embedding size, `layers` encoder layers, `hidden`
    // the feed-forward width, `dropout` everywhere dropout goes, and:
    std::int64_t heads = 4;  ///< attention heads (the width divides by it)
    Positions positions = Positions::Learned;
    bool preNorm = true;  ///< LayerNorm before each sub-layer (and once at the top), else after
    Pooling pooling = Pooling::Cls;
    /// The most tokens it reads: the run's maximum length (the learned positions' table has one
    /// row per position, and one more for [CLS]).
    std::int64_t context = 256;

    /// "base", "advanced", "fasttext", "cnn" (the lecture's values), "nbsvm" (the paper's) or
    /// "transformer" (the course's next lecture).
    static Result<ModelConfig> preset(std::string_view name);
    /// The most classes a model may have.
    static constexpr std::int64_t kMaxClasses = 100;
    /// The width of its output: 1 for two classes, else one per class.
    std::int64_t outputs() const { return classes == 2 ? 1 : classes; }
    /// The widest filter for the CNN (reviews are padded to it), else 1.
    std::int64_t minLength() const;
    /// The positions a Transformer attends over: the context, and one for [CLS].
    std::int64_t positionsNeeded() const { return context + (pooling == Pooling::Cls ? 1 : 0); }
    /// How many numbers the model this configuration builds holds (ModelFactory::create), worked
    /// out without building it; nullopt when the count does not fit in 64 bits. A loader checks
    /// it against a file before allocating anything a hostile configuration asks for.
    std::optional<std::int64_t> parameterCount() const;

    nlohmann::json toJson() const;
    static Result<ModelConfig> fromJson(const nlohmann::json& json);
};

}  // namespace sentiment::model
