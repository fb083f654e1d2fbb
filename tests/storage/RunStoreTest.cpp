#include <gtest/gtest.h>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <SQLiteCpp/Database.h>

#include <fstream>

#include "../core/TestFiles.h"
#include "storage/ProcessIdentity.h"
#include "storage/RunStore.h"
#include "storage/Schema.h"

using namespace sentiment::storage;
using sentiment::test::readFile;
using sentiment::test::TempDir;
using sentiment::test::writeFile;

namespace {

RunInfo sampleInfo(const std::string& name, const std::string& preset = "advanced") {
    RunInfo info;
    info.name = name;
    info.preset = preset;
    info.configJson = R"({"training":{"lr":0.001,"epochs":5},"model":{"hidden":256}})";
    info.seed = 1234;
    info.datasetSource = "demo sample";
    info.datasetSize = 2'000'000;
    info.datasetHash = "00ff";
    info.trainSize = 1400;
    info.validSize = 600;
    info.testSize = 1000;
    info.vocabSize = 25'002;
    info.vectorsPath = "glove.6B.100d.txt";
    info.vectorsCoverage = 0.97;
    info.parameters = 4'810'857;
    info.device = "cpu";
    info.threads = 2;
    info.appVersion = "0.1.0";
    info.torchVersion = "1.13.1";
    return info;
}

EpochRecord epoch(int n, bool best = true) {
    EpochRecord e;
    e.epoch = n;
    e.trainLoss = 0.7 - 0.1 * n;
    e.trainAccuracy = 0.5 + 0.05 * n;
    e.validLoss = 0.69 - 0.1 * n;
    e.validAccuracy = 0.5 + 0.04 * n;
    e.trainLectureAccuracy = e.trainAccuracy;
    e.validLectureAccuracy = e.validAccuracy;
    e.seconds = 45;
    e.tokensPerSecond = 6000;
    e.best = best;
    return e;
}

std::string pragma(const std::filesystem::path& db, const std::string& name) {
    SQLite::Database raw(db, SQLite::OPEN_READONLY);
    return raw.execAndGet("PRAGMA " + name).getString();
}

}  // namespace

TEST(RunStore, NewStoreHasTheSchemaVersionAndWal) {
    TempDir dir;
    const auto path = dir / "sub" / "runs.sqlite";
    auto store = RunStore::open(path);
    ASSERT_TRUE(store) << store.error().message;
    EXPECT_EQ(pragma(path, "user_version"), std::to_string(Schema::kVersion));
    EXPECT_EQ(pragma(path, "journal_mode"), "wal");
    EXPECT_EQ(*store->integrityCheck(), "ok");
    EXPECT_TRUE(store->openReport().setAside.empty());
}

TEST(RunStore, RecordsARunEpochByEpoch) {
    TempDir dir;
    auto store = *RunStore::open(dir / "runs.sqlite");
    const auto id = *store.beginRun(sampleInfo("first"));
    EXPECT_EQ(store.details(id)->run.status, RunStatus::Running);
    std::vector<BatchPoint> points{{10, 1, 0.69, 0.5}, {20, 1, 0.6, 0.6}};
    ASSERT_TRUE(store.recordEpoch(id, epoch(1), points));
    auto second = epoch(2, false);
    second.validMacroF1 = 0.412;  // the validation split's mean F1 over classes
    ASSERT_TRUE(store.recordEpoch(id, second, std::vector<BatchPoint>{{30, 2, 0.5, 0.7}}));
    RunOutcome outcome;
    outcome.bestEpoch = 1;
    outcome.testLoss = 0.347;
    outcome.testAccuracy = 0.8479;
    outcome.checkpointPath = "/tmp/x.slckpt";
    outcome.checkpointSha256 = "abc";
    ASSERT_TRUE(store.finishRun(id, outcome, std::vector<BatchPoint>{{40, 2, 0.4, 0.8}}));

    const auto d = *store.details(id);
    EXPECT_EQ(d.run.status, RunStatus::Completed);
    EXPECT_EQ(d.run.info.name, "first");
    EXPECT_EQ(d.run.info.parameters, 4'810'857);
    ASSERT_TRUE(d.run.info.vectorsCoverage);
    EXPECT_DOUBLE_EQ(*d.run.info.vectorsCoverage, 0.97);
    EXPECT_DOUBLE_EQ(*d.run.testAccuracy, 0.8479);
    EXPECT_EQ(d.run.bestEpoch, 1);
    EXPECT_FALSE(d.run.finishedAt.empty());
    ASSERT_EQ(d.epochs.size(), 2u);
    EXPECT_TRUE(d.epochs[0].best);
    EXPECT_FALSE(d.epochs[1].best);
    EXPECT_DOUBLE_EQ(d.epochs[1].validAccuracy, epoch(2).validAccuracy);
    EXPECT_FALSE(d.epochs[0].validMacroF1);  // none recorded: NULL, not 0
    EXPECT_EQ(d.epochs[1].validMacroF1, std::optional<double>(0.412));
    ASSERT_EQ(d.points.size(), 4u);
    EXPECT_EQ(d.points.back().step, 40u);
    EXPECT_EQ(d.run.epochs, 2);
    ASSERT_TRUE(d.run.bestValidAccuracy);
    EXPECT_DOUBLE_EQ(*d.run.bestValidAccuracy,
                     epoch(2).validAccuracy);  // the highest, not the best-loss epoch's
    const auto listed = *store.list({});
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_DOUBLE_EQ(*listed[0].bestValidAccuracy, epoch(2).validAccuracy);
    const auto fresh = *store.beginRun(sampleInfo("no epochs yet"));
    EXPECT_FALSE(store.details(fresh)->run.bestValidAccuracy.has_value());
}

