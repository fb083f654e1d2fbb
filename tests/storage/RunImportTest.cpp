#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <set>

#include "../core/TestFiles.h"
#include "foundation/Sha256.h"
#include "storage/ProcessIdentity.h"
#include "storage/RunIdentity.h"
#include "storage/RunStore.h"
#include "storage/Schema.h"

using namespace sentiment::storage;
using sentiment::test::readFile;
using sentiment::test::TempDir;
using sentiment::test::writeFile;

namespace {

RunInfo info(const std::string& name, std::int64_t group = 0, const std::string& value = {}) {
    RunInfo i;
    i.name = name;
    i.preset = "advanced";
    i.configJson = R"({"training":{"lr":0.001}})";
    i.seed = 1234;
    i.datasetSource = "aclImdb_v1.tar.gz";
    i.datasetHash = "abcd";
    i.trainSize = 17500;
    i.validSize = 7500;
    i.testSize = 25000;
    i.vocabSize = 25002;
    i.parameters = 4'810'857;
    i.device = "cuda";
    i.threads = 16;
    i.groupId = group;
    i.groupValue = value;
    return i;
}

EpochRecord epoch(int n) {
    EpochRecord e;
    e.epoch = n;
    e.trainLoss = 0.6 / n;
    e.trainAccuracy = 0.6 + 0.05 * n;
    e.validLoss = 0.5 / n;
    e.validAccuracy = 0.7 + 0.03 * n;
    e.seconds = 4.5;
    e.best = true;
    return e;
}

// A finished run with everything a run can have recorded; its checkpoint lies in `folder`.
std::int64_t finishedRun(RunStore& store, const std::string& name,
                         const std::filesystem::path& folder, std::int64_t group = 0,
                         const std::string& value = {}) {
    const auto run = *store.beginRun(info(name, group, value));
    const std::vector<BatchPoint> points{{1, 1, 0.69, 0.5}, {2, 1, 0.5, 0.7}};
    EXPECT_TRUE(store.recordEpoch(run, epoch(1), points));
    EXPECT_TRUE(store.recordEpoch(run, epoch(2), {}));
    EXPECT_TRUE(store.recordGradientFlow(run, 1, std::vector<double>{0.4, 0.2}));
    EXPECT_TRUE(store.addTag(run, "gpu"));
    EXPECT_TRUE(store.addPrediction(run, "a fine film", 0.91));
    EXPECT_TRUE(store.recordTestPredictions(
        run, std::vector<TestPrediction>{{"test/pos/1_9.txt", true, 9, 120, 0.97, ""},
                                         {"test/neg/2_1.txt", false, 1, 80, 0.8, "awful"}}));
    const auto checkpoint = folder / (name + ".slckpt");
    writeFile(checkpoint, "weights of " + name);
    RunOutcome outcome;
    outcome.bestEpoch = 2;
    outcome.testAccuracy = 0.861;
    outcome.testLoss = 0.33;
    outcome.checkpointPath = checkpoint.string();
    outcome.checkpointSha256 = *sentiment::Sha256::ofFile(checkpoint);
    EXPECT_TRUE(store.finishRun(run, outcome, {}));
    return run;
}

std::set<std::string> uids(const RunStore& store) {
    std::set<std::string> out;
    const auto rows =
        store.list();  // kept: a loop over *store.list() would read a destroyed result
    for (const auto& r : *rows) out.insert(r.uid);
    return out;
}

}  // namespace

