#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "data/dataset/Dataset.h"
#include "data/vectors/WordVectors.h"
#include "experiment/ExperimentPlan.h"

namespace sentiment::ui {

/// Everything one training run needs, handed from the GUI thread to the worker.
struct TrainingRequest {
    experiment::ExperimentPlan choice;
    std::shared_ptr<const data::Dataset>
        dataset;  ///< as loaded; rebuilt for the choice when it must be
    std::shared_ptr<const data::WordVectors> vectors;  ///< optional
    std::filesystem::path storePath;                   ///< empty: do not record
    std::filesystem::path checkpointDir;               ///< where the best-valid checkpoint goes
    std::string runName;
    /// The group the run belongs to (RunStore::createGroup; 0: none) and its value there.
    std::int64_t groupId = 0;
    std::string groupValue;
    /// A recorded run to continue after its last finished epoch (0: a new run), and its checkpoint.
    std::int64_t continueRun = 0;
    std::filesystem::path continueCheckpoint;
};

}  // namespace sentiment::ui
