#include "model/DnnlRecurrentLayer.h"

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "model/Bf16Matrix.h"

#if SENTIMENT_LAB_HAVE_DNNL
#include <omp.h>

#include "model/DnnlApi.h"
#endif

namespace sentiment::model {

DnnlRecurrentLayer::Engine DnnlRecurrentLayer::chosenByEnvironment() {
    static const Engine chosen = [] {
        const char* engine = std::getenv("SENTIMENT_LAB_RNN_ENGINE");
        const std::string_view name = engine != nullptr ? engine : "";
        return name == "fused" ? Engine::Fused : name == "onednn" ? Engine::Dnnl : Engine::Measured;
    }();
    return chosen;
}

#if SENTIMENT_LAB_HAVE_DNNL

namespace {

using dnnl::memory;
using torch::Tensor;
using torch::autograd::AutogradContext;
using torch::autograd::variable_list;
using tag = memory::format_tag;
using dt = memory::data_type;

dnnl::engine& cpuEngine() {
    static dnnl::engine engine(dnnl::engine::kind::cpu, 0);
    return engine;
}

std::int64_t gatesOf(Cell cell) {
    return cell == Cell::Lstm ? 4 : cell == Cell::Gru ? 3 : 1;
}
// Linear-before-reset GRU (PyTorch's GRU) keeps the recurrent candidate bias apart: 4 biases.
std::int64_t biasGatesOf(Cell cell) {
    return cell == Cell::Gru ? 4 : gatesOf(cell);
}

// PyTorch's GRU gates are r, z, n; oneDNN's are u (= z), r, o (= n): the first two swap. LSTM
// (i, f, g, o) and RNN have the same order in both. The swap is its own inverse.
Tensor toDnnlGateOrder(Cell cell, const Tensor& w) {
    if (cell != Cell::Gru) return w.contiguous();
    const auto parts = w.chunk(3, 0);
    return torch::cat({parts[1], parts[0], parts[2]}, 0);
}

Tensor dnnlBias(Cell cell, const Tensor& bih, const Tensor& bhh) {
    if (cell != Cell::Gru) return (bih + bhh).contiguous();
    const auto i = bih.chunk(3, 0), h = bhh.chunk(3, 0);
    return torch::cat({i[1] + h[1], i[0] + h[0], i[2], h[2]}, 0);
}

// The data types of a bf16 configuration besides the bf16 inputs, outputs and weights. oneDNN
// versions and CPUs differ in which they implement (the LSTM cell state and the gradients of
// weights and states in float or bf16): supportsBf16() asks for each in turn, float first, and
// keeps the first one this oneDNN builds.
struct Bf16Types {
    dt cellState = dt::f32, diffWeights = dt::f32, diffIter = dt::f32, diffData = dt::bf16;
};

// Shapes and memory descriptors of one layer-direction; weights in the layout oneDNN chooses.
struct Shape {
    Cell cell;
    std::int64_t T, N, I, H;
    dt type;  // of the layer input/output, the hidden states and the weights; biases stay f32
    Bf16Types bf16{};

    bool isBf16() const { return type == dt::bf16; }
    dt cellStateType() const { return isBf16() ? bf16.cellState : dt::f32; }
    dt diffWeightsType() const { return isBf16() ? bf16.diffWeights : dt::f32; }
    dt diffIterType() const { return isBf16() ? bf16.diffIter : dt::f32; }
    dt diffDataType() const { return isBf16() ? bf16.diffData : dt::f32; }

