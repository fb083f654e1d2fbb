#include "experiment/Presets.h"

#include <algorithm>

namespace sentiment::experiment {

bool isPreset(std::string_view name) {
    return std::find(kPresets.begin(), kPresets.end(), name) != kPresets.end();
}

}  // namespace sentiment::experiment
