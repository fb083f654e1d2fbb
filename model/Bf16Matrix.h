#pragma once

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace sentiment::model {

/// A weight matrix W [rows x cols] stored in bfloat16 and laid out for AVX-512 BF16's pairwise
/// dot product (`vdpbf16ps`): blocks of 16 rows, and within a block, for each pair of columns,
/// 16 rows x 2 values. `multiply` computes C += A W^T with A in bfloat16 and C in float, with
/// register-blocked kernels (one row of A: 128 outputs at a time; more rows: 8 rows x 48
/// outputs). Halving the bytes of W keeps an LSTM's recurrent matrix (4H x H) in a core's L2
/// cache and doubles the multiply rate over float; results differ from float by bfloat16's
/// rounding of W and A (8 significant bits), with sums in float.
///
/// Only usable where `supported()` (x86-64 CPUs with AVX-512 BF16: Intel Cooper Lake and
/// Sapphire Rapids on, AMD Zen 4 on); everything else keeps the float path.
class Bf16Matrix {
public:
    /// The CPU executes AVX-512 F/BW/VL and BF16 instructions.
    static bool supported();
    /// float -> bfloat16, rounding to nearest even, `n` values.
    static void toBf16(const float* src, std::int64_t n, std::uint16_t* dst);

    Bf16Matrix() = default;
    /// Copies and converts a row-major float matrix.
    Bf16Matrix(const float* rowMajor, std::int64_t rows, std::int64_t cols);

    std::int64_t rows() const { return rows_; }
    std::int64_t cols() const { return cols_; }
    /// cols rounded up to even: the row length A must have (its extra column zero).
    std::int64_t paddedCols() const { return pairs_ * 2; }

    /// C[i][n] += sum_k A[i][k] W[n][k] for i < m, n < rows(). A: bfloat16, `lda` values per row
    /// (even, >= paddedCols()); C: float, `ldc` values per row. Requires supported().
    void multiply(const std::uint16_t* a, std::int64_t lda, std::int64_t m, float* c,
                  std::int64_t ldc) const;

private:
    struct Free {
        void operator()(std::uint16_t* p) const { std::free(p); }
    };
    std::int64_t rows_ = 0, cols_ = 0, pairs_ = 0, blocks_ = 0;
    std::unique_ptr<std::uint16_t[], Free> packed_;  // [blocks][pairs][16][2], 64-byte aligned
};

}  // namespace sentiment::model
