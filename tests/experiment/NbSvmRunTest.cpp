// The NBSVM preset end to end on the demo sample (issue 19): it is a preset like the others (plan,
// record, checkpoint), it learns, its ratios are the training reviews' and stay fixed, a saved
// checkpoint scores exactly as the test pass did, and all the training reviews can train it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "SmallRuns.h"
#include "data/dataset/NgramDatasetBuilder.h"
#include "data/text/CharNgrams.h"
#include "experiment/Baseline.h"
#include "experiment/ExperimentPlan.h"
#include "experiment/ExperimentRunner.h"
#include "model/ModelFactory.h"
#include "model/NbSvm.h"
#include "storage/RunStore.h"
#include "training/Predictor.h"

using namespace sentiment;
using experiment::ExperimentPlan;
using experiment::ExperimentRunner;
using experiment::RunSetup;
using sentiment::test::demoFor;
using sentiment::test::TempDir;

namespace {
ExperimentPlan nbsvmPlan() {
    auto p = *ExperimentPlan::forPreset("nbsvm");
    p.training.device = "cpu";
    p.setSeed(77);
    return p;
}
}  // namespace

TEST(NbSvmPreset, IsThePapersSetup) {
    const auto p = nbsvmPlan();
    EXPECT_EQ(p.model.architecture, model::Architecture::NbSvm);
    EXPECT_EQ(p.ngrams(), 2);  // words and bigrams
    EXPECT_EQ(p.datasetOptions().ngrams, 2);
    EXPECT_EQ(p.data.maxVocab, 0u);  // every n-gram of the training reviews
    EXPECT_FALSE(p.useVectors);
    EXPECT_TRUE(p.validate());
    auto bad = p;
    bad.model.ngrams = 4;
    ASSERT_FALSE(bad.validate());
    EXPECT_NE(bad.validate().error().message.find("--ngrams"), std::string::npos);
    bad = p;
    bad.model.nbBeta = 1.5;
    EXPECT_FALSE(bad.validate());
    bad = p;
    bad.model.nbAlpha = 0;
    EXPECT_FALSE(bad.validate());
    // Stored and read back with its own settings.
    auto q = p;
    q.model.nbAlpha = 0.5;
    q.model.nbBeta = 0.25;
    const auto back = ExperimentPlan::fromText(q.toJson().dump());
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->model.nbAlpha, 0.5);
    EXPECT_EQ(back->model.nbBeta, 0.25);
    EXPECT_EQ(back->toJson(), q.toJson());
}

