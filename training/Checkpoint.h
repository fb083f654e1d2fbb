#pragma once

#include <filesystem>
#include <memory>
#include <span>
#include <string>

#include <nlohmann/json.hpp>

#include "data/dataset/LengthLimit.h"
#include "data/dataset/Vocabulary.h"
#include "data/imdb/ImdbReader.h"
#include "data/text/TokenizerOptions.h"
#include "foundation/Result.h"
#include "model/ModelConfig.h"

namespace sentiment::model {
class ClassifierImpl;
}

namespace sentiment::training {

/// Everything needed to use a trained model again: its configuration, its own vocabulary and
/// tokenizer settings, how it was trained and how well it did, and the weights. The file format
/// and every check of it are CheckpointFile's; this builds the model from what it read. Written
/// to a temporary name and renamed, so a crash never leaves half a checkpoint.
struct Checkpoint {
    model::ModelConfig model;
    data::Vocabulary vocab;
    data::TokenizerOptions tokenizer;
    int ngrams = 1;  ///< DatasetOptions::ngrams: 2 bigrams appended to the tokens, 3 trigrams too
    std::vector<std::string> classes = data::ReadReport::imdbClasses();  ///< names by index
    int charNgrams = 0;  ///< DatasetOptions::charNgrams: the words' character n-grams after those
    data::LengthLimit length;  ///< DatasetOptions::length: the tokens of a text the model reads
    nlohmann::json training;   ///< TrainingConfig
    nlohmann::json metrics;    ///< epoch and test results when saved
    std::shared_ptr<model::ClassifierImpl> network;

    /// Whether the model learned a word embedding to explore (NBSVM keeps one fixed ratio per
    /// n-gram instead).
    bool hasWordEmbedding() const;
    /// Writes the checkpoint; the error names the file.
    Status save(const std::filesystem::path& path) const;
    /// Reads a checkpoint and rebuilds its model on the CPU. Truncated or foreign files give an
    /// error that names the file and what is wrong.
    static Result<Checkpoint> load(const std::filesystem::path& path);
    /// The same from the file's bytes; `name` is used in messages.
    static Result<Checkpoint> fromBytes(std::span<const unsigned char> bytes,
                                        const std::string& name);
};

}  // namespace sentiment::training
