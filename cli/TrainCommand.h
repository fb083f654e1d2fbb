#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "cli/DataArguments.h"
#include "cli/ModelArguments.h"
#include "cli/ReferenceArgument.h"
#include "cli/StoreArguments.h"
#include "cli/VectorsArguments.h"

namespace sentiment::cli {

/// `sentiment-lab-cli train`: one of the lecture's experiments, printed as the notebooks did,
/// with the best-valid checkpoint written for `predict`; or a stored run again (`--from-run`).
class TrainCommand {
public:
    explicit TrainCommand(CLI::App& app);
    bool selected() const { return command_->parsed(); }
    int run();

private:
    CLI::App* command_;
    DataArguments data_;
    ModelArguments model_;
    VectorsArguments vectors_;
    StoreArguments store_;
    std::string outDir_;
    std::string name_;
    bool noDb_ = false;
    bool json_ = false;
    ReferenceArgument reference_;
    std::int64_t fromRun_ = 0;
    std::int64_t resume_ = 0;
    std::int64_t baselineFor_ = 0;
};

}  // namespace sentiment::cli
