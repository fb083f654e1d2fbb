// `sentiment-lab-cli train` records to the store and `runs` reads it back, end to end.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "../core/TestFiles.h"

using namespace sentiment::test;

namespace {
struct Output {
    int status = -1;
    std::string text;
};

Output cli(const std::string& args, const TempDir& home) {
    const std::string cmd = "SENTIMENT_LAB_CACHE_DIR='" + home.path().string() +
                            "' XDG_DATA_HOME='" + home.path().string() +
                            "' OMP_WAIT_POLICY=PASSIVE '" + SENTIMENT_LAB_CLI + "' " + args +
                            " 2>&1";
    Output r;
    FILE* p = popen(cmd.c_str(), "r");
    std::array<char, 4096> buf;
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.text.append(buf.data(), n);
    const int status = pclose(p);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}
}  // namespace

TEST(CliRuns, TrainRecordsAndRunsListsShowsComparesExportsDeletes) {
    TempDir home;
    const std::string common =
        "--demo --preset fasttext --epochs 2 --max-batches 3 --threads 1 --out '" +
        home.path().string() + "'";
    auto r = cli("train " + common + " --name 'first try' --json", home);
    ASSERT_EQ(r.status, 0) << r.text;
    EXPECT_NE(r.text.find("Run 1 in " + (home / "sentiment-lab" / "runs.sqlite").string()),
              std::string::npos)
        << r.text;
    const auto last = r.text.substr(r.text.rfind("\n{") + 1);
    EXPECT_EQ(nlohmann::json::parse(last)["run_id"], 1);
    r = cli("train " + common + " --lr 0.01", home);
    ASSERT_EQ(r.status, 0) << r.text;

    r = cli("runs list", home);
    ASSERT_EQ(r.status, 0) << r.text;
    EXPECT_NE(r.text.find("first try"), std::string::npos) << r.text;
    EXPECT_LT(r.text.find("    2  fasttext"), r.text.find("    1  first try"))
        << r.text;  // newest first
    r = cli("runs list --json", home);
    const auto list = nlohmann::json::parse(r.text);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[1]["status"], "completed");
    EXPECT_EQ(list[1]["parameters"], 2'500'301);
    EXPECT_EQ(list[1]["dataset"]["train"], 1400);
    EXPECT_FALSE(list[1]["dataset"]["hash"].get<std::string>().empty());
    EXPECT_EQ(list[1]["checkpoint"]["sha256"].get<std::string>().size(), 64u);

    r = cli("runs show 1", home);
    ASSERT_EQ(r.status, 0) << r.text;
    EXPECT_NE(r.text.find("Epoch: 02 | Epoch Time:"), std::string::npos) << r.text;
    EXPECT_NE(r.text.find("Test Loss: "), std::string::npos) << r.text;

    r = cli("runs compare 1 2", home);
    ASSERT_EQ(r.status, 0) << r.text;
    EXPECT_NE(r.text.find("training.lr"), std::string::npos) << r.text;
    EXPECT_EQ(r.text.find("training.epochs"), std::string::npos) << r.text;

    r = cli("runs export --format md 1", home);
    ASSERT_EQ(r.status, 0) << r.text;
    EXPECT_NE(r.text.find("| Epoch | Train Loss | Train Acc | Val. Loss | Val. Acc | Time |"),
              std::string::npos)
        << r.text;
    EXPECT_NE(r.text.find("Test Loss: "), std::string::npos);
    const auto csvPath = home / "runs.csv";
    r = cli("runs export --format csv --out '" + csvPath.string() + "'", home);
    ASSERT_EQ(r.status, 0) << r.text;
    const auto csv = readFile(csvPath);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 5);  // header and 2 x 2 epochs
    r = cli("runs export --format csv --out '" + (home / "missing" / "runs.csv").string() + "'",
            home);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.text.find("error: " + (home / "missing" / "runs.csv").string() +
                          ": cannot create the file"),
              std::string::npos)
        << r.text;

    ASSERT_EQ(cli("runs rename 2 'higher lr'", home).status, 0);
    ASSERT_EQ(cli("runs tag 2 assignment", home).status, 0);
    ASSERT_EQ(cli("runs note 2 'lr 0.01 instead of 0.001'", home).status, 0);
    r = cli("runs list --tag assignment", home);
    EXPECT_NE(r.text.find("higher lr"), std::string::npos) << r.text;
    EXPECT_EQ(r.text.find("first try"), std::string::npos) << r.text;

    const auto checkpoint =
        nlohmann::json::parse(cli("runs show 2 --json", home).text)[0]["checkpoint"]["path"]
            .get<std::string>();
    ASSERT_TRUE(std::filesystem::exists(checkpoint));
    r = cli("runs delete 2 --with-checkpoint", home);
    ASSERT_EQ(r.status, 0) << r.text;
    EXPECT_FALSE(std::filesystem::exists(checkpoint));
    r = cli("runs show 2", home);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.text.find("there is no run 2"), std::string::npos) << r.text;
    EXPECT_EQ(cli("runs check", home).status, 0);
}

