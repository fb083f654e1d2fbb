#include "model/RecurrentStack.h"

#include <cmath>

#include "model/DnnlRecurrentLayer.h"
#include "model/FastDropout.h"
#include "model/FusedRecurrentLayer.h"

namespace sentiment::model {

namespace {

// Rows of a [T, B, F] tensor taken as [T * B, F] in the order `rows`.
torch::Tensor takeRows(const torch::Tensor& x, const torch::Tensor& rows) {
    return x.reshape({x.size(0) * x.size(1), x.size(2)}).index_select(0, rows).view(x.sizes());
}

// A reordering of steps that is its own inverse (each review reversed within its length), so
// its gradient is the same reordering: rows copied, where gather's gradient is a scatter_add
// (about twice the time on a [256, 64, 512] batch).
struct SelfInverseRows : public torch::autograd::Function<SelfInverseRows> {
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x,
                                 const torch::Tensor& rows) {
        ctx->saved_data["rows"] = rows;
        return takeRows(x, rows);
    }
    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list grads) {
        if (!grads[0].defined()) return {torch::Tensor(), torch::Tensor()};
        return {takeRows(grads[0], ctx->saved_data["rows"].toTensor()), torch::Tensor()};
    }
};

}  // namespace

RecurrentStackImpl::RecurrentStackImpl(Cell cell, std::int64_t input, std::int64_t hidden,
                                       std::int64_t layers, bool bidirectional, double dropout)
    : cell_(cell),
      hidden_(hidden),
      layers_(layers),
      bidirectional_(bidirectional),
      dropout_(dropout) {
    const std::int64_t g = gates();
    const double bound = 1.0 / std::sqrt(static_cast<double>(hidden));
    for (std::int64_t l = 0; l < layers; ++l) {
        const std::int64_t in = l == 0 ? input : hidden * (bidirectional ? 2 : 1);
        for (int d = 0; d < (bidirectional ? 2 : 1); ++d) {
            const std::string suffix = std::to_string(l) + (d == 1 ? "_reverse" : "");
            // PyTorch's RNN initialisation: every weight and bias from U(-1/sqrt(h), 1/sqrt(h)).
            auto make = [&](const std::string& name, std::vector<std::int64_t> shape) {
                auto t = register_parameter(name + suffix, torch::empty(shape));
                torch::NoGradGuard guard;
                t.uniform_(-bound, bound);
                flat_.push_back(t);
            };
            make("weight_ih_l", {g * hidden, in});
            make("weight_hh_l", {g * hidden, hidden});
            make("bias_ih_l", {g * hidden});
            make("bias_hh_l", {g * hidden});
        }
    }
}

bool RecurrentStackImpl::setBf16(bool on) {
    bf16_ = on && DnnlRecurrentLayer::supportsBf16();
    return bf16_;
}

std::int64_t RecurrentStackImpl::gates() const {
    switch (cell_) {
        case Cell::Lstm:
            return 4;
        case Cell::Gru:
            return 3;
        case Cell::Rnn:
            return 1;
    }
    return 1;
}

std::vector<torch::Tensor> RecurrentStackImpl::weights(std::int64_t layer, bool reverse) const {
    const std::size_t at =
        static_cast<std::size_t>((layer * (bidirectional_ ? 2 : 1) + (reverse ? 1 : 0)) * 4);
    return {flat_.begin() + static_cast<std::ptrdiff_t>(at),
            flat_.begin() + static_cast<std::ptrdiff_t>(at + 4)};
}

// Which CPU engine runs a layer. bf16 is oneDNN's alone; one review without gradients is the
// hand-written single-review kernel's. Otherwise measured on a 2-core AMD EPYC (Zen 3, AVX2),
// advanced model (docs/BENCHMARKS.md): training batches are faster through FusedRecurrentLayer
// (5,674 against 4,306 tokens/s on one batch, and 1.2 GB against 2.0 GB peak resident, oneDNN
// keeping a bigger workspace), evaluation batches through oneDNN's inference primitive (a
// 2,500-review valid pass 38 s against 48 s); GRU has no fused layer, so oneDNN runs it (else
// LibTorch).
bool RecurrentStackImpl::useDnnl(const torch::Tensor& x, const torch::Tensor& weightIh) const {
    if (bf16_) return true;
    if (!DnnlRecurrentLayer::available() || FusedRecurrentLayer::singleReview(cell_, x, weightIh))
        return false;
    if (!FusedRecurrentLayer::supports(cell_)) return true;
    switch (DnnlRecurrentLayer::chosenByEnvironment()) {
        case DnnlRecurrentLayer::Engine::Fused:
            return false;
        case DnnlRecurrentLayer::Engine::Dnnl:
            return true;
        case DnnlRecurrentLayer::Engine::Measured:
            break;
    }
    const bool gradient =
        torch::GradMode::is_enabled() && (x.requires_grad() || weightIh.requires_grad());
    return !gradient;
}