TEST(RunStore, UserTextIsStoredVerbatim) {
    TempDir dir;
    auto store = *RunStore::open(dir / "runs.sqlite");
    const std::string evil = "Robert'); DROP TABLE runs;-- \"quoted\" 50% _x_ 한국어";
    const auto id = *store.beginRun(sampleInfo(evil));
    ASSERT_TRUE(store.setNotes(id, evil));
    ASSERT_TRUE(store.addPrediction(id, evil, 0.25));
    const auto d = *store.details(id);
    EXPECT_EQ(d.run.info.name, evil);
    EXPECT_EQ(d.run.notes, evil);
    ASSERT_EQ(d.predictions.size(), 1u);
    EXPECT_EQ(d.predictions[0].text, evil);
    EXPECT_EQ(store.list()->size(), 1u);
}

TEST(RunStore, ListsWithFiltersAndSorting) {
    TempDir dir;
    auto store = *RunStore::open(dir / "runs.sqlite");
    const auto a = *store.beginRun(sampleInfo("Alpha run", "advanced"));
    const auto b = *store.beginRun(sampleInfo("beta 50% run", "base"));
    const auto c = *store.beginRun(sampleInfo("gamma", "advanced"));
    RunOutcome good;
    good.testAccuracy = 0.87;
    good.testLoss = 0.3;
    RunOutcome worse = good;
    worse.testAccuracy = 0.5;
    ASSERT_TRUE(store.finishRun(a, good, {}));
    ASSERT_TRUE(store.finishRun(b, worse, {}));
    ASSERT_TRUE(store.setNotes(c, "tried a lower alpha"));
    ASSERT_TRUE(store.addTag(b, "assignment-5"));
    ASSERT_TRUE(store.addTag(b, "assignment-5"));  // twice is once

    auto ids = [](const std::vector<RunRow>& rows) {
        std::vector<std::int64_t> out;
        for (const auto& r : rows) out.push_back(r.id);
        return out;
    };
    EXPECT_EQ(ids(*store.list()), (std::vector<std::int64_t>{c, b, a}));  // newest first
    RunFilter f;
    f.preset = "advanced";
    EXPECT_EQ(ids(*store.list(f)), (std::vector<std::int64_t>{c, a}));
    f = {};
    f.status = RunStatus::Running;
    EXPECT_EQ(ids(*store.list(f)), (std::vector<std::int64_t>{c}));
    f = {};
    f.text = "ALPHA";  // name or notes, any case
    EXPECT_EQ(ids(*store.list(f)), (std::vector<std::int64_t>{c, a}));
    f.text = "50%";  // a literal percent sign, not a wildcard
    EXPECT_EQ(ids(*store.list(f)), (std::vector<std::int64_t>{b}));
    f = {};
    f.tag = "assignment-5";
    const auto tagged = *store.list(f);
    ASSERT_EQ(ids(tagged), (std::vector<std::int64_t>{b}));
    EXPECT_EQ(tagged[0].tags, (std::vector<std::string>{"assignment-5"}));
    f = {};
    f.sort = RunFilter::Sort::TestAccuracy;
    EXPECT_EQ(ids(*store.list(f)), (std::vector<std::int64_t>{a, b, c}));  // no result last
    f.descending = false;
    EXPECT_EQ(ids(*store.list(f)), (std::vector<std::int64_t>{b, a, c}));
    f = {};
    f.sort = RunFilter::Sort::Name;
    f.descending = false;
    f.limit = 2;
    EXPECT_EQ(ids(*store.list(f)), (std::vector<std::int64_t>{a, b}));
}

