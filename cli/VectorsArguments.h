#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "data/dataset/ProgressObserver.h"
#include "data/vectors/EmbeddingMatrix.h"
#include "foundation/Result.h"

namespace sentiment::cli {

/// `--vectors PATH [--dim N]` of `train` and `bench-train`: pre-trained embeddings by the
/// lecture's rules (found rows copied, the rest N(0,1), <unk> and <pad> zero).
struct VectorsArguments {
    std::string path;
    int dimension = 0;

    void addTo(CLI::App& command);
    /// Nothing when no --vectors was given.
    Result<std::optional<data::EmbeddingMatrix>> load(const data::Vocabulary& vocab,
                                                      std::uint64_t seed, bool useCache,
                                                      int threads,
                                                      data::ProgressObserver* observer) const;
};

}  // namespace sentiment::cli
