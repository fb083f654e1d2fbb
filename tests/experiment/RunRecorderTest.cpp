#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include "../core/TestFiles.h"
#include "experiment/RunRecorder.h"
#include "storage/RunStore.h"

using namespace sentiment::storage;
using sentiment::experiment::RunRecorder;
using sentiment::test::TempDir;
namespace training = sentiment::training;

namespace {

RunInfo info(const std::string& name, const std::string& config) {
    RunInfo i;
    i.name = name;
    i.preset = "advanced";
    i.configJson = config;
    i.datasetSource = "demo sample";
    i.trainSize = 1400;
    i.validSize = 600;
    i.testSize = 1000;
    i.parameters = 4'810'857;
    return i;
}

training::EpochMetrics metrics(int epoch) {
    training::EpochMetrics m;
    m.epoch = epoch;
    m.train = {0.694, 0.5025, 0.5025, 1400};
    m.valid = {0.697, 0.4867, 0.4867, 600};
    m.seconds = 45.4;
    m.best = epoch == 1;
    return m;
}

// The next observer in the chain: looks into the store through its own connection each time an
// epoch is shown, as a user would.
class Watcher : public training::TrainingObserver {
public:
    explicit Watcher(std::filesystem::path path, std::int64_t run)
        : path_(std::move(path)), run_(run) {}
    void onEpoch(const training::EpochMetrics& m) override {
        auto store = RunStore::open(path_);
        if (!store) return committedWhenShown.push_back(false);
        const auto d = store->details(run_);
        committedWhenShown.push_back(d && static_cast<int>(d->epochs.size()) >= m.epoch);
    }
    void onLog(const sentiment::Message& message) override { logs.push_back(message.english()); }
    std::vector<bool> committedWhenShown;
    std::vector<std::string> logs;

private:
    std::filesystem::path path_;
    std::int64_t run_;
};

}  // namespace

TEST(RunRecorder, EveryEpochIsCommittedBeforeItIsShown) {
    TempDir dir;
    const auto path = dir / "runs.sqlite";
    auto store = *RunStore::open(path);
    const auto run = *store.beginRun(info("recorded", "{}"));
    Watcher watcher(path, run);
    RunRecorder recorder(store, run, &watcher);
    std::uint64_t step = 0;
    for (int e = 1; e <= 3; ++e) {
        for (std::size_t b = 1; b <= 50; ++b) {
            training::BatchProgress p;
            p.epoch = e;
            p.epochs = 3;
            p.batch = b;
            p.batches = 50;
            p.step = ++step;
            p.loss = 0.6;
            p.accuracy = 0.7;
            recorder.onBatch(p);
        }
        recorder.onEpoch(metrics(e));
    }
    RunOutcome outcome;
    outcome.testLoss = 0.347;
    outcome.testAccuracy = 0.8479;
    outcome.bestEpoch = 1;
    ASSERT_TRUE(recorder.finish(outcome));
    EXPECT_EQ(watcher.committedWhenShown, (std::vector<bool>{true, true, true}));
    const auto d = *store.details(run);
    EXPECT_EQ(d.run.status, RunStatus::Completed);
    EXPECT_EQ(d.epochs.size(), 3u);
    EXPECT_EQ(d.points.size(), 150u);  // fewer steps than the limit: every report kept
    EXPECT_EQ(d.run.bestEpoch, 1);
}

TEST(RunRecorder, AFailingStoreIsReportedOnceAndTrainingGoesOn) {
    TempDir dir;
    std::int64_t run = 0;
    int pages = 0;
    {
        auto first = *RunStore::open(dir / "runs.sqlite");
        run = *first.beginRun(info("full disk", "{}"));
        pages = SQLite::Database(dir / "runs.sqlite", SQLite::OPEN_READONLY)
                    .execAndGet("PRAGMA page_count")
                    .getInt();
    }
    RunStore::OpenOptions quota;
    quota.maxPages = pages + 3;  // room for about one epoch's curve
    auto store = *RunStore::open(dir / "runs.sqlite", quota);
    Watcher watcher(dir / "other.sqlite", run);
    RunRecorder recorder(store, run, &watcher);
    for (int e = 1; e <= 3; ++e) {
        for (std::uint64_t s = 0; s < 3000; ++s) {
            training::BatchProgress p;
            p.epoch = e;
            p.epochs = 3;
            p.batches = 3000;
            p.step = static_cast<std::uint64_t>(e - 1) * 3000 + s;
            recorder.onBatch(p);
        }
        recorder.onEpoch(metrics(e));
    }
    ASSERT_TRUE(recorder.failure());
    EXPECT_NE(recorder.failure()->message.find("disk is full"), std::string::npos);
    ASSERT_EQ(watcher.logs.size(), 1u);
    EXPECT_NE(watcher.logs[0].find("no longer recorded"), std::string::npos);
    EXPECT_EQ(watcher.committedWhenShown.size(),
              3u);  // every epoch still reached the next observer
    EXPECT_FALSE(recorder.finish({}));
}
