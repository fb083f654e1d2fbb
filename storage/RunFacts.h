#pragma once

#include <filesystem>

#include "data/Dataset.h"
#include "data/Result.h"
#include "data/Sha256.h"
#include "storage/RunRecords.h"

namespace sentiment::storage {

/// The dataset's share of a run's facts: source (absolute path, or "demo sample"), fingerprint,
/// split sizes and vocabulary size.
void describeDataset(RunInfo& info, const data::Dataset& dataset);

/// How a training run ended, from the trainer's result: failed (with its message), stopped or
/// completed, with the test figures and the checkpoint's absolute path and SHA-256. A template
/// over the trainer's result type, so that this library needs no LibTorch.
template <typename TrainingResult>
RunOutcome outcomeOf(const data::Result<TrainingResult>& result) {
    RunOutcome o;
    if (!result) {
        o.status = RunStatus::Failed;
        o.error = result.error().message;
        return o;
    }
    o.status = result->stopped ? RunStatus::Stopped : RunStatus::Completed;
    o.bestEpoch = result->bestEpoch;
    if (result->test) {
        o.testLoss = result->test->loss;
        o.testAccuracy = result->test->accuracy;
    }
    if (!result->checkpoint.empty()) {
        o.checkpointPath = std::filesystem::absolute(result->checkpoint).string();
        if (auto sum = data::Sha256::ofFile(result->checkpoint)) o.checkpointSha256 = *sum;
    }
    return o;
}

}  // namespace sentiment::storage
