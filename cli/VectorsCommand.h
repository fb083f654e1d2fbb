#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/DataArguments.h"
#include "cli/StoreArguments.h"

namespace sentiment::cli {

/// `sentiment-lab-cli vectors`: loads GloVe (or alike) and reports coverage of the vocabulary;
/// or explores a space of words: `--nearest WORD`, `--analogy A B C` (A - B + C) over the
/// vectors file or a trained run's embedding (`--run ID`, `--model FILE`), and with both, how
/// training moved the word (its neighbours in the vectors beside those after training).
/// `--write-subset OUT.txt` keeps only the vectors the vocabulary uses, for a run to travel.
class VectorsCommand {
public:
    explicit VectorsCommand(CLI::App& app);
    bool selected() const { return command_->parsed(); }
    int run() const;

private:
    int coverage() const;
    struct Spaces;
    int explore() const;
    /// Loads the spaces asked for; the exit code when one cannot be (the message printed).
    std::optional<int> loadSpaces(Spaces& spaces) const;
    int analogy(const Spaces& spaces) const;
    int moved(const Spaces& spaces) const;
    int nearest(const Spaces& spaces) const;

    CLI::App* command_;
    DataArguments data_;
    StoreArguments store_;
    std::string vectorsPath_;
    int dimension_ = 0;
    bool json_ = false;
    std::string nearest_;
    std::vector<std::string> analogy_;
    int k_ = 10;
    bool keepCase_ = false;
    std::int64_t runId_ = 0;
    std::string model_;
    std::string subsetPath_;
};

}  // namespace sentiment::cli