TEST(CliRuns, AnUnusableStoreStopsTrainingBeforeItStarts) {
    TempDir home;
    writeFile(home / "file", "x");
    auto r = cli("train --demo --preset fasttext --epochs 1 --db '" +
                     (home / "file" / "runs.sqlite").string() + "'",
                 home);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.text.find("Nothing was trained"), std::string::npos) << r.text;
    EXPECT_EQ(r.text.find("Epoch: 01"), std::string::npos) << r.text;
    // --no-db trains without one.
    r = cli("train --demo --preset fasttext --epochs 1 --max-batches 2 --no-db --out '" +
                home.path().string() + "'",
            home);
    EXPECT_EQ(r.status, 0) << r.text;
    EXPECT_FALSE(std::filesystem::exists(home / "sentiment-lab" / "runs.sqlite"));
}

// Reading never writes: `runs list` on a file that is not a run store leaves it byte for byte,
// says what it is and fails; `runs check`, which writes, sets it aside with a warning.
TEST(CliRuns, ReadingLeavesAnUnusableFileAloneAndCheckSetsItAside) {
    TempDir home;
    const auto db = home / "sentiment-lab" / "runs.sqlite";
    writeFile(db, "not a database at all");
    auto r = cli("runs list", home);
    EXPECT_NE(r.status, 0) << r.text;
    EXPECT_NE(r.text.find(
                  db.string() +
                  ": is not a run store that this version can read: it is not an SQLite database. "
                  "It was left untouched"),
              std::string::npos)
        << r.text;
    EXPECT_EQ(readFile(db), "not a database at all");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(db.parent_path()), {}),
              1);  // nothing beside it

    r = cli("runs check", home);
    EXPECT_EQ(r.status, 0) << r.text;
    EXPECT_NE(r.text.find("warning: The run store " + db.string() +
                          " could not be used (it is not an SQLite database); it was kept as"),
              std::string::npos)
        << r.text;
    r = cli("runs list", home);
    EXPECT_EQ(r.status, 0) << r.text;
    EXPECT_NE(r.text.find("No runs in"), std::string::npos) << r.text;
}

TEST(CliRuns, ReadingAMissingStoreCreatesNothing) {
    TempDir home;
    const auto r = cli("runs list", home);
    EXPECT_EQ(r.status, 0) << r.text;
    EXPECT_NE(r.text.find("No runs recorded yet"), std::string::npos) << r.text;
    EXPECT_FALSE(std::filesystem::exists(home / "sentiment-lab"));
}

// Runs trained elsewhere (a GPU server, a cluster's task) come home with `runs import`: once,
// with their checkpoints, which then predict here.
TEST(CliRuns, RunsFromAnotherMachineAreImportedOnceAndPredictHere) {
    TempDir home;
    const auto other = home / "gpu-server";
    auto r =
        cli("train --demo --preset fasttext --epochs 1 --max-batches 3 --threads 1 --name 'on the "
            "server' --db '" +
                (other / "runs.sqlite").string() + "' --out '" + (other / "ckpt").string() + "'",
            home);
    ASSERT_EQ(r.status, 0) << r.text;
    // Only the store and the checkpoints came back, into folders of their own.
    std::filesystem::create_directories(home / "brought");
    for (const auto& f : std::filesystem::directory_iterator(other / "ckpt")) {
        if (f.path().extension() == ".slckpt")
            std::filesystem::rename(f.path(), home / "brought" / f.path().filename());
    }
    r = cli("runs import '" + (other / "runs.sqlite").string() + "' --checkpoints '" +
                (home / "brought").string() + "'",
            home);
    ASSERT_EQ(r.status, 0) << r.text;
    EXPECT_NE(r.text.find("1 runs imported (1), 0 already here; checkpoints: 1 copied"),
              std::string::npos)
        << r.text;
    r = cli("runs import '" + (other / "runs.sqlite").string() + "' --checkpoints '" +
                (home / "brought").string() + "' --json",
            home);
    ASSERT_EQ(r.status, 0) << r.text;
    const auto again = nlohmann::json::parse(r.text);
    EXPECT_EQ(again[0]["imported"].size(), 0u);
    EXPECT_EQ(again[0]["already_here"], 1);

    const auto run = nlohmann::json::parse(cli("runs show 1 --json", home).text)[0];
    const auto uid = run["uid"].get<std::string>();
    EXPECT_EQ(uid.size(), 36u);
    EXPECT_EQ(run["imported"]["from"], (other / "runs.sqlite").string());
    r = cli("runs show " + uid.substr(0, 8), home);
    ASSERT_EQ(r.status, 0) << r.text;
    EXPECT_NE(r.text.find("Run 1: on the server"), std::string::npos) << r.text;
    EXPECT_NE(r.text.find("Imported:    from " + (other / "runs.sqlite").string()),
              std::string::npos)
        << r.text;
    const auto checkpoint = run["checkpoint"]["path"].get<std::string>();
    EXPECT_EQ(std::filesystem::path(checkpoint).parent_path(),
              home / "sentiment-lab" / "checkpoints");
    r = cli("predict --model '" + checkpoint + "' --text 'a wonderful, moving film' --json", home);
    ASSERT_EQ(r.status, 0) << r.text;
    EXPECT_NE(r.text.find("probability"), std::string::npos) << r.text;

    r = cli("runs import '" + (home / "nothing.sqlite").string() + "'", home);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.text.find("nothing.sqlite"), std::string::npos) << r.text;
    r = cli("runs show 0123abcd", home);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.text.find("there is no run 0123abcd"), std::string::npos) << r.text;
}
