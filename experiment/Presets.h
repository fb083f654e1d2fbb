#pragma once

#include <array>
#include <string_view>

namespace sentiment::experiment {

/// The lecture's experiments by name, in the order the front ends list them: notebook 1's base
/// RNN, notebook 2's bidirectional LSTM, notebook 3's FastText and notebook 4's CNN.
inline constexpr std::array<std::string_view, 4> kPresets{"base", "advanced", "fasttext", "cnn"};

/// True for one of kPresets.
bool isPreset(std::string_view name);

}  // namespace sentiment::experiment