TEST(RunImport, RunsComeWithEverythingRecordedAndImportingTwiceChangesNothing) {
    TempDir dir;
    std::filesystem::create_directories(dir / "gpu");
    auto gpu = *RunStore::open(dir / "gpu" / "runs.sqlite");
    const auto group = *gpu.createGroup(RunGroup::Kind::Sweep, "lr", "advanced, lr sweep");
    const auto a = finishedRun(gpu, "lr-1e-3", dir / "gpu", group, "1e-3");
    finishedRun(gpu, "lr-1e-2", dir / "gpu", group, "1e-2");
    auto laptop = *RunStore::open(dir / "laptop" / "runs.sqlite");
    const auto own = *laptop.beginRun(info("trained here"));
    ASSERT_TRUE(laptop.finishRun(own, RunOutcome{}, {}));

    auto report = laptop.importRuns(dir / "gpu" / "runs.sqlite", {});
    ASSERT_TRUE(report) << report.error().message;
    ASSERT_EQ(report->imported.size(), 2u);
    EXPECT_EQ(report->alreadyHere, 0);
    EXPECT_EQ(report->checkpointsCopied, 2);
    EXPECT_EQ(report->checkpointsMissing, 0);

    const auto theirs = *gpu.details(a);
    const auto here = *laptop.details(report->imported[0]);
    EXPECT_NE(here.run.id, theirs.run.id);  // this store's numbering
    EXPECT_EQ(here.run.uid, theirs.run.uid);
    EXPECT_TRUE(RunIdentity::looksLikeOne(here.run.uid)) << here.run.uid;
    EXPECT_EQ(here.run.info.name, "lr-1e-3");
    EXPECT_EQ(here.run.info.device, "cuda");
    EXPECT_EQ(here.run.host, ProcessIdentity::current().host);
    EXPECT_EQ(here.run.importedFrom, (dir / "gpu" / "runs.sqlite").string());
    EXPECT_FALSE(here.run.importedAt.empty());
    EXPECT_EQ(here.run.status, RunStatus::Completed);
    EXPECT_EQ(here.run.testAccuracy, theirs.run.testAccuracy);
    EXPECT_EQ(here.run.bestEpoch, 2);
    EXPECT_EQ(here.run.tags, std::vector<std::string>{"gpu"});
    ASSERT_EQ(here.epochs.size(), 2u);
    EXPECT_EQ(here.epochs[1].validAccuracy, theirs.epochs[1].validAccuracy);
    EXPECT_EQ(here.points.size(), 2u);
    ASSERT_EQ(here.predictions.size(), 1u);
    EXPECT_EQ(here.predictions[0].text, "a fine film");
    ASSERT_EQ(here.gradientFlow.size(), 1u);
    EXPECT_EQ(here.gradientFlow[0].norms, (std::vector<double>{0.4, 0.2}));
    const auto tests = *laptop.testPredictions(here.run.id);
    ASSERT_EQ(tests.size(), 2u);
    EXPECT_EQ(tests[0].text, "awful");
    // The group came along, once, with both runs in it.
    const auto groups = *laptop.groups();
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].name, "advanced, lr sweep");
    EXPECT_EQ(groups[0].uid, gpu.groups()->at(0).uid);
    RunFilter inGroup;
    inGroup.group = groups[0].id;
    EXPECT_EQ(laptop.list(inGroup)->size(), 2u);
    EXPECT_EQ(here.run.info.groupValue, "1e-3");
    // The checkpoint was copied beside this store, byte for byte, and the run points to it.
    EXPECT_EQ(std::filesystem::path(here.run.checkpointPath),
              dir / "laptop" / "checkpoints" / "lr-1e-3.slckpt");
    EXPECT_EQ(readFile(here.run.checkpointPath), "weights of lr-1e-3");
    EXPECT_EQ(here.run.checkpointSha256, theirs.run.checkpointSha256);
    // Found by its uid, or the start of it, as well as by its number.
    EXPECT_EQ(*laptop.findRun(here.run.uid), here.run.id);
    EXPECT_EQ(*laptop.findRun(here.run.uid.substr(0, 8)), here.run.id);
    EXPECT_EQ(*laptop.findRun(std::to_string(own)), own);
    EXPECT_FALSE(laptop.findRun("999"));
    EXPECT_FALSE(laptop.findRun("0123456789abcdef"));
    // A uid may start with eight digits: not a run number that does not exist.
    {
        SQLite::Database raw(dir / "laptop" / "runs.sqlite", SQLite::OPEN_READWRITE);
        raw.exec("UPDATE runs SET uid = '80755504-0000-4000-8000-000000000000' WHERE id = " +
                 std::to_string(own));
    }
    EXPECT_EQ(*laptop.findRun("80755504"), own);

    // Twice: nothing changes.
    const auto before = *laptop.list();
    report = laptop.importRuns(dir / "gpu" / "runs.sqlite", {});
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_TRUE(report->imported.empty());
    EXPECT_EQ(report->alreadyHere, 2);
    EXPECT_EQ(report->checkpointsCopied, 0);
    EXPECT_EQ(laptop.list()->size(), before.size());
    EXPECT_EQ(laptop.groups()->size(), 1u);
    // Runs imported onward travel as themselves: a third store that gets the laptop's and the
    // GPU machine's runs has each once.
    auto third = *RunStore::open(dir / "third" / "runs.sqlite");
    ASSERT_TRUE(third.importRuns(dir / "laptop" / "runs.sqlite", {}));
    report = third.importRuns(dir / "gpu" / "runs.sqlite", {});
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->alreadyHere, 2);
    EXPECT_EQ(uids(third), uids(laptop));
}

