#include "cli/TrainingPrinter.h"

#include "foundation/TextFormat.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>

namespace sentiment::cli {

namespace {
std::string clock(double seconds) {
    const auto s = static_cast<long>(std::max(0.0, seconds));
    char buf[32];
    if (s >= 3600) {
        std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, (s / 60) % 60);
    } else {
        std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
    }
    return buf;
}

// A bar of `done` out of `total`, 28 characters wide.
std::string bar(std::size_t done, std::size_t total) {
    constexpr int kWidth = 28;
    const double f = total == 0 ? 0 : double(done) / double(total);
    std::string drawn(static_cast<std::size_t>(f * kWidth), '#');
    drawn.resize(kWidth, '.');
    return drawn;
}

// The lecture also printed the mean of per-batch accuracies; shown when it differs visibly.
bool differs(const training::SplitMetrics& m) {
    return std::abs(m.accuracy - m.lectureAccuracy) >= 0.0005;
}
}  // namespace

TrainingPrinter::TrainingPrinter() : tty_(isatty(fileno(stderr)) != 0) {}

void TrainingPrinter::finish() {
    if (drawn_) std::fprintf(stderr, "\r\033[K");
    drawn_ = false;
}

void TrainingPrinter::onBatch(const training::BatchProgress& p) {
    if (!tty_) return;
    std::fprintf(stderr,
                 "\r\033[Kepoch %d/%d [%s] %zu/%zu  loss %.3f  acc %5.1f%%  %.0f tokens/s  %.0f "
                 "MiB  ETA epoch %s, run %s",
                 p.epoch, p.epochs, bar(p.batch, p.batches).c_str(), p.batch, p.batches,
                 p.runningLoss, 100 * p.runningAccuracy, p.tokensPerSecond, p.residentMiB,
                 clock(p.epochEtaSeconds).c_str(), clock(p.runEtaSeconds).c_str());
    std::fflush(stderr);
    drawn_ = true;
}

void TrainingPrinter::onEvaluation(const training::EvaluationProgress& p) {
    if (!tty_) return;
    const bool test = p.split == training::EvaluationProgress::Split::Test;
    std::fprintf(stderr, "\r\033[K%s %d [%s] %zu/%zu reviews",
                 test ? "testing the best epoch, after epoch" : "validating epoch", p.epoch,
                 bar(p.reviews, p.total).c_str(), p.reviews, p.total);
    std::fflush(stderr);
    drawn_ = true;
}

void TrainingPrinter::onEpoch(const training::EpochMetrics& m) {
    finish();
    std::printf("Epoch: %02d | Epoch Time: %s\n", m.epoch, minutesSeconds(m.seconds).c_str());
    std::printf("\tTrain Loss: %.3f | Train Acc: %.2f%%\n", m.train.loss, 100 * m.train.accuracy);
    if (m.valid.examples > 0 && m.valid.confusion.classes() > 2) {
        std::printf("\t Val. Loss: %.3f |  Val. Acc: %.2f%% | Macro-F1: %.3f\n", m.valid.loss,
                    100 * m.valid.accuracy, m.valid.confusion.macroF1());
    } else if (m.valid.examples > 0) {
        std::printf("\t Val. Loss: %.3f |  Val. Acc: %.2f%%\n", m.valid.loss,
                    100 * m.valid.accuracy);
    }
    if (differs(m.train) || (m.valid.examples > 0 && differs(m.valid))) {
        std::printf(
            "\t(the lecture's mean of per-batch accuracies: Train Acc: %.2f%% |  Val. Acc: "
            "%.2f%%)\n",
            100 * m.train.lectureAccuracy, 100 * m.valid.lectureAccuracy);
    }
    std::fflush(stdout);
}

void TrainingPrinter::onTest(const training::SplitMetrics& m) {
    finish();
    if (m.confusion.classes() > 2) {
        std::printf("Test Loss: %.3f | Test Acc: %.2f%% | Macro-F1: %.3f\n", m.loss,
                    100 * m.accuracy, m.confusion.macroF1());
    } else {
        std::printf("Test Loss: %.3f | Test Acc: %.2f%%\n", m.loss, 100 * m.accuracy);
    }
    if (differs(m))
        std::printf("\t(the lecture's mean of per-batch accuracies: Test Acc: %.2f%%)\n",
                    100 * m.lectureAccuracy);
    std::fflush(stdout);
}

std::string gradientFlowSummary(const std::vector<double>& norms) {
    std::string line = "|dLoss/dh_t| at the read state";
    char buffer[64];
    for (const std::size_t k :
         {std::size_t{0}, std::size_t{10}, std::size_t{50}, std::size_t{100}, std::size_t{200}}) {
        if (k >= norms.size()) break;
        if (k == 0) {
            std::snprintf(buffer, sizeof buffer, " %.2e", norms[0]);
        } else {
            std::snprintf(buffer, sizeof buffer, ", %zu steps back %.2e", k, norms[k]);
        }
        line += buffer;
    }
    return line;
}

void TrainingPrinter::onGradientFlow(const training::GradientFlow& flow) {
    finish();
    std::printf("\tGradient flow%s: %s\n", flow.epoch == 0 ? " before training" : "",
                gradientFlowSummary(flow.norms).c_str());
    std::fflush(stdout);
}

void TrainingPrinter::onLog(const Message& message) {
    finish();
    std::fprintf(stderr, "%s\n", message.english().c_str());
}

}  // namespace sentiment::cli
