#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include <nlohmann/json.hpp>

#include "SmallRuns.h"
#include "data/dataset/DatasetLoader.h"
#include "experiment/ExperimentPlan.h"
#include "experiment/ExperimentRunner.h"
#include "experiment/Knobs.h"
#include "model/ModelFactory.h"
#include "model/ParameterReport.h"
#include "training/Predictor.h"

using namespace sentiment;
using experiment::ExperimentPlan;
using experiment::ExperimentRunner;
using experiment::findKnob;
using experiment::RunSetup;
using sentiment::test::demoFor;
using sentiment::test::smallPlan;
using sentiment::test::TempDir;

namespace {

void expectSameEpochs(const std::vector<training::EpochMetrics>& a,
                      const std::vector<training::EpochMetrics>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        // Bit for bit: the same plan on the same machine and thread count.
        EXPECT_EQ(a[i].train.loss, b[i].train.loss) << "epoch " << i + 1;
        EXPECT_EQ(a[i].train.accuracy, b[i].train.accuracy) << "epoch " << i + 1;
        EXPECT_EQ(a[i].valid.loss, b[i].valid.loss) << "epoch " << i + 1;
        EXPECT_EQ(a[i].valid.accuracy, b[i].valid.accuracy) << "epoch " << i + 1;
    }
}

// Throws from onEpoch at the given epoch: an unexpected failure in the middle of a run.
class ThrowAt : public training::TrainingObserver {
public:
    explicit ThrowAt(int epoch) : epoch_(epoch) {}
    void onEpoch(const training::EpochMetrics& m) override {
        if (m.epoch == epoch_) throw std::runtime_error("the observer failed");
    }

private:
    int epoch_;
};

}  // namespace

TEST(ExperimentPlan, JsonRoundTripKeepsEverySetting) {
    auto p = smallPlan("advanced");
    p.model.cell = model::Cell::Gru;
    p.model.rnnInput = model::RnnInput::Packed;
    p.training.learningRate = 3e-4;
    p.training.schedule = training::LrSchedule::Linear;
    p.data.maxVocab = 12'345;
    p.data.minFreq = 2;
    p.data.tokenizer = {data::TokenizerKind::BasicEnglish, true};
    p.data.trainFraction = 0.8;
    p.useVectors = false;
    p.source = "/data/aclImdb_v1.tar.gz";
    p.vectorsPath = "/data/glove.6B.100d.txt";
    const auto back = ExperimentPlan::fromText(p.toJson().dump());
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->toJson(), p.toJson());
    EXPECT_EQ(back->data, p.data);
    EXPECT_EQ(back->seed(), 77u);
    EXPECT_EQ(back->model.cell, model::Cell::Gru);
}

// How a student's table was read is part of the plan: another column or label map is another
// dataset, and a plan that reads IMDb says nothing of tables (its JSON is what it always was).
TEST(ExperimentPlan, ATablesWayOfReadingIsStoredAndReadsTheFileAgain) {
    auto p = smallPlan("fasttext");
    EXPECT_FALSE(p.toJson()["data"].contains("table"));
    p.source = "/data/ratings.tsv.gz";
    p.data.table.textColumn = "review";
    p.data.table.labelColumn = "3";
    p.data.table.groupColumn = "movie_id";
    p.data.table.delimiter = '\t';
    p.data.table.header = data::TableOptions::Header::Yes;
    p.data.table.quoting = data::Quoting::None;
    p.data.table.labelMap = "1-4=negative,9-10=positive";
    p.data.table.testFile = "/data/test.tsv";
    p.data.table.testFraction = 0.25;
    p.data.table.seed = 9;
    const auto back = ExperimentPlan::fromText(p.toJson().dump());
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->data.table, p.data.table);
    EXPECT_EQ(back->toJson(), p.toJson());

    auto other = p;
    other.data.table.labelMap = "1-3=negative,10=positive";
    EXPECT_NE(other.datasetOptions().table.key(), p.datasetOptions().table.key());
    EXPECT_EQ(other.datasetOptions().table.labelMap, "1-3=negative,10=positive");
}

TEST(ExperimentPlan, ARunRecordedBeforePlansSaysSo) {
    // What the first version stored: model, training and data, no plan.
    const auto old = R"({"model":{},"training":{},"data":{"source":"demo sample"}})";
    const auto r = ExperimentPlan::fromText(old);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("no stored plan"), std::string::npos) << r.error().message;
    EXPECT_FALSE(ExperimentPlan::fromText("not json"));
}

