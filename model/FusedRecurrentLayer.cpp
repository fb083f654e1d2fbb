#include "model/FusedRecurrentLayer.h"

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
    return torch::addmm(bih + bhh, x.reshape({T * B, x.size(2)}), wih.t()).view({T, B, wih.size(0)});
}

// The weight and input gradients from the pre-activation gradients of all steps.
variable_list weightGradients(const Tensor& dgates, const Tensor& x, const Tensor& out, const Tensor& wih) {
    const auto T = x.size(0), B = x.size(1), G = dgates.size(2), H = out.size(2);
    const auto dg = dgates.view({T * B, G});
    const auto dwih = dg.t().mm(x.reshape({T * B, x.size(2)}));
    // h_{t-1}: zero before the first step.
    auto dwhh = torch::zeros({G, H}, out.options());
    if (T > 1) dwhh = dgates.narrow(0, 1, T - 1).reshape({(T - 1) * B, G}).t().mm(out.narrow(0, 0, T - 1).reshape({(T - 1) * B, H}));
    const auto db = dg.sum(0);
    const auto dx = dg.mm(wih).view({T, B, x.size(2)});
    return {dx, dwih, dwhh, db, db};
}

// d[i] = (1 - h[i]^2) * (dh[i] + go[i]): the tanh RNN's step backward.
void tanhBackward(float* __restrict d, const float* __restrict h, const float* __restrict dh,
                  const float* __restrict go, std::int64_t n) {
    for (std::int64_t i = 0; i < n; ++i) d[i] = (1.0f - h[i] * h[i]) * (dh[i] + go[i]);
}

struct LstmFunction : public torch::autograd::Function<LstmFunction> {
    static Tensor forward(AutogradContext* ctx, const Tensor& x, const Tensor& wih, const Tensor& whh, const Tensor& bih,
                          const Tensor& bhh) {
        const auto T = x.size(0), B = x.size(1), H = whh.size(1);
        auto gates = project(x, wih, bih, bhh);  // becomes the activations i, f, g, o
        auto out = torch::empty({T, B, H}, x.options());
        auto cells = torch::empty({T, B, H}, x.options());
        auto tanhCells = torch::empty({T, B, H}, x.options());
        auto h = torch::zeros({B, H}, x.options());
        auto c = torch::zeros({B, H}, x.options());
        const auto whhT = whh.t();
        for (int64_t t = 0; t < T; ++t) {
            auto g = gates[t];
            g.addmm_(h, whhT);
            g.narrow(1, 0, 2 * H).sigmoid_();
            g.narrow(1, 2 * H, H).tanh_();
            g.narrow(1, 3 * H, H).sigmoid_();
            auto ct = cells[t];
            torch::mul_out(ct, g.narrow(1, H, H), c);       // f * c
            ct.addcmul_(g.narrow(1, 0, H), g.narrow(1, 2 * H, H));  // + i * g
            auto tc = tanhCells[t];
            torch::tanh_out(tc, ct);
            auto ht = out[t];
            torch::mul_out(ht, g.narrow(1, 3 * H, H), tc);  // o * tanh(c)
            h = ht;
            c = ct;
        }
        ctx->save_for_backward({x, wih, whh, gates, cells, tanhCells, out});
        return out;
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads) {
        const auto saved = ctx->get_saved_variables();
        const auto &x = saved[0], &wih = saved[1], &whh = saved[2], &gates = saved[3], &cells = saved[4],
                   &tanhCells = saved[5], &out = saved[6];
        const auto T = x.size(0), B = x.size(1), H = whh.size(1);
        const auto gradOut = grads[0].defined() ? grads[0].contiguous() : torch::zeros_like(out);
        auto dgates = torch::empty({T, B, 4 * H}, x.options());
        auto dh = torch::zeros({B, H}, x.options());
        auto dc = torch::zeros({B, H}, x.options());
        auto tmp = torch::empty({B, H}, x.options());
        for (int64_t t = T - 1; t >= 0; --t) {
            const auto g = gates[t];
            const auto i = g.narrow(1, 0, H), f = g.narrow(1, H, H), gg = g.narrow(1, 2 * H, H), o = g.narrow(1, 3 * H, H);
            const auto tc = tanhCells[t];
            dh.add_(gradOut[t]);
            auto d = dgates[t];
            auto di = d.narrow(1, 0, H), df = d.narrow(1, H, H), dg = d.narrow(1, 2 * H, H), dout = d.narrow(1, 3 * H, H);
            // do = dh * tanh(c) * o * (1 - o)
            torch::mul_out(dout, dh, tc);
            dout.mul_(o).mul_(1 - o);
            // dc += dh * o * (1 - tanh(c)^2)
            torch::mul_out(tmp, tc, tc);
            tmp.neg_().add_(1).mul_(o).mul_(dh);
            dc.add_(tmp);
            // di = dc * g * i * (1 - i); dg = dc * i * (1 - g^2); df = dc * c_prev * f * (1 - f)
            torch::mul_out(di, dc, gg);
            di.mul_(i).mul_(1 - i);
            torch::mul_out(dg, gg, gg);
            dg.neg_().add_(1).mul_(i).mul_(dc);
            if (t > 0) {
                torch::mul_out(df, dc, cells[t - 1]);
                df.mul_(f).mul_(1 - f);
            } else {
                df.zero_();
            }
            // To the previous step: dc_prev = dc * f, dh_prev = dgates W_hh.
            dc.mul_(f);
            dh = d.mm(whh);
        }
        return weightGradients(dgates, x, out, wih);
    }
};

