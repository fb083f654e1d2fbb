#include <gtest/gtest.h>

#include <cmath>

#include <sys/wait.h>

#include <csignal>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "LocalHttpServer.h"
#include "TestFiles.h"
#include "model/Runtime.h"
#include "storage/RunStore.h"

#include <SQLiteCpp/SQLiteCpp.h>

using namespace sentiment::test;

namespace {
struct Run {
    int status = -1;
    std::string out;
};
// Runs the CLI with a private cache folder; stdout captured, stderr folded in when asked.
Run cli(const std::string& args, const TempDir& cache, bool withStderr = false) {
    const std::string cmd = "SENTIMENT_LAB_CACHE_DIR='" + cache.path().string() +
                            "' XDG_DATA_HOME='" + cache.path().string() + "' '" +
                            SENTIMENT_LAB_CLI + "' " + args +
                            (withStderr ? " 2>&1" : " 2>/dev/null");
    Run r;
    FILE* p = popen(cmd.c_str(), "r");
    std::array<char, 4096> buf;
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    const int status = pclose(p);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}
// The JSON object `train --json` ends its output with.
nlohmann::json lastJson(const std::string& out) {
    return nlohmann::json::parse(out.substr(out.find_last_of('\n', out.size() - 2) + 1));
}
}  // namespace

TEST(Cli, DatasetDemoJson) {
    TempDir cache;
    const auto r = cli("dataset --demo --json", cache);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["train"]["total"], 1400);
    EXPECT_EQ(j["valid"]["total"], 600);
    EXPECT_EQ(j["test"]["total"], 1000);
    EXPECT_EQ(j["test"]["pos"], 500);
    EXPECT_TRUE(j["demo"].get<bool>());
    EXPECT_EQ(j["most_common"].size(), 20u);
    EXPECT_EQ(j["most_common"][0][0], "the");
    for (const char* key : {"read", "tokenize", "vocab", "total"})
        EXPECT_TRUE(j["seconds"].contains(key)) << key;
    EXPECT_GT(j["vocab_size"].get<int>(), 10000);
}

TEST(Cli, DatasetHumanOutputAndErrors) {
    TempDir cache;
    auto r = cli("dataset --demo --max-vocab 100", cache);
    ASSERT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("Vocabulary: 102 entries"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("demo sample"), std::string::npos);
    r = cli("dataset --data /nonexistent/aclImdb_v1.tar.gz", cache, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("error: /nonexistent/aclImdb_v1.tar.gz"), std::string::npos) << r.out;
    r = cli("dataset", cache, true);
    EXPECT_NE(r.status, 0);
}

TEST(Cli, DatasetReadsAnArchiveAndUsesTheCacheTheSecondTime) {
    TempDir dir;
    writeArchive(dir / "a.tar.gz", smallImdb(10));
    const std::string args = "dataset --json --data '" + (dir / "a.tar.gz").string() + "'";
    auto first = nlohmann::json::parse(cli(args, dir).out);
    auto second = nlohmann::json::parse(cli(args, dir).out);
    EXPECT_FALSE(first["cache_used"].get<bool>());
    EXPECT_TRUE(second["cache_used"].get<bool>());
    EXPECT_EQ(first["train"]["total"], 14);
    EXPECT_EQ(first["most_common"], second["most_common"]);
}

TEST(Cli, VectorsReportsCoverage) {
    TempDir dir;
    writeFile(dir / "g.txt", "the 1 2\nmovie 3 4\nfilm 5 6\n");
    const auto r = cli("vectors --demo --json --vectors '" + (dir / "g.txt").string() + "'", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["dimension"], 2);
    // the, movie, film exactly; The, Film ... through the lower-case fallback
    EXPECT_EQ(j["found"].get<int>() - j["found_lowercase"].get<int>(), 3);
    EXPECT_GT(j["found_lowercase"].get<int>(), 0);
    EXPECT_EQ(j["most_frequent_missing"].size(), 20u);
    const auto bad = cli("vectors --demo --vectors /nonexistent.txt", dir, true);
    EXPECT_EQ(bad.status, 1);
    EXPECT_NE(bad.out.find("/nonexistent.txt"), std::string::npos);
}

TEST(Cli, AVectorsSubsetTrainsExactlyLikeTheWholeFile) {
    TempDir dir;
    // A "whole file": vectors for common words (some of which the demo vocabulary lacks) with
    // long decimals, and many words no review uses.
    std::string text;
    std::uint32_t state = 12345;
    auto next = [&] {
        state = state * 1664525u + 1013904223u;
        return static_cast<double>(state) / 4294967296.0 - 0.5;
    };
    const char* common[] = {"the",   "a",    "movie",  "film",  "good", "bad", "great",
                            "awful", "plot", "acting", "story", "and",  "of",  "to",
                            "is",    "it",   "this",   "was",   "not",  "but"};
    for (const char* w : common) {
        text += w;
        for (int d = 0; d < 8; ++d) text += ' ' + std::to_string(next()) + "7391";
        text += '\n';
    }
    for (int i = 0; i < 300; ++i) {
        text += "zzunused" + std::to_string(i);
        for (int d = 0; d < 8; ++d) text += ' ' + std::to_string(next());
        text += '\n';
    }
    writeFile(dir / "full.txt", text);
    const auto full = (dir / "full.txt").string(), subset = (dir / "subset.txt").string();
    auto r = cli(
        "vectors --demo --seed 5 --vectors '" + full + "' --write-subset '" + subset + "' --json",
        dir);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto written = nlohmann::json::parse(r.out);
    EXPECT_EQ(written["subset"]["words"], 20);
    EXPECT_LT(std::filesystem::file_size(subset), std::filesystem::file_size(full) / 4);
    r = cli("vectors --demo --seed 5 --vectors '" + full + "' --write-subset '" + subset + "'",
            dir);
    EXPECT_NE(r.out.find("Wrote " + subset + ": the 20 vectors this vocabulary uses"),
              std::string::npos)
        << r.out;

    auto train = [&](const std::string& vectors) {
        auto t =
            cli("train --preset advanced --demo --seed 5 --hidden 8 --epochs 2 --max-batches 3 "
                "--threads 2 "
                "--vectors '" +
                    vectors + "' --out '" + (dir / "ckpt").string() + "' --db '" +
                    (dir / "runs.sqlite").string() + "' --json",
                dir);
        EXPECT_EQ(t.status, 0) << t.out;
        return lastJson(t.out);
    };
    const auto a = train(full), b = train(subset);
    ASSERT_EQ(a["epochs"].size(), 2u);
    ASSERT_EQ(b["epochs"].size(), 2u);
    EXPECT_NE(a["run_id"], b["run_id"]);
    for (std::size_t e = 0; e < 2; ++e) {
        EXPECT_EQ(a["epochs"][e]["train"]["loss"].get<double>(),
                  b["epochs"][e]["train"]["loss"].get<double>());
        EXPECT_EQ(a["epochs"][e]["valid"]["loss"].get<double>(),
                  b["epochs"][e]["valid"]["loss"].get<double>());
    }
    EXPECT_EQ(a["test"]["loss"].get<double>(), b["test"]["loss"].get<double>());

    r = cli(
        "vectors --demo --vectors '" + full + "' --write-subset '" + subset + "' --nearest good",
        dir, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("--write-subset goes with"), std::string::npos) << r.out;
}