TEST(NbSvmPreset, LearnsTheDemoAndItsCheckpointScoresAsTheTestPassDid) {
    TempDir dir;
    auto store = *storage::RunStore::open(dir / "runs.sqlite");
    const auto plan = nbsvmPlan();
    const auto ds = demoFor(plan);
    ExperimentRunner runner(
        plan,
        RunSetup{.store = &store, .name = "nbsvm", .checkpointDirectory = dir / "checkpoints"});
    const auto out = runner.run(*ds, nullptr, {}, nullptr);
    ASSERT_FALSE(out.failure) << out.failure->message;
    ASSERT_TRUE(out.result && out.result->test);
    // 2,000 demo reviews train it; chance is 50 %.
    EXPECT_GT(out.result->test->accuracy, 0.75);
    EXPECT_EQ(out.result->epochs.size(), 3u);
    // Trainable: one weight per vocabulary entry and the bias; the ratios are fixed.
    EXPECT_EQ(out.parameters, static_cast<std::int64_t>(ds->vocab.size()) + 1);

    const auto details = *store.details(*out.runId);
    ASSERT_FALSE(details.run.checkpointPath.empty());
    auto predictor = training::Predictor::load(details.run.checkpointPath);
    ASSERT_TRUE(predictor) << predictor.error().message;
    auto& nb = dynamic_cast<model::NbSvmImpl&>(*predictor->checkpoint().network);
    // The ratios came back from the file as the training reviews give them.
    std::vector<std::span<const std::int32_t>> reviews;
    for (std::size_t i = 0; i < ds->train.size(); ++i) reviews.push_back(ds->train.tokensOf(i));
    const auto r = model::logCountRatios(reviews, ds->train.labels,
                                         static_cast<std::int64_t>(ds->vocab.size()),
                                         data::Vocabulary::kPad, plan.model.nbAlpha);
    const auto stored = nb.embedding()->weight.squeeze(1);
    for (std::size_t j : {std::size_t(0), std::size_t(2), std::size_t(3), ds->vocab.size() - 1}) {
        EXPECT_FLOAT_EQ(stored[std::int64_t(j)].item<float>(), r[j]) << "entry " << j;
    }
    // The exact explanation: the contributions and the bias sum to the logit the model scores,
    // and the token shares too; the strongest n-grams lean the way they say.
    const auto text = std::string(ds->corpus->text(ds->test.reviewIndex[0]));
    const auto e = predictor->explain(text);
    ASSERT_TRUE(e);
    const double p = predictor->predict(text).probability;
    EXPECT_NEAR(1.0 / (1.0 + std::exp(-e->logit)), p, 1e-5);
    double sum = e->bias, shares = e->bias;
    for (const auto& t : e->terms) sum += t.value;
    for (const auto v : e->perToken) shares += v;
    EXPECT_NEAR(sum, e->logit, 1e-9);
    EXPECT_NEAR(shares, e->logit, 1e-6);
    EXPECT_EQ(e->perToken.size(), predictor->predict(text).tokens.size());
    EXPECT_GT(e->terms.size(), e->perToken.size() / 2);
    for (std::size_t i = 1; i < e->terms.size(); ++i)
        EXPECT_GE(std::abs(e->terms[i - 1].value), std::abs(e->terms[i].value));
    bool bigram = false;
    for (const auto& t : e->terms) bigram = bigram || t.length == 2;
    EXPECT_TRUE(bigram);
    const auto up = predictor->strongest(10, true), down = predictor->strongest(10, false);
    ASSERT_EQ(up.size(), 10u);
    ASSERT_EQ(down.size(), 10u);
    EXPECT_GT(up.back().value, 0);
    EXPECT_LT(down.back().value, 0);
    EXPECT_GE(up.front().value, up.back().value);
    EXPECT_LE(down.front().value, down.back().value);
    // A test review scored from its text gives the probability the test pass recorded.
    ASSERT_EQ(out.result->testProbabilities.size(), ds->test.size());
    for (std::size_t i : {std::size_t(0), ds->test.size() / 2, ds->test.size() - 1}) {
        const auto review = ds->corpus->text(ds->test.reviewIndex[i]);
        EXPECT_NEAR(predictor->predict(review).probability, out.result->testProbabilities[i], 1e-5)
            << "test review " << i;
    }
}

TEST(NbSvmPreset, AllTheTrainingReviewsTrainItAndTheLastEpochIsTested) {
    auto plan = nbsvmPlan();
    plan.data.trainFraction = 1.0;
    plan.training.epochs = 2;
    ASSERT_TRUE(plan.validate());
    const auto ds = demoFor(plan);
    EXPECT_EQ(ds->valid.size(), 0u);
    EXPECT_EQ(ds->train.size(), 2000u);
    ExperimentRunner runner(plan);
    const auto out = runner.run(*ds, nullptr, {}, nullptr);
    ASSERT_FALSE(out.failure) << out.failure->message;
    ASSERT_TRUE(out.result && out.result->test);
    EXPECT_EQ(out.result->bestEpoch, 2);  // no validation: the last epoch
    EXPECT_EQ(out.result->epochs.back().valid.examples, 0u);
    EXPECT_GT(out.result->test->accuracy, 0.75);
}

