#pragma once

#include "data/TextFormat.h"

namespace sentiment::cli {

// The CLI prints numbers as the rest of the application does.
using data::minutesSeconds;
using data::percent;
using data::withCommas;

}  // namespace sentiment::cli
