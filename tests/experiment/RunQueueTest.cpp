#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../core/TestFiles.h"
#include "experiment/RunQueue.h"
#include "storage/RunStore.h"

using namespace sentiment::experiment;
using sentiment::storage::QueueEntry;
using sentiment::storage::RunGroup;
using sentiment::storage::RunStore;
using sentiment::test::TempDir;

namespace {

ExperimentPlan basePlan() {
    auto plan = ExperimentPlan::lecture("base");
    plan.setSeed(40);
    plan.source = "demo sample";
    return plan;
}

std::int64_t recordRun(RunStore& store, const ExperimentPlan& plan) {
    sentiment::storage::RunInfo info;
    info.name = "base";
    info.preset = plan.preset;
    info.configJson = plan.toJson().dump();
    info.datasetSource = "demo sample";
    return *store.beginRun(info);
}

}  // namespace

TEST(GroupPlan, SeedsKeepTheSplitAndNameTheirRuns) {
    const auto group = GroupPlan::seeds(basePlan(), 3, false);
    EXPECT_EQ(group.kind, RunGroup::Kind::Seeds);
    EXPECT_EQ(group.name, "base, 3 seeds");
    ASSERT_EQ(group.members.size(), 3u);
    EXPECT_EQ(group.members[2].value, "42");
    EXPECT_EQ(group.members[2].plan.seed(), 42u);
    EXPECT_EQ(group.members[2].plan.dataSeed(), 40u);  // the split stays
    EXPECT_EQ(GroupPlan::seeds(basePlan(), 3, true).members[2].plan.dataSeed(), 42u);
    EXPECT_EQ(GroupPlan::runName("base", "42"), "base, seed 42");
    EXPECT_EQ(GroupPlan::runName("base", "lr=1e-3"), "base, lr 1e-3");
    EXPECT_EQ(GroupPlan::runName("mine", ""), "mine");
}

TEST(GroupPlan, ASweepSetsItsKnobAndRefusesWhatIsNoValue) {
    const auto sweep = GroupPlan::sweep(basePlan(), "lr=1e-2,1e-3");
    ASSERT_TRUE(sweep) << sweep.error().message;
    EXPECT_EQ(sweep->kind, RunGroup::Kind::Sweep);
    EXPECT_EQ(sweep->knob, "lr");
    ASSERT_EQ(sweep->members.size(), 2u);
    EXPECT_EQ(sweep->members[1].value, "lr=1e-3");
    EXPECT_DOUBLE_EQ(sweep->members[1].plan.training.learningRate, 1e-3);

    const auto word = GroupPlan::sweep(basePlan(), "lr=abc");
    ASSERT_FALSE(word);
    EXPECT_NE(word.error().message.find("'abc' is not a value of lr"), std::string::npos)
        << word.error().message;
    const auto knob = GroupPlan::sweep(basePlan(), "colour=red");
    ASSERT_FALSE(knob);
    EXPECT_NE(knob.error().message.find("colour=red"), std::string::npos);
    EXPECT_FALSE(GroupPlan::sweep(basePlan(), "lr="));
    EXPECT_FALSE(GroupPlan::sweep(basePlan(), "layers=2,-1"));
    EXPECT_FALSE(GroupPlan::sweep(basePlan(), "cell=lstm,transformer"));
}

TEST(RunQueue, KeepsPlansInOrderAcrossARestart) {
    const TempDir dir;
    const auto path = dir / "runs.sqlite";
    std::int64_t secondId = 0;
    {
        auto store = RunStore::open(path);
        ASSERT_TRUE(store);
        RunQueue queue(*store);
        ASSERT_TRUE(queue.add(basePlan()));
        const auto group = queue.add(*GroupPlan::sweep(basePlan(), "layers=1,2"));
        ASSERT_TRUE(group);
        EXPECT_EQ(store->groups()->at(0).knob, "layers");
        EXPECT_EQ(*queue.pending(), 3);
        const auto first = queue.next();
        ASSERT_TRUE(first && *first);
        EXPECT_EQ((*first)->groupId, 0);
        ASSERT_TRUE(store->setQueueStatus((*first)->id, QueueEntry::Status::Done));
        const auto second = *queue.next();
        ASSERT_TRUE(second);
        EXPECT_EQ(second->groupId, *group);
        EXPECT_EQ(second->groupValue, "layers=1");
        secondId = second->id;
        EXPECT_EQ(RunQueue::planOf(*second)->model.layers, 1);
        // The program ends while the second entry trains.
        ASSERT_TRUE(store->setQueueStatus(second->id, QueueEntry::Status::Running));
    }
    auto store = RunStore::open(path);
    ASSERT_TRUE(store);
    RunQueue queue(*store);
    EXPECT_EQ(*queue.recover(secondId), 0);  // the one this program trains stays running
    EXPECT_EQ(*queue.recover(), 1);
    EXPECT_EQ(*queue.recover(), 0);
    const auto again = *queue.next();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->groupValue, "layers=1");  // from its start, first in line again
    EXPECT_EQ(*queue.pending(), 2);
    EXPECT_EQ(*queue.clearFinished(), 1);
    EXPECT_EQ(store->queue()->size(), 2u);
}

