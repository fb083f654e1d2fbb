// Any number of classes (issue 41): the figures of a confusion matrix, every preset's N-way
// head and its parameter count, NBSVM's one-against-the-rest ratios, and a table of three
// classes trained end to end, scored and read back from its checkpoint.
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "SmallRuns.h"
#include "data/dataset/DatasetLoader.h"
#include "experiment/ExperimentPlan.h"
#include "experiment/ExperimentRunner.h"
#include "experiment/TestEvaluation.h"
#include "model/ModelFactory.h"
#include "model/NbSvm.h"
#include "model/ParameterReport.h"
#include "storage/RunStore.h"
#include "training/Confusion.h"
#include "training/Loss.h"
#include "training/Predictor.h"

using namespace sentiment;
using experiment::ExperimentPlan;
using experiment::ExperimentRunner;
using experiment::RunSetup;
using sentiment::test::TempDir;
using training::Confusion;

TEST(Confusion, GivesEachClasssFiguresAndTheirMacroMean) {
    // Rows: the class a review is; columns: the class it was called.
    auto m = *Confusion::fromCounts({5, 1, 0,  //
                                     2, 3, 1,  //
                                     0, 0, 4});
    EXPECT_EQ(m.classes(), 3u);
    EXPECT_EQ(m.total(), 16);
    EXPECT_DOUBLE_EQ(m.accuracy(), 12.0 / 16);
    const auto f = m.perClass();
    EXPECT_DOUBLE_EQ(f[0].precision, 5.0 / 7);
    EXPECT_DOUBLE_EQ(f[0].recall, 5.0 / 6);
    EXPECT_DOUBLE_EQ(f[1].precision, 3.0 / 4);
    EXPECT_DOUBLE_EQ(f[1].recall, 3.0 / 6);
    EXPECT_DOUBLE_EQ(f[2].precision, 4.0 / 5);
    EXPECT_DOUBLE_EQ(f[2].recall, 1.0);
    EXPECT_EQ(f[1].support, 6);
    const auto f1 = [](double p, double r) { return 2 * p * r / (p + r); };
    EXPECT_DOUBLE_EQ(m.macroF1(), (f1(5.0 / 7, 5.0 / 6) + f1(0.75, 0.5) + f1(0.8, 1.0)) / 3);
    // Stars 1, 2, 3: four reviews one star off, none two.
    EXPECT_DOUBLE_EQ(*m.meanAbsoluteError({1, 2, 3}), 4 / 16.0);
    EXPECT_FALSE(m.meanAbsoluteError({1, 2}));
    // A class that never occurs (in truth or as a call) leaves the mean alone.
    Confusion four(4);
    four.add(0, 0, 3);
    four.add(1, 1, 1);
    four.add(1, 0, 1);
    EXPECT_DOUBLE_EQ(four.macroF1(), (f1(0.75, 1) + f1(1, 0.5)) / 2);
    EXPECT_FALSE(Confusion::fromCounts({1, 2, 3}));
    EXPECT_FALSE(Confusion::fromCounts({1, -2, 3, 4}));
    // The pairs most often mixed up: 1 called 0 (2), then 0 called 1 and 1 called 2 (1 each).
    EXPECT_EQ(m.mostConfused(2), (std::vector<Confusion::Pair>{{1, 0, 2}, {0, 1, 1}}));
    EXPECT_EQ(m.mostConfused(10).size(), 3u);
    EXPECT_TRUE(Confusion(3).mostConfused(3).empty());
}

TEST(Confusion, TwoClassesGiveTheLecturesAccuracyAndTheBinaryFigures) {
    Confusion m(2);
    m.add(1, 1, 40);  // positive called positive
    m.add(1, 0, 10);
    m.add(0, 1, 5);
    m.add(0, 0, 45);
    EXPECT_DOUBLE_EQ(m.accuracy(), 0.85);
    EXPECT_DOUBLE_EQ(m.perClass()[1].precision, 40.0 / 45);
    EXPECT_DOUBLE_EQ(m.perClass()[1].recall, 0.8);
}

