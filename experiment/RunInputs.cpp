#include "experiment/RunInputs.h"

#include "data/dataset/DatasetLoader.h"
#include "data/imdb/DemoData.h"
#include "data/vectors/VectorsLoader.h"
#include "foundation/CacheDirectory.h"

namespace sentiment::experiment {

Result<RunInputs> RunInputs::fit(const ExperimentPlan& plan,
                                 std::shared_ptr<const data::Dataset> loaded,
                                 const std::shared_ptr<const data::WordVectors>& vectors,
                                 const std::string& vectorsSource, data::ProgressObserver* observer,
                                 std::stop_token stop) {
    auto fitted = plan.datasetFor(loaded, observer, stop);
    if (!fitted) return fitted.error();
    RunInputs in;
    in.rebuilt = *fitted != loaded;
    in.dataset = std::move(*fitted);
    in.matrix = plan.matrixFor(in.dataset->vocab, vectors);
    if (in.matrix) in.vectorsSource = vectorsSource;
    return in;
}

Result<data::Dataset> RunInputs::loadDataset(const ExperimentPlan& plan, const Files& files,
                                             data::ProgressObserver* observer) {
    const data::DatasetLoader loader(CacheDirectory::defaultPath());
    const auto options = plan.datasetOptions(files.base);
    // Without a file named, the plan's own source: a stored run's reviews.
    const bool fromPlan = !files.demo && files.data.empty();
    if (files.demo || (fromPlan && plan.source == data::DemoData::kName))
        return loader.loadDemo(options, observer);
    const auto& path = fromPlan ? plan.source : files.data;
    if (path.empty())
        return Error::at({}, Message::tr("no dataset was given: use --data or --demo"));
    return loader.load(path, options, observer);
}

Result<RunInputs> RunInputs::load(const ExperimentPlan& plan, const Files& files,
                                  data::ProgressObserver* observer) {
    auto dataset = loadDataset(plan, files, observer);
    if (!dataset) return dataset.error();
    RunInputs in;
    in.dataset = std::make_shared<const data::Dataset>(std::move(*dataset));
    const auto& source = files.vectors.empty() ? plan.vectorsPath : files.vectors;
    if (!plan.useVectors || source.empty()) return in;
    data::VectorsOptions options;
    options.dimension = files.dimension;
    options.useCache = files.base.useCache;
    options.threads = files.base.threads;
    auto vectors =
        data::VectorsLoader(CacheDirectory::defaultPath()).load(source, options, observer);
    if (!vectors) return vectors.error();
    auto words = std::make_shared<const data::WordVectors>(std::move(*vectors));
    in.matrix = plan.matrixFor(in.dataset->vocab, words);
    in.vectorsSource = source;
    return in;
}

}  // namespace sentiment::experiment