TEST(NbSvmPreset, TrigramsJoinTheVocabularyAndEachReviewReadsItsDistinctOnes) {
    auto plan = nbsvmPlan();
    plan.model.ngrams = 3;
    plan.training.epochs = 1;
    const auto ds = demoFor(plan);
    EXPECT_EQ(ds->options.ngrams, 3);
    std::size_t trigrams = 0;
    for (std::size_t i = 2; i < ds->vocab.size(); ++i) {
        const auto& t = ds->vocab.token(static_cast<std::int32_t>(i));
        trigrams += std::count(t.begin(), t.end(), ' ') == 2 ? 1 : 0;
    }
    EXPECT_GT(trigrams, 1000u);
    const auto review = ds->train.reviewIndex[0];
    const auto tokens = ds->corpus->tokensOf(review);
    std::vector<std::uint64_t> two, three;
    data::NgramDatasetBuilder::bigramsOf(tokens, two);
    data::NgramDatasetBuilder::trigramsOf(tokens, three);
    EXPECT_EQ(ds->train.length(0), tokens.size() + two.size() + three.size());
    // Trained and saved, its checkpoint reads text the same way: the test pass's figure again.
    TempDir dir;
    auto store = *storage::RunStore::open(dir / "runs.sqlite");
    ExperimentRunner runner(
        plan,
        RunSetup{.store = &store, .name = "trigrams", .checkpointDirectory = dir / "checkpoints"});
    const auto out = runner.run(*ds, nullptr, {}, nullptr);
    ASSERT_FALSE(out.failure) << out.failure->message;
    auto predictor = training::Predictor::load(store.details(*out.runId)->run.checkpointPath);
    ASSERT_TRUE(predictor) << predictor.error().message;
    EXPECT_EQ(predictor->checkpoint().ngrams, 3);
    const auto text = ds->corpus->text(ds->test.reviewIndex[3]);
    EXPECT_NEAR(predictor->predict(text).probability, out.result->testProbabilities[3], 1e-5);
    const auto e = predictor->explain(text);
    ASSERT_TRUE(e);
    bool trigram = false;
    for (const auto& t : e->terms) trigram = trigram || t.length == 3;
    EXPECT_TRUE(trigram);
}

// fastText's subwords for both bag-of-n-grams presets: the grams join the vocabulary, each review
// reads its words' distinct grams once, and a checkpoint reads new text the same way (the test
// pass's figures again, from the texts).
TEST(CharacterNgrams, JoinTheVocabularyAndTheCheckpointReadsTextTheSameWay) {
    for (const char* preset : {"nbsvm", "fasttext"}) {
        SCOPED_TRACE(preset);
        const bool nbsvm = std::string(preset) == "nbsvm";
        auto plan = nbsvm ? nbsvmPlan() : sentiment::test::smallPlan("fasttext");
        plan.model.charNgrams = 3;
        plan.training.epochs = 1;
        ASSERT_TRUE(plan.validate());
        const auto ds = demoFor(plan);
        EXPECT_EQ(ds->options.charNgrams, 3);
        std::size_t grams = 0;
        for (std::size_t i = 2; i < ds->vocab.size(); ++i)
            grams += ds->vocab.token(static_cast<std::int32_t>(i)).starts_with("#") ? 1 : 0;
        EXPECT_GT(grams, 1000u);
        // A training review: its tokens, its distinct bigrams, its words' distinct grams.
        const auto review = ds->train.reviewIndex[0];
        const auto tokens = ds->corpus->tokensOf(review);
        std::vector<std::uint64_t> two;
        data::NgramDatasetBuilder::bigramsOf(tokens, two);
        std::vector<std::string> all, some;
        for (const auto t : tokens) {
            data::CharNgrams::of(ds->corpus->dictionary[t], 3, some);
            all.insert(all.end(), some.begin(), some.end());
        }
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        EXPECT_EQ(ds->train.length(0), tokens.size() + two.size() + all.size());
        TempDir dir;
        auto store = *storage::RunStore::open(dir / "runs.sqlite");
        ExperimentRunner runner(plan, RunSetup{.store = &store,
                                               .name = "subwords",
                                               .checkpointDirectory = dir / "checkpoints"});
        const auto out = runner.run(*ds, nullptr, {}, nullptr);
        ASSERT_FALSE(out.failure) << out.failure->message;
        ASSERT_TRUE(out.result && out.result->test);
        auto predictor = training::Predictor::load(store.details(*out.runId)->run.checkpointPath);
        ASSERT_TRUE(predictor) << predictor.error().message;
        EXPECT_EQ(predictor->checkpoint().charNgrams, 3);
        // The checkpoint reads a test review's text as the dataset holds it: the same features
        // (the n-grams' order may differ, a bag has none).
        for (std::size_t i : {std::size_t(1), ds->test.size() / 3, ds->test.size() - 2}) {
            const auto text = ds->corpus->text(ds->test.reviewIndex[i]);
            auto read = predictor->predict(text).ids;
            const auto held = ds->test.tokensOf(i);
            std::vector<std::int32_t> want(held.begin(), held.end());
            std::sort(read.begin(), read.end());
            std::sort(want.begin(), want.end());
            EXPECT_EQ(read, want) << "test review " << i;
            // NBSVM reads a bag; FastText averages over its batch's padding too, so only NBSVM
            // scores a text alone exactly as the test pass did.
            if (nbsvm) {
                EXPECT_NEAR(predictor->predict(text).probability, out.result->testProbabilities[i],
                            1e-5)
                    << "test review " << i;
            }
        }
        if (!nbsvm) continue;
        EXPECT_GT(out.result->test->accuracy, 0.75);
        const auto text = std::string(ds->corpus->text(ds->test.reviewIndex[5]));
        const auto e = predictor->explain(text);
        ASSERT_TRUE(e);
        EXPECT_NEAR(1.0 / (1.0 + std::exp(-e->logit)), predictor->predict(text).probability, 1e-5);
        const bool gram = std::any_of(e->terms.begin(), e->terms.end(),
                                      [](const auto& t) { return t.ngram.starts_with("#<"); });
        EXPECT_TRUE(gram);
    }
}

