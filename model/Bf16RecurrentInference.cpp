#include "model/Bf16RecurrentInference.h"

#include <algorithm>
#include <barrier>
#include <cstring>
#include <stdexcept>
#include <string>
#include <thread>

#if defined(__x86_64__)
// GCC 12's AVX-512 headers trip -Wmaybe-uninitialized on their own masked loads.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <immintrin.h>
#define SENTIMENT_BF16_TARGET \
    __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,avx512bf16")))
#else
#define SENTIMENT_BF16_TARGET
#endif

namespace sentiment::model {

namespace {

// Rows of the input projection computed at once: enough for an efficient matrix product, few
// enough that the projections stay in cache until their steps use them.
constexpr std::int64_t kProjectionRows = 256;

#if defined(__x86_64__)

// exp(x): Cephes' single-precision polynomial after reduction by ln 2; 2^n applied by scalef.
SENTIMENT_BF16_TARGET inline __m512 exp16(__m512 x) {
    x = _mm512_min_ps(_mm512_max_ps(x, _mm512_set1_ps(-87.0f)), _mm512_set1_ps(88.0f));
    const __m512 n = _mm512_roundscale_ps(_mm512_mul_ps(x, _mm512_set1_ps(1.44269504088896341f)),
                                          _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m512 r = _mm512_fnmadd_ps(n, _mm512_set1_ps(0.693359375f), x);
    r = _mm512_fnmadd_ps(n, _mm512_set1_ps(-2.12194440e-4f), r);
    __m512 p = _mm512_set1_ps(1.9875691500e-4f);
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.3981999507e-3f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(8.3334519073e-3f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(4.1665795894e-2f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.6666665459e-1f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(5.0000001201e-1f));
    p = _mm512_fmadd_ps(_mm512_mul_ps(p, r), r, _mm512_add_ps(r, _mm512_set1_ps(1.0f)));
    return _mm512_scalef_ps(p, n);
}

SENTIMENT_BF16_TARGET inline __m512 sigmoid16(__m512 x) {
    const __m512 one = _mm512_set1_ps(1.0f);
    return _mm512_div_ps(one, _mm512_add_ps(one, exp16(_mm512_sub_ps(_mm512_setzero_ps(), x))));
}

SENTIMENT_BF16_TARGET inline __m512 tanh16(__m512 x) {
    const __m512 one = _mm512_set1_ps(1.0f);
    const __m512 e = exp16(_mm512_mul_ps(x, _mm512_set1_ps(-2.0f)));
    return _mm512_sub_ps(_mm512_div_ps(_mm512_set1_ps(2.0f), _mm512_add_ps(one, e)), one);
}

// One review's LSTM step after the matrix product: g holds the pre-activations i, f, g, o.
SENTIMENT_BF16_TARGET void lstmCell(const float* g, float* c, float* h, std::int64_t H) {
    for (std::int64_t j = 0; j < H; j += 16) {
        const __mmask16 m = H - j >= 16 ? __mmask16(0xFFFF) : __mmask16((1u << (H - j)) - 1u);
        const __m512 i = sigmoid16(_mm512_maskz_loadu_ps(m, g + j));
        const __m512 f = sigmoid16(_mm512_maskz_loadu_ps(m, g + H + j));
        const __m512 gg = tanh16(_mm512_maskz_loadu_ps(m, g + 2 * H + j));
        const __m512 o = sigmoid16(_mm512_maskz_loadu_ps(m, g + 3 * H + j));
        const __m512 cn = _mm512_fmadd_ps(f, _mm512_maskz_loadu_ps(m, c + j), _mm512_mul_ps(i, gg));
        _mm512_mask_storeu_ps(c + j, m, cn);
        _mm512_mask_storeu_ps(h + j, m, _mm512_mul_ps(o, tanh16(cn)));
    }
}

SENTIMENT_BF16_TARGET void rnnCell(const float* g, float* h, std::int64_t H) {
    for (std::int64_t j = 0; j < H; j += 16) {
        const __mmask16 m = H - j >= 16 ? __mmask16(0xFFFF) : __mmask16((1u << (H - j)) - 1u);
        _mm512_mask_storeu_ps(h + j, m, tanh16(_mm512_maskz_loadu_ps(m, g + j)));
    }
}

#else

void lstmCell(const float*, float*, float*, std::int64_t) {}
void rnnCell(const float*, float*, std::int64_t) {}

#endif

torch::Tensor parameter(const ClassifierImpl& network, const std::string& name) {
    for (const auto& p : network.named_parameters()) {
        if (p.key() == name) return p.value().detach().to(torch::kCPU, torch::kFloat).contiguous();
    }
    throw std::invalid_argument("model has no parameter " + name);
}

}  // namespace

/// Everything one call works in, allocated before any thread starts.
struct Bf16Batch {
    std::int64_t size = 0, steps = 0;
    const std::vector<std::span<const std::int32_t>>* sequences = nullptr;
    std::vector<std::int64_t> lengths;
    std::vector<std::uint16_t> input[2];  // per direction: [T][B][stride] bfloat16
    std::int64_t inputStride[2] = {0, 0};
    std::vector<float> output[2][2];      // [layer parity][direction]: [T][B][H]
    std::vector<float> projection[2];     // [rows][G]
    std::vector<float> h[2], c[2];        // [B][H]
    std::vector<std::uint16_t> hBf16[2];  // [B][H padded]
    std::vector<float> finals[2];         // [B][H]

    // The position read at step t by the backward direction: the sequence reversed within its
    // length.
    std::int64_t reversed(std::int64_t t, std::int64_t b) const {
        const auto len = lengths[static_cast<std::size_t>(b)];
        return t < len ? len - 1 - t : t;
    }
};

bool Bf16RecurrentInference::canRun(const ClassifierImpl& network) {
    const auto& config = network.config();
    if (config.architecture != Architecture::Advanced || config.outputs() != 1) return false;
    if (config.cell != Cell::Lstm && config.cell != Cell::Rnn) return false;
    const auto params = network.parameters();
    if (params.empty() || !params.front().device().is_cpu()) return false;
    return Bf16Matrix::supported();
}

Bf16RecurrentInference::Bf16RecurrentInference(const ClassifierImpl& network, int threads)
    : cell_(network.config().cell),
      embeddingDim_(network.config().embeddingDim),
      hidden_(network.config().hidden),
      layers_(std::max<std::int64_t>(1, network.config().layers)),
      gates_(network.config().cell == Cell::Lstm ? 4 : 1),
      directions_(network.config().bidirectional ? 2 : 1),
      threads_(threads) {
    embedding_ = parameter(network, "embedding.weight");
    for (std::int64_t l = 0; l < layers_; ++l) {
        for (int d = 0; d < directions_; ++d) {
            const std::string suffix = std::to_string(l) + (d == 1 ? "_reverse" : "");
            const auto wih = parameter(network, "rnn.weight_ih_l" + suffix);
            const auto whh = parameter(network, "rnn.weight_hh_l" + suffix);
            const auto bias = parameter(network, "rnn.bias_ih_l" + suffix) +
                              parameter(network, "rnn.bias_hh_l" + suffix);
            Direction dir{
                Bf16Matrix(wih.data_ptr<float>(), wih.size(0), wih.size(1)),
                Bf16Matrix(whh.data_ptr<float>(), whh.size(0), whh.size(1)),
                std::vector<float>(bias.data_ptr<float>(), bias.data_ptr<float>() + bias.numel())};
            weights_.push_back(std::move(dir));
        }
    }
    const auto fc = parameter(network, "fc.weight");
    fcWeight_.assign(fc.data_ptr<float>(), fc.data_ptr<float>() + fc.numel());
    fcBias_ = parameter(network, "fc.bias").item<float>();
}

void Bf16RecurrentInference::buildInput(Batch& batch, std::int64_t layer, int d) const {
    const auto B = batch.size, T = batch.steps;
    const auto stride = batch.inputStride[d];
    auto& in = batch.input[d];
    std::fill(in.begin(), in.end(), std::uint16_t{0});
    if (layer == 0) {
        const float* table = embedding_.data_ptr<float>();
        for (std::int64_t t = 0; t < T; ++t) {
            for (std::int64_t b = 0; b < B; ++b) {
                const auto s = d == 0 ? t : batch.reversed(t, b);
                const auto& seq = (*batch.sequences)[static_cast<std::size_t>(b)];
                if (s >= static_cast<std::int64_t>(seq.size())) continue;  // padding: zeros
                const std::int64_t id = seq[static_cast<std::size_t>(s)];  // checked by logits()
                Bf16Matrix::toBf16(table + id * embeddingDim_, embeddingDim_,
                                   in.data() + (t * B + b) * stride);
            }
        }
        return;
    }
    const auto H = hidden_;
    const auto& prev = batch.output[(layer - 1) % 2];
    for (std::int64_t t = 0; t < T; ++t) {
        for (std::int64_t b = 0; b < B; ++b) {
            const auto s =
                d == 0 ? t : batch.reversed(t, b);  // the original position this step reads
            auto* row = in.data() + (t * B + b) * stride;
            Bf16Matrix::toBf16(prev[0].data() + (s * B + b) * H, H, row);
            // The backward run's step u holds original position reversed(u).
            if (directions_ == 2)
                Bf16Matrix::toBf16(prev[1].data() + (batch.reversed(s, b) * B + b) * H, H, row + H);
        }
    }
}

void Bf16RecurrentInference::runLayer(Batch& batch, std::int64_t layer, int d) const {
    const auto B = batch.size, T = batch.steps, H = hidden_, G = gates_ * H;
    const auto& w = weights_[static_cast<std::size_t>(layer * directions_ + d)];
    const bool top = layer == layers_ - 1;
    auto& proj = batch.projection[d];
    auto& out = batch.output[layer % 2][d];
    float* h = batch.h[d].data();
    float* c = batch.c[d].data();
    std::uint16_t* hb = batch.hBf16[d].data();
    const auto hStride = w.recurrentWeights.paddedCols();
    std::fill(batch.h[d].begin(), batch.h[d].end(), 0.0f);
    std::fill(batch.c[d].begin(), batch.c[d].end(), 0.0f);
    std::fill(batch.hBf16[d].begin(), batch.hBf16[d].end(), std::uint16_t{0});
    const std::int64_t chunk = std::max<std::int64_t>(1, kProjectionRows / B);
    for (std::int64_t t0 = 0; t0 < T; t0 += chunk) {
        const auto steps = std::min(chunk, T - t0);
        for (std::int64_t r = 0; r < steps * B; ++r)
            std::copy(w.bias.begin(), w.bias.end(), proj.begin() + r * G);
        w.inputWeights.multiply(batch.input[d].data() + t0 * B * batch.inputStride[d],
                                batch.inputStride[d], steps * B, proj.data(), G);
        for (std::int64_t t = t0; t < t0 + steps; ++t) {
            float* g = proj.data() + (t - t0) * B * G;
            if (t > 0) w.recurrentWeights.multiply(hb, hStride, B, g, G);
            for (std::int64_t b = 0; b < B; ++b) {
                if (cell_ == Cell::Lstm) {
                    lstmCell(g + b * G, c + b * H, h + b * H, H);
                } else {
                    rnnCell(g + b * G, h + b * H, H);
                }
                Bf16Matrix::toBf16(h + b * H, H, hb + b * hStride);
                if (!top) std::copy(h + b * H, h + (b + 1) * H, out.begin() + (t * B + b) * H);
                if (top && t == batch.lengths[static_cast<std::size_t>(b)] - 1) {
                    std::copy(h + b * H, h + (b + 1) * H, batch.finals[d].begin() + b * H);
                }
            }
        }
    }
}

Bf16RecurrentInference::Workspace::Workspace() : batch_(std::make_unique<Bf16Batch>()) {}
Bf16RecurrentInference::Workspace::~Workspace() = default;
Bf16RecurrentInference::Workspace::Workspace(Workspace&&) noexcept = default;
Bf16RecurrentInference::Workspace& Bf16RecurrentInference::Workspace::operator=(
    Workspace&&) noexcept = default;

std::vector<float> Bf16RecurrentInference::logits(
    const std::vector<std::span<const std::int32_t>>& sequences) const {
    Workspace workspace;
    return logits(sequences, workspace);
}

std::vector<float> Bf16RecurrentInference::logits(
    const std::vector<std::span<const std::int32_t>>& sequences, Workspace& workspace) const {
    Batch& batch = *workspace.batch_;
    batch.size = static_cast<std::int64_t>(sequences.size());
    batch.steps = 0;
    batch.lengths.clear();
    if (batch.size == 0) return {};
    batch.sequences = &sequences;
    for (const auto& s : sequences) {
        if (s.empty()) throw std::invalid_argument("an empty sequence has no final state");
        batch.lengths.push_back(static_cast<std::int64_t>(s.size()));
        batch.steps = std::max(batch.steps, batch.lengths.back());
    }
    const auto B = batch.size, T = batch.steps, H = hidden_, G = gates_ * H;
    const std::int64_t chunk = std::max<std::int64_t>(1, kProjectionRows / B);
    for (int d = 0; d < directions_; ++d) {
        std::int64_t widest = 0;
        for (std::int64_t l = 0; l < layers_; ++l) {
            widest = std::max(
                widest,
                weights_[static_cast<std::size_t>(l * directions_ + d)].inputWeights.paddedCols());
        }
        batch.inputStride[d] = widest;
        batch.input[d].resize(static_cast<std::size_t>(T * B * widest));
        if (layers_ > 1) batch.output[0][d].resize(static_cast<std::size_t>(T * B * H));
        if (layers_ > 2) batch.output[1][d].resize(static_cast<std::size_t>(T * B * H));
        batch.projection[d].resize(static_cast<std::size_t>(std::min(chunk, T) * B * G));
        batch.h[d].resize(static_cast<std::size_t>(B * H));
        batch.c[d].resize(static_cast<std::size_t>(B * H));
        batch.hBf16[d].resize(static_cast<std::size_t>(
            B * weights_[static_cast<std::size_t>(d)].recurrentWeights.paddedCols()));
        batch.finals[d].resize(static_cast<std::size_t>(B * H));
    }
    // Token ids are checked before any thread starts.
    for (const auto& s : sequences) {
        for (const auto id : s) {
            if (id < 0 || id >= embedding_.size(0))
                throw std::out_of_range("token id " + std::to_string(id) +
                                        " outside the vocabulary");
        }
    }
    if (directions_ == 2 && threads_ >= 2) {
        std::barrier meet(2);
        auto work = [&](int d) {
            for (std::int64_t l = 0; l < layers_; ++l) {
                buildInput(batch, l, d);
                runLayer(batch, l, d);
                meet.arrive_and_wait();  // the next layer reads both directions' outputs
            }
        };
        std::thread backward(work, 1);
        work(0);
        backward.join();
    } else {
        for (std::int64_t l = 0; l < layers_; ++l) {
            for (int d = 0; d < directions_; ++d) buildInput(batch, l, d);
            for (int d = 0; d < directions_; ++d) runLayer(batch, l, d);
        }
    }
    std::vector<float> out(static_cast<std::size_t>(B), fcBias_);
    for (std::int64_t b = 0; b < B; ++b) {
        for (int d = 0; d < directions_; ++d) {
            for (std::int64_t j = 0; j < H; ++j) {
                out[static_cast<std::size_t>(b)] +=
                    fcWeight_[static_cast<std::size_t>(d * H + j)] *
                    batch.finals[d][static_cast<std::size_t>(b * H + j)];
            }
        }
    }
    return out;
}

}  // namespace sentiment::model