// One layer, one direction, over a padded [T, B, F] tensor; returns the outputs [T, B, H].
torch::Tensor RecurrentStackImpl::run(const torch::Tensor& x, std::int64_t layer, bool reverse) {
    const auto w = weights(layer, reverse);
    if (probe_ && layer + 1 == layers_ && !reverse) return stepwise(x, w);
    if (x.device().is_cpu()) {
        if (useDnnl(x, w[0]))
            return DnnlRecurrentLayer::forward(cell_, x, w[0], w[1], w[2], w[3], bf16_);
        if (FusedRecurrentLayer::supports(cell_))
            return FusedRecurrentLayer::forward(cell_, x, w[0], w[1], w[2], w[3]);
    }
    const auto h0 = torch::zeros({1, x.size(1), hidden_}, x.options());
    switch (cell_) {
        case Cell::Lstm:
            return std::get<0>(
                torch::lstm(x, {h0, h0}, w, true, 1, 0.0, is_training(), false, false));
        case Cell::Gru:
            return std::get<0>(torch::gru(x, h0, w, true, 1, 0.0, is_training(), false, false));
        case Cell::Rnn:
            return std::get<0>(
                torch::rnn_tanh(x, h0, w, true, 1, 0.0, is_training(), false, false));
    }
    return {};
}

// One layer, one direction, one step at a time with LibTorch's cells, keeping every h_t.
torch::Tensor RecurrentStackImpl::stepwise(const torch::Tensor& x,
                                           const std::vector<torch::Tensor>& w) {
    probed_.clear();
    auto h = torch::zeros({x.size(1), hidden_}, x.options());
    auto c = h;
    std::vector<torch::Tensor> outputs;
    outputs.reserve(static_cast<std::size_t>(x.size(0)));
    for (std::int64_t t = 0; t < x.size(0); ++t) {
        switch (cell_) {
            case Cell::Lstm:
                std::tie(h, c) = torch::lstm_cell(x[t], {h, c}, w[0], w[1], w[2], w[3]);
                break;
            case Cell::Gru:
                h = torch::gru_cell(x[t], h, w[0], w[1], w[2], w[3]);
                break;
            case Cell::Rnn:
                h = torch::rnn_tanh_cell(x[t], h, w[0], w[1], w[2], w[3]);
                break;
        }
        probed_.push_back(h);
        outputs.push_back(h);
    }
    return torch::stack(outputs);
}

torch::Tensor RecurrentStackImpl::finalStates(const torch::Tensor& input,
                                              const torch::Tensor& lengths, RnnInput mode) {
    return mode == RnnInput::Packed ? packed(input, lengths) : padded(input, lengths);
}

