#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/dataset/LengthLimit.h"
#include "data/dataset/Vocabulary.h"
#include "data/imdb/ImdbReader.h"
#include "data/text/TokenizerOptions.h"
#include "foundation/Result.h"
#include "model/ModelConfig.h"

namespace sentiment::training {

/// A checkpoint file read and checked up to its model's weights, without LibTorch: the one place
/// the file format lives (Checkpoint builds the model from it). The fuzz target `checkpoint`
/// covers it whole.
///
/// Layout (version 2; little-endian): "SLCKPT01", u32 version, then two parts, each a u64
/// length, the CRC-32 of its bytes and the bytes: the JSON metadata, then the weights as a
/// table (u32 count; per tensor u32 name length, name, u8 type (1 = float32), u8 rank, rank x
/// i64 sizes, the values). Every length, checksum and shape, and the model's parameter count
/// (`ModelConfig::parameterCount`) against the table, are checked before anything is
/// allocated for the model. Version 1 held a LibTorch archive as its second part (no CRC-32s
/// of its own): its zip structure and every member's CRC-32 are checked here, and it must hold
/// at least the model's numbers, before LibTorch may read it.
struct CheckpointFile {
    static constexpr std::uint32_t kVersion = 2;
    static constexpr std::uint8_t kMaxRank = 8;  ///< the highest tensor rank the table stores

    struct Tensor {
        std::string name;
        std::vector<std::int64_t> shape;
        std::int64_t numel = 0;
        std::span<const unsigned char> values;  ///< numel float32 values, in the file's bytes
    };

    std::uint32_t version = kVersion;
    model::ModelConfig model;
    data::Vocabulary vocab;
    data::TokenizerOptions tokenizer;
    int ngrams = 1;
    int charNgrams = 0;
    data::LengthLimit length;
    std::vector<std::string> classes = data::ReadReport::imdbClasses();
    nlohmann::json training;
    nlohmann::json metrics;
    std::int64_t parameters = 0;  ///< the model's number count, matched by the file
    std::vector<Tensor> tensors;  ///< version 2
    std::span<const unsigned char> legacyArchive;  ///< version 1: the checked LibTorch archive

    /// Reads `bytes` (which must outlive the result); errors name `name` and the problem.
    static Result<CheckpointFile> parse(std::span<const unsigned char> bytes,
                                        const std::string& name);

    /// Appends one tensor to a weight table being built (after its u32 count).
    static void appendTensor(std::string& table, const std::string& name,
                             std::span<const std::int64_t> shape, const float* values);
    /// The whole file: header, then the metadata and the weight table with their CRC-32s.
    static std::string assemble(const std::string& meta, const std::string& weightTable);
};

}  // namespace sentiment::training
