#pragma once

#include <memory>

#include "model/Classifier.h"

namespace sentiment::model {

/// Builds the model a configuration describes (weights freshly initialised from LibTorch's
/// current seed).
class ModelFactory {
public:
    static std::shared_ptr<ClassifierImpl> create(const ModelConfig& config);
};

}  // namespace sentiment::model
