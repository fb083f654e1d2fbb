#include "cli/ExperimentSetup.h"

#include <cstdio>

#include "cli/TerminalProgress.h"
#include "model/Runtime.h"

namespace sentiment::cli {

std::optional<ExperimentSetup> ExperimentSetup::prepare(DataArguments& data, const ModelArguments& model,
                                                        const VectorsArguments& vectors) {
    auto fail = [](const std::string& message) {
        std::fprintf(stderr, "error: %s\n", message.c_str());
        return std::nullopt;
    };
    auto mc = model.modelConfig();
    if (!mc) return fail(mc.error().message);
    auto tc = model.trainingConfig();
    if (!tc) return fail(tc.error().message);
    tc->seed = data.seed;
    tc->threads = data.threads;
    data.bigrams = mc->architecture == model::Architecture::FastText;
    model::Runtime::configure(data.threads);

    TerminalProgress progress;
    auto dataset = data.load(&progress);
    if (!dataset) {
        progress.finish();
        return fail(dataset.error().message);
    }
    auto matrix = vectors.load(dataset->vocab, data.seed, !data.noCache, data.threads, &progress);
    progress.finish();
    if (!matrix) return fail(matrix.error().message);
    ExperimentSetup setup{*mc, *tc, std::move(*dataset), std::move(*matrix)};
    if (setup.vectors) setup.model.embeddingDim = static_cast<std::int64_t>(setup.vectors->dimension);
    return setup;
}

}  // namespace sentiment::cli