    memory::dims src() const { return {T, N, I}; }
    memory::dims dst() const { return {T, N, H}; }
    memory::dims iter() const { return {1, 1, N, H}; }
    memory::dims weightsLayer() const { return {1, 1, I, gatesOf(cell), H}; }
    memory::dims weightsIter() const { return {1, 1, H, gatesOf(cell), H}; }
    memory::dims bias() const { return {1, 1, biasGatesOf(cell), H}; }
    memory::desc srcMd() const { return {src(), type, tag::tnc}; }
    memory::desc dstMd() const { return {dst(), type, tag::tnc}; }
    memory::desc iterMd() const { return {iter(), type, tag::ldnc}; }
    memory::desc iterCMd() const { return {iter(), cellStateType(), tag::ldnc}; }
    memory::desc weightsLayerAny() const { return {weightsLayer(), type, tag::any}; }
    memory::desc weightsIterAny() const { return {weightsIter(), type, tag::any}; }
    memory::desc biasMd() const { return {bias(), dt::f32, tag::ldgo}; }
    memory::desc diffSrcMd() const { return {src(), diffDataType(), tag::tnc}; }
    memory::desc diffDstMd() const { return {dst(), diffDataType(), tag::tnc}; }
    memory::desc diffWeightsLayerAny() const {
        return {weightsLayer(), diffWeightsType(), tag::any};
    }
    memory::desc diffWeightsIterAny() const { return {weightsIter(), diffWeightsType(), tag::any}; }
    memory::desc diffIterMd() const { return {iter(), diffIterType(), tag::ldnc}; }
    memory::desc diffIterCMd() const { return {iter(), cellStateType(), tag::ldnc}; }
};

constexpr auto kDirection = dnnl::rnn_direction::unidirectional_left2right;

// Scratch memory comes from us (LibTorch's allocator, whose cache keeps big blocks), not from
// oneDNN's own mallocs: those were mapped, faulted in and unmapped again on every call.
const dnnl::primitive_attr& userScratchpad() {
    static const dnnl::primitive_attr attr = [] {
        dnnl::primitive_attr a;
        a.set_scratchpad_mode(dnnl::scratchpad_mode::user);
        return a;
    }();
    return attr;
}

template <class Primitive, class... Args>
typename Primitive::primitive_desc forwardDescriptor(const Args&... args) {
    return dnnl_api::forward<Primitive>(cpuEngine(), userScratchpad(), args...);
}
template <class Primitive, class Hint, class... Args>
typename Primitive::primitive_desc backwardDescriptor(const Hint& forward, const Args&... args) {
    return dnnl_api::backward<Primitive>(cpuEngine(), userScratchpad(), forward, args...);
}

dnnl::lstm_forward::primitive_desc lstmForward(const Shape& s, dnnl::prop_kind prop) {
    const memory::desc none;
    return forwardDescriptor<dnnl::lstm_forward>(
        prop, kDirection, s.srcMd(), s.iterMd(), s.iterCMd(), s.weightsLayerAny(),
        s.weightsIterAny(), s.biasMd(), s.dstMd(), none, none);
}
dnnl::lbr_gru_forward::primitive_desc gruForward(const Shape& s, dnnl::prop_kind prop) {
    const memory::desc none;
    return forwardDescriptor<dnnl::lbr_gru_forward>(prop, kDirection, s.srcMd(), s.iterMd(),
                                                    s.weightsLayerAny(), s.weightsIterAny(),
                                                    s.biasMd(), s.dstMd(), none);
}
dnnl::vanilla_rnn_forward::primitive_desc rnnForward(const Shape& s, dnnl::prop_kind prop) {
    const memory::desc none;
    return forwardDescriptor<dnnl::vanilla_rnn_forward>(
        prop, dnnl::algorithm::eltwise_tanh, kDirection, s.srcMd(), s.iterMd(), s.weightsLayerAny(),
        s.weightsIterAny(), s.biasMd(), s.dstMd(), none);
}

// A primitive and what its descriptor says about memory layouts. oneDNN caches the compiled
// kernels of recently made primitives (its primitive cache), so making one per batch is cheap.
struct Step {
    dnnl::rnn_primitive_desc_base pd;
    dnnl::primitive primitive;
};

Step makeForward(const Shape& s, dnnl::prop_kind prop) {
    switch (s.cell) {
        case Cell::Lstm: {
            auto pd = lstmForward(s, prop);
            return {pd, dnnl::lstm_forward(pd)};
        }
        case Cell::Gru: {
            auto pd = gruForward(s, prop);
            return {pd, dnnl::lbr_gru_forward(pd)};
        }
        case Cell::Rnn: {
            auto pd = rnnForward(s, prop);
            return {pd, dnnl::vanilla_rnn_forward(pd)};
        }
    }
    throw std::logic_error("unknown recurrent cell");
}

Step makeBackward(const Shape& s) {
    const memory::desc none;
    const auto train = dnnl::prop_kind::forward_training;
    const auto back = dnnl::prop_kind::backward;
    switch (s.cell) {
        case Cell::Lstm: {
            auto pd = backwardDescriptor<dnnl::lstm_backward>(
                lstmForward(s, train), back, kDirection, s.srcMd(), s.iterMd(), s.iterCMd(),
                s.weightsLayerAny(), s.weightsIterAny(), s.biasMd(), s.dstMd(), none, none,
                s.diffSrcMd(), s.diffIterMd(), s.diffIterCMd(), s.diffWeightsLayerAny(),
                s.diffWeightsIterAny(), s.biasMd(), s.diffDstMd(), none, none);
            return {pd, dnnl::lstm_backward(pd)};
        }
        case Cell::Gru: {
            auto pd = backwardDescriptor<dnnl::lbr_gru_backward>(
                gruForward(s, train), back, kDirection, s.srcMd(), s.iterMd(), s.weightsLayerAny(),
                s.weightsIterAny(), s.biasMd(), s.dstMd(), none, s.diffSrcMd(), s.diffIterMd(),
                s.diffWeightsLayerAny(), s.diffWeightsIterAny(), s.biasMd(), s.diffDstMd(), none);
            return {pd, dnnl::lbr_gru_backward(pd)};
        }
        case Cell::Rnn: {
            auto pd = backwardDescriptor<dnnl::vanilla_rnn_backward>(
                rnnForward(s, train), back, dnnl::algorithm::eltwise_tanh, kDirection, s.srcMd(),
                s.iterMd(), s.weightsLayerAny(), s.weightsIterAny(), s.biasMd(), s.dstMd(), none,
                s.diffSrcMd(), s.diffIterMd(), s.diffWeightsLayerAny(), s.diffWeightsIterAny(),
                s.biasMd(), s.diffDstMd(), none);
            return {pd, dnnl::vanilla_rnn_backward(pd)};
        }
    }
    throw std::logic_error("unknown recurrent cell");
}

dt dnnlType(const Tensor& t) {
    return t.scalar_type() == torch::kBFloat16 ? dt::bf16 : dt::f32;
}

memory wrap(const Tensor& t, const memory::dims& dims, tag layout) {
    return memory({dims, dnnlType(t), layout}, cpuEngine(), t.data_ptr());
}

// Memory for `layout` in a LibTorch buffer, which `holder` keeps alive.
memory bufferFor(const memory::desc& layout, std::vector<Tensor>& holder, bool zero = false) {
    const auto bytes = static_cast<std::int64_t>(std::max<std::size_t>(layout.get_size(), 1));
    const auto options = torch::TensorOptions().dtype(torch::kUInt8);
    holder.push_back(zero ? torch::zeros({bytes}, options) : torch::empty({bytes}, options));
    return memory(layout, cpuEngine(), holder.back().data_ptr());
}

// A float weight matrix [G*H, K] in PyTorch's layout, reordered (and converted) into `layout`.
memory packedWeights(const Tensor& user, const memory::dims& dims, const memory::desc& layout,
                     dnnl::stream& stream, std::vector<Tensor>& holder) {
    auto source = wrap(user, dims, tag::ldgoi);
    auto packed = bufferFor(layout, holder);
    dnnl::reorder(source, packed).execute(stream, source, packed);
    return packed;
}

Tensor zeroState(const Shape& s, torch::ScalarType type) {
    return torch::zeros({s.N, s.H}, torch::TensorOptions().dtype(type));
}

torch::ScalarType torchTypeOf(dt type) {
    return type == dt::bf16 ? torch::kBFloat16 : torch::kFloat;
}
torch::ScalarType torchType(const Shape& s) {
    return torchTypeOf(s.type);
}

// The bf16 configuration this oneDNN builds on this CPU (empty: none). Tried once.
const std::optional<Bf16Types>& bf16Types() {
    static const std::optional<Bf16Types> chosen = []() -> std::optional<Bf16Types> {
        if (!Bf16Matrix::supported()) return std::nullopt;
        for (const dt cellState : {dt::f32, dt::bf16}) {
            for (const dt diffWeights : {dt::f32, dt::bf16}) {
                for (const dt diffIter : {dt::f32, dt::bf16}) {
                    for (const dt diffData : {dt::bf16, dt::f32}) {
                        const Bf16Types types{cellState, diffWeights, diffIter, diffData};
                        try {  // every cell, forward (training and inference) and backward
                            for (const Cell cell : {Cell::Lstm, Cell::Gru, Cell::Rnn}) {
                                const Shape s{cell, 4, 2, 8, 8, dt::bf16, types};
                                makeForward(s, dnnl::prop_kind::forward_inference);
                                makeBackward(s);
                            }
                            return types;
                        } catch (const dnnl::error&) {
                        }
                    }
                }
            }
        }
        return std::nullopt;
    }();
    return chosen;
}

Shape shapeOf(Cell cell, const Tensor& x, const Tensor& whh, bool bf16) {
    Shape s{cell, x.size(0), x.size(1), x.size(2), whh.size(1), bf16 ? dt::bf16 : dt::f32};
    if (bf16) s.bf16 = *bf16Types();
    return s;
}

// The forward pass; `workspace` (training only) receives what the backward pass needs.
Tensor runForward(const Shape& s, const Tensor& x, const Tensor& wl, const Tensor& wi,
                  const Tensor& bias, Tensor* workspace) {
    const auto prop =
        workspace ? dnnl::prop_kind::forward_training : dnnl::prop_kind::forward_inference;
    auto step = makeForward(s, prop);
    dnnl::stream stream(cpuEngine());
    std::vector<Tensor> buffers;
    auto weightsLayer =
        packedWeights(wl, s.weightsLayer(), step.pd.weights_layer_desc(), stream, buffers);
    auto weightsIter =
        packedWeights(wi, s.weightsIter(), step.pd.weights_iter_desc(), stream, buffers);
    auto out = torch::empty({s.T, s.N, s.H}, torch::TensorOptions().dtype(torchType(s)));
    const auto h0 = zeroState(s, torchType(s)), c0 = zeroState(s, torchTypeOf(s.cellStateType()));
    std::unordered_map<int, memory> args{
        {DNNL_ARG_SRC_LAYER, wrap(x, s.src(), tag::tnc)},
        {DNNL_ARG_SRC_ITER, wrap(h0, s.iter(), tag::ldnc)},
        {DNNL_ARG_WEIGHTS_LAYER, weightsLayer},
        {DNNL_ARG_WEIGHTS_ITER, weightsIter},
        {DNNL_ARG_BIAS, wrap(bias, s.bias(), tag::ldgo)},
        {DNNL_ARG_DST_LAYER, wrap(out, s.dst(), tag::tnc)},
        {DNNL_ARG_SCRATCHPAD, bufferFor(step.pd.scratchpad_desc(), buffers)}};
    if (s.cell == Cell::Lstm) args.emplace(DNNL_ARG_SRC_ITER_C, wrap(c0, s.iter(), tag::ldnc));
    if (workspace) {
        const auto bytes = static_cast<std::int64_t>(step.pd.workspace_desc().get_size());
        *workspace = torch::empty({bytes}, torch::TensorOptions().dtype(torch::kUInt8));
        args.emplace(DNNL_ARG_WORKSPACE,
                     memory(step.pd.workspace_desc(), cpuEngine(), workspace->data_ptr()));
    }
    step.primitive.execute(stream, args);
    stream.wait();
    return out;
}

// Splits the gradient of oneDNN's fused biases into PyTorch's b_ih and b_hh.
std::pair<Tensor, Tensor> biasGradients(Cell cell, const Tensor& db) {
    if (cell != Cell::Gru) return {db, db.clone()};
    const auto d = db.chunk(4, 0);  // u, r, o, o (recurrent)
    return {torch::cat({d[1], d[0], d[2]}, 0), torch::cat({d[1], d[0], d[3]}, 0)};
}

// What one direction's forward pass for training keeps for its backward pass.
struct Saved {
    Tensor x, wl, wi, bias, out, workspace;
};

// One direction's forward pass for training: the input in the primitive's type, the weights in
// oneDNN's gate order, and what the backward pass needs.
std::pair<Tensor, Saved> trainingForward(Cell cell, const Tensor& x, const Tensor& wih,
                                         const Tensor& whh, const Tensor& bih, const Tensor& bhh,
                                         bool bf16) {
    const auto s = shapeOf(cell, x, whh, bf16);
    Saved saved{x.to(torchType(s)).contiguous(),
                toDnnlGateOrder(cell, wih),
                toDnnlGateOrder(cell, whh),
                dnnlBias(cell, bih, bhh),
                Tensor(),
                Tensor()};
    saved.out = runForward(s, saved.x, saved.wl, saved.wi, saved.bias, &saved.workspace);
    return {bf16 ? saved.out.to(torch::kFloat) : saved.out, saved};
}

// One direction's backward pass: the gradients of the input, w_ih, w_hh, b_ih and b_hh
// (the input's in `inputType`).
std::vector<Tensor> trainingBackward(Cell cell, const Saved& saved, const Tensor& grad, bool bf16,
                                     torch::ScalarType inputType) {
    const auto &x = saved.x, &wl = saved.wl, &wi = saved.wi, &bias = saved.bias, &out = saved.out;
    const auto s = shapeOf(cell, x, wi, bf16);
    const auto type = torchType(s);
    const auto diffType = torchTypeOf(s.diffDataType());
    const auto gradOut = grad.defined() ? grad.to(diffType).contiguous()
                                        : torch::zeros(out.sizes(), out.options().dtype(diffType));

    auto step = makeBackward(s);
    dnnl::stream stream(cpuEngine());
    std::vector<Tensor> buffers;
    auto weightsLayer =
        packedWeights(wl, s.weightsLayer(), step.pd.weights_layer_desc(), stream, buffers);
    auto weightsIter =
        packedWeights(wi, s.weightsIter(), step.pd.weights_iter_desc(), stream, buffers);
    // oneDNN adds to the weight and bias gradients: they start at zero.
    auto dWeightsLayer = bufferFor(step.pd.diff_weights_layer_desc(), buffers, true);
    auto dWeightsIter = bufferFor(step.pd.diff_weights_iter_desc(), buffers, true);
    auto dBias = torch::zeros({biasGatesOf(cell) * s.H});
    auto dx = torch::empty({s.T, s.N, s.I}, torch::TensorOptions().dtype(diffType));
    const auto cellType = torchTypeOf(s.cellStateType());
    const auto h0 = zeroState(s, type), c0 = zeroState(s, cellType);
    // The initial states' gradients are not used, but oneDNN computes wrong weight
    // gradients when they are left out.
    auto dh0 = zeroState(s, torchTypeOf(s.diffIterType())), dc0 = zeroState(s, cellType);
    std::unordered_map<int, memory> args{
        {DNNL_ARG_SRC_LAYER, wrap(x, s.src(), tag::tnc)},
        {DNNL_ARG_SRC_ITER, wrap(h0, s.iter(), tag::ldnc)},
        {DNNL_ARG_WEIGHTS_LAYER, weightsLayer},
        {DNNL_ARG_WEIGHTS_ITER, weightsIter},
        {DNNL_ARG_BIAS, wrap(bias, s.bias(), tag::ldgo)},
        {DNNL_ARG_DST_LAYER, wrap(out, s.dst(), tag::tnc)},
        {DNNL_ARG_WORKSPACE,
         memory(step.pd.workspace_desc(), cpuEngine(), saved.workspace.data_ptr())},
        {DNNL_ARG_DIFF_SRC_LAYER, wrap(dx, s.src(), tag::tnc)},
        {DNNL_ARG_DIFF_SRC_ITER, wrap(dh0, s.iter(), tag::ldnc)},
        {DNNL_ARG_DIFF_WEIGHTS_LAYER, dWeightsLayer},
        {DNNL_ARG_DIFF_WEIGHTS_ITER, dWeightsIter},
        {DNNL_ARG_DIFF_BIAS, wrap(dBias, s.bias(), tag::ldgo)},
        {DNNL_ARG_DIFF_DST_LAYER, wrap(gradOut, s.dst(), tag::tnc)},
        {DNNL_ARG_SCRATCHPAD, bufferFor(step.pd.scratchpad_desc(), buffers)}};
    if (cell == Cell::Lstm) {
        args.emplace(DNNL_ARG_SRC_ITER_C, wrap(c0, s.iter(), tag::ldnc));
        args.emplace(DNNL_ARG_DIFF_SRC_ITER_C, wrap(dc0, s.iter(), tag::ldnc));
    }
    step.primitive.execute(stream, args);
    // Back to PyTorch's layout [G*H, K] and gate order.
    const auto G = gatesOf(cell) * s.H;
    auto dwl = torch::empty({G, s.I}), dwi = torch::empty({G, s.H});
    auto dwlUser = wrap(dwl, s.weightsLayer(), tag::ldgoi),
         dwiUser = wrap(dwi, s.weightsIter(), tag::ldgoi);
    dnnl::reorder(dWeightsLayer, dwlUser).execute(stream, dWeightsLayer, dwlUser);
    dnnl::reorder(dWeightsIter, dwiUser).execute(stream, dWeightsIter, dwiUser);
    stream.wait();
    auto [dbih, dbhh] = biasGradients(cell, dBias);
    return {dx.to(inputType), toDnnlGateOrder(cell, dwl), toDnnlGateOrder(cell, dwi), dbih, dbhh};
}

// Runs work(0) and work(1), the two directions of a layer, side by side on two halves of the
// threads. They share nothing, and one recurrence on one thread waits at no barrier per step,
// where oneDNN splits each step's small product over all threads. A std::thread, not an
// OpenMP region: inside a region oneDNN would run each direction on a single thread however
// many cores there are.
template <class Work>
void sideBySide(const Work& work) {
    const int threads = at::get_num_threads();
    if (threads < 2) {
        work(0);
        work(1);
        return;
    }
    const int half = threads / 2;
    std::exception_ptr failure;
    std::thread other([&] {
        try {
            // ATen sets a new thread's OpenMP thread count on its first use: after that, ours.
            (void)at::get_num_threads();
            omp_set_num_threads(threads - half);
            torch::NoGradGuard noGrad;
            work(1);
        } catch (...) {
            failure = std::current_exception();
        }
    });
    omp_set_num_threads(half);
    try {
        work(0);
    } catch (...) {
        omp_set_num_threads(threads);
        other.join();
        throw;
    }
    omp_set_num_threads(threads);
    other.join();
    if (failure) std::rethrow_exception(failure);
}

// Runs work(d) for each of `directions` (1 or 2): two side by side, one alone on all threads.
template <class Work>
void forEachDirection(std::size_t directions, const Work& work) {
    if (directions == 2) {
        sideBySide(work);
    } else {
        work(0);
    }
}

// One layer's directions (one, or both of a bidirectional layer) as one autograd node (inputs:
// per direction x, w_ih, w_hh, b_ih, b_hh); two run their forward and backward passes side by side.
struct DnnlFunction : public torch::autograd::Function<DnnlFunction> {
    static variable_list forward(AutogradContext* ctx, std::int64_t cellCode, bool bf16,
                                 at::TensorList inputs) {
        const auto cell = static_cast<Cell>(cellCode);
        const std::size_t directions = inputs.size() / 5;
        std::vector<Tensor> outs(directions);
        std::vector<Saved> saved(directions);
        forEachDirection(directions, [&](int d) {
            const auto i = static_cast<std::size_t>(d);
            const auto* in = &inputs[5 * i];
            std::tie(outs[i], saved[i]) =
                trainingForward(cell, in[0], in[1], in[2], in[3], in[4], bf16);
        });
        std::vector<Tensor> keep;
        for (const auto& s : saved)
            keep.insert(keep.end(), {s.x, s.wl, s.wi, s.bias, s.out, s.workspace});
        ctx->save_for_backward(keep);
        ctx->saved_data["cell"] = cellCode;
        ctx->saved_data["bf16"] = bf16;
        ctx->saved_data["input_type"] = static_cast<std::int64_t>(inputs[0].scalar_type());
        return outs;
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads) {
        const auto v = ctx->get_saved_variables();
        const auto cell = static_cast<Cell>(ctx->saved_data["cell"].toInt());
        const bool bf16 = ctx->saved_data["bf16"].toBool();
        const auto inputType =
            static_cast<torch::ScalarType>(ctx->saved_data["input_type"].toInt());
        std::vector<std::vector<Tensor>> gradients(grads.size());
        forEachDirection(grads.size(), [&](int d) {
            const auto i = static_cast<std::size_t>(d);
            const auto* s = &v[6 * i];
            gradients[i] = trainingBackward(cell, {s[0], s[1], s[2], s[3], s[4], s[5]}, grads[i],
                                            bf16, inputType);
        });
        variable_list result{Tensor(), Tensor()};  // `cellCode` and `bf16` are no variables
        for (auto& g : gradients) result.insert(result.end(), g.begin(), g.end());
        return result;
    }
};

// Inference through oneDNN's forward_inference primitive: no workspace is kept.
Tensor inferenceForward(Cell cell, const Tensor& input, const Tensor& weightIh,
                        const Tensor& weightHh, const Tensor& biasIh, const Tensor& biasHh,
                        bool bf16) {
    const auto s = shapeOf(cell, input, weightHh, bf16);
    torch::NoGradGuard noGrad;
    const auto x = input.to(torchType(s)).contiguous();
    auto out = runForward(s, x, toDnnlGateOrder(cell, weightIh), toDnnlGateOrder(cell, weightHh),
                          dnnlBias(cell, biasIh, biasHh), nullptr);
    return bf16 ? out.to(torch::kFloat) : out;
}

bool needsGradient(const std::vector<Tensor>& inputs) {
    return torch::GradMode::is_enabled() &&
           std::any_of(inputs.begin(), inputs.end(),
                       [](const Tensor& t) { return t.requires_grad(); });
}

}  // namespace

bool DnnlRecurrentLayer::available() {
    return true;
}

bool DnnlRecurrentLayer::supportsBf16() {
    return bf16Types().has_value();
}

std::string DnnlRecurrentLayer::compiledVersion() {
    return std::to_string(DNNL_VERSION_MAJOR) + "." + std::to_string(DNNL_VERSION_MINOR) + "." +
           std::to_string(DNNL_VERSION_PATCH);
}

std::string DnnlRecurrentLayer::loadedVersion() {
    const auto* v = dnnl_version();
    return std::to_string(v->major) + "." + std::to_string(v->minor) + "." +
           std::to_string(v->patch);
}

torch::Tensor DnnlRecurrentLayer::forward(Cell cell, const torch::Tensor& input,
                                          const torch::Tensor& weightIh,
                                          const torch::Tensor& weightHh,
                                          const torch::Tensor& biasIh, const torch::Tensor& biasHh,
                                          bool bf16) {
    if (bf16 && !supportsBf16())
        throw std::logic_error("bfloat16 recurrent layers are not supported on this CPU");
    const std::vector<Tensor> inputs{input, weightIh, weightHh, biasIh, biasHh};
    if (needsGradient(inputs)) {
        return DnnlFunction::apply(static_cast<std::int64_t>(cell), bf16,
                                   at::TensorList(inputs))[0];
    }
    return inferenceForward(cell, input, weightIh, weightHh, biasIh, biasHh, bf16);
}

std::pair<torch::Tensor, torch::Tensor> DnnlRecurrentLayer::forwardBoth(
    Cell cell, const torch::Tensor& forwardInput, const std::vector<torch::Tensor>& forwardWeights,
    const torch::Tensor& backwardInput, const std::vector<torch::Tensor>& backwardWeights,
    bool bf16) {
    if (bf16 && !supportsBf16())
        throw std::logic_error("bfloat16 recurrent layers are not supported on this CPU");
    const auto& f = forwardWeights;
    const auto& b = backwardWeights;
    const std::vector<Tensor> inputs{forwardInput,  f[0], f[1], f[2], f[3],
                                     backwardInput, b[0], b[1], b[2], b[3]};
    if (needsGradient(inputs)) {
        const auto outs =
            DnnlFunction::apply(static_cast<std::int64_t>(cell), bf16, at::TensorList(inputs));
        return {outs[0], outs[1]};
    }
    // Without gradients one direction after the other, each on all threads: measured faster
    // than side by side for evaluation (a 7,500-review valid pass in bf16 32.8 s against 42.3 s;
    // docs/BENCHMARKS.md), where oneDNN's inference primitive spreads each step well.
    return {inferenceForward(cell, inputs[0], inputs[1], inputs[2], inputs[3], inputs[4], bf16),
            inferenceForward(cell, inputs[5], inputs[6], inputs[7], inputs[8], inputs[9], bf16)};
}

#else  // built without oneDNN

bool DnnlRecurrentLayer::available() {
    return false;
}
bool DnnlRecurrentLayer::supportsBf16() {
    return false;
}
std::string DnnlRecurrentLayer::compiledVersion() {
    return {};
}
std::string DnnlRecurrentLayer::loadedVersion() {
    return {};
}
torch::Tensor DnnlRecurrentLayer::forward(Cell, const torch::Tensor&, const torch::Tensor&,
                                          const torch::Tensor&, const torch::Tensor&,
                                          const torch::Tensor&, bool) {
    throw std::logic_error("built without oneDNN");
}
std::pair<torch::Tensor, torch::Tensor> DnnlRecurrentLayer::forwardBoth(
    Cell, const torch::Tensor&, const std::vector<torch::Tensor>&, const torch::Tensor&,
    const std::vector<torch::Tensor>&, bool) {
    throw std::logic_error("built without oneDNN");
}

#endif

}  // namespace sentiment::model
