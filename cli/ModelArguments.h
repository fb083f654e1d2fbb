#pragma once

#include <map>
#include <string>

#include <CLI/CLI.hpp>

#include "experiment/ExperimentPlan.h"
#include "experiment/Knobs.h"
#include "foundation/Result.h"

namespace sentiment::cli {

/// The model and training flags of `train`, `params` and `bench-train`, one per knob of
/// experiment::knobs() that the command line offers (its name, help, range or values): a preset
/// sets the lecture's values, every flag given overrides one.
struct ModelArguments {
    std::string preset = "advanced";

    /// Model flags (all commands): the knobs of the Model section.
    void addModelFlags(CLI::App& command);
    /// Training flags (`train`, `bench-train`): the knobs of the Training section.
    void addTrainingFlags(CLI::App& command);

    /// The preset's plan with the flags given applied; an error names a value the plan refuses.
    Result<experiment::ExperimentPlan> plan() const;
    /// Applies the flags given on the command line to `plan` (a stored run's, for `--from-run`).
    Status applyTo(experiment::ExperimentPlan& plan) const;
    /// The --preset option, for commands that offer another starting point.
    CLI::Option* presetOption() const { return presetOption_; }

private:
    void addKnobs(CLI::App& command, experiment::Knob::Section section);

    CLI::Option* presetOption_ = nullptr;
    std::map<std::string, std::string> given_;  ///< knob name -> the value given
};

}  // namespace sentiment::cli
