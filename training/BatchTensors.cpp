#include "training/BatchTensors.h"

namespace sentiment::training {

BatchTensors BatchTensors::of(const data::Batch& batch, const torch::Device& device) {
    const auto n = static_cast<std::int64_t>(batch.size());
    auto* tokens = const_cast<std::int64_t*>(batch.tokens.data());
    auto* lengths = const_cast<std::int64_t*>(batch.lengths.data());
    auto* labels = const_cast<float*>(batch.labels.data());
    BatchTensors t;
    t.tokens = torch::from_blob(tokens, {batch.maxLength, n}, torch::kLong)
                   .to(device, /*non_blocking=*/false, /*copy=*/true);
    t.lengths = torch::from_blob(lengths, {n}, torch::kLong).clone();
    t.labels = torch::from_blob(labels, {n}, torch::kFloat).to(device, false, true);
    return t;
}

}  // namespace sentiment::training
