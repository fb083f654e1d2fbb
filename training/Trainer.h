#pragma once

#include <filesystem>
#include <functional>
#include <stop_token>

#include "data/dataset/Dataset.h"
#include "data/vectors/EmbeddingMatrix.h"
#include "model/ModelConfig.h"
#include "training/RunResult.h"
#include "training/TrainingConfig.h"
#include "training/TrainingObserver.h"

namespace c10 {
struct Device;  // torch::Device: its header stays with the code that computes
}
namespace sentiment::model {
class ClassifierImpl;
}

namespace sentiment::training {

/// Trains one model on one dataset the lecture's way: BCE-with-logits loss, the chosen
/// optimizer, per-epoch train and valid metrics, the best-valid-loss model saved as a
/// checkpoint and re-loaded for the test. Deterministic on the CPU for a seed and thread count.
class Trainer {
public:
    Trainer(model::ModelConfig model, TrainingConfig training);

    /// Where the best checkpoint goes (empty: kept in memory only).
    void setCheckpointPath(std::filesystem::path path) { checkpointPath_ = std::move(path); }
    /// Where the state after each finished epoch goes (weights, optimizer, the run's random
    /// stream, counters), so that a stopped or interrupted run can continue (empty: nowhere).
    void setResumePath(std::filesystem::path path) { resumePath_ = std::move(path); }
    /// Continues from such a state: the run starts at the epoch after the one saved, and its
    /// epochs are the ones an uninterrupted run of the same configuration would have had.
    void setResumeFrom(std::filesystem::path path) { resumeFrom_ = std::move(path); }

    /// Runs; `vectors` (optional) initialises the embedding. Ends within one batch of a stop
    /// request, keeping the finished epochs. Fails on a NaN/Inf loss (naming epoch and batch),
    /// an unavailable device, or a checkpoint that cannot be written.
    Result<RunResult> run(const data::Dataset& dataset, const data::EmbeddingMatrix* vectors,
                          TrainingObserver* observer = nullptr, std::stop_token stop = {});

    /// The model the last run ended with (the best-valid weights when a test was run).
    std::shared_ptr<model::ClassifierImpl> network() const { return network_; }
    /// evaluate() with the model the last run ended with, on its device, with its batch size
    /// and token budget.
    SplitMetrics evaluate(const data::Examples& examples) const;

    /// "auto" (CUDA when LibTorch sees a GPU), "cpu" or "cuda".
    static Result<c10::Device> resolveDevice(const std::string& name);
    /// What a run of this model with this configuration trains in: bf16 where it was asked for
    /// (or auto) and the CPU runs bf16 recurrent layers for this model (a recurrent model on
    /// padded input, on the CPU), else float. The front ends record this, not the request.
    static Precision effectivePrecision(const model::ModelConfig& model,
                                        const TrainingConfig& training);

    /// Loss and accuracy over a split, in length-sorted batches of `batchSize` (the lecture's
    /// accuracy is their mean). Neighbouring batches run as one forward pass within twice
    /// `microBatchTokens` padded cells, and a longer batch in parts (0: each batch whole).
    /// With `scores`, also each example's call and its probability, in the split's order.
    /// `progress` hears (reviews scored, reviews in all) at the start, at most ten times a
    /// second, and at the end.
    using EvaluationCallback = std::function<void(std::size_t scored, std::size_t total)>;
    struct Scores {
        /// P(positive) with two classes; with more, the probability of the class called.
        std::vector<float> probabilities;
        std::vector<std::uint8_t> calls;  ///< the class each example was called
    };
    static SplitMetrics evaluate(model::ClassifierImpl& network, const data::Examples& examples,
                                 std::size_t batchSize, const c10::Device& device,
                                 std::stop_token stop = {}, std::size_t microBatchTokens = 0,
                                 Scores* scores = nullptr, const EvaluationCallback& progress = {});

private:
    class Session;  // one run's state and steps (Trainer.cpp)

    model::ModelConfig modelConfig_;
    TrainingConfig config_;
    std::filesystem::path checkpointPath_, resumePath_, resumeFrom_;
    std::shared_ptr<model::ClassifierImpl> network_;
};

}  // namespace sentiment::training