TEST(RunStore, RenamesTagsAndDeletes) {
    TempDir dir;
    auto store = *RunStore::open(dir / "runs.sqlite");
    const auto id = *store.beginRun(sampleInfo("old"));
    ASSERT_TRUE(store.recordEpoch(id, epoch(1), std::vector<BatchPoint>{{1, 1, 0.6, 0.5}}));
    const auto checkpoint = dir / "model.slckpt";
    writeFile(checkpoint, "weights");
    RunOutcome o;
    o.checkpointPath = checkpoint.string();
    ASSERT_TRUE(store.finishRun(id, o, {}));
    ASSERT_TRUE(store.rename(id, "new"));
    ASSERT_TRUE(store.addTag(id, "x"));
    ASSERT_TRUE(store.removeTag(id, "x"));
    EXPECT_EQ(store.details(id)->run.info.name, "new");
    EXPECT_TRUE(store.details(id)->run.tags.empty());
    EXPECT_EQ(*store.runWithCheckpoint(checkpoint), id);
    EXPECT_FALSE(store.rename(id + 100, "nobody"));

    const auto removed = store.remove(id, /*withCheckpoint=*/true);
    ASSERT_TRUE(removed) << removed.error().message;
    EXPECT_EQ(removed->info.name, "new");
    EXPECT_FALSE(std::filesystem::exists(checkpoint));
    EXPECT_FALSE(store.details(id));
    EXPECT_TRUE(store.list()->empty());
    // Cascades: nothing of the run is left behind.
    SQLite::Database raw(store.path(), SQLite::OPEN_READONLY);
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM epochs").getInt(), 0);
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM batch_points").getInt(), 0);
}

// Every test review's prediction, with the text of the mistakes kept; recorded again, it replaces
// the old; the run's deletion takes them along.
TEST(RunStore, RecordsTestPredictions) {
    TempDir dir;
    auto store = *RunStore::open(dir / "runs.sqlite");
    const auto id = *store.beginRun(sampleInfo("evaluated"));
    EXPECT_TRUE(store.testPredictions(id)->empty());
    std::vector<TestPrediction> predictions{
        {"test/pos/2_9.txt", true, 9, 120, 0.91, ""},
        {"test/neg/7_1.txt", false, 1, 300, 0.97, "A 'so bad it is good' film."},
        {"test/neg/3_2.txt", false, 2, 80, 0.20, ""}};
    ASSERT_TRUE(store.recordTestPredictions(id, predictions));
    auto read = *store.testPredictions(id);
    ASSERT_EQ(read.size(), 3u);
    EXPECT_EQ(read[0].review, "test/neg/3_2.txt");  // in the order of their paths
    EXPECT_EQ(read[1].review, "test/neg/7_1.txt");
    EXPECT_EQ(read[1].text, "A 'so bad it is good' film.");
    EXPECT_FALSE(read[1].correct());
    EXPECT_DOUBLE_EQ(read[1].confidence(), 0.97);
    EXPECT_EQ(read[1].rating, 1);
    EXPECT_EQ(read[1].tokens, 300u);
    EXPECT_TRUE(read[2].positive);
    EXPECT_TRUE(read[2].correct());
    EXPECT_TRUE(read[0].text.empty());

    predictions.pop_back();
    ASSERT_TRUE(store.recordTestPredictions(id, predictions));
    EXPECT_EQ(store.testPredictions(id)->size(), 2u);
    EXPECT_FALSE(store.recordTestPredictions(id + 100, predictions));
    EXPECT_FALSE(store.testPredictions(id + 100));
    ASSERT_TRUE(store.remove(id, false));
    SQLite::Database raw(store.path(), SQLite::OPEN_READONLY);
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM test_predictions").getInt(), 0);
}

