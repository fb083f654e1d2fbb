// Any bytes as a checkpoint file: its structure, checksums and the model's parameter count are
// checked before anything is allocated for it or handed to LibTorch. What loads predicts.

#include "tests/fuzz/FuzzSupport.h"
#include "training/Checkpoint.h"

using namespace sentiment;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto loaded = training::Checkpoint::fromBytes({data, size}, "fuzz.ckpt");
    if (!loaded) return 0;
    fuzz::require(loaded->network != nullptr, "a checkpoint loaded without its model");
    fuzz::require(static_cast<std::int64_t>(loaded->vocab.size()) == loaded->model.vocabSize,
                  "a checkpoint loaded whose vocabulary does not match its model");
    torch::NoGradGuard noGrad;
    const auto length = std::max<std::int64_t>(loaded->model.minLength(), 3);
    const auto tokens = torch::zeros({length, 1}, torch::kInt64);
    const auto logits = loaded->network->forward(tokens, torch::full({1}, length, torch::kInt64));
    fuzz::require(logits.numel() == 1, "a loaded model does not give one logit per review");
    return 0;
}