TEST(RunImport, CheckpointsFromAFolderAreCheckedAndCanComeLater) {
    TempDir dir;
    std::filesystem::create_directories(dir / "cluster");
    auto cluster = *RunStore::open(dir / "cluster" / "task-0.sqlite");
    finishedRun(cluster, "good", dir / "cluster");
    finishedRun(cluster, "swapped", dir / "cluster");
    // The files were brought home into another folder; one of them is not what its run recorded.
    std::filesystem::create_directories(dir / "brought");
    std::filesystem::rename(dir / "cluster" / "good.slckpt", dir / "brought" / "good.slckpt");
    std::filesystem::remove(dir / "cluster" / "swapped.slckpt");
    writeFile(dir / "brought" / "swapped.slckpt", "some other weights");
    auto home = *RunStore::open(dir / "home" / "runs.sqlite");
    RunStore::ImportOptions options;
    options.checkpointsFrom = dir / "brought";
    options.checkpointsTo = dir / "home" / "ckpt";
    auto report = home.importRuns(dir / "cluster" / "task-0.sqlite", options);
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->imported.size(), 2u);
    EXPECT_EQ(report->checkpointsCopied, 1);
    EXPECT_EQ(report->checkpointsMissing, 1);
    ASSERT_EQ(report->problems.size(), 1u);
    EXPECT_NE(report->problems[0].english().find("swapped.slckpt"), std::string::npos)
        << report->problems[0].english();
    EXPECT_TRUE(std::filesystem::exists(dir / "home" / "ckpt" / "good.slckpt"));
    EXPECT_FALSE(std::filesystem::exists(dir / "home" / "ckpt" / "swapped.slckpt"));
    // The right file turns up later: a second import adds it to the run that is already here.
    writeFile(dir / "brought" / "swapped.slckpt", "weights of swapped");
    report = home.importRuns(dir / "cluster" / "task-0.sqlite", options);
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_TRUE(report->imported.empty());
    EXPECT_EQ(report->checkpointsCopied, 1);
    RunFilter byName;
    byName.text = "swapped";
    const auto swapped = home.list(byName)->at(0);
    EXPECT_EQ(readFile(swapped.checkpointPath), "weights of swapped");
}

TEST(RunImport, AnOlderStoreIsReadAsItIsAndItsRunsKeepTheIdsAnUpdateWouldGiveThem) {
    TempDir dir;
    const auto old = dir / "old.sqlite";
    {
        SQLite::Database raw(old, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        Schema::migrate(raw, 0, 3);
        raw.exec(
            "INSERT INTO run_groups (id, kind, knob, name, created_at) VALUES (4, 'seeds', '', "
            "'advanced, 2 seeds', "
            "'2026-11-02T09:00:00Z')");
        for (const int id : {3, 5}) {
            raw.exec(
                "INSERT INTO runs (id, name, created_at, finished_at, status, preset, config_json, "
                "seed, dataset_source, "
                "dataset_size, dataset_hash, train_size, valid_size, test_size, vocab_size, "
                "vectors_path, parameters, "
                "device, threads, app_version, torch_version, group_id, group_value) VALUES (" +
                std::to_string(id) +
                ", 'old run', '2026-11-02T10:00:00Z', '2026-11-02T11:00:00Z', 'completed', "
                "'advanced', '{}', " +
                std::to_string(id) +
                ", 'demo sample', 0, 'ff', 1, 1, 1, 10, '', 100, 'cpu', 2, '0.1', '1.13', 4, '" +
                std::to_string(id) + "')");
            raw.exec("INSERT INTO epochs VALUES (" + std::to_string(id) +
                     ", 1, 0.6, 0.7, 0.5, 0.75, 0.7, 0.75, 30, 900, 1)");
        }
    }
    std::filesystem::copy_file(old, dir / "updated.sqlite");
    auto home = *RunStore::open(dir / "home.sqlite");
    auto report = home.importRuns(old, {});
    ASSERT_TRUE(report) << report.error().message;
    ASSERT_EQ(report->imported.size(), 2u);
    EXPECT_EQ(home.details(report->imported[0])->epochs.size(), 1u);
    EXPECT_EQ(home.groups()->size(), 1u);
    EXPECT_EQ(home.details(report->imported[1])->run.info.groupId, home.groups()->at(0).id);
    {
        SQLite::Database raw(old, SQLite::OPEN_READONLY);
        EXPECT_EQ(raw.execAndGet("PRAGMA user_version").getInt(), 3) << "importing only reads";
    }
    // The same store brought up to date gives its runs the ids the import gave them: importing
    // it afterwards finds them here.
    auto updated = *RunStore::open(dir / "updated.sqlite");
    EXPECT_EQ(uids(updated), uids(home));
    EXPECT_EQ(updated.groups()->at(0).uid, home.groups()->at(0).uid);
    report = home.importRuns(dir / "updated.sqlite", {});
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->alreadyHere, 2);
    EXPECT_TRUE(report->imported.empty());
}