// A store of every older schema (1: before test predictions; 2: before groups, cards, the queue
// and the gradient flow) is migrated in place, its runs kept.
TEST(RunStore, AnOlderStoreIsMigrated) {
    for (const int version : {1, 2}) {
        TempDir dir;
        const auto path = dir / "runs.sqlite";
        {
            SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            Schema::migrate(raw, 0, version);
            raw.exec(
                "INSERT INTO runs (id, name, created_at, finished_at, status, preset, config_json, "
                "seed, dataset_source, "
                "dataset_size, dataset_hash, train_size, valid_size, test_size, vocab_size, "
                "vectors_path, parameters, "
                "device, threads, app_version, torch_version) VALUES (7, 'from version " +
                std::to_string(version) +
                "', '2026-11-01T10:00:00Z', '2026-11-01T11:00:00Z', 'completed', 'advanced', '{}', "
                "1234, 'demo sample', "
                "0, '', 1, 1, 1, 10, '', 100, 'cpu', 2, '0.1', '1.13')");
        }
        auto store = RunStore::open(path);
        ASSERT_TRUE(store) << store.error().message;
        EXPECT_EQ(pragma(path, "user_version"), std::to_string(Schema::kVersion));
        const auto details = store->details(7);
        ASSERT_TRUE(details) << details.error().message;
        EXPECT_EQ(details->run.info.name, "from version " + std::to_string(version));
        EXPECT_EQ(details->run.info.groupId, 0);
        EXPECT_TRUE(store->recordTestPredictions(
            7, std::vector<TestPrediction>{{"test/pos/1_8.txt", true, 8, 10, 0.7, ""}}));
        const std::vector<double> norms{0.5, 0.1};
        EXPECT_TRUE(store->recordGradientFlow(7, 1, norms));
    }
}

TEST(RunStore, GradientFlowGroupsQueueAndCheckpointsAreKept) {
    TempDir dir;
    auto store = *RunStore::open(dir / "runs.sqlite");
    const auto group = store.createGroup(RunGroup::Kind::Sweep, "lr", "lr sweep");
    ASSERT_TRUE(group) << group.error().message;
    auto info = sampleInfo("lr 1e-3");
    info.groupId = *group;
    info.groupValue = "1e-3";
    info.cardJson = R"({"threads":2})";
    const auto run = *store.beginRun(info);
    const auto alone = *store.beginRun(sampleInfo("alone"));
    // Gradient flow: per epoch, in order of distance; recording an epoch again replaces it.
    ASSERT_TRUE(store.recordGradientFlow(run, 0, std::vector<double>{0.3, 0.2, 0.1}));
    ASSERT_TRUE(store.recordGradientFlow(run, 1, std::vector<double>{0.4, 0.3}));
    EXPECT_FALSE(store.recordGradientFlow(run + 100, 1, std::vector<double>{0.4}));
    auto d = *store.details(run);
    ASSERT_EQ(d.gradientFlow.size(), 2u);
    EXPECT_EQ(d.gradientFlow[0].norms, (std::vector<double>{0.3, 0.2, 0.1}));
    EXPECT_EQ(d.gradientFlow[1].epoch, 1);
    EXPECT_EQ(d.run.info.groupId, *group);
    EXPECT_EQ(d.run.info.groupValue, "1e-3");
    EXPECT_EQ(d.run.info.cardJson, R"({"threads":2})");
    RunFilter inGroup;
    inGroup.group = *group;
    ASSERT_EQ(store.list(inGroup)->size(), 1u);
    EXPECT_EQ(store.groups()->at(0).knob, "lr");
    EXPECT_EQ(store.groups()->at(0).kind, RunGroup::Kind::Sweep);
    // The checkpoints' disk, and dropping one.
    writeFile(dir / "a.slckpt", std::string(1000, 'x'));
    writeFile(dir / "a.slckpt.resume", std::string(500, 'x'));
    RunOutcome outcome;
    outcome.checkpointPath = (dir / "a.slckpt").string();
    ASSERT_TRUE(store.finishRun(run, outcome, {}));
    EXPECT_EQ(store.checkpointDisk()->bytes, 1500u);
    EXPECT_EQ(store.checkpointDisk()->files, 1);
    EXPECT_EQ(*store.dropCheckpoint(run), 1500u);
    EXPECT_FALSE(std::filesystem::exists(dir / "a.slckpt"));
    EXPECT_EQ(store.details(run)->run.checkpointPath, "");
    EXPECT_EQ(store.checkpointDisk()->bytes, 0u);
    EXPECT_EQ(store.checkpointDisk()->files, 0);
    EXPECT_EQ(*store.dropCheckpoint(alone), 0u);  // none: nothing to free
    // The queue: kept in order, its status and run follow; deleting the run keeps the entry.
    const auto first = *store.enqueue(R"({"plan":1})", *group, "1e-2");
    const auto second = *store.enqueue(R"({"plan":2})");
    ASSERT_TRUE(store.setQueueStatus(first, QueueEntry::Status::Done, run));
    auto queue = *store.queue();
    ASSERT_EQ(queue.size(), 2u);
    EXPECT_EQ(queue[0].status, QueueEntry::Status::Done);
    EXPECT_EQ(queue[0].runId, run);
    EXPECT_EQ(queue[0].groupValue, "1e-2");
    EXPECT_EQ(queue[1].status, QueueEntry::Status::Waiting);
    EXPECT_FALSE(store.setQueueStatus(999, QueueEntry::Status::Done));
    ASSERT_TRUE(store.removeFromQueue(second));
    ASSERT_TRUE(store.remove(run, false));
    queue = *store.queue();
    ASSERT_EQ(queue.size(), 1u);
    EXPECT_EQ(queue[0].runId, 0);
}

