#pragma once

#include <array>
#include <string_view>

namespace sentiment::experiment {

/// The lecture's experiments by name, in the order the front ends list them: notebook 1's base
/// RNN, notebook 2's bidirectional LSTM, notebook 3's FastText and notebook 4's CNN; then the
/// linear baseline every one of them is measured against, Wang & Manning's NBSVM; then the
/// course's next lecture, a Transformer encoder.
inline constexpr std::array<std::string_view, 6> kPresets{"base", "advanced", "fasttext",
                                                          "cnn",  "nbsvm",    "transformer"};
/// The presets of the lecture's assignments: 1-2 train the base RNN, 3-5 the bidirectional LSTM.
inline constexpr std::string_view kBaseRnnPreset = "base";
inline constexpr std::string_view kBiLstmPreset = "advanced";
/// The preset of the linear baseline.
inline constexpr std::string_view kBaselinePreset = "nbsvm";

/// True for one of kPresets.
bool isPreset(std::string_view name);

}  // namespace sentiment::experiment
