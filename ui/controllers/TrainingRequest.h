#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "data/dataset/Dataset.h"
#include "data/vectors/WordVectors.h"
#include "experiment/ExperimentPlan.h"
#include "experiment/ExperimentRunner.h"

namespace sentiment::ui {

/// Everything one training run needs, handed from the GUI thread to the worker.
struct TrainingRequest {
    experiment::ExperimentPlan choice;
    std::shared_ptr<const data::Dataset>
        dataset;  ///< as loaded; rebuilt for the choice when it must be
    std::shared_ptr<const data::WordVectors> vectors;  ///< optional
    std::filesystem::path storePath;                   ///< empty: do not record
    /// Its name, group, the run it continues and where its checkpoint goes; the worker opens the
    /// store at `storePath` on its own thread and sets `setup.store`.
    experiment::RunSetup setup;
};

}  // namespace sentiment::ui