TEST(RunStore, SetTagsReplacesAllOrNothing) {
    TempDir dir;
    auto store = *RunStore::open(dir / "runs.sqlite");
    const auto run = *store.beginRun(sampleInfo("tagged"));
    ASSERT_TRUE(store.setTags(run, {"glove", "lecture"}));
    ASSERT_TRUE(store.setTags(run, {"lecture", "rerun"}));
    EXPECT_EQ(store.details(run)->run.tags, (std::vector<std::string>{"lecture", "rerun"}));
    // A tag too long for the quota fails the whole change: the old tags stay.
    RunStore::OpenOptions quota;
    quota.maxPages = std::stoi(pragma(dir / "runs.sqlite", "page_count"));
    auto full = *RunStore::open(dir / "runs.sqlite", quota);
    EXPECT_FALSE(full.setTags(run, {"a", std::string(100'000, 'x')}));
    EXPECT_EQ(full.details(run)->run.tags, (std::vector<std::string>{"lecture", "rerun"}));
    EXPECT_FALSE(store.setTags(999, {"x"}));
}

TEST(RunStore, RunOfADeadProcessBecomesInterrupted) {
    TempDir dir;
    const auto path = dir / "runs.sqlite";
    ASSERT_TRUE(RunStore::open(path));
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto store = RunStore::open(path);
        if (!store) _exit(2);
        const auto id = store->beginRun(sampleInfo("dies"));
        if (!id || !store->recordEpoch(*id, epoch(1), {})) _exit(3);
        _exit(0);  // no finishRun: as if killed
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);

    // A run of this (living) process is left alone.
    auto mine = *RunStore::open(path);
    const auto alive = *mine.beginRun(sampleInfo("alive"));
    EXPECT_EQ(mine.openReport().interrupted.size(), 1u);

    auto again = *RunStore::open(path);
    EXPECT_TRUE(again.openReport().interrupted.empty());
    const auto rows = *again.list();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].info.name, "dies");
    EXPECT_EQ(rows[1].status, RunStatus::Interrupted);
    EXPECT_EQ(rows[1].epochs, 1);
    EXPECT_EQ(again.details(alive)->run.status, RunStatus::Running);
}

// Opening to read changes nothing: a dead process's run reads as interrupted, but the file
// stays as it was (the writer marks it when it next opens the store).
TEST(RunStore, ReadingChangesNothing) {
    TempDir dir;
    const auto path = dir / "runs.sqlite";
    ASSERT_TRUE(RunStore::open(path));
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto store = RunStore::open(path);
        if (!store || !store->beginRun(sampleInfo("dies"))) _exit(2);
        _exit(0);  // no finishRun: as if killed
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    const auto before = readFile(path);
    {
        auto reader = RunStore::openForReading(path);
        ASSERT_TRUE(reader) << reader.error().message;
        const auto rows = *reader->list();
        ASSERT_EQ(rows.size(), 1u);
        EXPECT_EQ(rows[0].status, RunStatus::Interrupted);
        EXPECT_TRUE(reader->openReport().interrupted.empty());
        EXPECT_FALSE(reader->rename(rows[0].id, "renamed"));  // a reading connection cannot write
    }
    EXPECT_EQ(readFile(path), before);
    EXPECT_EQ(pragma(path, "user_version"), std::to_string(Schema::kVersion));

    // What reading refuses, with its kind, leaving each file as it was.
    const auto missing = RunStore::openForReading(dir / "none.sqlite");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, sentiment::ErrorKind::NotFound);
    EXPECT_FALSE(std::filesystem::exists(dir / "none.sqlite"));
    const auto other = dir / "other.sqlite";
    {
        SQLite::Database raw(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("CREATE TABLE contacts (name TEXT)");
    }
    const auto otherBytes = readFile(other);
    const auto foreign = RunStore::openForReading(other);
    ASSERT_FALSE(foreign);
    EXPECT_EQ(foreign.error().kind, sentiment::ErrorKind::NotAStore);
    EXPECT_EQ(readFile(other), otherBytes);
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = 7");
    }
    const auto newer = RunStore::openForReading(path);
    ASSERT_FALSE(newer);
    EXPECT_EQ(newer.error().kind, sentiment::ErrorKind::NewerSchema);
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = 0");
    }
    const auto older = RunStore::openForReading(path);
    ASSERT_FALSE(older);
    EXPECT_EQ(older.error().kind, sentiment::ErrorKind::OlderSchema);
    EXPECT_NE(older.error().message.find("runs check"), std::string::npos) << older.error().message;
}

