#pragma once

#include <optional>

#include "cli/DataArguments.h"
#include "cli/VectorsArguments.h"
#include "data/dataset/Dataset.h"
#include "data/vectors/EmbeddingMatrix.h"
#include "experiment/ExperimentPlan.h"

namespace sentiment::cli {

/// What `train` and `bench-train` share before training: the plan's dataset (with bigrams for
/// FastText) and, when the plan uses vectors, its embedding matrix, loaded with a progress bar.
/// Errors are printed to stderr.
struct ExperimentSetup {
    experiment::ExperimentPlan plan;
    data::Dataset dataset;
    std::optional<data::EmbeddingMatrix> vectors;
    std::string vectorsPath;

    /// Nothing when something failed (the message is already on stderr). The vectors come from
    /// --vectors, else from the plan's own file (a stored run's).
    static std::optional<ExperimentSetup> prepare(experiment::ExperimentPlan plan,
                                                  const DataArguments& data,
                                                  const VectorsArguments& vectors);
    const data::EmbeddingMatrix* matrix() const { return vectors ? &*vectors : nullptr; }
};

}  // namespace sentiment::cli
