#include "cli/TerminalProgress.h"

#include <unistd.h>

#include <cstdio>

namespace sentiment::cli {

TerminalProgress::TerminalProgress()
    : tty_(::isatty(STDERR_FILENO) == 1), phaseStart_(Clock::now()) {}

TerminalProgress::~TerminalProgress() {
    finish();
}

void TerminalProgress::onPhase(std::string_view phase) {
    finish();
    phase_ = phase;
    phaseStart_ = Clock::now();
}

void TerminalProgress::onProgress(double done, double total) {
    if (!tty_) return;
    const auto now = Clock::now();
    if (now - phaseStart_ < std::chrono::seconds(1) ||
        now - lastDraw_ < std::chrono::milliseconds(100))
        return;
    lastDraw_ = now;
    constexpr int kWidth = 30;
    const double fraction = total > 0 ? std::min(1.0, done / total) : 0.0;
    const int filled = static_cast<int>(fraction * kWidth);
    const double elapsed = std::chrono::duration<double>(now - phaseStart_).count();
    const double eta = fraction > 0.01 ? elapsed * (1 - fraction) / fraction : 0;
    std::fprintf(stderr, "\r%-10s [%.*s%*s] %3d%%  ETA %4.0fs ", phase_.c_str(), filled,
                 "##############################", kWidth - filled, "",
                 static_cast<int>(fraction * 100), eta);
    std::fflush(stderr);
    drawn_ = true;
}

void TerminalProgress::onWarning(const Message& message) {
    finish();
    std::fprintf(stderr, "warning: %s\n", message.english().c_str());
}

void TerminalProgress::finish() {
    if (drawn_) {
        std::fprintf(stderr, "\r%70s\r", "");
        std::fflush(stderr);
        drawn_ = false;
    }
}

}  // namespace sentiment::cli
