#include "model/ProcessMemory.h"

#include <cstdio>
#include <cstring>

namespace sentiment::model {

namespace {

// A "Name:   1234 kB" line of a /proc file, in bytes.
std::uint64_t statusField(const char* name, const char* path = "/proc/self/status") {
    std::FILE* file = std::fopen(path, "re");
    if (file == nullptr) return 0;
    char line[256];
    std::uint64_t value = 0;
    const std::size_t length = std::strlen(name);
    while (std::fgets(line, sizeof line, file) != nullptr) {
        if (std::strncmp(line, name, length) == 0 && line[length] == ':') {
            unsigned long long kib = 0;
            if (std::sscanf(line + length + 1, "%llu", &kib) == 1)
                value = static_cast<std::uint64_t>(kib) * 1024;
            break;
        }
    }
    std::fclose(file);
    return value;
}

}  // namespace

std::uint64_t ProcessMemory::residentBytes() {
    return statusField("VmRSS");
}

std::uint64_t ProcessMemory::peakResidentBytes() {
    return statusField("VmHWM");
}

std::uint64_t ProcessMemory::availableBytes() {
    return statusField("MemAvailable", "/proc/meminfo");
}

bool ProcessMemory::resetPeak() {
    // Linux 4.0+: writing 5 to clear_refs sets the peak (VmHWM) to the present resident size.
    std::FILE* file = std::fopen("/proc/self/clear_refs", "we");
    if (file == nullptr) return false;
    const bool ok = std::fputs("5", file) >= 0;
    return std::fclose(file) == 0 && ok;
}

}  // namespace sentiment::model