TEST(MultiClassModel, EveryPresetHasAHeadPerClassAndCountsItsParametersBeforehand) {
    for (const char* preset : {"base", "advanced", "fasttext", "cnn", "nbsvm"}) {
        SCOPED_TRACE(preset);
        auto config = *model::ModelConfig::preset(preset);
        config.vocabSize = 300;
        config.embeddingDim = config.architecture == model::Architecture::NbSvm ? 1 : 8;
        if (config.hidden > 0) config.hidden = 6;
        config.filters = 4;
        config.classes = 5;
        auto net = model::ModelFactory::create(config);
        std::int64_t built = 0;
        for (const auto& p : net->parameters()) built += p.numel();
        EXPECT_EQ(config.parameterCount(), built);
        const auto report = model::ParameterReport::of(*net);
        std::int64_t formulas = 0;
        for (const auto& f : report.formulas) formulas += f.count;
        EXPECT_EQ(formulas, built);
        net->eval();
        const auto tokens = torch::randint(2, 300, {7, 3}, torch::kLong);
        const auto lengths = torch::full({3}, 7, torch::kLong);
        EXPECT_EQ(net->forward(tokens, lengths).sizes(), (std::vector<std::int64_t>{3, 5}));
        // Two classes keep the lecture's single logit.
        config.classes = 2;
        EXPECT_EQ(model::ModelFactory::create(config)->forward(tokens, lengths).dim(), 1);
    }
    // Stored and read back; out of range refused.
    auto config = *model::ModelConfig::preset("fasttext");
    config.classes = 10;
    EXPECT_EQ(model::ModelConfig::fromJson(config.toJson())->classes, 10);
    auto json = config.toJson();
    json["classes"] = 1;
    EXPECT_FALSE(model::ModelConfig::fromJson(json));
    json.erase("classes");  // written before issue 41
    EXPECT_EQ(model::ModelConfig::fromJson(json)->classes, 2);
}

TEST(MultiClassModel, NbSvmRatiosAreEachClassAgainstTheRest) {
    // Entry 2 in every review of class 0; entry 3 in class 1's; entry 4 in class 2's and one of
    // class 0's.
    const std::vector<std::vector<std::int32_t>> ids = {{2, 4}, {2}, {3}, {4}, {4, 4}};
    const std::vector<float> labels = {0, 0, 1, 2, 2};
    std::vector<std::span<const std::int32_t>> reviews(ids.begin(), ids.end());
    const auto r = model::logCountRatios(reviews, labels, 5, 1, 1.0, 3);
    ASSERT_EQ(r.size(), 15u);
    // Smoothing 1; the norms are over entries 0, 2, 3 and 4 (1 is the pad).
    const auto ratio = [&](double p, double pNorm, double q, double qNorm) {
        return std::log((p / pNorm) / (q / qNorm));
    };
    // Class 0: held 2 twice and 4 once; the rest (3 reviews) held 3 once and 4 twice.
    const double pNorm = 4 + 2 + 1, qNorm = 4 + 1 + 2;
    EXPECT_NEAR(r[2 * 3 + 0], ratio(3, pNorm, 1, qNorm), 1e-6);
    EXPECT_NEAR(r[4 * 3 + 0], ratio(2, pNorm, 3, qNorm), 1e-6);
    // Class 2: held 4 twice (once per review); the rest held 2 twice, 3 once, 4 once.
    EXPECT_NEAR(r[4 * 3 + 2], ratio(3, 4 + 2, 2, 4 + 4), 1e-6);
    EXPECT_FLOAT_EQ(r[1 * 3 + 1], 0.0f);  // the pad entry
    // Two classes: one ratio per entry, positive against negative, as before.
    const std::vector<float> binary = {0, 0, 1, 1, 1};
    const auto b = model::logCountRatios(reviews, binary, 5, 1, 1.0);
    ASSERT_EQ(b.size(), 5u);
    EXPECT_NEAR(b[4], ratio(1 + 2, 4 + 3, 1 + 1, 4 + 3), 1e-6);
}