struct RnnTanhFunction : public torch::autograd::Function<RnnTanhFunction> {
    static Tensor forward(AutogradContext* ctx, const Tensor& x, const Tensor& wih, const Tensor& whh, const Tensor& bih,
                          const Tensor& bhh) {
        const auto T = x.size(0), B = x.size(1), H = whh.size(1);
        auto out = project(x, wih, bih, bhh);  // becomes h
        const auto whhT = whh.t();
        for (int64_t t = 0; t < T; ++t) {
            auto ht = out[t];
            if (t > 0) ht.addmm_(out[t - 1], whhT);
            ht.tanh_();
        }
        (void)B;
        (void)H;
        ctx->save_for_backward({x, wih, whh, out});
        return out;
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads) {
        const auto saved = ctx->get_saved_variables();
        const auto &x = saved[0], &wih = saved[1], &whh = saved[2], &out = saved[3];
        const auto T = x.size(0), B = x.size(1), H = whh.size(1);
        const auto gradOut = grads[0].defined() ? grads[0].contiguous() : torch::zeros_like(out);
        auto dpre = torch::empty({T, B, H}, x.options());
        auto dh = torch::zeros({B, H}, x.options());
        const auto n = B * H;
        const float* go = gradOut.data_ptr<float>();
        const float* h = out.data_ptr<float>();
        float* dp = dpre.data_ptr<float>();
        float* dhp = dh.data_ptr<float>();
        for (int64_t t = T - 1; t >= 0; --t) {
            // d = (1 - h^2) * (dh + dL/dh_t), in one pass instead of five tensor operations.
            tanhBackward(dp + t * n, h + t * n, dhp, go + t * n, n);
            torch::mm_out(dh, dpre[t], whh);
        }
        return weightGradients(dpre, x, out, wih);
    }
};

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

inline float vectorSigmoid(float x) { return 1.0f / (1.0f + vectorExp(-x)); }
inline float vectorTanh(float x) { return 2.0f / (1.0f + vectorExp(-2.0f * x)) - 1.0f; }

