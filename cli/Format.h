#pragma once

#include <cstdint>
#include <string>

namespace sentiment::cli {

/// 4810857 -> "4,810,857" (the lecture's parameter-count style).
std::string withCommas(std::uint64_t n);
/// 0.1234 -> "12.34%".
std::string percent(double fraction, int decimals = 2);

}  // namespace sentiment::cli
