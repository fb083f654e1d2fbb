#pragma once

#include <filesystem>

namespace sentiment {

/// Where caches live: $SENTIMENT_LAB_CACHE_DIR if set, else $XDG_CACHE_HOME/sentiment-lab,
/// else ~/.cache/sentiment-lab (the XDG base directory rules).
class CacheDirectory {
public:
    static std::filesystem::path defaultPath();
};

}  // namespace sentiment