TEST(ExperimentPlan, PresetsAndRulesLiveHere) {
    EXPECT_FALSE(ExperimentPlan::forPreset("bert"));
    EXPECT_EQ(ExperimentPlan::lecture("bert").preset, "advanced");
    // The Transformer reads at most its positions: a maximum length is part of its preset, and
    // a plan without one, or with heads that do not divide the width, is refused by name.
    auto transformer = ExperimentPlan::lecture("transformer");
    EXPECT_EQ(transformer.data.length.maxLength, 256u);
    EXPECT_EQ(transformer.data.length.truncation, data::Truncation::HeadTail);
    EXPECT_EQ(transformer.training.optimizer, training::OptimizerKind::AdamW);
    EXPECT_TRUE(transformer.validate());
    ASSERT_TRUE(findKnob("max-length")->apply(transformer, "512").ok());
    EXPECT_EQ(transformer.model.context, 512);  // its positions follow
    ASSERT_TRUE(findKnob("max-length")->apply(transformer, "0").ok());
    ASSERT_FALSE(transformer.validate());
    EXPECT_NE(transformer.validate().error().message.find("--max-length"), std::string::npos);
    transformer = ExperimentPlan::lecture("transformer");
    transformer.model.heads = 3;
    ASSERT_FALSE(transformer.validate());
    EXPECT_NE(transformer.validate().error().message.find("--heads"), std::string::npos);
    EXPECT_FALSE(
        ExperimentPlan::lecture("base").useVectors);  // notebook 1 starts from a random embedding
    EXPECT_TRUE(ExperimentPlan::lecture("fasttext").bigrams());
    EXPECT_TRUE(ExperimentPlan::lecture("fasttext").datasetOptions().bigrams());
    EXPECT_FALSE(ExperimentPlan::lecture("cnn").bigrams());
    EXPECT_EQ(ExperimentPlan::lecture("advanced").training.optimizer,
              training::OptimizerKind::Adam);
    EXPECT_EQ(ExperimentPlan::lecture("base").training.optimizer, training::OptimizerKind::Sgd);

    auto p = smallPlan("advanced");
    p.training.epochs = 0;
    auto bad = p.validate();
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find("--epochs"), std::string::npos) << bad.error().message;
    p = smallPlan("advanced");
    p.model.dropout = 1.0;
    EXPECT_FALSE(p.validate());
}

TEST(ExperimentPlan, DatasetMustFitThePlan) {
    const auto plan = smallPlan("advanced");
    const auto ds = demoFor(plan);
    EXPECT_TRUE(plan.fits(*ds));
    auto otherSeed = plan;
    otherSeed.setSeed(78);  // one seed: a new seed is a new split
    EXPECT_FALSE(otherSeed.fits(*ds));
    const auto rebuilt = otherSeed.datasetFor(ds);
    ASSERT_TRUE(rebuilt) << rebuilt.error().message;
    EXPECT_TRUE(otherSeed.fits(**rebuilt));
    EXPECT_EQ((*rebuilt)->train.size(), ds->train.size());

    ExperimentRunner runner(otherSeed);
    const auto out = runner.run(*ds, nullptr, {}, nullptr);
    ASSERT_TRUE(out.failure);
    EXPECT_FALSE(out.result);
}

TEST(ExperimentRunner, RecordsItsPlanAndTheStoredPlanRunsTheSameAgain) {
    TempDir dir;
    auto store = *storage::RunStore::open(dir / "runs.sqlite");
    const auto plan = smallPlan("advanced");
    const auto ds = demoFor(plan);
    ExperimentRunner first(
        plan,
        RunSetup{.store = &store, .name = "first", .checkpointDirectory = dir / "checkpoints"});
    const auto a = first.run(*ds, nullptr, {}, nullptr);
    ASSERT_FALSE(a.failure) << a.failure->message;
    ASSERT_TRUE(a.runId);
    const auto recorded = *store.details(*a.runId);
    EXPECT_EQ(recorded.run.status, storage::RunStatus::Completed);
    EXPECT_EQ(recorded.epochs.size(), 2u);
    EXPECT_EQ(recorded.run.info.parameters, a.parameters);
    EXPECT_FALSE(recorded.run.checkpointPath.empty());

    auto stored = ExperimentPlan::fromText(recorded.run.info.configJson);
    ASSERT_TRUE(stored) << stored.error().message;
    EXPECT_EQ(stored->source, "demo sample");
    EXPECT_EQ(stored->model.vocabSize, static_cast<std::int64_t>(ds->vocab.size()));  // as it ran
    ExperimentRunner again(*stored, RunSetup{.store = &store, .name = "again"});
    const auto b = again.run(*ds, nullptr, {}, nullptr);
    ASSERT_FALSE(b.failure) << b.failure->message;
    expectSameEpochs(a.result->epochs, b.result->epochs);
    ASSERT_TRUE(a.result->test && b.result->test);
    EXPECT_EQ(a.result->test->loss, b.result->test->loss);
    expectSameEpochs(a.result->epochs, [&] {
        std::vector<training::EpochMetrics> fromStore;
        const auto details = *store.details(*b.runId);
        for (const auto& e : details.epochs) {
            training::EpochMetrics m;
            m.train.loss = e.trainLoss;
            m.train.accuracy = e.trainAccuracy;
            m.valid.loss = e.validLoss;
            m.valid.accuracy = e.validAccuracy;
            fromStore.push_back(m);
        }
        return fromStore;
    }());
}

