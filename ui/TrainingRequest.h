#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "data/Dataset.h"
#include "model/ModelConfig.h"
#include "training/TrainingConfig.h"

namespace sentiment::ui {

/// Everything one training run needs, handed from the GUI thread to the worker.
struct TrainingRequest {
    std::string preset;
    model::ModelConfig model;
    training::TrainingConfig training;
    std::shared_ptr<const data::Dataset> dataset;
    std::filesystem::path storePath;      ///< empty: do not record
    std::filesystem::path checkpointDir;  ///< where the best-valid checkpoint goes
    std::string runName;
};

}  // namespace sentiment::ui
