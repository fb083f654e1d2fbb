#pragma once

#include <filesystem>

#include "data/Dataset.h"
#include "data/Result.h"
#include "storage/RunRecords.h"

namespace sentiment::storage {

/// The dataset's share of a run's facts: source (absolute path, or "demo sample"), fingerprint,
/// split sizes and vocabulary size.
void describeDataset(RunInfo& info, const data::Dataset& dataset);

}  // namespace sentiment::storage