TEST(MultiClassModel, ClassWeightsWeighEachReviewByItsClass) {
    const auto logits = torch::tensor({{2.0f, 0.0f, 0.0f}, {0.0f, 1.0f, 0.0f}});
    const auto labels = torch::tensor({0.0f, 2.0f});
    const auto plain = training::classificationLoss(logits, labels);
    const auto each = training::classificationLoss(logits, labels, {}, at::Reduction::None);
    EXPECT_NEAR(plain.item<double>(), each.mean().item<double>(), 1e-6);
    const auto w = torch::tensor({1.0f, 1.0f, 3.0f});
    EXPECT_NEAR(training::classificationLoss(logits, labels, w).item<double>(),
                (each[0] + 3 * each[1]).item<double>() / 4, 1e-6);
    // One logit: the lecture's binary cross-entropy, and the same weighted mean.
    const auto one = torch::tensor({1.5f, -0.5f, 0.3f});
    const auto truth = torch::tensor({1.0f, 0.0f, 0.0f});
    const auto bce = training::classificationLoss(one, truth, {}, at::Reduction::None);
    EXPECT_NEAR(training::classificationLoss(one, truth).item<double>(), bce.mean().item<double>(),
                1e-6);
    EXPECT_NEAR(
        training::classificationLoss(one, truth, torch::tensor({2.0f, 1.0f})).item<double>(),
        (bce[0] + 2 * bce[1] + 2 * bce[2]).item<double>() / 5, 1e-6);
}

namespace {
// A table of three classes whose words decide the class.
std::filesystem::path writeThreeClasses(const TempDir& dir) {
    const char* words[3][4] = {{"awful", "boring", "waste", "dull"},
                               {"fine", "average", "okay", "decent"},
                               {"great", "superb", "moving", "brilliant"}};
    const char* names[3] = {"bad", "ok", "good"};
    std::string csv = "text,label\n";
    for (int i = 0; i < 600; ++i) {
        const int c = i % 3;
        csv += std::string("the film was ") + words[c][i % 4] + " and " + words[c][(i / 3) % 4] +
               " number " + std::to_string(i) + "," + names[c] + "\n";
    }
    const auto path = dir / "three.csv";
    sentiment::test::writeFile(path, csv);
    return path;
}
}  // namespace

