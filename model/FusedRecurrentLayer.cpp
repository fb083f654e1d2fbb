#include "model/FusedRecurrentLayer.h"

#include <cmath>
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
        for (int64_t t = T - 1; t >= 0; --t) {
            dh.add_(gradOut[t]);
            auto d = dpre[t];
            torch::mul_out(d, out[t], out[t]);
            d.neg_().add_(1).mul_(dh);  // (1 - h^2) * dh
            dh = d.mm(whh);
        }
        return weightGradients(dpre, x, out, wih);
    }
};

// Inference on one review (batch 1, no gradient): per step one matrix-vector product and a
// plain loop over the gates, instead of a handful of tensor operations; what the Predict page
// and `predict` run.
Tensor lstmSingle(const Tensor& x, const Tensor& wih, const Tensor& whh, const Tensor& bih, const Tensor& bhh) {
    const auto T = x.size(0), H = whh.size(1);
    auto gates = project(x, wih, bih, bhh).view({T, 4 * H});
    auto out = torch::empty({T, 1, H}, x.options());
    auto h = torch::zeros({H}, x.options());
    std::vector<float> c(static_cast<std::size_t>(H), 0.0f);
    float* hp = h.data_ptr<float>();
    float* op = out.data_ptr<float>();
    for (int64_t t = 0; t < T; ++t) {
        auto gt = gates[t];
        gt.addmv_(whh, h);
        const float* g = gt.data_ptr<float>();
        for (int64_t j = 0; j < H; ++j) {
            const float i = 1.0f / (1.0f + std::exp(-g[j]));
            const float f = 1.0f / (1.0f + std::exp(-g[H + j]));
            const float gg = std::tanh(g[2 * H + j]);
            const float o = 1.0f / (1.0f + std::exp(-g[3 * H + j]));
            auto& cj = c[static_cast<std::size_t>(j)];
            cj = f * cj + i * gg;
            hp[j] = o * std::tanh(cj);
        }
        std::copy(hp, hp + H, op + t * H);
    }
    return out;
}

}  // namespace

bool FusedRecurrentLayer::supports(Cell cell) { return cell == Cell::Lstm || cell == Cell::Rnn; }

torch::Tensor FusedRecurrentLayer::forward(Cell cell, const torch::Tensor& input, const torch::Tensor& weightIh,
                                           const torch::Tensor& weightHh, const torch::Tensor& biasIh,
                                           const torch::Tensor& biasHh) {
    const auto x = input.contiguous();
    if (cell == Cell::Lstm && x.size(1) == 1 && x.scalar_type() == torch::kFloat &&
        !(torch::GradMode::is_enabled() && (x.requires_grad() || weightIh.requires_grad()))) {
        return lstmSingle(x, weightIh, weightHh, biasIh, biasHh);
    }
    if (cell == Cell::Lstm) return LstmFunction::apply(x, weightIh, weightHh, biasIh, biasHh);
    return RnnTanhFunction::apply(x, weightIh, weightHh, biasIh, biasHh);
}

}  // namespace sentiment::model
