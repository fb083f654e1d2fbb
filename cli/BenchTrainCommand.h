#pragma once

#include <CLI/CLI.hpp>

#include "cli/DataArguments.h"
#include "cli/ModelArguments.h"
#include "cli/VectorsArguments.h"

namespace sentiment::cli {

/// `sentiment-lab-cli bench-train`: trains N batches (no validation, no test, no checkpoint)
/// and reports training tokens/s, for the benchmarks against the plain-PyTorch peer; with
/// `--eval`, also the seconds of a valid and a test pass over the whole splits.
class BenchTrainCommand {
public:
    explicit BenchTrainCommand(CLI::App& app);
    bool selected() const { return command_->parsed(); }
    int run();

private:
    CLI::App* command_;
    DataArguments data_;
    ModelArguments model_;
    VectorsArguments vectors_;
    bool json_ = false;
    std::string eval_;  ///< "", valid, test or both
};

}  // namespace sentiment::cli