// One LSTM step for one review: g (the step's input projection, 4H) += W_hh h, as H scaled
// rows of W_hh^T added to g (each output accumulates in order, so the loop vectorizes without
// reassociation), then the gate activations and the new c and h.
__attribute__((target_clones("arch=x86-64-v3", "default"))) void lstmStep(float* __restrict g,
                                                                           const float* __restrict whhT,
                                                                           float* __restrict h, float* __restrict c,
                                                                           std::int64_t H) {
    const std::int64_t G = 4 * H;
    for (std::int64_t k = 0; k < H; ++k) {
        const float hk = h[k];
        const float* row = whhT + k * G;
        for (std::int64_t j = 0; j < G; ++j) g[j] += hk * row[j];
    }
    for (std::int64_t j = 0; j < 2 * H; ++j) g[j] = vectorSigmoid(g[j]);
    for (std::int64_t j = 2 * H; j < 3 * H; ++j) g[j] = vectorTanh(g[j]);
    for (std::int64_t j = 3 * H; j < G; ++j) g[j] = vectorSigmoid(g[j]);
    for (std::int64_t j = 0; j < H; ++j) {
        c[j] = g[H + j] * c[j] + g[j] * g[2 * H + j];
        h[j] = g[3 * H + j] * vectorTanh(c[j]);
    }
}

// Inference on one review (batch 1, no gradient): per step one pass over W_hh and the gates in
// plain loops instead of a handful of tensor operations; what the Predict page and `predict` run.
// `gates` holds the input projections [T, 4H] and becomes the activations.
Tensor lstmSingleRecurrence(Tensor gates, const Tensor& whh) {
    const auto T = gates.size(0), H = whh.size(1);
    const auto whhT = whh.t().contiguous();  // [H, 4H]
    auto out = torch::empty({T, 1, H}, gates.options());
    std::vector<float> h(static_cast<std::size_t>(H), 0.0f), c(static_cast<std::size_t>(H), 0.0f);
    float* g = gates.data_ptr<float>();
    float* op = out.data_ptr<float>();
    const float* w = whhT.data_ptr<float>();
    for (int64_t t = 0; t < T; ++t) {
        lstmStep(g + t * 4 * H, w, h.data(), c.data(), H);
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

bool FusedRecurrentLayer::supports(Cell cell) { return cell == Cell::Lstm || cell == Cell::Rnn; }

bool FusedRecurrentLayer::singleReview(Cell cell, const torch::Tensor& input, const torch::Tensor& weightIh) {
    return singleReviewInference(cell, input, weightIh);
}

torch::Tensor FusedRecurrentLayer::forward(Cell cell, const torch::Tensor& input, const torch::Tensor& weightIh,
                                           const torch::Tensor& weightHh, const torch::Tensor& biasIh,
                                           const torch::Tensor& biasHh) {
    const auto x = input.contiguous();
    if (singleReviewInference(cell, x, weightIh)) {
        return lstmSingleRecurrence(singleGates(x, weightIh, biasIh, biasHh), weightHh);
    }
    if (cell == Cell::Lstm) return LstmFunction::apply(x, weightIh, weightHh, biasIh, biasHh);
    return RnnTanhFunction::apply(x, weightIh, weightHh, biasIh, biasHh);
}

std::pair<torch::Tensor, torch::Tensor> FusedRecurrentLayer::forwardBoth(Cell cell, const torch::Tensor& forwardInput,
                                                                         const std::vector<torch::Tensor>& forwardWeights,
                                                                         const torch::Tensor& backwardInput,
                                                                         const std::vector<torch::Tensor>& backwardWeights) {
    const auto& f = forwardWeights;
    const auto& b = backwardWeights;
    const auto xf = forwardInput.contiguous(), xb = backwardInput.contiguous();
    if (!singleReviewInference(cell, xf, f[0]) || !singleReviewInference(cell, xb, b[0])) {
        return {forward(cell, xf, f[0], f[1], f[2], f[3]), forward(cell, xb, b[0], b[1], b[2], b[3])};
    }
    // The input projections use every thread; then the two recurrences, which share nothing,
    // run side by side, each with its own W_hh in its own core's cache.
    auto gf = singleGates(xf, f[0], f[2], f[3]);
    auto gb = singleGates(xb, b[0], b[2], b[3]);
    if (at::get_num_threads() < 2) return {lstmSingleRecurrence(gf, f[1]), lstmSingleRecurrence(gb, b[1])};
    torch::Tensor backwardOut;
    std::thread other([&] { backwardOut = lstmSingleRecurrence(gb, b[1]); });
    auto forwardOut = lstmSingleRecurrence(gf, f[1]);
    other.join();
    return {forwardOut, backwardOut};
}

}  // namespace sentiment::model
