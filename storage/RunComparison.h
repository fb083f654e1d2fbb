#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "foundation/Result.h"
#include "storage/RunRecords.h"

namespace sentiment::storage {

class RunStore;

/// One configuration key whose value is not the same in all compared runs.
struct ConfigDifference {
    std::string key;                  ///< dotted path, e.g. "training.lr"
    std::vector<std::string> values;  ///< one per run, "—" where a run lacks the key
};

/// N runs side by side: their epoch curves and the configuration keys that differ.
class RunComparison {
public:
    /// Reads the runs; an error names the first id that is missing.
    static Result<RunComparison> of(const RunStore& store, std::span<const std::int64_t> runs);
    explicit RunComparison(std::vector<RunDetails> runs);

    const std::vector<RunDetails>& runs() const { return runs_; }
    const std::vector<ConfigDifference>& differences() const { return differences_; }

private:
    std::vector<RunDetails> runs_;
    std::vector<ConfigDifference> differences_;
};

}  // namespace sentiment::storage