TEST(MultiClassRun, EveryPresetTrainsThreeClassesAndItsCheckpointCallsThemAsTheTestPassDid) {
    TempDir dir;
    const auto file = writeThreeClasses(dir);
    for (const char* preset : {"nbsvm", "fasttext", "cnn", "base", "advanced"}) {
        SCOPED_TRACE(preset);
        auto plan = std::string(preset) == "nbsvm" ? *ExperimentPlan::forPreset("nbsvm")
                                                   : sentiment::test::smallPlan(preset, 2, 0);
        if (std::string(preset) == "fasttext") plan.training.epochs = 15;
        plan.training.device = "cpu";
        plan.training.classWeights = std::string(preset) == "fasttext";
        const data::DatasetLoader loader(dir / "cache");
        auto loaded = loader.load(file, plan.datasetOptions());
        ASSERT_TRUE(loaded) << loaded.error().message;
        const auto ds = std::make_shared<const data::Dataset>(std::move(*loaded));
        // Labels in their natural order (words by their bytes).
        EXPECT_EQ(ds->classes(), (std::vector<std::string>{"bad", "good", "ok"}));
        // The model as it will be built (the Model page's count, the memory estimate) has them.
        EXPECT_EQ(plan.modelFor(*ds, nullptr).classes, 3);
        auto store = *storage::RunStore::open(dir / (std::string(preset) + ".sqlite"));
        ExperimentRunner runner(
            plan,
            RunSetup{.store = &store, .name = preset, .checkpointDirectory = dir / "checkpoints"});
        const auto out = runner.run(*ds, nullptr, {}, nullptr);
        ASSERT_FALSE(out.failure) << out.failure->message;
        ASSERT_TRUE(out.result && out.result->test);
        const auto& test = *out.result->test;
        EXPECT_EQ(test.confusion.classes(), 3u);
        EXPECT_EQ(std::size_t(test.confusion.total()), ds->test.size());
        EXPECT_NEAR(test.confusion.accuracy(), test.accuracy, 1e-12);
        EXPECT_EQ(out.plan.model.classes, 3);
        EXPECT_EQ(out.plan.classes, ds->classes());
        // Chance is a third. NBSVM reads the deciding words at once; FastText (small, weighted
        // by class) in a few epochs.
        if (std::string(preset) == "nbsvm") {
            EXPECT_GT(test.accuracy, 0.9);
            EXPECT_GT(test.confusion.macroF1(), 0.9);
        } else if (std::string(preset) == "fasttext") {
            EXPECT_GT(test.accuracy, 0.6);
            EXPECT_GT(test.confusion.macroF1(), 0.6);
        }
        // The stored plan names the classes; the test predictions carry each call.
        const auto row = store.details(*out.runId)->run;
        EXPECT_EQ(ExperimentPlan::fromText(row.info.configJson)->classNames(), ds->classes());
        const auto stored = *store.testPredictions(*out.runId);
        ASSERT_EQ(stored.size(), ds->test.size());
        const experiment::TestEvaluation evaluation(stored);
        EXPECT_EQ(evaluation.classConfusion(3), test.confusion);
        // The store keeps the test's macro-F1 and each epoch's on the validation split.
        ASSERT_TRUE(row.testMacroF1);
        EXPECT_NEAR(*row.testMacroF1, test.confusion.macroF1(), 1e-12);
        const auto details = *store.details(*out.runId);
        for (const auto& e : details.epochs) EXPECT_TRUE(e.validMacroF1);
        // Every pair of classes it mixed up has its surest mistakes' texts kept.
        for (const auto& pair : test.confusion.mostConfused(6)) {
            const auto of = evaluation.mistakes(10, std::pair{int(pair.truth), int(pair.called)});
            // At least the pair's own few; more when they are among the surest overall.
            EXPECT_GE(of.size(), std::min<std::size_t>(std::size_t(pair.reviews),
                                                       experiment::TestEvaluation::kKeptPerPair));
            EXPECT_LE(of.size(), std::size_t(pair.reviews));
            for (const auto* m : of) EXPECT_EQ(m->call(), int(pair.called));
        }
        // The checkpoint calls a text as the test pass did, with probabilities that sum to one.
        auto predictor = training::Predictor::load(row.checkpointPath);
        ASSERT_TRUE(predictor) << predictor.error().message;
        EXPECT_EQ(predictor->checkpoint().classes, ds->classes());
        for (std::size_t i : {std::size_t(0), ds->test.size() / 2, ds->test.size() - 1}) {
            const auto p =
                predictor->predict(std::string(ds->corpus->text(ds->test.reviewIndex[i])));
            ASSERT_EQ(p.probabilities.size(), 3u);
            EXPECT_NEAR(std::accumulate(p.probabilities.begin(), p.probabilities.end(), 0.0), 1.0,
                        1e-9);
            EXPECT_EQ(p.called, out.result->testCalls[i]) << "test review " << i;
            EXPECT_NEAR(p.probability, out.result->testProbabilities[i], 1e-4);
        }
        if (std::string(preset) != "nbsvm") continue;
        // NBSVM explains the class it calls, exactly.
        const auto text = std::string(ds->corpus->text(ds->test.reviewIndex[1]));
        const auto e = predictor->explain(text);
        ASSERT_TRUE(e);
        const auto p = predictor->predict(text);
        EXPECT_EQ(e->towards, p.called);
        double sum = e->bias;
        for (const auto& t : e->terms) sum += t.value;
        EXPECT_NEAR(sum, e->logit, 1e-9);
        EXPECT_FALSE(predictor->strongest(5, true, 2).empty());
    }
}

// IMDb's own multi-class task: the stars in its file names, through a label map (the same
// `--label-map` a table takes).
TEST(MultiClassRun, ImdbsStarsBecomeClassesThroughALabelMap) {
    TempDir dir;
    const data::DatasetLoader loader(dir / "cache");
    data::DatasetOptions options;
    options.table.labelMap = "1=1,2=2,3=3,4=4,7=7,8=8,9=9,10=10";
    auto eight = loader.loadDemo(options);
    ASSERT_TRUE(eight) << eight.error().message;
    EXPECT_EQ(eight->classes(),
              (std::vector<std::string>{"1", "2", "3", "4", "7", "8", "9", "10"}));
    const auto& corpus = *eight->corpus;
    const std::vector<int> stars = {1, 2, 3, 4, 7, 8, 9, 10};
    for (std::size_t i = 0; i < corpus.size(); i += 97)
        EXPECT_EQ(stars.at(static_cast<std::size_t>(corpus.reviews[i].label)),
                  corpus.reviews[i].rating);
    // Binned as the lecture's two classes: the same reviews as IMDb's own labels.
    options.table.labelMap = "1-4=negative,7-10=positive";
    auto two = loader.loadDemo(options);
    ASSERT_TRUE(two);
    const auto plain = loader.loadDemo({});
    ASSERT_TRUE(plain);
    EXPECT_EQ(two->classes(), plain->classes());
    EXPECT_EQ(two->test.labels, plain->test.labels);
    // A map that leaves out the middle stars drops their reviews and says so.
    options.table.labelMap = "1-2=awful,9-10=superb";
    auto ends = loader.loadDemo(options);
    ASSERT_TRUE(ends);
    EXPECT_LT(ends->test.size(), plain->test.size());
    EXPECT_FALSE(ends->corpus->report.warnings.empty());
    options.table.labelMap = "1-4=negative,5-6=middle";  // IMDb has no 5 or 6 stars
    auto none = loader.loadDemo(options);
    ASSERT_FALSE(none);
    EXPECT_NE(none.error().message.find("\"middle\" has no training example"), std::string::npos)
        << none.error().message;
}

