#pragma once

#include <CLI/CLI.hpp>

#include "cli/ModelArguments.h"

namespace sentiment::cli {

/// `sentiment-lab-cli params`: a model's parameters, tensor by tensor and layer by layer with the
/// formula (the lecture's assignment 5), and the total.
class ParamsCommand {
public:
    explicit ParamsCommand(CLI::App& app);
    bool selected() const { return command_->parsed(); }
    int run() const;

private:
    CLI::App* command_;
    ModelArguments model_;
    std::int64_t vocabSize_ = experiment::ExperimentPlan::kLectureVocabulary;
    bool json_ = false;
};

}  // namespace sentiment::cli
