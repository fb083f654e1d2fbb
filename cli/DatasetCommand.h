#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "cli/DataArguments.h"

namespace sentiment::cli {

/// `sentiment-lab-cli dataset`: counts, vocabulary, most common tokens, padding, timings.
class DatasetCommand {
public:
    explicit DatasetCommand(CLI::App& app);
    bool selected() const { return command_->parsed(); }
    int run() const;

private:
    CLI::App* command_;
    DataArguments data_;
    std::size_t batchSize_ = 64;
    std::size_t top_ = 20;
    bool json_ = false;
};

}  // namespace sentiment::cli
