#pragma once

#include <optional>
#include <span>

#include "experiment/ExperimentPlan.h"
#include "foundation/Message.h"
#include "foundation/Result.h"
#include "storage/RunRecords.h"

namespace sentiment::experiment {

/// The linear baseline every run is measured against (issue 19): an NBSVM run on the same
/// dataset and split. Only a run in the store counts: no figure from elsewhere stands in for it.
class Baseline {
public:
    /// The newest completed `nbsvm` run with a test result on `run`'s dataset (sameDataset) and
    /// split (the same seed and split sizes); none when the store has none, or when `run` is
    /// itself an NBSVM run.
    static std::optional<storage::RunRow> find(const storage::RunRow& run,
                                               std::span<const storage::RunRow> runs);

    /// The same dataset: the same file (its path made canonical) of the same size.
    static bool sameDataset(const storage::RunInfo& a, const storage::RunInfo& b);

    /// Where `run` stands against `baseline`, in words: "2.51 points below the linear baseline
    /// (NBSVM, run 7: 91.67%)", "above", or "level with". None without a test result.
    static std::optional<Message> compare(const storage::RunRow& run,
                                          const storage::RunRow& baseline);

    /// The accuracy the baseline draws on an accuracy chart: its best-epoch valid accuracy
    /// (comparable with the runs' valid curves, on the same split), or its test accuracy when it
    /// had no validation split. `onValid` says which.
    static double chartAccuracy(const storage::RunRow& baseline, bool* onValid = nullptr);

    /// The plan that trains `run`'s baseline: the nbsvm preset on its dataset, with its split,
    /// tokenizer and seed. Fails for a run recorded without a plan.
    static Result<ExperimentPlan> planFor(const storage::RunRow& run);
};

}  // namespace sentiment::experiment
