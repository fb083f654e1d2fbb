// The machine's matrix-product limit, the yardstick for every training figure in
// docs/BENCHMARKS.md: float and bfloat16 GEMM through LibTorch (OpenBLAS / oneDNN), square
// matrices, best of several products. Prints the CPU model and what it supports.
//
//   gemm_probe [threads=all] [size=2048]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include <torch/torch.h>

#include "model/Bf16Matrix.h"
#include "model/Runtime.h"

namespace {

std::string cpuModel() {
    std::ifstream info("/proc/cpuinfo");
    for (std::string line; std::getline(info, line);) {
        if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
    }
    return "unknown CPU";
}

double gflops(torch::ScalarType type, std::int64_t n) {
    const auto a = torch::randn({n, n}).to(type), b = torch::randn({n, n}).to(type);
    auto c = torch::mm(a, b);  // warm-up: packing buffers, thread pool
    double best = 1e30;
    for (int i = 0; i < 5; ++i) {
        const auto start = std::chrono::steady_clock::now();
        torch::mm_out(c, a, b);
        best = std::min(
            best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return 2.0 * static_cast<double>(n) * static_cast<double>(n) * static_cast<double>(n) / best /
           1e9;
}

}  // namespace

int main(int argc, char** argv) {
    const int threads = sentiment::model::Runtime::configure(argc > 1 ? std::atoi(argv[1]) : 0);
    const std::int64_t n = argc > 2 ? std::atol(argv[2]) : 2048;
    std::printf("CPU: %s, %d threads, AVX-512 BF16: %s\n", cpuModel().c_str(), threads,
                sentiment::model::Bf16Matrix::supported() ? "yes" : "no");
    std::printf("float GEMM %ldx%ld: %.0f GFLOP/s\n", static_cast<long>(n), static_cast<long>(n),
                gflops(torch::kFloat, n));
    std::printf("bfloat16 GEMM %ldx%ld: %.0f GFLOP/s%s\n", static_cast<long>(n),
                static_cast<long>(n), gflops(torch::kBFloat16, n),
                sentiment::model::Bf16Matrix::supported()
                    ? ""
                    : " (no bf16 instructions: emulated, not a limit)");
    return 0;
}
