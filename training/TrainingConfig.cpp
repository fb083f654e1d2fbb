#include "training/TrainingConfig.h"
#include "foundation/JsonNumbers.h"

#include <algorithm>

#include <cmath>
#include <nlohmann/json.hpp>
#include <numbers>

namespace sentiment::training {

TrainingConfig TrainingConfig::forPreset(std::string_view preset) {
    TrainingConfig c;
    if (preset == "base") {  // notebook 1: optim.SGD(model.parameters(), lr=1e-3)
        c.optimizer = OptimizerKind::Sgd;
        c.learningRate = 1e-3;
    } else if (preset == "nbsvm") {  // logistic regression on NB features: Adam, three passes
                                     // (docs/BENCHMARKS.md)
        c.learningRate = 2e-3;
        c.epochs = 3;
    } else if (preset == "transformer") {  // AdamW, warm-up then cosine decay, clipped gradients
        c.optimizer = OptimizerKind::AdamW;
        c.learningRate = 5e-4;
        c.weightDecay = 0.01;
        c.warmup = 0.1;
        c.schedule = LrSchedule::Cosine;
        c.clipNorm = 1.0;
    }
    return c;
}

double TrainingConfig::learningRateAt(std::uint64_t step, std::uint64_t totalSteps) const {
    if (totalSteps == 0) return learningRate;
    const double steps = static_cast<double>(totalSteps);
    const double warm = std::floor(std::clamp(warmup, 0.0, 1.0) * steps);
    const double at = static_cast<double>(step);
    // Step `step` (0-based) of the warm-up trains at (step + 1) / warm of the rate.
    if (at < warm) return learningRate * (at + 1) / warm;
    if (schedule == LrSchedule::Constant || steps <= warm) return learningRate;
    const double progress = std::clamp((at - warm) / (steps - warm), 0.0, 1.0);
    if (schedule == LrSchedule::Linear) return learningRate * (1.0 - progress);
    return learningRate * 0.5 * (1.0 + std::cos(std::numbers::pi * progress));
}

nlohmann::json TrainingConfig::toJson() const {
    nlohmann::json j = {{"optimizer", optimizer == OptimizerKind::Adam    ? "adam"
                                      : optimizer == OptimizerKind::AdamW ? "adamw"
                                                                          : "sgd"},
                        {"lr", learningRate},
                        {"momentum", momentum},
                        {"weight_decay", weightDecay},
                        {"clip_norm", clipNorm},
                        {"lr_schedule", schedule == LrSchedule::Linear   ? "linear"
                                        : schedule == LrSchedule::Cosine ? "cosine"
                                                                         : "constant"},
                        {"epochs", epochs},
                        {"batch_size", batchSize},
                        {"micro_batch_tokens", microBatchTokens},
                        {"precision", toString(precision)},
                        {"seed", seed},
                        {"device", device},
                        {"threads", threads},
                        {"max_batches", maxBatches},
                        {"freeze_embeddings", freezeEmbeddings},
                        {"freeze_epochs", freezeEpochs},
                        {"deterministic", deterministic},
                        {"evaluate_test", evaluateTest},
                        {"gradient_flow", gradientFlow},
                        {"validate", validate},
                        {"class_weights", classWeights}};
    // Written only when there is one, so that the runs before it and the lecture's plans read
    // the same.
    if (warmup > 0) j["warmup"] = warmup;
    return j;
}

Result<TrainingConfig> TrainingConfig::fromJson(const nlohmann::json& j) {
    try {
        TrainingConfig c;
        const auto opt = j.at("optimizer").get<std::string>();
        if (opt != "adam" && opt != "adamw" && opt != "sgd")
            return Error::at({}, Message::tr("unknown optimizer '%1'").arg(opt));
        c.optimizer = opt == "adam"    ? OptimizerKind::Adam
                      : opt == "adamw" ? OptimizerKind::AdamW
                                       : OptimizerKind::Sgd;
        c.learningRate = j.at("lr").get<double>();
        c.momentum = j.at("momentum").get<double>();
        c.weightDecay = j.at("weight_decay").get<double>();
        c.clipNorm = j.at("clip_norm").get<double>();
        const auto schedule = j.value("lr_schedule", std::string("constant"));
        if (schedule != "constant" && schedule != "linear" && schedule != "cosine")
            return Error::at({}, Message::tr("unknown learning-rate schedule '%1'").arg(schedule));
        c.schedule = schedule == "linear"   ? LrSchedule::Linear
                     : schedule == "cosine" ? LrSchedule::Cosine
                                            : LrSchedule::Constant;
        c.warmup = j.value("warmup", 0.0);  // none before issue 42
        if (!(c.warmup >= 0 && c.warmup <= 0.5))
            return Error::at({}, Message::tr("the warm-up share %1 is not between 0 and 0.5")
                                     .arg(std::to_string(c.warmup)));
        c.epochs = checked::integer<int>(j.at("epochs"));
        c.batchSize = checked::integer<std::size_t>(j.at("batch_size"));
        // Runs recorded before micro-batches trained whole batches.
        c.microBatchTokens = checked::integerOr<std::size_t>(j, "micro_batch_tokens", 0);
        // Runs recorded before bf16 training trained in float.
        auto precision = parsePrecision(j.value("precision", std::string("fp32")));
        if (!precision) return precision.error();
        c.precision = *precision;
        c.seed = checked::integer<std::uint64_t>(j.at("seed"));
        c.device = j.at("device").get<std::string>();
        c.threads = checked::integer<int>(j.at("threads"));
        c.maxBatches = checked::integer<std::size_t>(j.at("max_batches"));
        c.freezeEmbeddings = j.at("freeze_embeddings").get<bool>();
        c.freezeEpochs = checked::integer<int>(j.at("freeze_epochs"));
        c.deterministic = j.at("deterministic").get<bool>();
        c.evaluateTest = j.value("evaluate_test", true);
        c.gradientFlow = j.value("gradient_flow", false);
        c.validate = j.value("validate", true);
        c.classWeights = j.value("class_weights", false);
        return c;
    } catch (const nlohmann::json::exception& e) {
        return Error::at({},
                         Message::tr("the training configuration is malformed: %1").arg(e.what()));
    }
}

}  // namespace sentiment::training
