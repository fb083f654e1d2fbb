#pragma once

#include <filesystem>

namespace sentiment {

/// Where the user's data lives (run store, checkpoints, downloads): $XDG_DATA_HOME/sentiment-lab,
/// else ~/.local/share/sentiment-lab (the XDG base directory rules).
class DataDirectory {
public:
    static std::filesystem::path defaultPath();
};

}  // namespace sentiment
