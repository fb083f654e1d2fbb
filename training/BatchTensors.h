#pragma once

#include <torch/torch.h>

#include "data/dataset/Batch.h"

namespace sentiment::training {

/// A data::Batch as tensors on a device: tokens [seq_len, batch] int64, lengths [batch] int64
/// (always on the CPU, as pack_padded_sequence wants them), labels [batch] float.
struct BatchTensors {
    torch::Tensor tokens, lengths, labels;

    static BatchTensors of(const data::Batch& batch, const torch::Device& device);
};

}  // namespace sentiment::training
