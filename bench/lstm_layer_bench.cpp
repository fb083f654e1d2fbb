// One LSTM layer in one direction, forward for training and backward, as the advanced model
// trains it: our hand-written FusedRecurrentLayer against oneDNN's LSTM primitive (the library
// inside Debian's LibTorch), f32, on the same inputs; prints the time of each and how far their
// outputs and gradients are apart.
//
//   lstm_layer_bench [steps=256] [batch=64] [input=512] [hidden=256] [repeats=5] [threads=all]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <torch/torch.h>
#include <oneapi/dnnl/dnnl.hpp>

#include "model/DnnlApi.h"
#include "model/FusedRecurrentLayer.h"
#include "model/Runtime.h"

namespace {

using Clock = std::chrono::steady_clock;
using dnnl::memory;
using tag = memory::format_tag;
using dt = memory::data_type;

double seconds(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

memory wrap(const torch::Tensor& t, const memory::dims& dims, tag layout,
            const dnnl::engine& engine) {
    return memory({dims, dt::f32, layout}, engine, t.data_ptr());
}

}  // namespace

int main(int argc, char** argv) {
    auto arg = [&](int i, long fallback) { return argc > i ? std::atol(argv[i]) : fallback; };
    const long T = arg(1, 256), N = arg(2, 64), I = arg(3, 512), H = arg(4, 256),
               repeats = arg(5, 5);
    const int threads = sentiment::model::Runtime::configure(static_cast<int>(arg(6, 0)));
    const long G = 4 * H;
    torch::manual_seed(1);
    const auto x = torch::randn({T, N, I});
    const auto wih = torch::randn({G, I}) * 0.05, whh = torch::randn({G, H}) * 0.05;
    const auto bih = torch::randn({G}) * 0.05, bhh = torch::randn({G}) * 0.05;
    const auto gradOut = torch::randn({T, N, H}) * 0.01;

    // Ours.
    std::vector<double> oursTimes;
    torch::Tensor oursOut, oursDx, oursDwih, oursDwhh, oursDb;
    for (long r = 0; r < repeats; ++r) {
        auto xv = x.clone().requires_grad_(true);
        auto a = wih.clone().requires_grad_(true), b = whh.clone().requires_grad_(true);
        auto c = bih.clone().requires_grad_(true), d = bhh.clone().requires_grad_(true);
        const auto start = Clock::now();
        auto out = sentiment::model::FusedRecurrentLayer::forward(sentiment::model::Cell::Lstm, xv,
                                                                  a, b, c, d);
        out.backward(gradOut);
        oursTimes.push_back(seconds(start));
        oursOut = out.detach();
        oursDx = xv.grad();
        oursDwih = a.grad();
        oursDwhh = b.grad();
        oursDb = c.grad();
    }

    // oneDNN: PyTorch's [4H, I] weights are oneDNN's ldgoi with the same gate order (i, f, g, o).
    dnnl::engine engine(dnnl::engine::kind::cpu, 0);
    dnnl::stream stream(engine);
    const memory::dims srcDims = {T, N, I}, dstDims = {T, N, H}, iterDims = {1, 1, N, H};
    const memory::dims wLayerDims = {1, 1, I, 4, H}, wIterDims = {1, 1, H, 4, H},
                       biasDims = {1, 1, 4, H};
    const memory::desc srcMd(srcDims, dt::f32, tag::tnc), dstMd(dstDims, dt::f32, tag::tnc);
    const memory::desc wLayerAny(wLayerDims, dt::f32, tag::any),
        wIterAny(wIterDims, dt::f32, tag::any);
    const memory::desc biasMd(biasDims, dt::f32, tag::ldgo);
    const memory::desc none;
    const memory::desc iterMd(iterDims, dt::f32,
                              tag::ldnc);  // zero initial states, given explicitly
    const auto direction = dnnl::rnn_direction::unidirectional_left2right;
    const dnnl::primitive_attr attr;
    const auto fwdPd = sentiment::model::dnnl_api::forward<dnnl::lstm_forward>(
        engine, attr, dnnl::prop_kind::forward_training, direction, srcMd, iterMd, iterMd,
        wLayerAny, wIterAny, biasMd, dstMd, none, none);
    auto zeros = torch::zeros({N, H});
    auto dIter = torch::zeros({N, H}), dIterC = torch::zeros({N, H});
    auto zeroIter = wrap(zeros, iterDims, tag::ldnc, engine);
    auto dIterMem = wrap(dIter, iterDims, tag::ldnc, engine),
         dIterCMem = wrap(dIterC, iterDims, tag::ldnc, engine);
    const auto bwdPd = sentiment::model::dnnl_api::backward<dnnl::lstm_backward>(
        engine, attr, fwdPd, dnnl::prop_kind::backward, direction, srcMd, iterMd, iterMd, wLayerAny,
        wIterAny, biasMd, dstMd, none, none, srcMd, iterMd, iterMd, wLayerAny, wIterAny, biasMd,
        dstMd, none, none);

    auto bias = (bih + bhh).contiguous();
    auto xc = x.contiguous();
    auto gc = gradOut.contiguous();
    auto dnnlOut = torch::empty({T, N, H});
    auto dnnlDx = torch::empty({T, N, I});
    auto dnnlDb = torch::empty({4, H});
    auto wihUser = wrap(wih.contiguous(), wLayerDims, tag::ldgoi, engine);
    auto whhUser = wrap(whh.contiguous(), wIterDims, tag::ldgoi, engine);
    std::vector<double> dnnlTimes;
    torch::Tensor dnnlDwih = torch::empty({G, I}), dnnlDwhh = torch::empty({G, H});
    for (long r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        memory wLayer(fwdPd.weights_layer_desc(), engine), wIter(fwdPd.weights_iter_desc(), engine);
        dnnl::reorder(wihUser, wLayer).execute(stream, wihUser, wLayer);
        dnnl::reorder(whhUser, wIter).execute(stream, whhUser, wIter);
        memory workspace(fwdPd.workspace_desc(), engine);
        const auto src = wrap(xc, srcDims, tag::tnc, engine);
        const auto dst = wrap(dnnlOut, dstDims, tag::tnc, engine);
        const auto biasMem = wrap(bias, biasDims, tag::ldgo, engine);
        dnnl::lstm_forward(fwdPd).execute(stream, {{DNNL_ARG_SRC_LAYER, src},
                                                   {DNNL_ARG_SRC_ITER, zeroIter},
                                                   {DNNL_ARG_SRC_ITER_C, zeroIter},
                                                   {DNNL_ARG_WEIGHTS_LAYER, wLayer},
                                                   {DNNL_ARG_WEIGHTS_ITER, wIter},
                                                   {DNNL_ARG_BIAS, biasMem},
                                                   {DNNL_ARG_DST_LAYER, dst},
                                                   {DNNL_ARG_WORKSPACE, workspace}});
        // Backward wants its own weight layouts.
        memory bwLayer(bwdPd.weights_layer_desc(), engine),
            bwIter(bwdPd.weights_iter_desc(), engine);
        dnnl::reorder(wihUser, bwLayer).execute(stream, wihUser, bwLayer);
        dnnl::reorder(whhUser, bwIter).execute(stream, whhUser, bwIter);
        memory dwLayer(bwdPd.diff_weights_layer_desc(), engine),
            dwIter(bwdPd.diff_weights_iter_desc(), engine);
        std::memset(dwLayer.get_data_handle(), 0, bwdPd.diff_weights_layer_desc().get_size());
        std::memset(dwIter.get_data_handle(), 0, bwdPd.diff_weights_iter_desc().get_size());
        dnnlDb.zero_();
        const auto dsrc = wrap(dnnlDx, srcDims, tag::tnc, engine);
        const auto ddst = wrap(gc, dstDims, tag::tnc, engine);
        const auto dbias = wrap(dnnlDb, biasDims, tag::ldgo, engine);
        dnnl::lstm_backward(bwdPd).execute(stream, {{DNNL_ARG_SRC_LAYER, src},
                                                    {DNNL_ARG_SRC_ITER, zeroIter},
                                                    {DNNL_ARG_SRC_ITER_C, zeroIter},
                                                    {DNNL_ARG_DIFF_SRC_ITER, dIterMem},
                                                    {DNNL_ARG_DIFF_SRC_ITER_C, dIterCMem},
                                                    {DNNL_ARG_WEIGHTS_LAYER, bwLayer},
                                                    {DNNL_ARG_WEIGHTS_ITER, bwIter},
                                                    {DNNL_ARG_BIAS, biasMem},
                                                    {DNNL_ARG_DST_LAYER, dst},
                                                    {DNNL_ARG_WORKSPACE, workspace},
                                                    {DNNL_ARG_DIFF_SRC_LAYER, dsrc},
                                                    {DNNL_ARG_DIFF_WEIGHTS_LAYER, dwLayer},
                                                    {DNNL_ARG_DIFF_WEIGHTS_ITER, dwIter},
                                                    {DNNL_ARG_DIFF_BIAS, dbias},
                                                    {DNNL_ARG_DIFF_DST_LAYER, ddst}});
        auto dwihUser = wrap(dnnlDwih, wLayerDims, tag::ldgoi, engine);
        auto dwhhUser = wrap(dnnlDwhh, wIterDims, tag::ldgoi, engine);
        dnnl::reorder(dwLayer, dwihUser).execute(stream, dwLayer, dwihUser);
        dnnl::reorder(dwIter, dwhhUser).execute(stream, dwIter, dwhhUser);
        stream.wait();
        dnnlTimes.push_back(seconds(start));
    }
    auto diff = [](const torch::Tensor& a, const torch::Tensor& b) {
        return (a - b.reshape(a.sizes())).abs().max().item<double>() /
               std::max(1e-12, a.abs().max().item<double>());
    };
    const double flop = 2.0 * 3.0 * static_cast<double>(T * N) * static_cast<double>(G) *
                        static_cast<double>(I + H);
    std::printf(
        "LSTM layer T=%ld N=%ld I=%ld H=%ld, %d threads, forward (training) + backward, median of "
        "%ld\n",
        T, N, I, H, threads, repeats);
    std::printf("  ours (FusedRecurrentLayer): %8.1f ms  %6.1f GFLOP/s\n", 1e3 * median(oursTimes),
                flop / median(oursTimes) / 1e9);
    std::printf("  oneDNN %d.%d lstm primitive: %8.1f ms  %6.1f GFLOP/s\n", DNNL_VERSION_MAJOR,
                DNNL_VERSION_MINOR, 1e3 * median(dnnlTimes), flop / median(dnnlTimes) / 1e9);
    if (std::getenv("LSTM_BENCH_REFERENCE") != nullptr) {  // LibTorch's own LSTM, as the arbiter
        auto xv = x.clone().requires_grad_(true);
        auto b = whh.clone().requires_grad_(true);
        const auto h0 = torch::zeros({1, N, H});
        auto out = std::get<0>(
            torch::lstm(xv, {h0, h0}, {wih, b, bih, bhh}, true, 1, 0.0, true, false, false));
        out.backward(gradOut);
        std::printf("  LibTorch reference: dW_hh vs ours %.2e, vs oneDNN %.2e\n",
                    diff(b.grad(), oursDwhh), diff(b.grad(), dnnlDwhh));
    }
    std::printf("  relative max difference: out %.2e  dx %.2e  dW_ih %.2e  dW_hh %.2e  db %.2e\n",
                diff(oursOut, dnnlOut), diff(oursDx, dnnlDx), diff(oursDwih, dnnlDwih),
                diff(oursDwhh, dnnlDwhh), diff(oursDb, dnnlDb.reshape({G})));
    return 0;
}
