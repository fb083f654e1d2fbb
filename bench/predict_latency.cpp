// Latency of Predictor::predict for one 250-token review with the advanced model (the lecture's
// 4,810,857-parameter BiLSTM over the demo vocabulary) on the CPU: p50 and p90 over 200 calls
// after 10 warm-up calls; then the median of 5 word-importance explanations (occlusion: the
// review scored 250 more times, once without each token, in batches of 64). Weights are freshly
// initialised: latency does not depend on them. One line per precision: fp32 (LibTorch), and
// bf16 where the model and CPU allow it (see model::Bf16RecurrentInference).
//
//   build/dev/bench/predict_latency [threads] [preset: advanced (default), base, fasttext, cnn]
//   [predict: skip explanations]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "data/dataset/DatasetLoader.h"
#include "foundation/CacheDirectory.h"
#include "model/ModelFactory.h"
#include "model/Runtime.h"
#include "training/Predictor.h"

using namespace sentiment;

int main(int argc, char** argv) {
    const int threads = model::Runtime::configure(argc > 1 ? std::atoi(argv[1]) : 0);
    auto ds = data::DatasetLoader(sentiment::CacheDirectory::defaultPath()).loadDemo({});
    if (!ds) {
        std::fprintf(stderr, "%s\n", ds.error().message.c_str());
        return 1;
    }
    const std::string preset = argc > 2 ? argv[2] : "advanced";
    const bool onlyPredict = argc > 3 && std::string(argv[3]) == "predict";
    auto chosen = model::ModelConfig::preset(preset);
    if (!chosen) {
        std::fprintf(stderr, "%s\n", chosen.error().message.c_str());
        return 2;
    }
    training::Checkpoint c;
    c.model = *chosen;
    c.model.vocabSize = static_cast<std::int64_t>(ds->vocab.size());
    c.vocab = ds->vocab;
    c.tokenizer = ds->options.tokenizer;
    c.network = model::ModelFactory::create(c.model);
    // Every precision this checkpoint can run with here, on the same weights and the same text.
    std::vector<training::Precision> precisions{training::Precision::Float32};
    if (training::Predictor::bf16Available(c)) precisions.push_back(training::Precision::BFloat16);

    // A real review from the demo sample, cut or repeated to exactly 250 tokens.
    const training::Predictor tokenizer(c, training::Precision::Float32);
    std::string text;
    for (std::size_t r = 0; tokenizer.predict(text).tokens.size() < 250; ++r)
        text += std::string(ds->corpus->text(r)) + " ";
    while (tokenizer.predict(text).tokens.size() > 250) text.resize(text.size() - 1);
    const auto tokens = tokenizer.predict(text).tokens.size();

    for (const auto precision : precisions) {
        const training::Predictor predictor(c, precision);
        for (int i = 0; i < 10; ++i) (void)predictor.predict(text);
        std::vector<double> ms;
        for (int i = 0; i < 200; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            (void)predictor.predict(text);
            ms.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                    .count());
        }
        std::sort(ms.begin(), ms.end());
        // Word importance by occlusion (the Predict page's explanation): 250 variants of the
        // review.
        std::vector<double> explain;
        for (int i = 0; i < 5 && !onlyPredict; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            (void)predictor.importance(text);
            explain.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                    .count());
        }
        std::sort(explain.begin(), explain.end());
        if (explain.empty()) explain.assign(3, 0.0);  // not measured
        std::printf(
            "{\"preset\": \"%s\", \"precision\": \"%s\", \"tokens\": %zu, \"threads\": %d, "
            "\"calls\": 200, "
            "\"p50_ms\": %.3f, \"p90_ms\": %.3f, \"min_ms\": %.3f, \"importance_median_ms\": "
            "%.1f}\n",
            preset.c_str(), std::string(training::toString(predictor.precision())).c_str(), tokens,
            threads, ms[100], ms[180], ms.front(), explain[2]);
    }
    return 0;
}
