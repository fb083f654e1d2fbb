#pragma once

#include <string>

namespace sentiment::model {

/// What LibTorch runs on, in words for the status bar, the CLI and run records.
struct RuntimeInfo {
    int threads = 1;
    bool cudaAvailable = false;
    int cudaDevices = 0;
    /// LibTorch's CUDA part is loaded in this process (a build against a LibTorch with CUDA),
    /// whether or not this machine has a GPU.
    bool cudaBuilt = false;
    std::string libtorchVersion;
    std::string blas;    ///< e.g. "OpenBLAS (openmp)" or "reference BLAS (slow)"
    std::string onednn;  ///< the oneDNN of the recurrent layers, e.g. "3.2.0"; empty: none
};

/// The runtime in a few lines of words (`sentiment-lab-cli --version`): LibTorch, CUDA, oneDNN,
/// BLAS and threads.
std::string describe(const RuntimeInfo& info);

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
