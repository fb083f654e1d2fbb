#include "cli/EvaluateCommand.h"

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/ClassReport.h"
#include "cli/DataArguments.h"
#include "cli/TerminalProgress.h"
#include "data/imdb/DemoData.h"
#include "experiment/ExperimentPlan.h"
#include "experiment/TestEvaluation.h"
#include "foundation/TextFormat.h"

namespace sentiment::cli {

namespace {

using experiment::TestEvaluation;

std::string label(bool positive) {
    return positive ? "positive" : "negative";
}

/// The predictions of a run recorded without them: its checkpoint on its dataset (or `dataPath`).
Result<std::vector<storage::TestPrediction>> computeFor(const storage::RunRow& run,
                                                        const std::string& dataPath) {
    if (run.checkpointPath.empty()) {
        return Error::at(
            {}, Message::tr("run %1 has no checkpoint to score the test reviews with").arg(run.id));
    }
    DataArguments data;
    data.dataPath = dataPath;
    TerminalProgress progress;
    // The run's own plan says how it read its data; a run recorded before plans names its source.
    auto plan = experiment::ExperimentPlan::fromText(run.info.configJson);
    if (!plan && dataPath.empty()) {
        data.demo = run.info.datasetSource == data::DemoData::kName;
        if (!data.demo) data.dataPath = run.info.datasetSource;
    }
    auto dataset = plan ? data.loadFor(*plan, &progress) : data.load(&progress);
    if (!dataset) return dataset.error();
    if (auto fits = TestEvaluation::fits(run, *dataset); !fits) return fits.error();
    std::fprintf(stderr, "Scoring the %s test reviews with run %lld's checkpoint…\n",
                 withCommas(dataset->test.size()).c_str(), static_cast<long long>(run.id));
    return TestEvaluation::compute(run.checkpointPath, *dataset,
                                   [&](std::size_t done, std::size_t total) {
                                       progress.onProgress(double(done), double(total));
                                   });
}

// The evaluation as one JSON object (`evaluate --json`).
nlohmann::json evaluationJson(std::int64_t id_, bool computed, const TestEvaluation& evaluation,
                              std::size_t worst_) {
    const auto c = evaluation.confusion();
    const auto buckets = evaluation.byLength();
    const auto mistakes = evaluation.mistakes(worst_);
    nlohmann::json j;
    j["run"] = id_;
    j["reviews"] = c.total();
    j["computed_now"] = computed;
    j["accuracy"] = c.accuracy();
    j["confusion"] = {{"true_positives", c.truePositives},
                      {"false_negatives", c.falseNegatives},
                      {"false_positives", c.falsePositives},
                      {"true_negatives", c.trueNegatives},
                      {"true_positive_rate", c.truePositiveRate()},
                      {"false_negative_rate", c.falseNegativeRate()},
                      {"true_negative_rate", c.trueNegativeRate()},
                      {"false_positive_rate", c.falsePositiveRate()},
                      {"precision", c.precision()}};
    j["by_length"] = nlohmann::json::array();
    for (const auto& b : buckets) {
        j["by_length"].push_back(
            {{"from", b.from},
             {"to", b.to == 0 ? nlohmann::json(nullptr) : nlohmann::json(b.to)},
             {"reviews", b.reviews},
             {"accuracy",
              b.reviews == 0 ? nlohmann::json(nullptr) : nlohmann::json(b.accuracy())}});
    }
    j["mistakes"] = nlohmann::json::array();
    for (const auto* m : mistakes) {
        j["mistakes"].push_back({{"review", m->review},
                                 {"label", label(m->positive)},
                                 {"rating", m->rating},
                                 {"tokens", m->tokens},
                                 {"probability_positive", m->probability},
                                 {"confidence", m->confidence()},
                                 {"text", m->text}});
    }
    return j;
}

// The evaluation as the terminal shows it: the matrix, accuracy by length, the surest mistakes.
void printEvaluation(std::int64_t id_, const storage::RunRow& row, bool computed,
                     const TestEvaluation& evaluation, std::size_t worst_) {
    const auto c = evaluation.confusion();
    const auto buckets = evaluation.byLength();
    const auto mistakes = evaluation.mistakes(worst_);
    std::printf("Run %lld: %s (%s): test accuracy %s on %s reviews%s\n\n",
                static_cast<long long>(id_), row.info.name.c_str(), row.info.preset.c_str(),
                percent(c.accuracy()).c_str(), withCommas(c.total()).c_str(),
                computed ? " (scored now and stored with the run)" : "");
    const auto pos = c.truePositives + c.falseNegatives, neg = c.falsePositives + c.trueNegatives;
    std::printf("Confusion matrix (rows: the review's label; columns: the model's verdict)\n");
    std::printf("  %-22s %20s %20s\n", "", "called positive", "called negative");
    std::printf(
        "  %-22s %20s %20s\n", ("positive (" + withCommas(pos) + ")").c_str(),
        (withCommas(c.truePositives) + " (" + percent(c.truePositiveRate(), 1) + ")").c_str(),
        (withCommas(c.falseNegatives) + " (" + percent(c.falseNegativeRate(), 1) + ")").c_str());
    std::printf(
        "  %-22s %20s %20s\n", ("negative (" + withCommas(neg) + ")").c_str(),
        (withCommas(c.falsePositives) + " (" + percent(c.falsePositiveRate(), 1) + ")").c_str(),
        (withCommas(c.trueNegatives) + " (" + percent(c.trueNegativeRate(), 1) + ")").c_str());
    std::printf("  Precision of \"positive\": %s\n\n", percent(c.precision(), 1).c_str());
    std::printf("Accuracy by review length (tokens)\n");
    for (const auto& b : buckets) {
        std::printf("  %-10s %8s reviews  %s\n", b.name().c_str(), withCommas(b.reviews).c_str(),
                    b.reviews == 0 ? "-" : percent(b.accuracy(), 1).c_str());
    }
    if (worst_ > 0) {
        std::printf("\nThe %zu surest mistakes\n", mistakes.size());
        for (std::size_t i = 0; i < mistakes.size(); ++i) {
            const auto* m = mistakes[i];
            const std::string stars =
                m->rating == 0 ? "" : "rated " + std::to_string(m->rating) + "/10, ";
            std::printf("%3zu. %s sure it is %s; it is %s (%s%u tokens) %s\n     \"%s\"\n", i + 1,
                        percent(m->confidence(), 1).c_str(), label(!m->positive).c_str(),
                        label(m->positive).c_str(), stars.c_str(), m->tokens, m->review.c_str(),
                        oneLine(m->text, 150).c_str());
        }
    }
}

}  // namespace

EvaluateCommand::EvaluateCommand(CLI::App& app) {
    command_ = app.add_subcommand(
        "evaluate",
        "Where a run's model is wrong: confusion matrix, accuracy by length, surest mistakes");
    command_->add_option("--run", id_, "The run (its id in `runs list`)")->required();
    command_
        ->add_option("--worst", worst_,
                     "How many of the surest mistakes to print (at most 200 are kept)")
        ->check(CLI::Range(0, 200));
    command_->add_option(
        "--data", dataPath_,
        "The dataset to score the test reviews of, for a run recorded without its predictions "
        "(default: the run's own)");
    command_->add_flag("--json", json_, "Print the results as JSON");
    command_->add_option("--threads", "Threads for scoring (default: one per core)")
        ->check(CLI::PositiveNumber);
    store_.addTo(*command_);
}

std::optional<EvaluateCommand::Predictions> EvaluateCommand::predictions() const {
    const auto fail = [](const std::string& message) {
        std::fprintf(stderr, "error: %s\n", message.c_str());
        return std::nullopt;
    };
    Predictions out;
    {
        auto reader = store_.openForReading();
        if (!reader) return std::nullopt;  // StoreArguments said why
        auto details = reader->details(id_);
        if (!details) return fail(details.error().message);
        out.row = details->run;
        auto stored = reader->testPredictions(id_);
        if (!stored) return fail(stored.error().message);
        out.predictions = std::move(*stored);
    }
    if (!out.predictions.empty()) return out;
    if (!out.row.testAccuracy) {
        return fail("run " + std::to_string(id_) + " has no test result (it is " +
                    std::string(storage::toString(out.row.status)) + "): nothing to evaluate");
    }
    auto scored = computeFor(out.row, dataPath_);
    if (!scored) return fail(scored.error().message);
    out.predictions = std::move(*scored);
    out.computed = true;
    auto store = store_.open();
    if (!store) return std::nullopt;
    if (auto ok = store->recordTestPredictions(id_, out.predictions); !ok) {
        std::fprintf(stderr, "warning: %s\n", ok.error().message.c_str());
    }
    return out;
}

int EvaluateCommand::run() const {
    auto read = predictions();
    if (!read) return 1;
    const TestEvaluation evaluation(std::move(read->predictions));
    const auto plan = experiment::ExperimentPlan::fromText(read->row.info.configJson);
    const auto classes = plan ? plan->classNames() : data::ReadReport::imdbClasses();
    if (classes.size() > 2) {
        // Any number of classes: the figures class by class and the N x N matrix.
        const ClassReport report{classes, evaluation.classConfusion(classes.size())};
        if (json_) {
            auto j = report.toJson();
            j["run"] = id_;
            j["reviews"] = report.confusion.total();
            j["computed_now"] = read->computed;
            j["mistakes"] = nlohmann::json::array();
            for (const auto* m : evaluation.mistakes(worst_)) {
                j["mistakes"].push_back({{"review", m->review},
                                         {"label", classes.at(std::size_t(m->truth()))},
                                         {"called", classes.at(std::size_t(m->call()))},
                                         {"confidence", m->confidence()},
                                         {"text", m->text}});
            }
            std::cout << j.dump() << std::endl;
            return 0;
        }
        std::printf("Run %lld: %s (%s) on %s test reviews%s\n\n", static_cast<long long>(id_),
                    read->row.info.name.c_str(), read->row.info.preset.c_str(),
                    withCommas(static_cast<std::uint64_t>(report.confusion.total())).c_str(),
                    read->computed ? " (scored now and stored with the run)" : "");
        report.print();
        const auto mistakes = evaluation.mistakes(worst_);
        if (!mistakes.empty()) std::printf("\nThe %zu surest mistakes\n", mistakes.size());
        for (std::size_t i = 0; i < mistakes.size(); ++i) {
            const auto* m = mistakes[i];
            std::printf("%3zu. %s sure it is %s; it is %s (%u tokens)\n     \"%s\"\n", i + 1,
                        percent(m->confidence(), 1).c_str(),
                        classes.at(std::size_t(m->call())).c_str(),
                        classes.at(std::size_t(m->truth())).c_str(), m->tokens,
                        oneLine(m->text, 150).c_str());
        }
        return 0;
    }
    if (json_) {
        std::cout << evaluationJson(id_, read->computed, evaluation, worst_).dump() << std::endl;
        return 0;
    }
    printEvaluation(id_, read->row, read->computed, evaluation, worst_);
    return 0;
}

}  // namespace sentiment::cli
