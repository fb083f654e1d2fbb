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
    if (!vectors.path.empty()) plan.useVectors = true;
    auto files = data.files();
    files.vectors = vectors.path;
    files.dimension = vectors.dimension;
    TerminalProgress progress;
    auto inputs = experiment::RunInputs::load(plan, files, &progress);
    progress.finish();
    if (!inputs) return fail(inputs.error().message);
    ExperimentSetup setup{std::move(plan), std::move(*inputs)};
    setup.plan.model = setup.plan.modelFor(setup.dataset(), setup.matrix());
    return setup;
}

}  // namespace sentiment::cli
