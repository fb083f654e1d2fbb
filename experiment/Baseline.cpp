#include "experiment/Baseline.h"

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "experiment/Presets.h"
#include "foundation/TextFormat.h"

namespace sentiment::experiment {

bool Baseline::sameDataset(const storage::RunInfo& a, const storage::RunInfo& b) {
    // The same file however its path was spelled ("../data/x" or "/home/me/data/x"), of the
    // same size (the fingerprint's key also hashes the spelling and the modification time).
    auto canonical = [](const std::string& source) {
        std::error_code ec;
        const auto p = std::filesystem::weakly_canonical(source, ec);
        return ec ? source : p.string();
    };
    return a.datasetSize == b.datasetSize &&
           (a.datasetSource == b.datasetSource ||
            canonical(a.datasetSource) == canonical(b.datasetSource));
}

std::optional<storage::RunRow> Baseline::find(const storage::RunRow& run,
                                              std::span<const storage::RunRow> runs) {
    if (run.info.preset == kBaselinePreset) return std::nullopt;
    const storage::RunRow* best = nullptr;
    for (const auto& r : runs) {
        if (r.info.preset != kBaselinePreset || r.status != storage::RunStatus::Completed ||
            !r.testAccuracy)
            continue;
        const auto& a = r.info;
        const auto& b = run.info;
        if (!sameDataset(a, b) || a.seed != b.seed || a.trainSize != b.trainSize ||
            a.validSize != b.validSize || a.testSize != b.testSize) {
            continue;
        }
        if (best == nullptr || r.createdAt > best->createdAt ||
            (r.createdAt == best->createdAt && r.id > best->id))
            best = &r;
    }
    if (best == nullptr) return std::nullopt;
    return *best;
}

std::optional<Message> Baseline::compare(const storage::RunRow& run,
                                         const storage::RunRow& baseline) {
    if (!run.testAccuracy || !baseline.testAccuracy) return std::nullopt;
    const double points = 100 * (*run.testAccuracy - *baseline.testAccuracy);
    const auto base = percent(*baseline.testAccuracy);
    // Within half a hundredth of a point: level (the figures print with two decimals).
    if (std::abs(points) < 0.005) {
        return Message::tr("level with the linear baseline (NBSVM, run %1: %2)")
            .arg(baseline.id)
            .arg(base);
    }
    auto text = points < 0 ? Message::tr("%1 points below the linear baseline (NBSVM, run %2: %3)")
                           : Message::tr("%1 points above the linear baseline (NBSVM, run %2: %3)");
    char figure[32];
    std::snprintf(figure, sizeof figure, "%.2f", std::abs(points));
    return text.arg(figure).arg(baseline.id).arg(base);
}

double Baseline::chartAccuracy(const storage::RunRow& baseline, bool* onValid) {
    const bool valid = baseline.info.validSize > 0 && baseline.bestValidAccuracy.has_value();
    if (onValid != nullptr) *onValid = valid;
    return valid ? *baseline.bestValidAccuracy : baseline.testAccuracy.value_or(0);
}

Result<ExperimentPlan> Baseline::planFor(const storage::RunRow& run) {
    auto plan = *ExperimentPlan::forPreset(kBaselinePreset);
    if (const auto stored = ExperimentPlan::fromText(run.info.configJson)) {
        plan.data.tokenizer = stored->data.tokenizer;
        plan.data.trainFraction = stored->data.trainFraction;
        plan.setSeed(stored->dataSeed());
        plan.training.device = stored->training.device;
        plan.source = stored->source;
        return plan;
    }
    // A run recorded before plans: its split from its recorded sizes and seed (the lecture's
    // tokenizer).
    const auto& i = run.info;
    if (i.trainSize == 0 || i.datasetSource.empty()) {
        return Error::at(
            {},
            Message::tr("run %1 recorded neither a plan nor its dataset and split").arg(run.id));
    }
    plan.data.trainFraction = double(i.trainSize) / double(i.trainSize + i.validSize);
    plan.setSeed(i.seed);
    plan.source = i.datasetSource;
    return plan;
}

}  // namespace sentiment::experiment
