#pragma once

#include <string>

namespace sentiment::model {

/// What LibTorch runs on, in words for the status bar, the CLI and run records.
struct RuntimeInfo {
    int threads = 1;
    bool cudaAvailable = false;
    int cudaDevices = 0;
    std::string libtorchVersion;
    std::string blas;  ///< e.g. "OpenBLAS (openmp)" or "reference BLAS (slow)"
};

/// LibTorch's process-wide settings. Debian's LibTorch starts with one thread, so every front
/// end calls configure() first.
class Runtime {
public:
    /// Sets LibTorch's intra-op thread count; `threads` <= 0 means one per core. Returns the count
    /// set. Also installs the caching CPU allocator (see CachingCpuAllocator).
    static int configure(int threads);
    /// The machine's core count.
    static int cores();
    static RuntimeInfo info();
    /// Whether this CPU trains recurrent layers in bfloat16 (oneDNN's bf16 primitives run here).
    static bool bf16RecurrentLayers();
};

}  // namespace sentiment::model