// `train --sweep ... --emit-slurm DIR`: the job script and its task files, run here task by task
// as Slurm would (SLURM_ARRAY_TASK_ID set), each into its own store; `runs import` gathers them
// into one group. (tests/slurm/run_array_test.sh submits the same to a real Slurm.)
TEST(Cli, ASweepForSlurmTrainsTaskByTaskAndComesHomeAsOneGroup) {
    TempDir dir;
    const auto job = dir / "job";
    auto r =
        cli("train --preset fasttext --demo --epochs 1 --max-batches 2 --sweep lr=1e-2,1e-3,1e-4 "
            "--emit-slurm '" +
                job.string() + "' --slurm-cpus 1 --slurm-time 00:10:00",
            dir);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("Wrote a Slurm job array of 3 runs (fasttext, lr sweep)"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("sbatch " + (job / "job.sbatch").string()), std::string::npos) << r.out;
    EXPECT_FALSE(std::filesystem::exists(dir / "sentiment-lab" / "runs.sqlite"))
        << "nothing trained here";
    for (int task = 0; task < 3; ++task) {
        const std::string cmd = "cd '" + dir.path().string() +
                                "' && SLURM_ARRAY_TASK_ID=" + std::to_string(task) +
                                " SLURM_CPUS_PER_TASK=1 SENTIMENT_LAB_CLI='" + SENTIMENT_LAB_CLI +
                                "' SENTIMENT_LAB_CACHE_DIR='" + dir.path().string() + "' bash '" +
                                (job / "job.sbatch").string() + "' > /dev/null 2>&1";
        ASSERT_EQ(std::system(cmd.c_str()), 0) << "task " << task;
        EXPECT_TRUE(std::filesystem::exists(job / "tasks" / ("task-" + std::to_string(task)) /
                                            "runs.sqlite"));
    }
    r = cli("runs import '" + (job / "tasks" / "task-0" / "runs.sqlite").string() + "' '" +
                (job / "tasks" / "task-1" / "runs.sqlite").string() + "' '" +
                (job / "tasks" / "task-2" / "runs.sqlite").string() + "' --json",
            dir);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto report = nlohmann::json::parse(r.out);
    ASSERT_EQ(report.size(), 3u);
    for (const auto& store : report) {
        EXPECT_EQ(store["imported"].size(), 1u) << store;
        EXPECT_EQ(store["checkpoints_copied"], 1) << store;
    }
    r = cli("runs list --json", dir);
    const auto runs = nlohmann::json::parse(r.out);
    ASSERT_EQ(runs.size(), 3u);
    std::set<std::string> values;
    for (const auto& run : runs) {
        EXPECT_EQ(run["group"]["id"], runs[0]["group"]["id"]) << "one group";
        values.insert(run["group"]["value"].get<std::string>());
        EXPECT_EQ(run["status"], "completed");
    }
    EXPECT_EQ(values, (std::set<std::string>{"lr=1e-2", "lr=1e-3", "lr=1e-4"}));
    r = cli("train --task '" + (dir / "missing.json").string() + "' --no-db", dir, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("missing.json"), std::string::npos) << r.out;
}

