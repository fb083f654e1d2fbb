#pragma once

#include <string_view>

#include "foundation/Result.h"

namespace sentiment::training {

/// The arithmetic of matrix products, for prediction and for training. `Auto`: bfloat16 where
/// the model and the CPU allow it (AVX-512 BF16 or AMX), else float. "fp32" / "bf16" / "auto"
/// on the command line and in recorded runs.
enum class Precision { Auto, Float32, BFloat16 };

std::string_view toString(Precision p);
Result<Precision> parsePrecision(std::string_view s);

}  // namespace sentiment::training
