#pragma once

#include <optional>

#include "cli/DataArguments.h"
#include "cli/VectorsArguments.h"
#include "data/dataset/Dataset.h"
#include "data/vectors/EmbeddingMatrix.h"
#include "experiment/ExperimentPlan.h"
#include "experiment/RunInputs.h"

namespace sentiment::cli {

/// What `train` and `bench-train` share before training: the plan as the flags leave it and its
/// inputs (experiment::RunInputs::load) read with a progress bar. Errors are printed to stderr.
struct ExperimentSetup {
    experiment::ExperimentPlan plan;
    experiment::RunInputs inputs;

    /// Nothing when something failed (the message is already on stderr). The vectors come from
    /// --vectors, else from the plan's own file (a stored run's).
    static std::optional<ExperimentSetup> prepare(experiment::ExperimentPlan plan,
                                                  const DataArguments& data,
                                                  const VectorsArguments& vectors);
    const data::Dataset& dataset() const { return *inputs.dataset; }
    const data::EmbeddingMatrix* matrix() const { return inputs.matrix.get(); }
};

}  // namespace sentiment::cli
