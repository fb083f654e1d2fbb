#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace sentiment::cli {

/// `sentiment-lab-cli predict`: the verdict of a trained checkpoint on a text or a file of
/// reviews (TSV `label<TAB>text`, or one review per line); accuracy when labels are given.
/// `--explain` adds why: a linear model's (NBSVM's) exact n-gram contributions to the logit,
/// or another model's word importance by occlusion.
class PredictCommand {
public:
    explicit PredictCommand(CLI::App& app);
    bool selected() const { return command_->parsed(); }
    int run() const;

private:
    CLI::App* command_;
    std::string model_;
    std::string text_;
    std::string file_;
    std::string precision_ = "auto";
    bool json_ = false;
    bool explain_ = false;
    bool attention_ = false;
    std::size_t top_ = 10;
};

}  // namespace sentiment::cli