TEST(RunStore, ProcessIdentityTellsTheLivingFromTheDead) {
    const auto me = ProcessIdentity::current();
    EXPECT_TRUE(me.alive());
    EXPECT_TRUE(ProcessIdentity::decode(me.encode()).alive());
    auto reused = me;
    reused.startTime = "1";  // same pid, another process
    EXPECT_FALSE(reused.alive());
    EXPECT_FALSE(ProcessIdentity::decode("garbage").alive());
}

TEST(RunStore, AFileThatIsNotADatabaseIsSetAsideNotDeleted) {
    TempDir dir;
    const auto path = dir / "runs.sqlite";
    writeFile(path, "these are my notes, not a database\n");
    RunStore::OpenOptions strict;
    strict.setAsideUnusable = false;
    const auto refused = RunStore::open(path, strict);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find(path.string()), std::string::npos);
    EXPECT_NE(refused.error().message.find("not an SQLite database"), std::string::npos);
    EXPECT_EQ(readFile(path), "these are my notes, not a database\n");

    auto store = RunStore::open(path);
    ASSERT_TRUE(store) << store.error().message;
    const auto aside = store->openReport().setAside;
    ASSERT_FALSE(aside.empty());
    EXPECT_EQ(readFile(aside), "these are my notes, not a database\n");
    EXPECT_NE(store->openReport().problem.english().find("not an SQLite database"),
              std::string::npos);
    EXPECT_TRUE(store->beginRun(sampleInfo("fresh start")));
}

TEST(RunStore, ACorruptDatabaseIsSetAside) {
    TempDir dir;
    const auto path = dir / "runs.sqlite";
    {
        auto store = *RunStore::open(path);
        ASSERT_TRUE(store.beginRun(sampleInfo("lost?")));
    }
    // Checkpoint the WAL into the main file, then overwrite the schema page after its header.
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        raw.exec("PRAGMA journal_mode = DELETE");
    }
    std::string bytes = readFile(path);
    ASSERT_GT(bytes.size(), 4096u);
    for (std::size_t i = 100; i < 4096; ++i) bytes[i] = static_cast<char>(0xA5);
    writeFile(path, bytes);

    auto store = RunStore::open(path);
    ASSERT_TRUE(store) << store.error().message;
    const auto aside = store->openReport().setAside;
    ASSERT_FALSE(aside.empty());
    EXPECT_EQ(readFile(aside), bytes);  // kept byte for byte
    EXPECT_NE(store->openReport().problem.english().find("damaged"), std::string::npos);
    EXPECT_TRUE(store->list()->empty());
}

