#pragma once

#include <optional>

#include "cli/DataArguments.h"
#include "cli/ModelArguments.h"
#include "cli/VectorsArguments.h"
#include "data/Dataset.h"
#include "data/EmbeddingMatrix.h"
#include "model/ModelConfig.h"
#include "training/TrainingConfig.h"

namespace sentiment::cli {

/// What `train` and `bench-train` share before training: the configurations from the flags
/// (one --seed and --threads for data and training), the dataset (with bigrams for FastText)
/// and the optional vectors, loaded with a progress bar. Errors are printed to stderr.
struct ExperimentSetup {
    model::ModelConfig model;
    training::TrainingConfig training;
    data::Dataset dataset;
    std::optional<data::EmbeddingMatrix> vectors;

    /// Nothing when something failed (the message is already on stderr).
    static std::optional<ExperimentSetup> prepare(DataArguments& data, const ModelArguments& model,
                                                  const VectorsArguments& vectors);
    const data::EmbeddingMatrix* matrix() const { return vectors ? &*vectors : nullptr; }
};

}  // namespace sentiment::cli
