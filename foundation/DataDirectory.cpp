#include "foundation/DataDirectory.h"

#include <cstdlib>

namespace sentiment {

std::filesystem::path DataDirectory::defaultPath() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0') {
        return std::filesystem::path(xdg) / "sentiment-lab";
    }
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home != nullptr ? home : ".") / ".local" / "share" /
           "sentiment-lab";
}

}  // namespace sentiment
