#pragma once

#include <filesystem>

#include "data/dataset/Dataset.h"
#include "foundation/Result.h"
#include "storage/RunRecords.h"

namespace sentiment::experiment {

/// The dataset's share of a run's facts: source (absolute path, or "demo sample"), fingerprint,
/// split sizes and vocabulary size.
void describeDataset(storage::RunInfo& info, const data::Dataset& dataset);

}  // namespace sentiment::experiment
