#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace sentiment::cli {

/// `--vectors PATH [--dim N]` of `train` and `bench-train`: pre-trained embeddings by the
/// lecture's rules (found rows copied, the rest N(0,1), <unk> and <pad> zero).
struct VectorsArguments {
    std::string path;
    int dimension = 0;

    void addTo(CLI::App& command);
};

}  // namespace sentiment::cli