// A run owns its random stream: a thread that meanwhile builds models (which initialise from
// LibTorch's global generator), counts their parameters, trains one with dropout and predicts
// changes none of the run's numbers.
TEST(ExperimentRunner, WorkOnOtherThreadsLeavesARunsNumbersAlone) {
    for (const char* preset : {"advanced", "cnn"}) {
        SCOPED_TRACE(preset);
        TempDir dir;
        const auto plan = smallPlan(preset, 2, 5);
        const auto ds = demoFor(plan);
        ExperimentRunner alone(plan, RunSetup{.checkpointDirectory = dir.path()});
        const auto a = alone.run(*ds, nullptr, {}, nullptr);
        ASSERT_FALSE(a.failure) << a.failure->message;
        ASSERT_FALSE(a.result->checkpoint.empty());

        std::atomic<bool> done{false};
        std::atomic<int> rounds{0};
        std::thread busy([&] {
            auto predictor =
                training::Predictor::load(a.result->checkpoint, training::Precision::Float32);
            ASSERT_TRUE(predictor) << predictor.error().message;
            while (!done) {
                auto config = plan.modelFor(*ds, nullptr);
                auto network = model::ModelFactory::create(config);
                (void)model::ParameterReport::of(*network);
                network->train();
                const auto tokens = torch::randint(2, config.vocabSize, {12, 3}, torch::kLong);
                const auto lengths = torch::full({3}, 12, torch::kLong);
                network->forward(tokens, lengths).sum().backward();
                (void)predictor->predict("A film I would watch again.");
                ++rounds;
            }
        });
        ExperimentRunner crowded(plan);
        const auto b = crowded.run(*ds, nullptr, {}, nullptr);
        done = true;
        busy.join();
        ASSERT_FALSE(b.failure) << b.failure->message;
        EXPECT_GT(rounds.load(), 0);
        expectSameEpochs(a.result->epochs, b.result->epochs);
    }
}

TEST(ExperimentRunner, AFailedRunKeepsItsEpochsAndBestCheckpoint) {
    TempDir dir;
    auto store = *storage::RunStore::open(dir / "runs.sqlite");
    const auto plan = smallPlan("fasttext", 3, 3);
    const auto ds = demoFor(plan);
    ExperimentRunner runner(
        plan,
        RunSetup{.store = &store, .name = "fails", .checkpointDirectory = dir / "checkpoints"});
    ThrowAt observer(2);
    const auto out = runner.run(*ds, nullptr, {}, &observer);
    ASSERT_TRUE(out.failure);
    EXPECT_NE(out.failure->message.find("the observer failed"), std::string::npos)
        << out.failure->message;
    ASSERT_TRUE(out.runId);
    const auto d = *store.details(*out.runId);
    EXPECT_EQ(d.run.status, storage::RunStatus::Failed);  // never left running
    EXPECT_NE(d.run.error.find("the observer failed"), std::string::npos) << d.run.error;
    EXPECT_EQ(d.epochs.size(), 2u);  // the store had epoch 2 before the observer failed
    ASSERT_FALSE(d.run.checkpointPath.empty());
    EXPECT_TRUE(std::filesystem::exists(d.run.checkpointPath));
    EXPECT_GE(d.run.bestEpoch, 1);
    EXPECT_FALSE(d.run.checkpointSha256.empty());
}

// The runner's observers in between (the best-epoch watcher, the store's recorder) pass the
// validation's and the test's progress on, so the Train page and the CLI's bar hear it.
TEST(ExperimentRunner, TheEvaluationProgressReachesTheCallersObserver) {
    struct Heard : training::TrainingObserver {
        void onEvaluation(const training::EvaluationProgress& p) override { steps.push_back(p); }
        std::vector<training::EvaluationProgress> steps;
    } heard;
    TempDir dir;
    auto store = *storage::RunStore::open(dir / "runs.sqlite");
    const auto plan = smallPlan("fasttext", 1, 2);
    const auto ds = demoFor(plan);
    ExperimentRunner runner(plan, RunSetup{.store = &store, .name = "progress"});
    const auto out = runner.run(*ds, nullptr, {}, &heard);
    ASSERT_FALSE(out.failure) << out.failure->message;
    ASSERT_FALSE(heard.steps.empty());
    const auto& last = heard.steps.back();
    EXPECT_EQ(last.split, training::EvaluationProgress::Split::Test);
    EXPECT_EQ(last.reviews, ds->test.size());
    EXPECT_TRUE(std::any_of(heard.steps.begin(), heard.steps.end(),
                            [&](const training::EvaluationProgress& p) {
                                return p.split == training::EvaluationProgress::Split::Valid &&
                                       p.reviews == ds->valid.size();
                            }));
}
