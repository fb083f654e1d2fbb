#include "model/Runtime.h"

#include <dlfcn.h>

#include <thread>

#include <ATen/Version.h>
#include <torch/torch.h>

#include "model/CachingCpuAllocator.h"
#include "model/DnnlRecurrentLayer.h"

namespace sentiment::model {

int Runtime::cores() {
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

int Runtime::configure(int threads) {
    CachingCpuAllocator::install();
    const int n = threads > 0 ? threads : cores();
    torch::set_num_threads(n);
    return torch::get_num_threads();
}

bool Runtime::bf16RecurrentLayers() {
    return DnnlRecurrentLayer::supportsBf16();
}

namespace {
// What does not change while the process runs, found once (the GUI asks for info() often).
struct BuildFacts {
    bool cudaBuilt = false;
    std::string blas, onednn;
};

const BuildFacts& buildFacts() {
    static const BuildFacts facts = [] {
        BuildFacts f;
        // Loading libc10_cuda is what a LibTorch with CUDA does, GPU or not; a CPU LibTorch never
        // does.
        f.cudaBuilt = dlopen("libc10_cuda.so", RTLD_LAZY | RTLD_NOLOAD) != nullptr;
        f.onednn = DnnlRecurrentLayer::loadedVersion();
        // Debian's LibTorch multiplies with the system's BLAS: OpenBLAS exports
        // openblas_get_config, the reference BLAS does not. PyTorch's own builds carry MKL inside
        // libtorch_cpu.
        using ConfigFn = const char* (*)();
        if (auto fn = reinterpret_cast<ConfigFn>(dlsym(RTLD_DEFAULT, "openblas_get_config"))) {
            const std::string config = fn();  // "OpenBLAS 0.3.21 ... USE_OPENMP ..."
            f.blas = config.rfind("OpenBLAS", 0) == 0 ? config : "OpenBLAS " + config;
        } else if (at::show_config().find("BLAS_INFO=mkl") != std::string::npos) {
            f.blas = "MKL (inside LibTorch)";
        } else {
            f.blas = "reference BLAS (slow: install libopenblas0-openmp)";
        }
        return f;
    }();
    return facts;
}
}  // namespace

RuntimeInfo Runtime::info() {
    RuntimeInfo info;
    info.threads = torch::get_num_threads();
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDevices = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    info.libtorchVersion = std::to_string(TORCH_VERSION_MAJOR) + "." +
                           std::to_string(TORCH_VERSION_MINOR) + "." +
                           std::to_string(TORCH_VERSION_PATCH);
    const auto& facts = buildFacts();
    info.cudaBuilt = facts.cudaBuilt;
    info.onednn = facts.onednn;
    info.blas = facts.blas;
    return info;
}

std::string describe(const RuntimeInfo& info) {
    std::string cuda;
    if (info.cudaAvailable) {
        cuda = "CUDA: " + std::to_string(info.cudaDevices) + " device" +
               (info.cudaDevices == 1 ? "" : "s");
    } else if (info.cudaBuilt) {
        cuda =
            "CUDA: built with it, but not available on this machine (no GPU or driver): training "
            "runs on the CPU";
    } else {
        cuda = "CUDA: not in this build (a CPU LibTorch)";
    }
    return "LibTorch " + info.libtorchVersion + ", " + std::to_string(info.threads) + " threads\n" +
           cuda + "\noneDNN recurrent layers: " +
           (info.onednn.empty() ? "none (hand-written kernels)" : info.onednn) +
           "\nBLAS: " + info.blas;
}

}  // namespace sentiment::model
