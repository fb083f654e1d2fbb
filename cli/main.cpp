// sentiment-lab-cli: the headless front end of Sentiment Lab. Links the Qt-free core only.
#include <CLI/CLI.hpp>

#include "cli/BenchTrainCommand.h"
#include "cli/DatasetCommand.h"
#include "cli/DownloadCommand.h"
#include "cli/ParamsCommand.h"
#include "cli/PredictCommand.h"
#include "cli/RunsCommand.h"
#include "cli/TrainCommand.h"
#include "cli/VectorsCommand.h"
#include "model/Runtime.h"

int main(int argc, char** argv) {
    CLI::App app{"Sentiment Lab: the IMDb sentiment lecture's experiments on the command line"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("sentiment-lab-cli ") + SENTIMENT_LAB_VERSION);
    sentiment::cli::DatasetCommand dataset(app);
    sentiment::cli::VectorsCommand vectors(app);
    sentiment::cli::TrainCommand train(app);
    sentiment::cli::ParamsCommand params(app);
    sentiment::cli::PredictCommand predict(app);
    sentiment::cli::BenchTrainCommand benchTrain(app);
    sentiment::cli::RunsCommand runs(app);
    sentiment::cli::DownloadCommand download(app);
    // LibTorch is configured before any command runs (Debian's starts with one thread).
    sentiment::model::Runtime::configure(0);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    if (dataset.selected()) return dataset.run();
    if (vectors.selected()) return vectors.run();
    if (train.selected()) return train.run();
    if (params.selected()) return params.run();
    if (predict.selected()) return predict.run();
    if (benchTrain.selected()) return benchTrain.run();
    if (runs.selected()) return runs.run();
    if (download.selected()) return download.run();
    return 0;
}