torch::Tensor RecurrentStackImpl::padded(const torch::Tensor& input, const torch::Tensor& lengths) {
    const auto T = input.size(0);
    const auto B = input.size(1);
    const auto len = lengths.to(input.device(), torch::kLong);
    // Reversal of each sequence within its own length (its own inverse): t -> len-1-t for t < len.
    torch::Tensor reverseRows;  // row t * B + b of the reversed batch is row reverseRows[t * B + b]
    if (bidirectional_) {
        const auto t = torch::arange(T, len.options()).unsqueeze(1);
        const auto L = len.unsqueeze(0);
        reverseRows =
            (torch::where(t < L, L - 1 - t, t) * B + torch::arange(B, len.options()).unsqueeze(0))
                .view({-1});
    }
    auto reverseWithin = [&](const torch::Tensor& x) {
        return SelfInverseRows::apply(x, reverseRows);
    };
    const auto last = (len - 1).clamp_min(0).view({1, B, 1}).expand({1, B, hidden_});
    torch::Tensor x = input;
    for (std::int64_t l = 0; l < layers_; ++l) {
        torch::Tensor forward, backwardReversed;
        // Both directions of a layer as one node, their recurrences side by side.
        const bool probed = probe_ && l + 1 == layers_;  // the top layer's states, one by one
        const bool dnnl = !probed && x.device().is_cpu() && useDnnl(x, weights(l, false)[0]);
        if (bidirectional_ && dnnl) {
            std::tie(forward, backwardReversed) = DnnlRecurrentLayer::forwardBoth(
                cell_, x, weights(l, false), reverseWithin(x), weights(l, true), bf16_);
        } else if (!probed && bidirectional_ && x.device().is_cpu() &&
                   FusedRecurrentLayer::supports(cell_)) {
            std::tie(forward, backwardReversed) = FusedRecurrentLayer::forwardBoth(
                cell_, x, weights(l, false), reverseWithin(x), weights(l, true));
        } else {
            forward = run(x, l, false);
            if (bidirectional_) backwardReversed = run(reverseWithin(x), l, true);
        }
        if (l + 1 == layers_) {
            auto fwdFinal = forward.gather(0, last).squeeze(0);
            if (!bidirectional_) return fwdFinal;
            auto bwdFinal = backwardReversed.gather(0, last).squeeze(0);
            return torch::cat({fwdFinal, bwdFinal}, 1);
        }
        x = bidirectional_ ? torch::cat({forward, reverseWithin(backwardReversed)}, 2) : forward;
        x = FastDropout::apply(x, dropout_, is_training());
    }
    return {};  // not reached: the loop returns at the top layer (layers_ >= 1)
}

torch::Tensor RecurrentStackImpl::packed(const torch::Tensor& input, const torch::Tensor& lengths) {
    const auto seq = torch::nn::utils::rnn::pack_padded_sequence(
        input, lengths.to(torch::kCPU, torch::kLong),
        /*batch_first=*/false, /*enforce_sorted=*/false);
    const auto B = input.size(1);
    const auto directions = bidirectional_ ? 2 : 1;
    const auto h0 = torch::zeros({directions, B, hidden_}, input.options());
    // One layer at a time, with the dropout between layers drawn here: LibTorch's own inter-layer
    // dropout would draw from its global generator, not the run's (RunGenerator).
    torch::Tensor x = seq.data(), hn;
    for (std::int64_t l = 0; l < layers_; ++l) {
        auto layer = weights(l, false);
        if (bidirectional_) {
            const auto reverse = weights(l, true);
            layer.insert(layer.end(), reverse.begin(), reverse.end());
        }
        std::tuple<torch::Tensor, torch::Tensor> out;
        switch (cell_) {
            case Cell::Lstm: {
                auto lstm = torch::lstm(x, seq.batch_sizes(), {h0, h0}, layer, true, 1, 0.0,
                                        is_training(), bidirectional_);
                out = {std::get<0>(lstm), std::get<1>(lstm)};
                break;
            }
            case Cell::Gru:
                out = torch::gru(x, seq.batch_sizes(), h0, layer, true, 1, 0.0, is_training(),
                                 bidirectional_);
                break;
            case Cell::Rnn:
                out = torch::rnn_tanh(x, seq.batch_sizes(), h0, layer, true, 1, 0.0, is_training(),
                                      bidirectional_);
                break;
        }
        x = std::get<0>(out);
        hn = std::get<1>(out);
        if (l + 1 < layers_) x = FastDropout::apply(x, dropout_, is_training());
    }
    // The states come in the packed (sorted) order: back to the batch's order.
    if (seq.unsorted_indices().defined()) hn = hn.index_select(1, seq.unsorted_indices());
    if (!bidirectional_) return hn[-1];
    return torch::cat({hn[-2], hn[-1]}, 1);
}

torch::Tensor RecurrentStackImpl::lastStep(const torch::Tensor& input) {
    torch::Tensor x = input;
    for (std::int64_t l = 0; l < layers_; ++l) {
        x = run(x, l, false);
        if (l + 1 < layers_) x = FastDropout::apply(x, dropout_, is_training());
    }
    return x[-1];
}

}  // namespace sentiment::model
