#include "model/FusedRecurrentLayer.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <thread>
#include <vector>

namespace sentiment::model {

namespace {

using torch::Tensor;
using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// x [T,B,I] -> x W_ih^T + b_ih + b_hh as [T,B,G]: every step's input projection at once.
Tensor project(const Tensor& x, const Tensor& wih, const Tensor& bih, const Tensor& bhh) {
    const auto T = x.size(0), B = x.size(1);
    return torch::addmm(bih + bhh, x.reshape({T * B, x.size(2)}), wih.t())
        .view({T, B, wih.size(0)});
}

// The weight and input gradients from the pre-activation gradients of all steps (dx only when
// the input needs one: not for frozen embeddings).
variable_list weightGradients(const Tensor& dgates, const Tensor& x, const Tensor& out,
                              const Tensor& wih, bool inputGrad) {
    const auto T = x.size(0), B = x.size(1), G = dgates.size(2), H = out.size(2);
    const auto dg = dgates.view({T * B, G});
    const auto dwih = dg.t().mm(x.reshape({T * B, x.size(2)}));
    // h_{t-1}: zero before the first step.
    auto dwhh = torch::zeros({G, H}, out.options());
    if (T > 1)
        dwhh = dgates.narrow(0, 1, T - 1)
                   .reshape({(T - 1) * B, G})
                   .t()
                   .mm(out.narrow(0, 0, T - 1).reshape({(T - 1) * B, H}));
    const auto db = dg.sum(0);
    const auto dx = inputGrad ? dg.mm(wih).view({T, B, x.size(2)}) : Tensor();
    return {dx, dwih, dwhh, db, db};
}

// exp(x) without libm, in a form the compiler vectorizes: Cephes' single-precision polynomial
// after reduction by ln 2 (relative error ~2e-7 over the clamped range).
inline float vectorExp(float x) {
    x = x < -87.0f ? -87.0f : x;
    x = x > 88.0f ? 88.0f : x;
    constexpr float kRound = 12582912.0f;  // 1.5 * 2^23: adding it rounds to an integer
    const float n = (x * 1.44269504088896341f + kRound) - kRound;
    const float r = (x - n * 0.693359375f) + n * 2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * r * r + r + 1.0f;
    return p * std::bit_cast<float>((static_cast<std::int32_t>(n) + 127) << 23);
}

inline float vectorSigmoid(float x) {
    return 1.0f / (1.0f + vectorExp(-x));
}
inline float vectorTanh(float x) {
    return 2.0f / (1.0f + vectorExp(-2.0f * x)) - 1.0f;
}

#define SENTIMENT_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))

// One LSTM step's gates for `rows` reviews, each row 4H pre-activations in PyTorch's order
// i, f, g, o: the activations in place, then c = f c_prev + i g (c_prev null: zero), tanh(c)
// into `tc` (null: not kept) and h = o tanh(c).
SENTIMENT_VECTOR_CLONES void lstmPointwise(float* __restrict g, const float* __restrict cPrev,
                                           float* __restrict c, float* __restrict tc,
                                           float* __restrict h, std::int64_t rows, std::int64_t H) {
    for (std::int64_t r = 0; r < rows; ++r, g += 4 * H, c += H, h += H) {
        for (std::int64_t j = 0; j < 2 * H; ++j) g[j] = vectorSigmoid(g[j]);
        for (std::int64_t j = 2 * H; j < 3 * H; ++j) g[j] = vectorTanh(g[j]);
        for (std::int64_t j = 3 * H; j < 4 * H; ++j) g[j] = vectorSigmoid(g[j]);
        const float* cp = cPrev ? cPrev + r * H : nullptr;
        for (std::int64_t j = 0; j < H; ++j) {
            const float ct = g[H + j] * (cp ? cp[j] : 0.0f) + g[j] * g[2 * H + j];
            const float t = vectorTanh(ct);
            c[j] = ct;
            if (tc) tc[r * H + j] = t;
            h[j] = g[3 * H + j] * t;
        }
    }
}

// One LSTM step back for `rows` reviews: from the gradient reaching h_t (dh from step t+1 plus
// go from above), the cell gradient dc from step t+1, the step's activations g, tanh(c_t) and
// c_{t-1} (null at the first step), the pre-activation gradients d (rows of 4H) and, in place,
// dc for step t-1.
SENTIMENT_VECTOR_CLONES void lstmPointwiseBackward(float* __restrict d, const float* __restrict g,
                                                   const float* __restrict tc,
                                                   const float* __restrict cPrev,
                                                   const float* __restrict dh,
                                                   const float* __restrict go, float* __restrict dc,
                                                   std::int64_t rows, std::int64_t H) {
    for (std::int64_t r = 0; r < rows;
         ++r, d += 4 * H, g += 4 * H, tc += H, dh += H, go += H, dc += H) {
        const float* cp = cPrev ? cPrev + r * H : nullptr;
        for (std::int64_t j = 0; j < H; ++j) {
            const float i = g[j], f = g[H + j], gg = g[2 * H + j], o = g[3 * H + j], t = tc[j];
            const float dhj = dh[j] + go[j];
            const float dcj = dc[j] + dhj * o * (1.0f - t * t);
            d[3 * H + j] = dhj * t * o * (1.0f - o);
            d[j] = dcj * gg * i * (1.0f - i);
            d[2 * H + j] = dcj * i * (1.0f - gg * gg);
            d[H + j] = cp ? dcj * cp[j] * f * (1.0f - f) : 0.0f;
            dc[j] = dcj * f;
        }
    }
}

// tanh in place over n values.
SENTIMENT_VECTOR_CLONES void tanhInPlace(float* __restrict x, std::int64_t n) {
    for (std::int64_t i = 0; i < n; ++i) x[i] = vectorTanh(x[i]);
}

// d = (1 - h^2) * (dh + go): the tanh RNN's step backward.
SENTIMENT_VECTOR_CLONES void tanhBackward(float* __restrict d, const float* __restrict h,
                                          const float* __restrict dh, const float* __restrict go,
                                          std::int64_t n) {
    for (std::int64_t i = 0; i < n; ++i) d[i] = (1.0f - h[i] * h[i]) * (dh[i] + go[i]);
}

// The recurrences' work in chunks: every direction's batch rows split so that each thread
// gets one chunk, which runs the whole sequence alone (one thread's small matrix products, no
// barrier per step; the rows of an LSTM never meet). Measured on 2 cores against one
// recurrence at a time over both threads: docs/BENCHMARKS.md, "Training memory and engines".
struct Chunk {
    std::size_t direction;
    std::int64_t begin, rows;
};

std::vector<Chunk> chunksOf(std::int64_t B, std::size_t directions) {
    const auto threads = static_cast<std::int64_t>(std::max(1, at::get_num_threads()));
    const auto d = static_cast<std::int64_t>(directions);
    const std::int64_t parts =
        std::clamp<std::int64_t>((threads + d - 1) / d, 1, std::max<std::int64_t>(B, 1));
    std::vector<Chunk> chunks;
    for (std::size_t dir = 0; dir < directions; ++dir) {
        for (std::int64_t p = 0; p < parts; ++p) {
            const std::int64_t begin = B * p / parts, end = B * (p + 1) / parts;
            if (end > begin) chunks.push_back({dir, begin, end - begin});
        }
    }
    return chunks;
}

template <class F>
void forEachChunk(const std::vector<Chunk>& chunks, const F& f) {
    at::parallel_for(0, static_cast<std::int64_t>(chunks.size()), 1,
                     [&](std::int64_t begin, std::int64_t end) {
                         // Grad mode is per thread: the pool's threads would otherwise record (and
                         // refuse the out= products on) the weights that require gradients.
                         torch::NoGradGuard noGrad;
                         for (std::int64_t i = begin; i < end; ++i)
                             f(chunks[static_cast<std::size_t>(i)]);
                     });
}

// Rows [begin, begin + rows) of step t of a [T, B, F] tensor.
inline Tensor rowsOf(const Tensor& s, std::int64_t t, const Chunk& c) {
    return s[t].narrow(0, c.begin, c.rows);
}
inline float* rowPtr(const Tensor& s, std::int64_t t, const Chunk& c) {
    return s.data_ptr<float>() + (t * s.size(1) + c.begin) * s.size(2);
}

// What the forward pass of one layer's directions leaves: per direction the outputs [T, B, H]
// and, kept for the backward pass, the gate activations [T, B, 4H], the cells and their tanh.
struct Recurrences {
    std::vector<Tensor> outs, gates, cells, tanhCells;
};

// The forward pass of one layer's directions (1 or 2; inputs per direction x, w_ih, w_hh,
// b_ih, b_hh): the input projections of every step on all threads, then the recurrences in
// chunks side by side. `keep`: keep the cells and their tanh for every step (training); else
// two rolling cell states per direction.
Recurrences recur(bool lstm, at::TensorList inputs, bool keep) {
    const std::size_t D = inputs.size() / 5;
    const auto T = inputs[0].size(0), B = inputs[0].size(1), H = inputs[2].size(1);
    Recurrences r{std::vector<Tensor>(D), std::vector<Tensor>(D), std::vector<Tensor>(D),
                  std::vector<Tensor>(D)};
    std::vector<Tensor> whhT(D);
    for (std::size_t d = 0; d < D; ++d) {
        const auto* in = &inputs[5 * d];
        r.gates[d] = project(in[0], in[1], in[3], in[4]);
        r.outs[d] = lstm ? torch::empty({T, B, H}, in[0].options()) : r.gates[d];
        if (lstm) {
            r.cells[d] = torch::empty({keep ? T : 2, B, H}, in[0].options());
            if (keep) r.tanhCells[d] = torch::empty({T, B, H}, in[0].options());
        }
        whhT[d] = in[2].t();
    }
    forEachChunk(chunksOf(B, D), [&](const Chunk& c) {
        const auto d = c.direction;
        for (std::int64_t t = 0; t < T; ++t) {
            auto g = rowsOf(r.gates[d], t, c);
            if (t > 0) g.addmm_(rowsOf(r.outs[d], t - 1, c), whhT[d]);
            if (lstm) {
                const std::int64_t now = keep ? t : t % 2, before = keep ? t - 1 : (t + 1) % 2;
                lstmPointwise(g.data_ptr<float>(), t > 0 ? rowPtr(r.cells[d], before, c) : nullptr,
                              rowPtr(r.cells[d], now, c),
                              keep ? rowPtr(r.tanhCells[d], t, c) : nullptr,
                              rowPtr(r.outs[d], t, c), c.rows, H);
            } else {
                tanhInPlace(g.data_ptr<float>(), c.rows * H);
            }
        }
    });
    return r;
}

// One layer's directions as one autograd node: recur(), then (backward) the recurrences back
// in chunks and the weight and input gradients on all threads.
struct FusedFunction : public torch::autograd::Function<FusedFunction> {
    static variable_list forward(AutogradContext* ctx, bool lstm, at::TensorList inputs) {
        auto r = recur(lstm, inputs, true);
        std::vector<Tensor> saved(inputs.begin(), inputs.end());
        for (std::size_t d = 0; d < r.outs.size(); ++d) {
            saved.push_back(r.outs[d]);
            if (lstm) {
                saved.push_back(r.gates[d]);
                saved.push_back(r.cells[d]);
                saved.push_back(r.tanhCells[d]);
            }
        }
        ctx->save_for_backward(saved);
        ctx->saved_data["lstm"] = lstm;
        return r.outs;
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads) {
        const auto saved = ctx->get_saved_variables();
        const bool lstm = ctx->saved_data["lstm"].toBool();
        const std::size_t D = grads.size();
        const std::size_t perDirection = lstm ? 4 : 1;
        const auto T = saved[0].size(0), B = saved[0].size(1), H = saved[2].size(1);
        const auto G = saved[2].size(0);
        std::vector<Tensor> gradOut(D), dgates(D), dh(D), dc(D), out(D), gates(D), cells(D),
            tanhCells(D);
        for (std::size_t d = 0; d < D; ++d) {
            const auto* s = &saved[5 * D + perDirection * d];
            out[d] = s[0];
            if (lstm) {
                gates[d] = s[1];
                cells[d] = s[2];
                tanhCells[d] = s[3];
            }
            gradOut[d] = grads[d].defined() ? grads[d].contiguous() : torch::zeros_like(out[d]);
            dgates[d] = torch::empty({T, B, G}, out[d].options());
            dh[d] = torch::zeros({B, H}, out[d].options());
            if (lstm) dc[d] = torch::zeros({B, H}, out[d].options());
        }
        forEachChunk(chunksOf(B, D), [&](const Chunk& c) {
            const auto d = c.direction;
            const auto& whh = saved[5 * d + 2];
            auto dhRows = dh[d].narrow(0, c.begin, c.rows);
            float* dhp = dhRows.data_ptr<float>();
            for (std::int64_t t = T - 1; t >= 0; --t) {
                if (lstm) {
                    lstmPointwiseBackward(
                        rowPtr(dgates[d], t, c), rowPtr(gates[d], t, c), rowPtr(tanhCells[d], t, c),
                        t > 0 ? rowPtr(cells[d], t - 1, c) : nullptr, dhp, rowPtr(gradOut[d], t, c),
                        dc[d].data_ptr<float>() + c.begin * H, c.rows, H);
                } else {
                    tanhBackward(rowPtr(dgates[d], t, c), rowPtr(out[d], t, c), dhp,
                                 rowPtr(gradOut[d], t, c), c.rows * H);
                }
                // To the previous step: dh_{t-1} = d_t W_hh.
                if (t > 0) torch::mm_out(dhRows, rowsOf(dgates[d], t, c), whh);
            }
        });
        variable_list result{Tensor()};  // `lstm` is no variable
        for (std::size_t d = 0; d < D; ++d) {
            const auto* in = &saved[5 * d];
            for (auto& g :
                 weightGradients(dgates[d], in[0], out[d], in[1], ctx->needs_input_grad(5 * d))) {
                result.push_back(std::move(g));
            }
        }
        return result;
    }
};

variable_list fused(Cell cell, const std::vector<Tensor>& inputs) {
    const bool gradient = torch::GradMode::is_enabled() &&
                          std::any_of(inputs.begin(), inputs.end(),
                                      [](const Tensor& t) { return t.requires_grad(); });
    if (!gradient) return recur(cell == Cell::Lstm, inputs, false).outs;
    return FusedFunction::apply(cell == Cell::Lstm, at::TensorList(inputs));
}

// One LSTM step for one review: g (the step's input projection, 4H) += W_hh h, as H scaled
// rows of W_hh^T added to g (each output accumulates in order, so the loop vectorizes without
// reassociation), then the gate activations and the new c and h.
SENTIMENT_VECTOR_CLONES void lstmStep(float* __restrict g, const float* __restrict whhT,
                                      float* __restrict h, const float* __restrict cPrev,
                                      float* __restrict c, std::int64_t H) {
    const std::int64_t G = 4 * H;
    for (std::int64_t k = 0; k < H; ++k) {
        const float hk = h[k];
        const float* row = whhT + k * G;
        for (std::int64_t j = 0; j < G; ++j) g[j] += hk * row[j];
    }
    lstmPointwise(g, cPrev, c, nullptr, h, 1, H);
}

// Inference on one review (batch 1, no gradient): per step one pass over W_hh and the gates in
// plain loops instead of a handful of tensor operations; what the Predict page and `predict` run.
// `gates` holds the input projections [T, 4H] and becomes the activations.
Tensor lstmSingleRecurrence(Tensor gates, const Tensor& whh) {
    const auto T = gates.size(0), H = whh.size(1);
    const auto whhT = whh.t().contiguous();  // [H, 4H]
    auto out = torch::empty({T, 1, H}, gates.options());
    const auto n = static_cast<std::size_t>(H);
    std::vector<float> h(n, 0.0f), c(n, 0.0f),
        next(n);  // the cell state and the next one, alternating
    float* g = gates.data_ptr<float>();
    float* op = out.data_ptr<float>();
    const float* w = whhT.data_ptr<float>();
    for (int64_t t = 0; t < T; ++t) {
        lstmStep(g + t * 4 * H, w, h.data(), c.data(), next.data(), H);
        c.swap(next);
        std::copy(h.begin(), h.end(), op + t * H);
    }
    return out;
}

Tensor singleGates(const Tensor& x, const Tensor& wih, const Tensor& bih, const Tensor& bhh) {
    return project(x, wih, bih, bhh).view({x.size(0), wih.size(0)}).contiguous();
}

bool singleReviewInference(Cell cell, const Tensor& x, const Tensor& weightIh) {
    return cell == Cell::Lstm && x.size(1) == 1 && x.scalar_type() == torch::kFloat &&
           !(torch::GradMode::is_enabled() && (x.requires_grad() || weightIh.requires_grad()));
}

}  // namespace

bool FusedRecurrentLayer::supports(Cell cell) {
    return cell == Cell::Lstm || cell == Cell::Rnn;
}

bool FusedRecurrentLayer::singleReview(Cell cell, const torch::Tensor& input,
                                       const torch::Tensor& weightIh) {
    return singleReviewInference(cell, input, weightIh);
}

torch::Tensor FusedRecurrentLayer::forward(Cell cell, const torch::Tensor& input,
                                           const torch::Tensor& weightIh,
                                           const torch::Tensor& weightHh,
                                           const torch::Tensor& biasIh,
                                           const torch::Tensor& biasHh) {
    const auto x = input.contiguous();
    if (singleReviewInference(cell, x, weightIh)) {
        return lstmSingleRecurrence(singleGates(x, weightIh, biasIh, biasHh), weightHh);
    }
    return fused(cell, {x, weightIh, weightHh, biasIh, biasHh})[0];
}

std::pair<torch::Tensor, torch::Tensor> FusedRecurrentLayer::forwardBoth(
    Cell cell, const torch::Tensor& forwardInput, const std::vector<torch::Tensor>& forwardWeights,
    const torch::Tensor& backwardInput, const std::vector<torch::Tensor>& backwardWeights) {
    const auto& f = forwardWeights;
    const auto& b = backwardWeights;
    const auto xf = forwardInput.contiguous(), xb = backwardInput.contiguous();
    if (!singleReviewInference(cell, xf, f[0]) || !singleReviewInference(cell, xb, b[0])) {
        const auto outs = fused(cell, {xf, f[0], f[1], f[2], f[3], xb, b[0], b[1], b[2], b[3]});
        return {outs[0], outs[1]};
    }
    // The input projections use every thread; then the two recurrences, which share nothing,
    // run side by side, each with its own W_hh in its own core's cache.
    auto gf = singleGates(xf, f[0], f[2], f[3]);
    auto gb = singleGates(xb, b[0], b[2], b[3]);
    if (at::get_num_threads() < 2)
        return {lstmSingleRecurrence(gf, f[1]), lstmSingleRecurrence(gb, b[1])};
    torch::Tensor backwardOut;
    std::thread other([&] { backwardOut = lstmSingleRecurrence(gb, b[1]); });
    auto forwardOut = lstmSingleRecurrence(gf, f[1]);
    other.join();
    return {forwardOut, backwardOut};
}

}  // namespace sentiment::model
