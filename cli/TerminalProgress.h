#pragma once

#include <chrono>
#include <string>

#include "data/dataset/ProgressObserver.h"

namespace sentiment::cli {

/// Prints a progress bar to stderr when it is a terminal and a phase runs longer than a second;
/// warnings always go to stderr. Silent otherwise, so piped output stays clean.
class TerminalProgress final : public data::ProgressObserver {
public:
    TerminalProgress();
    ~TerminalProgress() override;
    void onPhase(std::string_view phase) override;
    void onProgress(double done, double total) override;
    void onWarning(const Message& message) override;
    /// Clears the bar line (before printing results).
    void finish();

private:
    using Clock = std::chrono::steady_clock;
    bool tty_;
    bool drawn_ = false;
    std::string phase_;
    Clock::time_point phaseStart_;
    Clock::time_point lastDraw_;
};

}  // namespace sentiment::cli