// The median call (numbered classes): the first class where the model's cumulative probability
// reaches one half; the test pass and the checkpoint call alike; on the demo's IMDb stars it is
// nearer the truth on average than the likeliest class; words as classes are refused.
TEST(MultiClassRun, TheMedianCallIsTheDistributionsMedianAndNearerOnAverage) {
    TempDir dir;
    const data::DatasetLoader loader(dir / "cache");
    auto plan = *ExperimentPlan::forPreset("nbsvm");
    plan.training.device = "cpu";
    auto options = plan.datasetOptions();
    options.table.labelMap = "1=1,2=2,3=3,4=4,7=7,8=8,9=9,10=10";
    auto loaded = loader.loadDemo(options);
    ASSERT_TRUE(loaded) << loaded.error().message;
    const auto ds = std::make_shared<const data::Dataset>(std::move(*loaded));
    const std::vector<double> stars = {1, 2, 3, 4, 7, 8, 9, 10};
    std::optional<double> likeliestError;
    for (const bool median : {false, true}) {
        SCOPED_TRACE(median ? "median" : "likeliest");
        plan.model.medianCall = median;
        auto store = *storage::RunStore::open(dir / (median ? "median.sqlite" : "argmax.sqlite"));
        ExperimentRunner runner(
            plan, RunSetup{.store = &store, .name = "stars", .checkpointDirectory = dir / "ckpt"});
        const auto out = runner.run(*ds, nullptr, {}, nullptr);
        ASSERT_FALSE(out.failure) << out.failure->message;
        const auto& test = *out.result->test;
        const auto mae = test.confusion.meanAbsoluteError(stars);
        ASSERT_TRUE(mae);
        if (!median) {
            likeliestError = mae;
            continue;
        }
        EXPECT_LT(*mae, *likeliestError);
        // The checkpoint calls the median as the test pass did.
        const auto row = store.details(*out.runId)->run;
        auto predictor = training::Predictor::load(row.checkpointPath);
        ASSERT_TRUE(predictor) << predictor.error().message;
        EXPECT_TRUE(predictor->checkpoint().model.medianCall);
        for (std::size_t i = 0; i < ds->test.size(); i += 37) {
            const auto p =
                predictor->predict(std::string(ds->corpus->text(ds->test.reviewIndex[i])));
            EXPECT_EQ(p.called, out.result->testCalls[i]) << "test review " << i;
            double below = 0;
            for (std::size_t c = 0; c < p.called; ++c) below += p.probabilities[c];
            EXPECT_LT(below, 0.5 + 1e-6);
            EXPECT_GE(below + p.probabilities[p.called], 0.5 - 1e-6);
        }
    }
    // Classes that are words have no median.
    TempDir words;
    const auto file = writeThreeClasses(words);
    const auto named = loader.load(file, plan.datasetOptions());
    ASSERT_TRUE(named);
    auto store = *storage::RunStore::open(words / "runs.sqlite");
    ExperimentRunner runner(plan, RunSetup{.store = &store, .name = "words"});
    const auto refused = runner.run(*named, nullptr, {}, nullptr);
    ASSERT_TRUE(refused.failure);
    EXPECT_NE(refused.failure->message.find("numbers in order"), std::string::npos)
        << refused.failure->message;
}
