#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/StoreArguments.h"
#include "storage/RunRecords.h"

namespace sentiment::cli {

/// `sentiment-lab-cli evaluate --run ID [--worst N] [--data PATH] [--json]`: where a run's
/// model is wrong on the test set: the confusion matrix with its rates, accuracy by review
/// length and the mistakes it was surest of. From the predictions stored with the run; for a
/// run recorded without them, computed from its checkpoint on its dataset (or --data) and stored.
class EvaluateCommand {
public:
    explicit EvaluateCommand(CLI::App& app);
    bool selected() const { return command_->parsed(); }
    int run() const;

private:
    /// A run's test predictions: stored, or scored now from its checkpoint and stored.
    struct Predictions {
        storage::RunRow row;
        std::vector<storage::TestPrediction> predictions;
        bool computed = false;  ///< scored now
    };
    /// None with the reason printed.
    std::optional<Predictions> predictions() const;

    CLI::App* command_;
    StoreArguments store_;
    std::int64_t id_ = 0;
    std::size_t worst_ = 10;
    std::string dataPath_;
    bool json_ = false;
};

}  // namespace sentiment::cli
