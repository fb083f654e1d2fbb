#include "model/Bf16Matrix.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <new>
#include <utility>

#if defined(__x86_64__)
// GCC 12's AVX-512 headers trip -Wmaybe-uninitialized on their own masked loads.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <immintrin.h>
#define SENTIMENT_BF16_TARGET \
    __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,avx512bf16")))
#endif

namespace sentiment::model {

namespace {

// Vector registers change type only through the compiler's own vector casts
// (`reinterpret_cast` between equal-sized vector types), never through `std::bit_cast` or any
// other function: such a function is compiled without the AVX-512 target, so passing it a
// 512-bit vector uses another calling convention (GCC's -Wpsabi), which crashes in a Debug build.
constexpr std::int64_t kBlock = 16;  // rows of W per block: one 512-bit register of floats

std::uint16_t roundToBf16(float x) {
    std::uint32_t bits = std::bit_cast<std::uint32_t>(x);
    bits += 0x7FFFu + ((bits >> 16) & 1u);  // round to nearest, ties to even
    return static_cast<std::uint16_t>(bits >> 16);
}

#if defined(__x86_64__)

using Kernel = void (*)(const std::uint16_t*, std::int64_t, const std::uint16_t*, std::int64_t,
                        std::int64_t, float*, std::int64_t, std::int64_t);

// C[MR x up to NB*16] += A[MR x 2*pairs] W-panel^T: MR x NB accumulators stay in registers; per
// pair of columns, NB loads of W and MR broadcasts of A's pair feed MR*NB `vdpbf16ps`.
template <int MR, int NB>
SENTIMENT_BF16_TARGET void kernel(const std::uint16_t* a, std::int64_t lda, const std::uint16_t* w,
                                  std::int64_t blockStride, std::int64_t pairs, float* c,
                                  std::int64_t ldc, std::int64_t valid) {
    __m512 acc[MR][NB];
#pragma GCC unroll 8
    for (int r = 0; r < MR; ++r)
#pragma GCC unroll 8
        for (int b = 0; b < NB; ++b) acc[r][b] = _mm512_setzero_ps();
    for (std::int64_t p = 0; p < pairs; ++p) {
        __m512bh wv[NB];
#pragma GCC unroll 8
        for (int b = 0; b < NB; ++b)
            wv[b] =
                reinterpret_cast<__m512bh>(_mm512_load_si512(w + b * blockStride + p * 2 * kBlock));
#pragma GCC unroll 8
        for (int r = 0; r < MR; ++r) {
            std::int32_t pair;
            std::memcpy(&pair, a + r * lda + 2 * p, sizeof pair);
            const auto av = reinterpret_cast<__m512bh>(_mm512_set1_epi32(pair));
#pragma GCC unroll 8
            for (int b = 0; b < NB; ++b) acc[r][b] = _mm512_dpbf16_ps(acc[r][b], wv[b], av);
        }
    }
#pragma GCC unroll 8
    for (int r = 0; r < MR; ++r) {
#pragma GCC unroll 8
        for (int b = 0; b < NB; ++b) {
            const std::int64_t left = valid - b * kBlock;
            if (left <= 0) break;
            const __mmask16 mask =
                left >= kBlock ? __mmask16(0xFFFF) : __mmask16((1u << left) - 1u);
            float* out = c + r * ldc + b * kBlock;
            _mm512_mask_storeu_ps(out, mask,
                                  _mm512_add_ps(_mm512_maskz_loadu_ps(mask, out), acc[r][b]));
        }
    }
}

template <int... I>
constexpr std::array<Kernel, sizeof...(I)> kernelTable(std::integer_sequence<int, I...>) {
    return {&kernel<I / 8 + 1, I % 8 + 1>...};
}

// kernels[(MR - 1) * 8 + NB - 1]
constexpr auto kernels = kernelTable(std::make_integer_sequence<int, 64>{});

SENTIMENT_BF16_TARGET void convert(const float* src, std::int64_t n, std::uint16_t* dst) {
    std::int64_t i = 0;
    for (; i + 32 <= n; i += 32) {
        const __m512bh v =
            _mm512_cvtne2ps_pbh(_mm512_loadu_ps(src + i + 16), _mm512_loadu_ps(src + i));
        _mm512_storeu_si512(dst + i, reinterpret_cast<__m512i>(v));
    }
    for (; i < n; ++i) dst[i] = roundToBf16(src[i]);
}

#endif

}  // namespace

bool Bf16Matrix::supported() {
#if defined(__x86_64__)
    static const bool yes =
        __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
        __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq") &&
        __builtin_cpu_supports("avx512bf16");
    return yes;
#else
    return false;
#endif
}

void Bf16Matrix::toBf16(const float* src, std::int64_t n, std::uint16_t* dst) {
#if defined(__x86_64__)
    if (supported()) {
        convert(src, n, dst);
        return;
    }
#endif
    for (std::int64_t i = 0; i < n; ++i) dst[i] = roundToBf16(src[i]);
}

Bf16Matrix::Bf16Matrix(const float* w, std::int64_t rows, std::int64_t cols)
    : rows_(rows), cols_(cols), pairs_((cols + 1) / 2), blocks_((rows + kBlock - 1) / kBlock) {
    const auto count = static_cast<std::size_t>(blocks_ * pairs_ * 2 * kBlock);
    const std::size_t bytes =
        std::max<std::size_t>(64, (count * sizeof(std::uint16_t) + 63) / 64 * 64);
    packed_.reset(static_cast<std::uint16_t*>(std::aligned_alloc(64, bytes)));
    if (!packed_) throw std::bad_alloc();
    std::uint16_t* out = packed_.get();
    for (std::int64_t blk = 0; blk < blocks_; ++blk) {
        for (std::int64_t p = 0; p < pairs_; ++p) {
            for (std::int64_t r = 0; r < kBlock; ++r) {
                const std::int64_t row = blk * kBlock + r;
                for (std::int64_t k = 2 * p; k < 2 * p + 2; ++k) {
                    *out++ =
                        row < rows && k < cols ? roundToBf16(w[row * cols + k]) : std::uint16_t{0};
                }
            }
        }
    }
}

void Bf16Matrix::multiply(const std::uint16_t* a, std::int64_t lda, std::int64_t m, float* c,
                          std::int64_t ldc) const {
#if defined(__x86_64__)
    // One or two rows of A (a recurrent step of one review): 8 blocks of W at a time, so that
    // eight independent sums hide the instruction's latency. More rows: 8 rows x 3 blocks.
    const std::int64_t panel = m <= 2 ? 8 : 3;
    const std::int64_t rowsAtOnce = m <= 2 ? m : 8;
    const std::int64_t blockStride = pairs_ * 2 * kBlock;
    for (std::int64_t jb = 0; jb < blocks_; jb += panel) {
        const std::int64_t nb = std::min(panel, blocks_ - jb);
        const std::int64_t valid = std::min(rows_ - jb * kBlock, nb * kBlock);
        for (std::int64_t i = 0; i < m; i += rowsAtOnce) {
            const std::int64_t mr = std::min(rowsAtOnce, m - i);
            kernels[static_cast<std::size_t>((mr - 1) * 8 + nb - 1)](
                a + i * lda, lda, packed_.get() + jb * blockStride, blockStride, pairs_,
                c + i * ldc + jb * kBlock, ldc, valid);
        }
    }
#else
    (void)a, (void)lda, (void)m, (void)c, (void)ldc;
#endif
}

}  // namespace sentiment::model