TEST(NbSvmPreset, OnlyALinearModelHasAnExactExplanation) {
    const auto plan = sentiment::test::smallPlan("fasttext");
    const auto ds = demoFor(plan);
    training::Checkpoint c;
    c.model = plan.modelFor(*ds, nullptr);
    c.vocab = ds->vocab;
    c.ngrams = 2;
    c.network = model::ModelFactory::create(c.model);
    const training::Predictor predictor(std::move(c));
    EXPECT_FALSE(predictor.explain("a good film"));
    EXPECT_TRUE(predictor.strongest(5, true).empty());
}

TEST(Baseline, IsTheNewestNbsvmRunOnTheSameDatasetAndSplit) {
    auto row = [](std::int64_t id, const char* preset, const char* source, std::uint64_t seed,
                  double test) {
        storage::RunRow r;
        r.id = id;
        r.info.preset = preset;
        r.info.datasetSource = source;
        r.info.datasetSize = 84'125'825;
        r.info.seed = seed;
        r.info.trainSize = 17'500;
        r.info.validSize = 7'500;
        r.info.testSize = 25'000;
        r.status = storage::RunStatus::Completed;
        r.testAccuracy = test;
        r.createdAt = "2026-12-03T0" + std::to_string(id) + ":00:00Z";
        return r;
    };
    const auto run = row(1, "advanced", "/data/aclImdb_v1.tar.gz", 1234, 0.8908);
    std::vector<storage::RunRow> runs{
        run, row(2, "nbsvm", "/data/aclImdb_v1.tar.gz", 99, 0.92),  // another split
        row(3, "nbsvm", "/data/../data/aclImdb_v1.tar.gz", 1234, 0.9167),
        row(4, "cnn", "/data/aclImdb_v1.tar.gz", 1234, 0.87)};
    EXPECT_FALSE(experiment::Baseline::find(run, std::span(runs).first(2)));
    const auto b = experiment::Baseline::find(run, runs);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->id, 3);  // the same file, spelled another way
    EXPECT_EQ(experiment::Baseline::compare(run, *b)->english(),
              "2.59 points below the linear baseline (NBSVM, run 3: 91.67%)");
    auto better = run;
    better.testAccuracy = 0.93;
    EXPECT_EQ(experiment::Baseline::compare(better, *b)->english(),
              "1.33 points above the linear baseline (NBSVM, run 3: 91.67%)");
    runs.push_back(row(5, "nbsvm", "/data/aclImdb_v1.tar.gz", 1234, 0.9190));
    EXPECT_EQ(experiment::Baseline::find(run, runs)->id, 5);  // the newest
    runs.back().status = storage::RunStatus::Failed;
    EXPECT_EQ(experiment::Baseline::find(run, runs)->id, 3);
    EXPECT_FALSE(experiment::Baseline::find(runs[2], runs));  // a baseline has none
    // Its plan: the nbsvm preset on the run's split, from the recorded sizes when the run has no
    // plan.
    const auto plan = experiment::Baseline::planFor(run);
    ASSERT_TRUE(plan) << plan.error().message;
    EXPECT_EQ(plan->preset, "nbsvm");
    EXPECT_DOUBLE_EQ(plan->data.trainFraction, 0.7);
    EXPECT_EQ(plan->seed(), 1234u);
    EXPECT_EQ(plan->source, "/data/aclImdb_v1.tar.gz");
}
