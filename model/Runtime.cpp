#include "model/Runtime.h"

#include <dlfcn.h>

#include <thread>

#include <torch/torch.h>

#include "model/CachingCpuAllocator.h"
#include "model/DnnlRecurrentLayer.h"

namespace sentiment::model {

int Runtime::cores() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

int Runtime::configure(int threads) {
    CachingCpuAllocator::install();
    const int n = threads > 0 ? threads : cores();
    torch::set_num_threads(n);
    return torch::get_num_threads();
}

bool Runtime::bf16RecurrentLayers() { return DnnlRecurrentLayer::supportsBf16(); }

RuntimeInfo Runtime::info() {
    RuntimeInfo info;
    info.threads = torch::get_num_threads();
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDevices = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    info.libtorchVersion = std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "." +
                           std::to_string(TORCH_VERSION_PATCH);
    // OpenBLAS exports openblas_get_config; the reference BLAS does not.
    using ConfigFn = const char* (*)();
    if (auto fn = reinterpret_cast<ConfigFn>(dlsym(RTLD_DEFAULT, "openblas_get_config"))) {
        info.blas = std::string("OpenBLAS ") + fn();
    } else {
        info.blas = "reference BLAS (slow: install libopenblas0-openmp)";
    }
    return info;
}

}  // namespace sentiment::model
