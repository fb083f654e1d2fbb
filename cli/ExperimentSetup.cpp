#include "cli/ExperimentSetup.h"

#include <cstdio>

#include "cli/TerminalProgress.h"

namespace sentiment::cli {

std::optional<ExperimentSetup> ExperimentSetup::prepare(experiment::ExperimentPlan plan,
                                                        const DataArguments& data,
                                                        const VectorsArguments& vectors) {
    auto fail = [](const std::string& message) {
        std::fprintf(stderr, "error: %s\n", message.c_str());
        return std::nullopt;
    };
    if (auto ok = plan.validate(); !ok) return fail(ok.error().message);
    // --vectors asks for vectors whatever the preset's habit; a stored plan names its own file.
    auto source = vectors;
    if (!source.path.empty()) {
        plan.useVectors = true;
    } else if (plan.useVectors && !plan.vectorsPath.empty()) {
        source.path = plan.vectorsPath;
    }
    TerminalProgress progress;
    auto dataset = data.loadFor(plan, &progress);
    if (!dataset) {
        progress.finish();
        return fail(dataset.error().message);
    }
    std::optional<data::EmbeddingMatrix> matrix;
    if (plan.useVectors && !source.path.empty()) {
        auto loaded =
            source.load(dataset->vocab, plan.dataSeed(), !data.noCache, data.threads, &progress);
        if (!loaded) {
            progress.finish();
            return fail(loaded.error().message);
        }
        matrix = std::move(*loaded);
    }
    progress.finish();
    ExperimentSetup setup{std::move(plan), std::move(*dataset), std::move(matrix), source.path};
    setup.plan.model = setup.plan.modelFor(setup.dataset.vocab, setup.matrix());
    return setup;
}

}  // namespace sentiment::cli
