#include "foundation/CacheDirectory.h"

#include <cstdlib>

namespace sentiment {

std::filesystem::path CacheDirectory::defaultPath() {
    if (const char* dir = std::getenv("SENTIMENT_LAB_CACHE_DIR"); dir != nullptr && *dir != '\0')
        return dir;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/') {
        return std::filesystem::path(xdg) / "sentiment-lab";
    }
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home != nullptr ? home : "/tmp") / ".cache" / "sentiment-lab";
}

}  // namespace sentiment
