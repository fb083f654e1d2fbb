// sentiment-lab-cli: the headless front end of Sentiment Lab. Links the Qt-free core only.

#include <CLI/CLI.hpp>
#include <cstdio>
#include <new>
#include <string>

#include "cli/BenchTrainCommand.h"
#include "cli/DatasetCommand.h"
#include "cli/DownloadCommand.h"
#include "cli/EvaluateCommand.h"
#include "cli/ParamsCommand.h"
#include "cli/PredictCommand.h"
#include "cli/RunsCommand.h"
#include "cli/TrainCommand.h"
#include "cli/VectorsCommand.h"
#include "model/ExceptionText.h"
#include "model/Runtime.h"

namespace {
std::string firstLine(const std::string& text) {
    return text.substr(0, text.find('\n'));
}
}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Sentiment Lab: the IMDb sentiment lecture's experiments on the command line"};
    app.require_subcommand(1);
    // The version and what this build runs on (LibTorch, CUDA, oneDNN, BLAS): what a bug report
    // needs.
    app.set_version_flag("--version", [] {
        sentiment::model::Runtime::configure(0);
        return std::string("sentiment-lab-cli ") + SENTIMENT_LAB_VERSION + "\n" +
               sentiment::model::describe(sentiment::model::Runtime::info());
    });
    sentiment::cli::DatasetCommand dataset(app);
    sentiment::cli::VectorsCommand vectors(app);
    sentiment::cli::TrainCommand train(app);
    sentiment::cli::ParamsCommand params(app);
    sentiment::cli::PredictCommand predict(app);
    sentiment::cli::BenchTrainCommand benchTrain(app);
    sentiment::cli::RunsCommand runs(app);
    sentiment::cli::EvaluateCommand evaluate(app);
    sentiment::cli::DownloadCommand download(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    // LibTorch's process-wide settings, once, before any command runs (Debian's LibTorch starts
    // with one thread): the command's --threads where it has one, else one per core.
    int threads = 0;
    for (const auto* command : app.get_subcommands()) {
        if (const auto* option = command->get_option_no_throw("--threads");
            option != nullptr && option->count() > 0) {
            threads = option->as<int>();
        }
    }
    sentiment::model::Runtime::configure(threads);
    // Expected failures are values and print their own message; anything thrown (LibTorch's
    // checks, a full disk in a library) ends here as one line and a failed exit, never a core
    // dump. A run under way records itself as failed before the exception gets here.
    try {
        if (dataset.selected()) return dataset.run();
        if (vectors.selected()) return vectors.run();
        if (train.selected()) return train.run();
        if (params.selected()) return params.run();
        if (predict.selected()) return predict.run();
        if (benchTrain.selected()) return benchTrain.run();
        if (runs.selected()) return runs.run();
        if (evaluate.selected()) return evaluate.run();
        if (download.selected()) return download.run();
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr,
                     "error: out of memory: this needs more memory than the computer can give\n");
        return 1;
    } catch (const std::exception& e) {
        const auto what = sentiment::model::ExceptionText::of(e);
        std::fprintf(stderr, "error: %s%s\n", what.fromLibTorch ? "LibTorch failed: " : "",
                     firstLine(what.text).c_str());
        return 1;
    }
    return 0;
}
