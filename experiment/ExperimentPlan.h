#pragma once

#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "data/dataset/Dataset.h"
#include "data/dataset/DatasetOptions.h"
#include "data/dataset/ProgressObserver.h"
#include "data/text/TokenizerOptions.h"
#include "data/vectors/EmbeddingMatrix.h"
#include "data/vectors/WordVectors.h"
#include "foundation/Result.h"
#include "model/ModelConfig.h"
#include "training/TrainingConfig.h"

namespace sentiment::experiment {

/// The dataset choices that belong to an experiment: how reviews become tokens and the
/// vocabulary, and how the 25,000 training reviews are split.
struct DataChoice {
    data::TokenizerOptions tokenizer;
    std::size_t maxVocab = 25'000;  ///< besides <unk> and <pad>
    std::uint64_t minFreq = 1;
    double trainFraction = 0.7;
    /// The seed of the split and of the embedding's random rows; unset: the plan's seed. Runs
    /// repeated with other seeds keep it, so only the training (initialisation, shuffling,
    /// dropout) changes.
    std::optional<std::uint64_t> seed;
    /// How a labelled table is read (columns, labels, split); IMDb ignores it.
    data::TableOptions table;
    /// The most tokens of a review a sequence model reads, and which (none: whole reviews).
    data::LengthLimit length;
    bool operator==(const DataChoice&) const = default;
};

/// Everything that defines a run: the preset it started from, the data choices, the model, how
/// it is trained, the seed (one seed: the split, the batches, the initialisation, the dropout
/// masks and the random rows of the embedding all derive from it), device and precision. Built
/// from a preset plus overrides, validated here, stored with the run as JSON, and read back to
/// run the same experiment again.
struct ExperimentPlan {
    static constexpr int kFormat = 1;  ///< the "plan" key of the stored JSON
    /// The lecture's vocabulary: IMDb's 25,000 most common training tokens, <unk> and <pad>.
    static constexpr std::int64_t kLectureVocabulary = 25'002;

    std::string preset = "advanced";
    model::ModelConfig model;
    training::TrainingConfig training;  ///< training.seed is the plan's seed
    DataChoice data;
    bool useVectors =
        true;  ///< initialise the embedding from pre-trained vectors when some are given
    /// What the run read, as recorded: the dataset's source (a path, or "demo sample") and the
    /// vectors' file (empty: none). The runner fills them in; `train --from-run` reads them.
    std::string source;
    std::string vectorsPath;
    /// The classes the run told apart, by index, as recorded (the dataset's names); empty for
    /// IMDb's "negative" and "positive".
    std::vector<std::string> classes;
    /// The class names by index: `classes`, or IMDb's two.
    std::vector<std::string> classNames() const {
        return classes.empty() ? data::ReadReport::imdbClasses() : classes;
    }

    /// The lecture's settings of a preset; an unknown name is an error naming the presets.
    static Result<ExperimentPlan> forPreset(std::string_view preset);
    /// The same, with the advanced preset for a name that is none (a stale setting).
    static ExperimentPlan lecture(std::string_view preset);

    std::uint64_t seed() const { return training.seed; }
    /// The seed of the split and of the embedding's random rows (DataChoice::seed).
    std::uint64_t dataSeed() const { return data.seed.value_or(training.seed); }
    void setSeed(std::uint64_t seed) { training.seed = seed; }
    /// The n-grams a review is read as, besides its words: FastText's bigrams (notebook 3), and
    /// NBSVM's n-grams up to its order. The one place this rule lives.
    int ngrams() const {
        if (model.architecture == model::Architecture::FastText) return 2;
        if (model.architecture == model::Architecture::NbSvm) return static_cast<int>(model.ngrams);
        return 1;
    }
    bool bigrams() const { return ngrams() >= 2; }
    /// The longest character n-grams a review's words add (FastText and NBSVM); 0 none.
    int charNgrams() const {
        const bool bag = model.architecture == model::Architecture::FastText ||
                         model.architecture == model::Architecture::NbSvm;
        return bag ? static_cast<int>(model.charNgrams) : 0;
    }
    /// The most entries the vocabulary can have; with no limit, what IMDb's 25,000 training
    /// reviews hold with this plan's n-grams (measured with the lecture's tokenizer).
    std::int64_t vocabularyLimit() const {
        if (data.maxVocab > 0) return static_cast<std::int64_t>(data.maxVocab) + 2;
        return ngrams() >= 3   ? kImdbTrigramVocabulary
               : ngrams() == 2 ? kImdbBigramVocabulary
                               : kImdbWordVocabulary;
    }
    static constexpr std::int64_t kImdbWordVocabulary = 97'337;
    static constexpr std::int64_t kImdbBigramVocabulary = 1'476'263;
    static constexpr std::int64_t kImdbTrigramVocabulary = 5'295'014;

    /// Nothing, or the first setting out of range, named as its flag.
    Status validate() const;

    /// The dataset options this plan needs, starting from `base` (threads, cache use).
    data::DatasetOptions datasetOptions(const data::DatasetOptions& base = {}) const;
    /// True when `dataset` already has this plan's vocabulary, tokenizer, bigrams and split. How
    /// a table was read (`data.table`) is not compared: a loaded dataset's reading is its own,
    /// and a run records it (ExperimentRunner); `datasetOptions` reads a file the plan's way.
    bool fits(const data::Dataset& dataset) const;
    /// `loaded` when it fits; otherwise the same reviews with this plan's vocabulary, bigrams and
    /// split (re-read through the cache after a tokenizer change: slow, call it off the GUI
    /// thread).
    Result<std::shared_ptr<const data::Dataset>> datasetFor(
        std::shared_ptr<const data::Dataset> loaded, data::ProgressObserver* observer = nullptr,
        std::stop_token stop = {}) const;
    /// The embedding matrix for `vocab` from `vectors` by the lecture's rules (found rows copied,
    /// the rest N(0, 1) from the plan's seed, <unk> and <pad> zero); none when the plan uses none.
    std::shared_ptr<const data::EmbeddingMatrix> matrixFor(
        const data::Vocabulary& vocab,
        const std::shared_ptr<const data::WordVectors>& vectors) const;
    /// A dataset's source as a plan records it: "demo sample", or the absolute path.
    static std::string sourceOf(const data::Dataset& dataset);
    /// The model as it will be built on `dataset` with `matrix`: their vocabulary, classes and
    /// vectors decide three of its numbers.
    model::ModelConfig modelFor(const data::Dataset& dataset,
                                const data::EmbeddingMatrix* matrix) const;

    nlohmann::json toJson() const;
    /// A plan stored with a run. A run recorded before plans were stored has none: its JSON has
    /// no "plan" key, and this says so.
    static Result<ExperimentPlan> fromJson(const nlohmann::json& json);
    static Result<ExperimentPlan> fromText(std::string_view text);
};

}  // namespace sentiment::experiment
