#include "model/RunGenerator.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <stdexcept>
#include <unordered_set>

#include "model/NbSvm.h"
#include "model/RecurrentStack.h"
#include "model/TransformerClassifier.h"

namespace sentiment::model {

namespace {
thread_local at::Generator* tCurrent = nullptr;

void uniform(torch::Tensor& t, double bound, at::Generator& g) {
    t.uniform_(-bound, bound, g);
}
}  // namespace

at::Generator RunGenerator::create(const torch::Device& device, std::uint64_t seed) {
    // A new CPU generator, not a clone of the default one: LibTorch 1.13's GeneratorImpl::clone
    // raises the clone's strong count but not its weak count, so the clone is never freed
    // (LeakSanitizer found it in every training test). Its state is the same: seed, no cached
    // normal sample.
    if (device.is_cpu()) return at::detail::createCPUGenerator(seed);
    auto generator = at::globalContext().defaultGenerator(device).clone();
    std::lock_guard<std::mutex> lock(generator.mutex());
    generator.set_current_seed(seed);
    return generator;
}

RunGenerator::Scope::Scope(at::Generator& generator) : previous_(tCurrent) {
    tCurrent = &generator;
}
RunGenerator::Scope::~Scope() {
    tCurrent = previous_;
}

at::Generator* RunGenerator::current() {
    return tCurrent;
}

void RunGenerator::initialise(torch::nn::Module& network, at::Generator& g) {
    torch::NoGradGuard guard;  // (each draw locks the generator itself)
    std::unordered_set<const void*> drawn;
    auto mark = [&](const torch::Tensor& t) { drawn.insert(t.unsafeGetTensorImpl()); };
    for (const auto& module : network.modules(/*include_self=*/true)) {
        if (auto* nb = module->as<NbSvmImpl>()) {
            // Nothing random: its untrained state is the naive Bayes classifier (weights 1).
            nb->resetParameters();
            for (const auto& p : nb->parameters()) mark(p);
        } else if (auto* t = module->as<TransformerClassifierImpl>()) {
            // BERT's: positions and [CLS] from N(0, 0.02) (the word embedding below: N(0, 1),
            // as the lecture's, or GloVe).
            for (const auto& child : t->named_children()) {
                if (child.key() != "positions") continue;
                for (auto& p : child.value()->parameters()) {
                    p.normal_(0, 0.02, g);
                    mark(p);
                }
            }
            for (auto& p : t->parameters(/*recurse=*/false)) {
                p.normal_(0, 0.02, g);
                mark(p);
            }
        } else if (auto* layer = module->as<TransformerLayerImpl>()) {
            // As LibTorch's MultiheadAttention: Xavier-uniform q/k/v, the output projection as
            // a Linear, both biases zero. The feed-forward Linears and the norms follow below.
            const double width = static_cast<double>(layer->out->options.in_features());
            uniform(layer->qkv->weight, std::sqrt(6.0 / (width + 3 * width)), g);
            uniform(layer->out->weight, 1.0 / std::sqrt(width), g);
            for (auto* p :
                 {&layer->qkv->weight, &layer->out->weight, &layer->qkv->bias, &layer->out->bias}) {
                if (p == &layer->qkv->bias || p == &layer->out->bias) p->zero_();
                mark(*p);
            }
        } else if (auto* n = module->as<torch::nn::LayerNorm>()) {
            for (auto& p : n->named_parameters()) {
                p.key() == "weight" ? p.value().fill_(1) : p.value().zero_();
                mark(p.value());
            }
        } else if (auto* e = module->as<torch::nn::Embedding>()) {
            if (drawn.count(e->weight.unsafeGetTensorImpl()) != 0) continue;
            e->weight.normal_(0, 1, g);
            if (const auto& pad = e->options.padding_idx(); pad.has_value())
                e->weight[*pad].zero_();
            mark(e->weight);
        } else if (auto* l = module->as<torch::nn::Linear>()) {
            if (drawn.count(l->weight.unsafeGetTensorImpl()) != 0) continue;  // a rule above's
            const double bound = 1.0 / std::sqrt(static_cast<double>(l->options.in_features()));
            uniform(l->weight, bound, g);
            mark(l->weight);
            if (l->bias.defined()) {
                uniform(l->bias, bound, g);
                mark(l->bias);
            }
        } else if (auto* c = module->as<torch::nn::Conv1d>()) {
            const auto kernel = (*c->options.kernel_size())[0];
            const double bound =
                1.0 / std::sqrt(static_cast<double>(c->options.in_channels() * kernel));
            uniform(c->weight, bound, g);
            mark(c->weight);
            if (c->bias.defined()) {
                uniform(c->bias, bound, g);
                mark(c->bias);
            }
        } else if (auto* r = module->as<RecurrentStack>()) {
            const double bound = 1.0 / std::sqrt(static_cast<double>(r->hiddenSize()));
            for (auto& p : r->parameters(/*recurse=*/false)) {
                uniform(p, bound, g);
                mark(p);
            }
        }
    }
    for (const auto& p : network.named_parameters()) {
        if (drawn.count(p.value().unsafeGetTensorImpl()) == 0) {
            throw std::logic_error("RunGenerator::initialise has no rule for parameter " + p.key());
        }
    }
}

}  // namespace sentiment::model
