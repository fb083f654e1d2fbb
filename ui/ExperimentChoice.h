#pragma once

#include <memory>
#include <stop_token>
#include <string>
#include <string_view>

#include "data/Dataset.h"
#include "data/EmbeddingMatrix.h"
#include "data/ProgressObserver.h"
#include "data/Result.h"
#include "data/TokenizerOptions.h"
#include "data/WordVectors.h"
#include "model/ModelConfig.h"
#include "training/TrainingConfig.h"

namespace sentiment::ui {

/// Everything the Model page decides about an experiment (no Qt): the model, how it is trained,
/// and the dataset choices that belong to the model (vocabulary size, tokenizer, bigrams for
/// FastText, the train/valid split).
struct ExperimentChoice {
    std::string preset = "advanced";
    model::ModelConfig model;
    training::TrainingConfig training;
    std::size_t maxVocab = 25'000;
    data::TokenizerOptions tokenizer;
    double trainFraction = 0.7;
    bool useVectors = true;  ///< initialise the embedding from the loaded vectors, when there are some

    /// The lecture's settings of a preset ("base", "advanced", "fasttext", "cnn").
    static ExperimentChoice forPreset(std::string_view preset);
    /// The preset's name as the window shows it, for example "Advanced BiLSTM (lecture)".
    static std::string displayName(std::string_view preset);

    /// The dataset options this choice needs, starting from those the loaded dataset has.
    data::DatasetOptions datasetOptions(const data::DatasetOptions& loaded) const;

    /// True when `dataset` already has this choice's vocabulary (size, tokenizer, bigrams) and split.
    bool fits(const data::Dataset& dataset) const;

    /// The loaded dataset when it already fits this choice; otherwise the same reviews with this
    /// choice's vocabulary, bigrams and split (and, after a tokenizer change, re-read from the
    /// source through the cache). Slow for a new tokenizer: call it off the GUI thread.
    data::Result<std::shared_ptr<const data::Dataset>> datasetFor(std::shared_ptr<const data::Dataset> loaded,
                                                                  data::ProgressObserver* observer = nullptr,
                                                                  std::stop_token stop = {}) const;

    /// The embedding matrix for `vocab` from `vectors` when the choice uses them (lecture's rules).
    std::shared_ptr<const data::EmbeddingMatrix> matrixFor(const data::Vocabulary& vocab,
                                                           const std::shared_ptr<const data::WordVectors>& vectors) const;
};

}  // namespace sentiment::ui
