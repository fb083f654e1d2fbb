#include "experiment/ExperimentRunner.h"

#include "experiment/ReproducibilityCard.h"
#include "experiment/RunQueue.h"

#include <c10/util/Exception.h>

#include <nlohmann/json.hpp>

#include "experiment/RunFacts.h"
#include "experiment/RunRecorder.h"
#include "experiment/TestEvaluation.h"
#include "foundation/Sha256.h"
#include "foundation/TextFormat.h"
#include "model/ModelFactory.h"
#include "model/ParameterReport.h"
#include "model/Runtime.h"
#include "training/Trainer.h"

namespace sentiment::experiment {

namespace {

// The checkpoint as the store records it: its absolute path and SHA-256, when the file exists.
void describeCheckpoint(storage::RunOutcome& o, const std::filesystem::path& checkpoint) {
    std::error_code ec;
    if (checkpoint.empty() || !std::filesystem::is_regular_file(checkpoint, ec)) return;
    o.checkpointPath = std::filesystem::absolute(checkpoint).string();
    if (auto sum = Sha256::ofFile(checkpoint)) o.checkpointSha256 = *sum;
}

storage::RunOutcome outcomeOf(const ExperimentOutcome& e, const std::filesystem::path& checkpoint) {
    storage::RunOutcome o;
    if (e.failure || !e.result) {
        // A failed run keeps the best checkpoint it wrote before it failed.
        o.status = storage::RunStatus::Failed;
        o.error = e.failure ? e.failure->message : std::string("the run ended without a result");
        o.bestEpoch = 0;
        describeCheckpoint(o, checkpoint);
        return o;
    }
    const auto& r = *e.result;
    o.status = r.stopped ? storage::RunStatus::Stopped : storage::RunStatus::Completed;
    o.bestEpoch = r.bestEpoch;
    if (r.test) {
        o.testLoss = r.test->loss;
        o.testAccuracy = r.test->accuracy;
        if (r.test->confusion.classes() > 0) o.testMacroF1 = r.test->confusion.macroF1();
    }
    describeCheckpoint(o, r.checkpoint);
    return o;
}

// Remembers the best epoch the trainer reported, for a run that fails after it.
class BestEpochWatcher : public training::TrainingObserver {
public:
    explicit BestEpochWatcher(training::TrainingObserver* next) : next_(next) {}
    void onBatch(const training::BatchProgress& p) override {
        if (next_ != nullptr) next_->onBatch(p);
    }
    void onEpoch(const training::EpochMetrics& m) override {
        if (m.best) best = m.epoch;
        if (next_ != nullptr) next_->onEpoch(m);
    }
    void onEvaluation(const training::EvaluationProgress& p) override {
        if (next_ != nullptr) next_->onEvaluation(p);
    }
    void onTest(const training::SplitMetrics& m) override {
        if (next_ != nullptr) next_->onTest(m);
    }
    void onLog(const Message& message) override {
        if (next_ != nullptr) next_->onLog(message);
    }
    void onGradientFlow(const training::GradientFlow& flow) override {
        if (next_ != nullptr) next_->onGradientFlow(flow);
    }
    int best = 0;

private:
    training::TrainingObserver* next_;
};

}  // namespace

std::string RunSetup::runName(const ExperimentPlan& plan) const {
    if (groupValue.empty()) return name;
    return GroupPlan::runName(name.empty() ? plan.preset : name, groupValue);
}

ExperimentRunner::ExperimentRunner(ExperimentPlan plan, RunSetup setup)
    : plan_(std::move(plan)), setup_(std::move(setup)) {}

bool ExperimentRunner::prepare(ExperimentOutcome& out, const data::Dataset& dataset,
                               const data::EmbeddingMatrix* matrix,
                               const std::string& vectorsSource) const {
    out.plan = plan_;
    if (auto ok = plan_.validate(); !ok) {
        out.failure = ok.error();
        return false;
    }
    if (!plan_.fits(dataset)) {
        out.failure =
            Error::at({}, Message::tr("the dataset was prepared for other settings than this "
                                      "experiment's (vocabulary, tokenizer, bigrams or split)"));
        return false;
    }
    if (setup_.continueRun > 0 && !plan_.source.empty() &&
        plan_.source != ExperimentPlan::sourceOf(dataset)) {
        out.failure = Error::at(
            {}, Message::tr("run %1 trained on %2, not on %3: open those reviews to continue it")
                    .arg(setup_.continueRun)
                    .arg(plan_.source)
                    .arg(ExperimentPlan::sourceOf(dataset)));
        return false;
    }
    // The plan as it runs: the vocabulary and the vectors decide two sizes, the CPU the precision.
    auto& plan = out.plan;
    plan.model = plan_.modelFor(dataset, matrix);
    plan.classes = dataset.classes() == data::ReadReport::imdbClasses() ? std::vector<std::string>{}
                                                                        : dataset.classes();
    plan.training.precision = training::Trainer::effectivePrecision(plan.model, plan.training);
    plan.source = ExperimentPlan::sourceOf(dataset);
    plan.data.table = dataset.options.table;  // how its reviews were read, to read them again
    plan.vectorsPath = matrix != nullptr && !vectorsSource.empty()
                           ? std::filesystem::absolute(vectorsSource).string()
                           : std::string();
    try {
        // Counting builds a model from LibTorch's global generator, which the run never draws from.
        out.parameters = model::ParameterReport::of(plan.model).trainable;
    } catch (const std::exception& e) {
        out.failure = Error::at({}, Message::tr("the model cannot be built: %1").arg(e.what()));
        return false;
    }
    return true;
}

storage::RunInfo ExperimentRunner::describe(const ExperimentOutcome& out,
                                            const data::Dataset& dataset,
                                            const data::EmbeddingMatrix* matrix) const {
    const auto& plan = out.plan;
    storage::RunInfo info;
    const auto name = setup_.runName(plan);
    info.name = name.empty() ? plan.preset + " " + localTime("%Y-%m-%d %H:%M") : name;
    info.preset = plan.preset;
    info.configJson = plan.toJson().dump();
    describeDataset(info, dataset);
    if (!plan.vectorsPath.empty()) {
        info.vectorsPath = plan.vectorsPath;
        info.vectorsCoverage = matrix->report.coverage();
    }
    info.parameters = out.parameters;
    const auto runtime = model::Runtime::info();
    info.device = plan.training.device;
    info.threads = runtime.threads;
    info.appVersion = setup_.appVersion;
    info.torchVersion = runtime.libtorchVersion;
    info.cardJson =
        ReproducibilityCard::of(plan, dataset, matrix, setup_.appVersion).toJson().dump();
    info.groupId = setup_.group;
    info.groupValue = setup_.groupValue;
    return info;
}

std::filesystem::path ExperimentRunner::checkpointFor(const ExperimentOutcome& out) const {
    if (setup_.continueRun > 0) return setup_.continueCheckpoint;
    if (setup_.checkpointDirectory.empty()) return {};
    const auto& preset = out.plan.preset;
    const auto stem =
        out.runId ? preset + "-run" + std::to_string(*out.runId) + "-" + localTime("%Y%m%d-%H%M%S")
                  : preset + "-" + localTime("%Y%m%d-%H%M%S");
    auto checkpoint = std::filesystem::absolute(setup_.checkpointDirectory / (stem + ".slckpt"));
    // Known from the start: a run that is interrupted can continue from beside it.
    if (out.runId) (void)setup_.store->setCheckpointPath(*out.runId, checkpoint.string());
    return checkpoint;
}

void ExperimentRunner::train(ExperimentOutcome& out, const data::Dataset& dataset,
                             const data::EmbeddingMatrix* matrix,
                             const std::filesystem::path& checkpoint,
                             training::TrainingObserver* observer, std::stop_token stop) const {
    training::Trainer trainer(out.plan.model, out.plan.training);
    if (setup_.continueRun > 0) trainer.setResumeFrom(resumeStateOf(checkpoint));
    if (!checkpoint.empty()) {
        trainer.setCheckpointPath(checkpoint);
        trainer.setResumePath(resumeStateOf(checkpoint));
    }
    try {
        auto result = trainer.run(dataset, matrix, observer, stop);
        if (result) {
            out.result = std::move(*result);
        } else {
            out.failure = result.error();
        }
    } catch (const c10::Error& e) {
        out.failure =
            Error::at({}, Message::tr("LibTorch failed: %1").arg(e.what_without_backtrace()));
    } catch (const std::exception& e) {
        out.failure = Error::at({}, Message::tr("training failed: %1").arg(e.what()));
    }
    // A finished run will not continue: its saved state goes (a stopped one keeps it).
    if (out.result && !out.result->stopped && !checkpoint.empty()) {
        std::error_code ec;
        std::filesystem::remove(resumeStateOf(checkpoint), ec);
    }
}

ExperimentOutcome ExperimentRunner::run(const data::Dataset& dataset,
                                        const data::EmbeddingMatrix* matrix,
                                        const std::string& vectorsSource,
                                        training::TrainingObserver* observer,
                                        std::stop_token stop) {
    ExperimentOutcome out;
    if (!prepare(out, dataset, matrix, vectorsSource)) return out;

    std::optional<RunRecorder> recorder;
    BestEpochWatcher watcher(observer);
    if (setup_.store != nullptr && setup_.continueRun > 0) {
        if (auto ok = setup_.store->continueRun(setup_.continueRun); !ok) {
            out.failure = ok.error();
            return out;
        }
        out.runId = setup_.continueRun;
        recorder.emplace(*setup_.store, setup_.continueRun, &watcher);
    } else if (setup_.store != nullptr) {
        auto id = setup_.store->beginRun(describe(out, dataset, matrix));
        if (!id) {
            out.failure = Error::at(
                {}, Message::tr("the run could not be recorded, so it was not trained: %1")
                        .arg(id.error().sentence()));
            return out;
        }
        out.runId = *id;
        recorder.emplace(*setup_.store, *id, &watcher);
    }
    if (onStart_) onStart_(out);

    const auto checkpoint = checkpointFor(out);
    training::TrainingObserver* first =
        recorder ? static_cast<training::TrainingObserver*>(&*recorder) : &watcher;
    train(out, dataset, matrix, checkpoint, first, stop);
    if (!recorder) return out;
    if (out.result) {
        (void)setup_.store->updateRuntime(*out.runId, out.result->device, out.result->threads,
                                          out.result->parameters.trainable);
    }
    // Every test review's prediction, before the run is marked finished: a completed run has them.
    if (out.result && out.result->test && !out.result->testProbabilities.empty()) {
        const auto predictions = TestEvaluation::fromTestPass(
            dataset, out.result->testProbabilities, out.result->testCalls);
        if (auto ok = setup_.store->recordTestPredictions(*out.runId, predictions); !ok)
            out.storeFailure = ok.error();
    }
    auto outcome = outcomeOf(out, checkpoint);
    if (out.failure) outcome.bestEpoch = watcher.best;
    if (auto ok = recorder->finish(outcome); !ok) out.storeFailure = ok.error();
    return out;
}

}  // namespace sentiment::experiment
