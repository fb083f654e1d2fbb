#pragma once

#include <cstdint>

namespace sentiment::model {

/// This process's resident memory, as the kernel counts it (/proc/self/status): what
/// `/usr/bin/time -v` calls the maximum resident set size, read from inside.
class ProcessMemory {
public:
    /// Resident bytes now (VmRSS); 0 where the kernel does not say.
    static std::uint64_t residentBytes();
    /// The most resident bytes since the process started or since the last resetPeak() (VmHWM).
    static std::uint64_t peakResidentBytes();
    /// Starts a new peak from what is resident now (so that each epoch reports its own peak).
    /// False where the kernel does not allow it; the peak then stays the process's.
    static bool resetPeak();

    /// What the system can give before it swaps (MemAvailable of /proc/meminfo); 0 when unknown.
    static std::uint64_t availableBytes();

    static double mebibytes(std::uint64_t bytes) {
        return static_cast<double>(bytes) / (1024.0 * 1024.0);
    }
};

}  // namespace sentiment::model