TEST(RunImport, RunningRunsWaitAndBadSourcesAreNamed) {
    TempDir dir;
    auto other = *RunStore::open(dir / "other.sqlite");
    const auto running = *other.beginRun(info("still training"));  // this process is alive
    (void)running;
    finishedRun(other, "done", dir.path());
    auto home = *RunStore::open(dir / "home.sqlite");
    auto report = home.importRuns(dir / "other.sqlite", {});
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->imported.size(), 1u);
    EXPECT_EQ(report->stillRunning, 1);

    auto self = home.importRuns(dir / "home.sqlite", {});
    ASSERT_FALSE(self);
    EXPECT_NE(self.error().message.find("itself"), std::string::npos) << self.error().message;
    writeFile(dir / "notes.txt", "not a database at all");
    auto text = home.importRuns(dir / "notes.txt", {});
    ASSERT_FALSE(text);
    EXPECT_NE(text.error().message.find("notes.txt"), std::string::npos) << text.error().message;
    {
        SQLite::Database foreign(dir / "foreign.sqlite",
                                 SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        foreign.exec("CREATE TABLE runs (id INTEGER PRIMARY KEY, name TEXT)");
    }
    auto foreign = home.importRuns(dir / "foreign.sqlite", {});
    ASSERT_FALSE(foreign);
    EXPECT_EQ(foreign.error().kind, sentiment::ErrorKind::NotAStore);
    auto missing = home.importRuns(dir / "missing.sqlite", {});
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message.find("missing.sqlite"), std::string::npos);

    // A checkpoint that cannot be copied stops the whole import: nothing of it is left here.
    auto third = *RunStore::open(dir / "third.sqlite");
    writeFile(dir / "in-the-way", "a file where the checkpoint folder should be");
    RunStore::ImportOptions blocked;
    blocked.checkpointsTo = dir / "in-the-way";
    auto failed = third.importRuns(dir / "other.sqlite", blocked);
    ASSERT_FALSE(failed);
    EXPECT_NE(failed.error().message.find("in-the-way"), std::string::npos)
        << failed.error().message;
    EXPECT_TRUE(third.list()->empty());
}

TEST(RunImport, TheUpdateToSchemaFourGivesEveryRunAndGroupAUniqueId) {
    TempDir dir;
    const auto path = dir / "runs.sqlite";
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        Schema::migrate(raw, 0, 3);
        for (int id = 1; id <= 3; ++id) {
            // The same facts but the row: still three ids.
            raw.exec(
                "INSERT INTO runs (id, name, created_at, status, preset, config_json, seed, "
                "dataset_source, dataset_size, "
                "dataset_hash, train_size, valid_size, test_size, vocab_size, vectors_path, "
                "parameters, device, threads, "
                "app_version, torch_version) VALUES (" +
                std::to_string(id) +
                ", 'r', '2026-11-02T10:00:00Z', 'completed', "
                "'base', '{}', 1, 'demo sample', 0, '', 1, 1, 1, 10, '', 100, 'cpu', 2, '0.1', "
                "'1.13')");
        }
    }
    auto store = *RunStore::open(path);
    const auto ids = uids(store);
    EXPECT_EQ(ids.size(), 3u);
    for (const auto& uid : ids) EXPECT_TRUE(RunIdentity::looksLikeOne(uid)) << uid;
    const auto fresh = *store.beginRun(info("new"));
    const auto uid = store.details(fresh)->run.uid;
    EXPECT_TRUE(RunIdentity::looksLikeOne(uid)) << uid;
    EXPECT_EQ(uid[14], '4');  // random
    EXPECT_FALSE(ids.contains(uid));
}

TEST(RunImport, CheckpointsBesideTheOtherStoreAreFoundWithoutAFolderGiven) {
    TempDir dir;
    std::filesystem::create_directories(dir / "task" / "checkpoints");
    auto task = *RunStore::open(dir / "task" / "store.sqlite");
    std::filesystem::create_directories(dir / "node-scratch");
    finishedRun(task, "on-a-node", dir / "node-scratch");
    // The node's scratch folder is gone; the file was copied home beside the store.
    std::filesystem::rename(dir / "node-scratch" / "on-a-node.slckpt",
                            dir / "task" / "checkpoints" / "on-a-node.slckpt");
    std::filesystem::remove(dir / "node-scratch");
    auto home = *RunStore::open(dir / "home" / "runs.sqlite");
    const auto report = home.importRuns(dir / "task" / "store.sqlite", {});
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->checkpointsCopied, 1);
    EXPECT_EQ(report->checkpointsMissing, 0);
    EXPECT_EQ(readFile(home.details(report->imported.at(0))->run.checkpointPath),
              "weights of on-a-node");
}
