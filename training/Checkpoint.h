#pragma once

#include <filesystem>
#include <memory>
#include <span>
#include <string>

#include <nlohmann/json.hpp>

#include "foundation/Result.h"
#include "data/TokenizerOptions.h"
#include "data/Vocabulary.h"
#include "model/Classifier.h"

namespace sentiment::training {

/// Everything needed to use a trained model again: its configuration, its own vocabulary and
/// tokenizer settings, how it was trained and how well it did, and the weights.
///
/// File layout (version 2; little-endian): "SLCKPT01", u32 version, then two parts, each a u64
/// length, the CRC-32 of its bytes and the bytes: the JSON metadata, then the weights as a
/// table of the project's own (u32 count; per tensor u32 name length, name, u8 type (1 =
/// float32), u8 rank, rank x i64 sizes, the values). Every length, checksum, shape and the
/// model's parameter count are checked before anything is allocated or handed to LibTorch,
/// whose own archive reader crashes on some malformed input. Version 1 held a LibTorch archive
/// as its second part; it is still read, after its zip structure and every member's CRC-32 are
/// checked. Written to a temporary name and renamed, so a crash never leaves half a checkpoint.
struct Checkpoint {
    model::ModelConfig model;
    data::Vocabulary vocab;
    data::TokenizerOptions tokenizer;
    int ngrams = 1;                ///< DatasetOptions::ngrams: 2 bigrams appended to the tokens, 3 trigrams too
    nlohmann::json training;       ///< TrainingConfig
    nlohmann::json metrics;        ///< epoch and test results when saved
    std::shared_ptr<model::ClassifierImpl> network;

    /// Writes the checkpoint; the error names the file.
    Status save(const std::filesystem::path& path) const;
    /// Reads a checkpoint and rebuilds its model on the CPU. Truncated or foreign files give an
    /// error that names the file and what is wrong.
    static Result<Checkpoint> load(const std::filesystem::path& path);
    /// The same from the file's bytes; `name` is used in messages.
    static Result<Checkpoint> fromBytes(std::span<const unsigned char> bytes, const std::string& name);
};

}  // namespace sentiment::training