TEST(Cli, VectorsFindNearestWordsAnalogiesAndHowTrainingMovedAWord) {
    TempDir dir;
    writeFile(dir / "g.txt",
              "king 1 1 0 0\nman 1 0 0 0\nwoman 0 0 1 0\nqueen 0 1 1 0\ngood 0 0 0.1 1\nfine 0 0.2 "
              "0.1 1\n"
              "great 0.1 0 0.1 1\nbad 0 0 0.1 -1\nmovie 0.5 0.5 0.5 0\nthe 0.3 0.3 0.3 0.3\n");
    const std::string vectors = " --vectors '" + (dir / "g.txt").string() + "'";
    auto r = cli("vectors" + vectors + " --analogy king man woman -k 1 --json", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["words"].size(), 1u);
    EXPECT_EQ(j["words"][0]["word"], "queen");
    r = cli("vectors" + vectors + " --nearest Good -k 2", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("Nearest to \"Good\" in the vectors (10 words"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("  1. great "), std::string::npos) << r.out;
    r = cli("vectors" + vectors + " --nearest qwzx", dir, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("\"qwzx\" is not among the 10 words"), std::string::npos) << r.out;

    // A run that started from these vectors: its trained embedding, and how training moved "good".
    r = cli("train --preset fasttext --demo --epochs 1 --threads 2" + vectors + " --json", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto run = lastJson(r.out)["run_id"].get<long>();
    r = cli("vectors --run " + std::to_string(run) + " --nearest good -k 5 --json", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["space"], "trained");
    ASSERT_EQ(j["words"].size(), 5u);
    for (const auto& w : j["words"]) {
        EXPECT_EQ(w["word"].get<std::string>().find(' '), std::string::npos)
            << "a bigram is no neighbour: " << w;
        EXPECT_NE(w["word"], "<pad>");
    }
    r = cli("vectors --run " + std::to_string(run) + vectors + " --nearest good -k 3 --json", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["before"].size(), 3u);
    // Before training, good's neighbours among the run's words are the file's: great, fine, then
    // the.
    EXPECT_EQ(j["before"][0]["word"], "great");
    EXPECT_EQ(j["before"][1]["word"], "fine");
    EXPECT_EQ(j["after"].size(), 3u);
    EXPECT_LT(j["cosine_to_start"].get<double>(), 1.0);  // one epoch moved it
    EXPECT_GT(j["cosine_to_start"].get<double>(), 0.5);  // not far
    // A linear model has no embedding to explore, and says so.
    r = cli("train --preset nbsvm --demo --epochs 1 --threads 2 --json", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto linear = lastJson(r.out)["run_id"].get<long>();
    r = cli("vectors --run " + std::to_string(linear) + " --nearest good", dir, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("no word embedding to explore"), std::string::npos) << r.out;
}

TEST(Cli, GradientFlowIsPrintedAndRecordedWithTheRun) {
    TempDir dir;
    auto r = cli(
        "train --preset base --demo --epochs 1 --max-batches 3 --threads 2 --gradient-flow --json",
        dir);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("\tGradient flow before training: |dLoss/dh_t| at the read state "),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find(", 50 steps back "), std::string::npos) << r.out;
    const auto run = lastJson(r.out)["run_id"].get<long>();
    r = cli("runs show " + std::to_string(run), dir);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("  after epoch 1: |dLoss/dh_t|"), std::string::npos) << r.out;
    r = cli("runs show " + std::to_string(run) + " --json", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto flow = nlohmann::json::parse(r.out)[0]["gradient_flow"];
    ASSERT_EQ(flow.size(), 2u);
    const auto norms = flow[1]["norms"].get<std::vector<double>>();
    ASSERT_GT(norms.size(), 60u);
    EXPECT_LT(norms[50], 1e-6 * norms[0]);  // the base RNN's gradient has vanished 50 steps back
}

TEST(Cli, SeedsAndSweepsFormGroupsWithTheirSpreadAndACard) {
    TempDir dir;
    auto r = cli(
        "train --preset nbsvm --demo --epochs 2 --threads 2 --seeds 3 --keep-best-checkpoint", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("Group 1: nbsvm, 3 seeds, 3 runs"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  Epoch 02  Val. Acc: "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(mean ± sd over 3 runs)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Kept only run "), std::string::npos) << r.out;
    r = cli("runs show 2 --json", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto second = nlohmann::json::parse(r.out)[0];
    r = cli("runs show 1 --json", dir);
    const auto first = nlohmann::json::parse(r.out)[0];
    // Other training seeds, the same split and vocabulary: the card's data hashes agree, the plan's
    // do not.
    const auto card1 = first["card"];
    const auto card2 = second["card"];
    EXPECT_EQ(first["group"]["id"], 1);
    EXPECT_EQ(card1["split_sha256"], card2["split_sha256"]);
    EXPECT_EQ(card1["vocabulary_sha256"], card2["vocabulary_sha256"]);
    EXPECT_NE(card1["plan_sha256"], card2["plan_sha256"]);
    EXPECT_EQ(first["seed"], second["seed"]);  // the split's seed
    // --vary-split draws another split per seed.
    r = cli("train --preset nbsvm --demo --epochs 1 --threads 2 --seeds 2 --vary-split", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto a = nlohmann::json::parse(cli("runs show 4 --json", dir).out)[0]["card"];
    const auto b = nlohmann::json::parse(cli("runs show 5 --json", dir).out)[0]["card"];
    EXPECT_NE(a["split_sha256"], b["split_sha256"]);
    // The card is shown, and on the machine that trained the run nothing differs.
    r = cli("runs show 1", dir);
    EXPECT_NE(r.out.find("Reproducibility card:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("This machine matches it"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Group: 1, value 1234"), std::string::npos) << r.out;
    // A sweep: one run per value, named by it, the best marked.
    r = cli("train --preset nbsvm --demo --threads 2 --sweep epochs=1,2", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("  epochs=1         Test Acc: "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  best"), std::string::npos) << r.out;
    r = cli("runs list --group 3", dir);
    EXPECT_NE(r.out.find("nbsvm, epochs 2"), std::string::npos) << r.out;
    r = cli("train --preset nbsvm --demo --sweep momentum=1,2", dir, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("--sweep takes KNOB=V1,V2,... with a knob of cell, layers"),
              std::string::npos)
        << r.out;
}

TEST(Cli, QueuedRunsTrainOneAfterAnotherFromTheQueue) {
    TempDir dir;
    auto r = cli("train --preset nbsvm --demo --threads 2 --sweep epochs=1,2 --queue", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("Queued group 1 (nbsvm, epochs sweep): 2 runs"), std::string::npos)
        << r.out;
    r = cli("train --preset base --demo --epochs 1 --max-batches 2 --threads 2 --queue", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("3 queued run(s) wait"), std::string::npos) << r.out;
    r = cli("runs list", dir);
    EXPECT_EQ(r.out.find("nbsvm"), std::string::npos) << r.out;  // queued, not trained
    r = cli("runs queue --json", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    auto queue = nlohmann::json::parse(r.out);
    ASSERT_EQ(queue.size(), 3u);
    EXPECT_EQ(queue[1]["name"], "nbsvm, epochs 2");
    EXPECT_EQ(queue[1]["status"], "waiting");
    EXPECT_EQ(queue[2]["source"], "demo sample");
    r = cli("train --from-queue --threads 2", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("=== Queue entry 2: nbsvm, epochs 2 ==="), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("The queue is done: 3 run(s) trained, 0 failed"), std::string::npos)
        << r.out;
    queue = nlohmann::json::parse(cli("runs queue --json", dir).out);
    for (const auto& e : queue) {
        EXPECT_EQ(e["status"], "done") << e;
        EXPECT_GT(e["run"].get<int>(), 0) << e;
    }
    r = cli("runs list --group 1", dir);
    EXPECT_NE(r.out.find("nbsvm, epochs 1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("nbsvm, epochs 2"), std::string::npos) << r.out;
    // A queued plan whose dataset is gone fails with its name; the queue goes on and says so.
    r = cli("train --preset nbsvm --data '" + (dir.path() / "gone.tar.gz").string() + "' --queue",
            dir);
    ASSERT_EQ(r.status, 0) << r.out;
    r = cli("train --preset nbsvm --demo --epochs 1 --threads 2 --queue", dir);
    r = cli("train --from-queue --threads 2", dir, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("gone.tar.gz"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("The queue is done: 1 run(s) trained, 1 failed"), std::string::npos)
        << r.out;
    r = cli("runs queue --clear", dir);
    EXPECT_NE(r.out.find("5 finished entries taken out of the queue"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("The run queue is empty."), std::string::npos) << r.out;
    r = cli("train --preset nbsvm --demo --sweep lr=abc --queue", dir, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("'abc' is not a value of lr"), std::string::npos) << r.out;
    EXPECT_EQ(cli("train --from-queue --no-db", dir, true).status, 1);
}

// Opt-in check on the real archive (slow; needs ../shared/data): SENTIMENT_LAB_LONG_TESTS=1.
TEST(Cli, RealImdbGivesTheLectureCounts) {
    const std::string archive = std::string(SENTIMENT_LAB_SHARED_DATA) + "/aclImdb_v1.tar.gz";
    if (std::getenv("SENTIMENT_LAB_LONG_TESTS") == nullptr || !std::filesystem::exists(archive)) {
        GTEST_SKIP() << "set SENTIMENT_LAB_LONG_TESTS=1 with ../shared/data present";
    }
    TempDir cache;
    const auto j = nlohmann::json::parse(cli("dataset --json --data '" + archive + "'", cache).out);
    EXPECT_EQ(j["train"]["total"], 17500);
    EXPECT_EQ(j["valid"]["total"], 7500);
    EXPECT_EQ(j["test"]["total"], 25000);
    EXPECT_EQ(j["test"]["pos"], 12500);
    EXPECT_EQ(j["vocab_size"], 25002);
}

TEST(Cli, TrainDemoPrintsTheLectureLinesAndPredictLoadsTheCheckpoint) {
    TempDir cache;
    const auto out = cache / "runs";
    auto r =
        cli("train --preset base --demo --epochs 1 --threads 2 --out '" + out.string() + "' --json",
            cache);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("The model has "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Epoch: 01 | Epoch Time: "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\tTrain Loss: "), std::string::npos);
    EXPECT_NE(r.out.find(" | Train Acc: "), std::string::npos);
    EXPECT_NE(r.out.find("\t Val. Loss: "), std::string::npos);
    EXPECT_NE(r.out.find(" |  Val. Acc: "), std::string::npos);
    EXPECT_NE(r.out.find("Test Loss: "), std::string::npos);
    // One epoch of the base RNN on the demo stays at chance, as the lecture's does.
    EXPECT_NE(r.out.find("Against the lecture: at chance ("), std::string::npos) << r.out;
    const auto j = lastJson(r.out);
    EXPECT_EQ(j["epochs"].size(), 1u);
    EXPECT_GT(j["params"].get<long>(), 1'000'000);
    EXPECT_EQ(j["lecture"]["verdict"], "chance");
    EXPECT_DOUBLE_EQ(j["lecture"]["low"].get<double>(), 0.45);
    const auto checkpoint = j["checkpoint"].get<std::string>();
    ASSERT_TRUE(std::filesystem::exists(checkpoint)) << checkpoint;

    r = cli("predict --model '" + checkpoint + "' --text 'A fine film.' --json", cache);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto p = nlohmann::json::parse(r.out);
    EXPECT_GE(p["probability"].get<double>(), 0.0);
    EXPECT_LE(p["probability"].get<double>(), 1.0);
    EXPECT_EQ(p["tokens"], 4);

    r = cli("predict --model '" + (cache / "missing.slckpt").string() + "' --text x", cache, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("missing.slckpt"), std::string::npos) << r.out;
}

TEST(Cli, TrainFractionAndScheduleReachTheRecordedConfiguration) {
    TempDir cache;
    auto r =
        cli("train --preset fasttext --demo --epochs 1 --max-batches 2 --threads 2 --no-db "
            "--train-fraction 0.9"
            " --max-vocab 30000 --lr-schedule linear --out '" +
                (cache / "runs").string() + "' --json",
            cache);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("(1,800 train, 200 valid, 1,000 test"), std::string::npos) << r.out;
    const auto j = lastJson(r.out);
    EXPECT_DOUBLE_EQ(j["config"]["data"]["train_fraction"].get<double>(), 0.9);
    EXPECT_EQ(j["config"]["training"]["lr_schedule"], "linear");
    // The recorded model is the one trained: its vocabulary is the dataset's (words and bigrams).
    EXPECT_EQ(j["config"]["model"]["vocab_size"].get<long>(), 30'002);
    EXPECT_EQ(j["params"].get<long>(), 30'002 * 100 + 101);

    r = cli("train --preset fasttext --demo --epochs 1 --no-db --train-fraction 1.5", cache, true);
    EXPECT_NE(r.status, 0);
    EXPECT_NE(r.out.find("--train-fraction"), std::string::npos) << r.out;
}

// NBSVM from the CLI (issue 19): a run without a baseline says how to train it, `train
// --baseline-for` trains it on the run's split, `runs show` then places the run against it, and
// `predict --explain` prints the n-grams whose contributions and the bias make the logit.
TEST(Cli, TheLinearBaselineIsTrainedComparedAndExplained) {
    TempDir cache;
    const std::string db = " --db '" + (cache / "runs.sqlite").string() + "'";
    auto r = cli(
        "train --preset cnn --demo --epochs 1 --max-batches 2 --threads 2 --embedding-dim 8" + db,
        cache);
    ASSERT_EQ(r.status, 0) << r.out;
    r = cli("runs show 1" + db, cache);
    EXPECT_NE(r.out.find("train --baseline-for 1"), std::string::npos) << r.out;
    r = cli("train --baseline-for 1 --threads 2 --json" + db, cache);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("Training the linear baseline for run 1"), std::string::npos) << r.out;
    const auto j = lastJson(r.out);
    EXPECT_EQ(j["config"]["preset"], "nbsvm");
    EXPECT_GT(j["test"]["acc"].get<double>(), 0.75);
    r = cli("runs show 1" + db, cache);
    EXPECT_NE(r.out.find("points below the linear baseline (NBSVM, run 2: "), std::string::npos)
        << r.out;
    const auto checkpoint = j["checkpoint"].get<std::string>();
    r = cli("predict --model '" + checkpoint +
                "' --text 'A wonderful film, not a bad moment in it.' --explain --top 5 --json",
            cache);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto p = nlohmann::json::parse(r.out);
    const auto& e = p["explanation"];
    EXPECT_TRUE(e["exact"].get<bool>());
    EXPECT_EQ(e["terms"].size(), 5u);
    EXPECT_GT(e["ngrams"].get<int>(), 10);  // words and bigrams
    EXPECT_NEAR(1 / (1 + std::exp(-e["logit"].get<double>())), p["probability"].get<double>(),
                1e-5);
    r = cli("predict --model '" + checkpoint + "' --text 'A wonderful film' --explain", cache);
    EXPECT_NE(r.out.find("= bias"), std::string::npos) << r.out;
}

// `train --from-run ID` runs the stored plan again: the same data, seed and settings give the
// same epochs to the last bit (same machine, thread count and program).
TEST(Cli, TrainFromRunReproducesTheStoredRun) {
    TempDir cache;
    const auto db = (cache / "runs.sqlite").string();
    const auto out = (cache / "checkpoints").string();
    auto r =
        cli("train --preset advanced --demo --hidden 16 --embedding-dim 16 --epochs 2 "
            "--max-batches 4 --threads 2"
            " --seed 99 --db '" +
                db + "' --out '" + out + "' --json",
            cache);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto a = lastJson(r.out);
    EXPECT_EQ(a["config"]["plan"], 1);
    EXPECT_EQ(a["config"]["seed"], 99);
    r = cli("train --from-run " + std::to_string(a["run_id"].get<long>()) + " --threads 2 --db '" +
                db + "' --out '" + out + "' --json",
            cache);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("Training run 1's experiment again"), std::string::npos) << r.out;
    const auto b = lastJson(r.out);
    EXPECT_EQ(b["run_id"], 2);
    ASSERT_EQ(b["epochs"].size(), 2u);
    for (std::size_t e = 0; e < 2; ++e) {
        EXPECT_EQ(a["epochs"][e]["train"]["loss"].get<double>(),
                  b["epochs"][e]["train"]["loss"].get<double>());
        EXPECT_EQ(a["epochs"][e]["valid"]["loss"].get<double>(),
                  b["epochs"][e]["valid"]["loss"].get<double>());
        EXPECT_EQ(a["epochs"][e]["valid"]["acc"].get<double>(),
                  b["epochs"][e]["valid"]["acc"].get<double>());
    }
    EXPECT_EQ(a["test"]["loss"].get<double>(), b["test"]["loss"].get<double>());
    // A flag given changes the stored plan: another seed, other numbers.
    r = cli(
        "train --from-run 1 --seed 100 --threads 2 --db '" + db + "' --out '" + out + "' --json",
        cache);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(lastJson(r.out)["epochs"][0]["train"]["loss"].get<double>(),
              a["epochs"][0]["train"]["loss"].get<double>());

    r = cli("train --from-run 42 --db '" + db + "'", cache, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("42"), std::string::npos) << r.out;
    r = cli("train --from-run 1 --preset base --db '" + db + "'", cache, true);
    EXPECT_NE(r.status, 0);
    EXPECT_NE(r.out.find("--preset"), std::string::npos) << r.out;
}

// `evaluate`: the confusion matrix, accuracy by length and the surest mistakes from the
// predictions recorded with the run; for a run recorded without them, scored again from its
// checkpoint on its own dataset, with the same counts, and stored.
TEST(Cli, EvaluatePrintsWhereTheModelIsWrong) {
    TempDir cache;
    const auto db = (cache / "runs.sqlite").string();
    auto r =
        cli("train --preset advanced --demo --hidden 16 --embedding-dim 16 --epochs 1 "
            "--max-batches 6 --threads 2"
            " --db '" +
                db + "' --out '" + (cache / "checkpoints").string() + "' --json",
            cache);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto trained = lastJson(r.out);
    r = cli("evaluate --run 1 --worst 3 --db '" + db + "'", cache);
    ASSERT_EQ(r.status, 0) << r.out;
    for (const char* part :
         {"Confusion matrix", "called positive", "positive (500)", "Precision of \"positive\"",
          "Accuracy by review length", "1000+", "The 3 surest mistakes", "sure it is "}) {
        EXPECT_NE(r.out.find(part), std::string::npos) << part << "\n" << r.out;
    }
    r = cli("evaluate --run 1 --worst 3 --json --db '" + db + "'", cache);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto a = nlohmann::json::parse(r.out);
    EXPECT_EQ(a["reviews"], 1000);
    EXPECT_FALSE(a["computed_now"].get<bool>());
    const auto& c = a["confusion"];
    EXPECT_EQ(c["true_positives"].get<int>() + c["false_negatives"].get<int>(), 500);
    EXPECT_EQ(c["false_positives"].get<int>() + c["true_negatives"].get<int>(), 500);
    EXPECT_NEAR(a["accuracy"].get<double>(), trained["test"]["acc"].get<double>(), 1e-12);
    ASSERT_EQ(a["mistakes"].size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_FALSE(a["mistakes"][i]["text"].get<std::string>().empty());
        EXPECT_GE(a["mistakes"][i]["confidence"].get<double>(), 0.5);
        if (i > 0) {
            EXPECT_LE(a["mistakes"][i]["confidence"].get<double>(),
                      a["mistakes"][i - 1]["confidence"].get<double>());
        }
    }
    std::size_t reviews = 0;
    for (const auto& b : a["by_length"]) reviews += b["reviews"].get<std::size_t>();
    EXPECT_EQ(reviews, 1000u);

    // A run recorded before predictions were kept: scored from its checkpoint and stored.
    ASSERT_TRUE(sentiment::storage::RunStore::open(db)->recordTestPredictions(1, {}));
    r = cli("evaluate --run 1 --worst 3 --json --db '" + db + "'", cache);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto b = nlohmann::json::parse(r.out);
    EXPECT_TRUE(b["computed_now"].get<bool>());
    EXPECT_EQ(b["confusion"], a["confusion"]);
    EXPECT_EQ(sentiment::storage::RunStore::open(db)->testPredictions(1)->size(), 1000u);
    // Scoring it on another dataset (20 test reviews, not the demo's 1,000) is refused, by name.
    ASSERT_TRUE(sentiment::storage::RunStore::open(db)->recordTestPredictions(1, {}));
    const auto other = cache / "other.tar.gz";
    writeArchive(other, smallImdb(10));
    r = cli("evaluate --run 1 --data '" + other.string() + "' --db '" + db + "'", cache, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("other.tar.gz: this dataset is not the one run 1 was tested on"),
              std::string::npos)
        << r.out;
    EXPECT_TRUE(sentiment::storage::RunStore::open(db)->testPredictions(1)->empty());

    // A teacher's course reference judges the run instead of the lecture's; a broken one names its
    // line.
    const auto course = cache / "course.json";
    const auto broken = cache / "broken.json";
    {
        std::ofstream(course)
            << R"({"reference": 1, "course": "Spring", "presets": {"advanced": {"name": "our BiLSTM",
            "test_accuracy": 0.30}}})";
        std::ofstream(broken) << "{\"reference\": 1,\n \"presets\": {\n  \"advanced\": {,\n}}}\n";
    }
    r = cli("runs show 1 --reference '" + course.string() + "' --db '" + db + "'", cache);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("Against the lecture: "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("our BiLSTM"), std::string::npos) << r.out;
    r = cli("runs show 1 --reference '" + broken.string() + "' --db '" + db + "'", cache, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("broken.json, line 3"), std::string::npos) << r.out;
    r = cli("train --preset base --demo --epochs 1 --reference '" + broken.string() + "' --db '" +
                db + "'",
            cache, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("broken.json, line 3"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("Epoch: 01"), std::string::npos) << "trained with a broken reference";

    r = cli("evaluate --run 42 --db '" + db + "'", cache, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("no run 42"), std::string::npos) << r.out;
}

// Ctrl-C during epoch 2 stops the run after epoch 1; `train --resume` continues it in the same
// run, and its epochs are those of the same plan trained without a break.
TEST(Cli, AnInterruptedRunContinuesAsIfNeverStopped) {
    TempDir cache;
    const auto db = (cache / "runs.sqlite").string();
    const auto out = (cache / "checkpoints").string();
    const std::string common = " --threads 1 --db '" + db + "' --out '" + out + "' --json";
    // Interrupted by SIGINT once epoch 1 is printed.
    // The shell prints its pid and becomes the CLI (exec), so that pid is the training process.
    const std::string cmd = "echo $$; SENTIMENT_LAB_CACHE_DIR='" + cache.path().string() +
                            "' exec '" + SENTIMENT_LAB_CLI +
                            "' train --preset advanced --demo --hidden 32 --embedding-dim 32 "
                            "--epochs 3 --max-batches 15 --seed 7" +
                            common + " 2>/dev/null";
    FILE* p = popen(cmd.c_str(), "r");
    ASSERT_NE(p, nullptr);
    std::string first;
    std::array<char, 4096> line;
    bool sent = false;
    pid_t pid = 0;
    while (fgets(line.data(), line.size(), p) != nullptr) {
        if (pid == 0) {
            pid = static_cast<pid_t>(std::atol(line.data()));
            continue;
        }
        first += line.data();
        if (!sent && pid > 0 && first.find("Epoch: 01") != std::string::npos) {
            ::kill(pid, SIGINT);
            sent = true;
        }
    }
    pclose(p);
    ASSERT_TRUE(sent) << first;
    const auto a = lastJson(first);
    // Stopped in epoch 2 (or, on a very busy machine, in epoch 3): the epoch in progress is not
    // kept.
    const std::size_t kept = a["epochs"].size();
    ASSERT_TRUE(kept == 1 || kept == 2) << first;

    auto r = cli("train --resume 1" + common, cache);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("Continuing run 1 after epoch " + std::to_string(kept)), std::string::npos)
        << r.out;
    const auto b = lastJson(r.out);
    EXPECT_EQ(b["run_id"], 1);
    ASSERT_EQ(b["epochs"].size(), 3 - kept);
    r = cli("train --from-run 1" + common, cache);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto whole = lastJson(r.out);
    ASSERT_EQ(whole["epochs"].size(), 3u);
    EXPECT_EQ(a["epochs"][0]["train"]["loss"].get<double>(),
              whole["epochs"][0]["train"]["loss"].get<double>());
    for (std::size_t e = 0; e < 3 - kept; ++e) {
        EXPECT_EQ(b["epochs"][e]["epoch"], int(e + kept) + 1);
        EXPECT_EQ(b["epochs"][e]["train"]["loss"].get<double>(),
                  whole["epochs"][e + kept]["train"]["loss"].get<double>());
        EXPECT_EQ(b["epochs"][e]["valid"]["loss"].get<double>(),
                  whole["epochs"][e + kept]["valid"]["loss"].get<double>());
    }
    EXPECT_EQ(b["test"]["loss"].get<double>(), whole["test"]["loss"].get<double>());
    // The run is one run of three epochs, completed; a completed run does not continue.
    r = cli("runs show 1 --db '" + db + "'", cache);
    EXPECT_NE(r.out.find("Epoch: 03"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Against the lecture: "), std::string::npos) << r.out;
    r = cli("train --resume 1 --db '" + db + "'", cache, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("no saved state"), std::string::npos) << r.out;
}

TEST(Cli, ParamsShowsTheLectureTotalsAndFormulas) {
    TempDir cache;
    auto r = cli("params --preset advanced", cache);
    ASSERT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("The model has 4,810,857 trainable parameters"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("4*(256*(100+256)+2*256)"), std::string::npos) << r.out;
    r = cli("params --preset base --json", cache);
    ASSERT_EQ(r.status, 0);
    EXPECT_EQ(nlohmann::json::parse(r.out)["trainable"], 2'592'105);
}

// `--version` says what the build runs on: the LibTorch of this process (the one the test was
// built against too), whether CUDA is in the build and here, oneDNN and the BLAS.
TEST(Cli, TheVersionSaysWhichLibTorchCudaAndOneDnn) {
    TempDir cache;
    const auto r = cli("--version", cache);
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_EQ(r.out.rfind(std::string("sentiment-lab-cli ") + SENTIMENT_LAB_VERSION + "\n", 0), 0u)
        << r.out;
    const auto info = sentiment::model::Runtime::info();
    EXPECT_NE(r.out.find("LibTorch " + info.libtorchVersion + ","), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(info.cudaBuilt ? "CUDA: built with it" : "CUDA: not in this build"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("oneDNN recurrent layers: " +
                         (info.onednn.empty() ? std::string("none") : info.onednn)),
              std::string::npos)
        << r.out;
}

// What a command throws (here the allocation of an 800 GB embedding) ends as one line on stderr
// and a failed exit, not an abort.
TEST(Cli, AnExceptionIsOneLineAndAFailedExit) {
    TempDir cache;
    const auto r =
        cli("params --preset fasttext --vocab-size 100000000 --embedding-dim 2048", cache, true);
    EXPECT_EQ(r.status, 1) << r.out;
    EXPECT_EQ(r.out.rfind("error: ", 0), 0u) << r.out;
    EXPECT_NE(r.out.find("memory"), std::string::npos) << r.out;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
}

// `download` against a local server: a file that is not the published one fails the check and
// leaves nothing; an address without a server says what else to do. (No test touches the internet.)
TEST(Cli, DownloadChecksBeforeKeeping) {
    TempDir home, to;
    LocalHttpServer server;
    server.serve("/aclImdb_v1.tar.gz", std::string(1000, 'x'));
    auto r = cli(
        "download imdb --to '" + to.path().string() + "' --url " + server.url("/aclImdb_v1.tar.gz"),
        home, true);
    EXPECT_EQ(r.status, 1) << r.out;
    EXPECT_NE(r.out.find("failed its check and was deleted"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("84125825"), std::string::npos) << r.out;
    EXPECT_TRUE(std::filesystem::is_empty(to.path()));
    const int port = server.port();
    r = cli("download glove --dim 50 --to '" + to.path().string() +
                "' --url http://127.0.0.1:" + std::to_string(port) + "/missing.zip",
            home, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("HTTP 404"), std::string::npos) << r.out;
    r = cli("download imdb --url http://example.com/aclImdb_v1.tar.gz --to '" + to.path().string() +
                "'",
            home, true);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("only https://"), std::string::npos) << r.out;
    r = cli("download mnist", home, true);
    EXPECT_NE(r.status, 0);
    EXPECT_TRUE(std::filesystem::is_empty(to.path()));
}

// Fault drill: another program holds the store's write lock (here this test, through SQLite).
// Editing waits the busy timeout (5 s) and then says so, naming the store; reading still works.
TEST(Cli, AStoreLockedByAnotherProgramGivesAMessageNotAHang) {
    TempDir dir;
    const auto db = (dir / "runs.sqlite").string();
    ASSERT_EQ(cli("train --demo --preset fasttext --epochs 1 --max-batches 1 --threads 1 --db '" +
                      db + "' --out '" + dir.path().string() + "'",
                  dir)
                  .status,
              0);
    SQLite::Database holder(db, SQLite::OPEN_READWRITE);
    holder.exec("BEGIN EXCLUSIVE");
    const auto rename =
        cli("runs --db '" + db + "' rename 1 renamed", dir, true);  // a hang: ctest's timeout
    EXPECT_NE(rename.status, 0) << rename.out;
    EXPECT_NE(rename.out.find("locked"), std::string::npos) << rename.out;
    EXPECT_NE(rename.out.find("runs.sqlite"), std::string::npos) << rename.out;
    const auto list = cli("runs --db '" + db + "' list", dir, true);
    EXPECT_EQ(list.status, 0) << list.out;
    holder.exec("ROLLBACK");
}

// `train --seeds N --json`: the last line is the group's own JSON object, with each run's test
// accuracy and their mean and standard deviation, as the text summary gives them.
TEST(Cli, AGroupWithJsonEndsWithTheGroupsObject) {
    TempDir dir;
    auto r = cli("train --preset nbsvm --demo --epochs 1 --threads 2 --seeds 3 --json", dir);
    ASSERT_EQ(r.status, 0) << r.out;
    std::string out = r.out;
    while (!out.empty() && out.back() == '\n') out.pop_back();
    const std::string last = out.substr(out.rfind('\n') + 1);
    const auto j = nlohmann::json::parse(last);
    EXPECT_EQ(j["group"], 1);
    ASSERT_EQ(j["runs"].size(), 3u) << last;
    std::vector<double> tests;
    for (const auto& run : j["runs"]) tests.push_back(run["test_accuracy"].get<double>());
    const double mean = (tests[0] + tests[1] + tests[2]) / 3;
    double squares = 0;
    for (const double t : tests) squares += (t - mean) * (t - mean);
    EXPECT_NEAR(j["test_accuracy"]["mean"].get<double>(), mean, 1e-12);
    EXPECT_NEAR(j["test_accuracy"]["sd"].get<double>(), std::sqrt(squares / 2),
                1e-12);  // the sample sd
    EXPECT_EQ(j["test_accuracy"]["n"], 3);
    ASSERT_EQ(j["valid_accuracy"].size(), 1u);
    EXPECT_EQ(j["valid_accuracy"][0]["n"], 3);
    EXPECT_EQ(j["runs"][0]["run"], 1);
    // The text summary says the same mean.
    char text[64];
    std::snprintf(text, sizeof text, "Test Acc: %.2f%% ± ", 100 * mean);
    EXPECT_NE(r.out.find(text), std::string::npos) << r.out;
}

// train's modes are resolved once: combinations that mean nothing are refused by name before any
// work, and nothing is recorded.
TEST(Cli, TrainRefusesModesThatMeanNothingBeforeAnyWork) {
    TempDir cache;
    const auto queueWithoutStore = cli("train --from-queue --no-db", cache, true);
    EXPECT_EQ(queueWithoutStore.status, 1);
    EXPECT_NE(
        queueWithoutStore.out.find("the run queue is kept in the run store; --no-db has none"),
        std::string::npos)
        << queueWithoutStore.out;
    const auto resumeAGroup = cli("train --resume 1 --seeds 3", cache, true);
    EXPECT_EQ(resumeAGroup.status, 1);
    EXPECT_NE(resumeAGroup.out.find("--resume continues one run"), std::string::npos)
        << resumeAGroup.out;
    const auto resumeQueued = cli("train --resume 1 --queue", cache, true);
    EXPECT_EQ(resumeQueued.status, 1);
    EXPECT_NE(resumeQueued.out.find("--resume continues one run"), std::string::npos)
        << resumeQueued.out;
    EXPECT_FALSE(
        std::filesystem::exists(cache.path() / "sentiment-lab" / "runs.sqlite"));  // nothing opened
}

namespace {

// An NSMC-style pair of files (id, document, label; tab-separated, a header, Korean texts):
// words that decide the class, so that a small model learns them.
void writeNsmcStyle(const TempDir& dir) {
    const char* good[] = {"최고의 영화", "정말 재밌다", "감동적인 연기", "강력 추천"};
    const char* bad[] = {"최악의 영화", "정말 지루하다", "돈이 아깝다", "시간 낭비"};
    std::string train = "id\tdocument\tlabel\n", test = train;
    for (int i = 0; i < 160; ++i) {
        auto& file = i < 120 ? train : test;
        const bool positive = i % 2 == 0;
        file += std::to_string(1000 + i) + "\t" + (positive ? good[i % 4] : bad[i % 4]) + " " +
                std::to_string(i) + "\t" + (positive ? "1" : "0") + "\n";
    }
    sentiment::test::writeFile(dir / "ratings_train.txt", train);
    sentiment::test::writeFile(dir / "ratings_test.txt", test);
}

}  // namespace

// A student's own Korean files, as NSMC ships them: read, trained, recorded with the plan's way
// of reading them (so the stored run trains again on the same files), and not judged against the
// lecture's IMDb figures.
TEST(Cli, AnNsmcStyleTableTrainsAndItsStoredPlanReadsItAgain) {
    TempDir dir;
    writeNsmcStyle(dir);
    const auto data = "--data '" + (dir / "ratings_train.txt").string() + "' --test-data '" +
                      (dir / "ratings_test.txt").string() + "'";
    auto shown = cli("dataset " + data + " --json", dir);
    ASSERT_EQ(shown.status, 0) << shown.out;
    const auto d = nlohmann::json::parse(shown.out);
    EXPECT_EQ(d["test"]["total"], 40);
    EXPECT_EQ(d["test"]["pos"], 20);
    EXPECT_EQ(d["train"]["total"].get<int>() + d["valid"]["total"].get<int>(), 120);

    auto first = cli("train --preset nbsvm " + data + " --threads 2 --json", dir);
    ASSERT_EQ(first.status, 0) << first.out;
    const auto j = nlohmann::json::parse(first.out.substr(first.out.rfind("\n{") + 1));
    EXPECT_TRUE(j["lecture"].is_null());  // IMDb's figures say nothing about these reviews
    EXPECT_EQ(first.out.find("Against the lecture"), std::string::npos);
    EXPECT_GT(j["test"]["acc"].get<double>(), 0.9);  // its words decide the class

    // Again from the store alone: the plan knows both files and how it read them.
    auto again = cli("train --from-run 1 --json", dir);
    ASSERT_EQ(again.status, 0) << again.out;
    const auto k = nlohmann::json::parse(again.out.substr(again.out.rfind("\n{") + 1));
    EXPECT_EQ(k["test"]["acc"], j["test"]["acc"]);
    EXPECT_EQ(k["test"]["loss"], j["test"]["loss"]);

    // With Unicode word boundaries, and the checkpoint predicts Korean text with them.
    auto unicode =
        cli("train --preset nbsvm --tokenizer unicode " + data + " --threads 2 --json", dir);
    ASSERT_EQ(unicode.status, 0) << unicode.out;
    const auto u = nlohmann::json::parse(unicode.out.substr(unicode.out.rfind("\n{") + 1));
    EXPECT_EQ(u["config"]["data"]["tokenizer"], "unicode");
    const auto model = "--model '" + u["checkpoint"].get<std::string>() + "' --json --text ";
    const auto good = nlohmann::json::parse(cli("predict " + model + "'최고의 영화'", dir).out);
    const auto bad = nlohmann::json::parse(cli("predict " + model + "'시간 낭비'", dir).out);
    EXPECT_EQ(good["label"], "positive");
    EXPECT_EQ(bad["label"], "negative");
    EXPECT_EQ(good["tokens"], 2);
}

// Star ratings as ten classes: read with their names in natural order, trained, printed class
// by class and as JSON (accuracy, macro-F1, per-class figures, the confusion matrix, the mean
// absolute error in stars), evaluated again from the store, and a checkpoint that names the
// class it calls; a label map still bins them.
TEST(Cli, StarRatingsTrainAsTenClassesAndSayTheirFiguresClassByClass) {
    TempDir dir;
    const char* words[] = {"dreadful", "awful",  "bad",  "weak",  "meh",
                           "okay",     "decent", "good", "great", "masterpiece"};
    std::string tsv = "movie_id\treview_id\trating\treview\n";
    for (int i = 0; i < 600; ++i) {
        const int stars = i % 10 + 1;
        tsv += std::to_string(i % 30) + "\t" + std::to_string(i) + "\t" + std::to_string(stars) +
               "\t리뷰 " + words[stars - 1] + " " + std::to_string(i) + "\n";
    }
    sentiment::test::writeFile(dir / "ratings.tsv", tsv);
    const auto file = "--data '" + (dir / "ratings.tsv").string() + "' --group-column movie_id";
    auto trained = cli("train --preset nbsvm " + file + " --threads 2 --json", dir);
    ASSERT_EQ(trained.status, 0) << trained.out;
    EXPECT_NE(trained.out.find("Macro-F1"), std::string::npos) << trained.out;
    EXPECT_NE(trained.out.find("Confusion matrix"), std::string::npos) << trained.out;
    const auto j = nlohmann::json::parse(trained.out.substr(trained.out.rfind("\n{") + 1));
    const std::vector<std::string> stars = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};
    EXPECT_EQ(j["classes"], stars);
    EXPECT_EQ(j["config"]["model"]["classes"], 10);
    const auto& test = j["test"];
    EXPECT_GT(test["accuracy"].get<double>(), 0.9);  // each star has its own word
    EXPECT_GT(test["macro_f1"].get<double>(), 0.9);
    EXPECT_LT(test["mae"].get<double>(), 0.5);
    ASSERT_EQ(test["per_class"].size(), 10u);
    EXPECT_EQ(test["per_class"][9]["class"], "10");
    ASSERT_EQ(test["confusion"].size(), 10u);
    std::int64_t reviews = 0;
    for (const auto& row : test["confusion"]) {
        ASSERT_EQ(row.size(), 10u);
        for (const auto& n : row) reviews += n.get<std::int64_t>();
    }
    EXPECT_EQ(reviews, test["examples"].get<std::int64_t>());

    // From the store: the same matrix.
    auto evaluated = cli("evaluate --run 1 --json", dir);
    ASSERT_EQ(evaluated.status, 0) << evaluated.out;
    const auto e = nlohmann::json::parse(evaluated.out);
    EXPECT_EQ(e["confusion"], test["confusion"]);
    EXPECT_EQ(e["classes"], stars);

    // The checkpoint names the class it calls and gives each class's probability.
    const auto model = "--model '" + j["checkpoint"].get<std::string>() + "' --json --text ";
    const auto p = nlohmann::json::parse(cli("predict " + model + "'정말 masterpiece'", dir).out);
    EXPECT_EQ(p["label"], "10");
    EXPECT_EQ(p["probabilities"].size(), 10u);

    // A label map bins them (ratings 5-8 left out).
    auto mapped = cli("dataset " + file + " --label-map '1-4=negative,9-10=positive' --json", dir);
    ASSERT_EQ(mapped.status, 0) << mapped.out;
    const auto d = nlohmann::json::parse(mapped.out);
    EXPECT_EQ(d["train"]["total"].get<int>() + d["valid"]["total"].get<int>() +
                  d["test"]["total"].get<int>(),
              360);
}

TEST(Cli, TheTransformerTrainsAndShowsItsAttention) {
    TempDir cache;
    const auto out = cache / "runs";
    auto r =
        cli("train --preset transformer --demo --epochs 1 --max-length 48 --embedding-dim 32 "
            "--feed-forward 64 --threads 2 --out '" +
                out.string() + "' --json",
            cache);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto j = lastJson(r.out);
    const auto checkpoint = j["checkpoint"].get<std::string>();

    r = cli(
        "predict --model '" + checkpoint + "' --text 'A fine film, truly fine.' --attention --json",
        cache);
    ASSERT_EQ(r.status, 0) << r.out;
    const auto p = nlohmann::json::parse(r.out);
    const auto& a = p["attention"];
    ASSERT_EQ(a["tokens"].size(), 8u) << a["tokens"];  // [CLS] and 7 tokens
    EXPECT_EQ(a["tokens"][0], "[CLS]");
    ASSERT_EQ(a["layers"].size(), 2u);
    ASSERT_EQ(a["layers"][1].size(), 4u);
    double row = 0;
    for (const auto& v : a["layers"][1][3][2]) row += v.get<double>();
    EXPECT_NEAR(row, 1.0, 1e-4);
    EXPECT_EQ(a["rollout"].size(), 8u);

    r = cli("predict --model '" + checkpoint + "' --text 'A fine film.' --attention", cache);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("attention is not an explanation by itself"), std::string::npos) << r.out;

    // Without a maximum length a Transformer is refused before any work.
    r = cli("train --preset transformer --demo --max-length 0 --threads 2", cache, true);
    EXPECT_NE(r.status, 0);
    EXPECT_NE(r.out.find("--max-length"), std::string::npos) << r.out;
    // Heads must divide the width.
    r = cli("train --preset transformer --demo --heads 3 --threads 2", cache, true);
    EXPECT_NE(r.status, 0);
    EXPECT_NE(r.out.find("--heads"), std::string::npos) << r.out;
}
