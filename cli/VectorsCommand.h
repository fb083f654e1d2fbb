#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "cli/DataArguments.h"

namespace sentiment::cli {

/// `sentiment-lab-cli vectors`: loads GloVe (or alike) and reports coverage of the vocabulary.
class VectorsCommand {
public:
    explicit VectorsCommand(CLI::App& app);
    bool selected() const { return command_->parsed(); }
    int run() const;

private:
    CLI::App* command_;
    DataArguments data_;
    std::string vectorsPath_;
    int dimension_ = 0;
    bool json_ = false;
};

}  // namespace sentiment::cli