TEST(RunStore, AnotherProgramsDatabaseIsNotTouchedWhenStrict) {
    TempDir dir;
    const auto path = dir / "other.sqlite";
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("CREATE TABLE contacts (name TEXT)");
    }
    RunStore::OpenOptions strict;
    strict.setAsideUnusable = false;
    const auto refused = RunStore::open(path, strict);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("another program"), std::string::npos);
    SQLite::Database raw(path, SQLite::OPEN_READONLY);
    EXPECT_TRUE(raw.tableExists("contacts"));
    EXPECT_FALSE(raw.tableExists("runs"));
}

TEST(RunStore, ANewerSchemaIsRefusedOrSetAside) {
    TempDir dir;
    const auto path = dir / "runs.sqlite";
    ASSERT_TRUE(RunStore::open(path));
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = 7");
    }
    RunStore::OpenOptions strict;
    strict.setAsideUnusable = false;
    const auto refused = RunStore::open(path, strict);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("newer Sentiment Lab (schema version 7"),
              std::string::npos);
    EXPECT_EQ(pragma(path, "user_version"), "7");

    auto store = RunStore::open(path);
    ASSERT_TRUE(store);
    const auto aside = store->openReport().setAside;
    EXPECT_NE(aside.filename().string().find("runs.sqlite.newer-"), std::string::npos);
    EXPECT_EQ(pragma(aside, "user_version"), "7");
    EXPECT_EQ(pragma(path, "user_version"), std::to_string(Schema::kVersion));
}

TEST(RunStore, ALockedStoreGivesAClearMessage) {
    TempDir dir;
    const auto path = dir / "runs.sqlite";
    RunStore::OpenOptions quick;
    quick.busyTimeoutMs = 50;
    auto store = *RunStore::open(path, quick);
    SQLite::Database other(path, SQLite::OPEN_READWRITE);
    other.exec("BEGIN EXCLUSIVE");
    other.exec("INSERT INTO tags SELECT 1, 'x' WHERE 0");
    const auto id = store.beginRun(sampleInfo("blocked"));
    ASSERT_FALSE(id);
    EXPECT_NE(id.error().message.find("locked by another program"), std::string::npos);
    EXPECT_NE(id.error().message.find(path.string()), std::string::npos);
    other.exec("COMMIT");
    EXPECT_TRUE(store.beginRun(sampleInfo("free again")));
}

TEST(RunStore, AFolderThatCannotBeCreatedIsNamed) {
    TempDir dir;
    writeFile(dir / "file", "x");
    const auto result = RunStore::open(dir / "file" / "runs.sqlite");
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().message.find((dir / "file").string()), std::string::npos);
}

TEST(RunStore, AFullDiskFailsCleanlyAndKeepsWhatWasCommitted) {
    TempDir dir;
    RunStore::OpenOptions quota;
    quota.maxPages = 40;
    auto store = *RunStore::open(dir / "runs.sqlite", quota);
    const auto id = *store.beginRun(sampleInfo("big"));
    ASSERT_TRUE(store.recordEpoch(id, epoch(1), {}));
    std::vector<BatchPoint> many;
    for (std::uint64_t s = 0; s < 20'000; ++s) many.push_back({s, 2, 0.5, 0.5});
    const auto full = store.recordEpoch(id, epoch(2), many);
    ASSERT_FALSE(full);
    EXPECT_NE(full.error().message.find("disk is full"), std::string::npos);
    const auto d = *store.details(id);
    EXPECT_EQ(d.epochs.size(), 1u);  // the failed epoch left nothing half-written
    EXPECT_TRUE(d.points.empty());
    EXPECT_EQ(*store.integrityCheck(), "ok");
}

TEST(RunStore, AReadOnlyFolderGivesAClearMessage) {
    if (geteuid() == 0) GTEST_SKIP() << "root writes into read-only folders";
    TempDir dir;
    const auto folder = dir / "locked";
    std::filesystem::create_directories(folder);
    std::filesystem::permissions(
        folder, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    const auto result = RunStore::open(folder / "runs.sqlite");
    std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().message.find((folder / "runs.sqlite").string()), std::string::npos)
        << result.error().message;
    EXPECT_TRUE(result.error().message.find("cannot be opened") != std::string::npos ||
                result.error().message.find("read-only") != std::string::npos)
        << result.error().message;
}
