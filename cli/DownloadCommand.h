#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace sentiment::cli {

/// `sentiment-lab-cli download imdb|glove [--dim N] [--to DIR] [--url URL] [--json]`: fetches
/// the dataset or the GloVe vectors over HTTPS into the data folder, with progress (bytes, rate,
/// ETA), Ctrl-C to cancel, resume of a partial file, and the published checks before use.
class DownloadCommand {
public:
    explicit DownloadCommand(CLI::App& app);
    bool selected() const { return command_->parsed(); }
    int run() const;

private:
    CLI::App* command_;
    std::string what_;
    int dim_ = 100;
    std::string to_;
    std::string url_;
    std::string proxy_;  // "": the environment's; "none": no proxy
    bool json_ = false;
};

}  // namespace sentiment::cli
