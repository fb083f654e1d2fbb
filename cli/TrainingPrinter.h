#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "training/TrainingObserver.h"

namespace sentiment::cli {

/// "|dLoss/dh_t| at the read state 2.8e-01, 10 steps back 3.2e-04, 50 steps back 5.3e-16".
std::string gradientFlowSummary(const std::vector<double>& norms);

/// Prints a run the way the lecture's notebooks did (`Epoch: 01 | Epoch Time: 0m 45s` ...), with
/// a progress bar and ETA on stderr when it is a terminal.
class TrainingPrinter final : public training::TrainingObserver {
public:
    TrainingPrinter();
    void onBatch(const training::BatchProgress& p) override;
    /// The validation's and the test's own bar (tens of seconds on the full IMDb).
    void onEvaluation(const training::EvaluationProgress& p) override;
    void onEpoch(const training::EpochMetrics& m) override;
    void onTest(const training::SplitMetrics& m) override;
    void onLog(const Message& message) override;
    void onGradientFlow(const training::GradientFlow& flow) override;
    /// Clears the bar.
    void finish();

private:
    bool tty_;
    bool drawn_ = false;
};

}  // namespace sentiment::cli
