// Any bytes as a checkpoint file: its structure, checksums, configuration and the model's
// parameter count are checked (CheckpointFile) before anything is allocated for the model or
// handed to LibTorch. The fuzz build covers that whole, without LibTorch (whose 1.13 headers
// clang cannot compile in C++20); the suite's replay also builds what loads and predicts.

#include "tests/fuzz/FuzzSupport.h"
#include "training/CheckpointFile.h"
#ifndef SENTIMENT_LAB_FUZZ_TORCH_FREE
#include <torch/torch.h>

#include "model/Classifier.h"
#include "training/Checkpoint.h"
#endif

using namespace sentiment;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto file = training::CheckpointFile::parse({data, size}, "fuzz.ckpt");
    if (!file) return 0;
    fuzz::require(static_cast<std::int64_t>(file->vocab.size()) == file->model.vocabSize,
                  "a checkpoint accepted whose vocabulary does not match its model");
    std::int64_t held = 0;
    for (const auto& t : file->tensors) {
        fuzz::require(t.values.size() == static_cast<std::size_t>(t.numel) * sizeof(float),
                      "a tensor's values do not fit it");
        held += t.numel;
    }
    fuzz::require(file->version == 1 || held == file->parameters,
                  "the weights do not hold the model's numbers");
#ifndef SENTIMENT_LAB_FUZZ_TORCH_FREE
    auto loaded = training::Checkpoint::fromBytes({data, size}, "fuzz.ckpt");
    if (!loaded) return 0;
    torch::NoGradGuard noGrad;
    const auto length = std::max<std::int64_t>(loaded->model.minLength(), 3);
    const auto tokens = torch::zeros({length, 1}, torch::kInt64);
    const auto logits = loaded->network->forward(tokens, torch::full({1}, length, torch::kInt64));
    fuzz::require(logits.numel() == 1, "a loaded model does not give one logit per review");
#endif
    return 0;
}