TEST(RunQueue, RepeatingARunMakesItTheFirstSeedOfItsGroup) {
    const TempDir dir;
    auto store = RunStore::open(dir / "runs.sqlite");
    ASSERT_TRUE(store);
    const auto plan = basePlan();
    const auto run = recordRun(*store, plan);
    RunQueue queue(*store);
    const auto group = queue.repeat(run, plan, 3, false);
    ASSERT_TRUE(group) << group.error().message;
    const auto details = store->details(run);
    EXPECT_EQ(details->run.info.groupId, *group);
    EXPECT_EQ(details->run.info.groupValue, "40");
    const auto entries = *store->queue();
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].groupValue, "41");
    EXPECT_EQ(entries[1].groupValue, "42");
    EXPECT_EQ(RunQueue::planOf(entries[1])->dataSeed(), 40u);
    EXPECT_FALSE(queue.repeat(run + 100, plan, 3, false));  // no such run: nothing queued, no group
    EXPECT_EQ(store->queue()->size(), 2u);
    EXPECT_EQ(store->groups()->size(), 1u);
}

TEST(RunQueue, AnEntryWhosePlanDoesNotReadIsAnError) {
    QueueEntry entry;
    entry.planJson = "{not json";
    EXPECT_FALSE(RunQueue::planOf(entry));
    entry.planJson = "[]";
    EXPECT_FALSE(RunQueue::planOf(entry));
}

// Taking entries: an entry whose plan does not read is failed on the way and named; the next
// readable one comes with its plan; started, put back and finished are the statuses the CLI and
// the GUI both set through the queue.
TEST(RunQueue, TakeSkipsAnUnreadablePlanAndEveryStatusChangeGoesThroughTheQueue) {
    const TempDir dir;
    auto store = RunStore::open(dir / "runs.sqlite");
    ASSERT_TRUE(store) << store.error().message;
    RunQueue queue(*store);
    const auto broken = store->enqueue("{not json");
    ASSERT_TRUE(broken);
    const auto good = queue.add(basePlan());
    ASSERT_TRUE(good);
    std::vector<std::int64_t> skipped;
    auto next =
        queue.take([&](const QueueEntry& e, const sentiment::Error&) { skipped.push_back(e.id); });
    ASSERT_TRUE(next && *next);
    EXPECT_EQ(skipped, std::vector<std::int64_t>{*broken});
    EXPECT_EQ((*next)->entry.id, *good);
    EXPECT_EQ((*next)->plan.seed(), 40u);
    const auto status = [&](std::int64_t id) {
        const auto entries = *store->queue();  // a copy: the Result is a temporary
        for (const auto& e : entries) {
            if (e.id == id) return e.status;
        }
        return QueueEntry::Status::Waiting;
    };
    EXPECT_EQ(status(*broken), QueueEntry::Status::Failed);
    ASSERT_TRUE(queue.started(*good));
    EXPECT_EQ(status(*good), QueueEntry::Status::Running);
    EXPECT_FALSE(*queue.take(nullptr));  // nothing waits while it runs
    ASSERT_TRUE(queue.putBack(*good));
    EXPECT_EQ(status(*good), QueueEntry::Status::Waiting);
    const auto run = recordRun(*store, basePlan());
    ASSERT_TRUE(queue.finished(*good, true, run));
    EXPECT_EQ(status(*good), QueueEntry::Status::Done);
    const auto entries = *store->queue();
    for (const auto& e : entries) {
        if (e.id == *good) {
            EXPECT_EQ(e.runId, run);
        }
    }
    EXPECT_EQ(*queue.pending(), 0);
}
