#pragma once
// Plans that train in seconds on the embedded demo sample, for the experiment tests.

#include <memory>
#include <stdexcept>

#include "../core/TestFiles.h"
#include "data/dataset/DatasetLoader.h"
#include "experiment/ExperimentPlan.h"

namespace sentiment::test {

/// The lecture's model, narrower, a few batches an epoch, float on the CPU (the same figures on
/// every CPU).
inline experiment::ExperimentPlan smallPlan(const char* preset, int epochs = 2,
                                            std::size_t batches = 4) {
    auto p = *experiment::ExperimentPlan::forPreset(preset);
    if (p.model.hidden > 0) p.model.hidden = 24;
    p.model.embeddingDim = 24;
    p.training.epochs = epochs;
    p.training.maxBatches = batches;
    p.training.device = "cpu";
    p.training.precision = training::Precision::Float32;
    p.setSeed(77);
    return p;
}

/// The demo sample as `plan` needs it (its tokenized form cached for the whole test program).
inline std::shared_ptr<const data::Dataset> demoFor(const experiment::ExperimentPlan& plan) {
    static TempDir cache;
    auto r = data::DatasetLoader(cache.path()).loadDemo(plan.datasetOptions());
    if (!r) throw std::runtime_error(r.error().message);
    return std::make_shared<const data::Dataset>(std::move(*r));
}

}  // namespace sentiment::test
