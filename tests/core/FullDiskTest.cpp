// Fault drills: the disk fills up in the middle of a run, once under the checkpoints and once
// under the run store. A real full file system (a 64 MiB tmpfs that tests/drills/
// in_small_filesystem.sh mounts and names in SENTIMENT_LAB_SMALL_FS; skipped without it), filled
// by this test as soon as the CLI has shown its first epoch.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "TestFiles.h"
#include "storage/RunStore.h"
#include "training/Checkpoint.h"

using namespace sentiment;
using sentiment::test::TempDir;
namespace fs = std::filesystem;

namespace {
fs::path smallFileSystem() {
    const char* dir = std::getenv("SENTIMENT_LAB_SMALL_FS");
    return dir != nullptr ? fs::path(dir) : fs::path();
}

// Writes a file into `dir` until the file system says it is full; returns its path.
fs::path fill(const fs::path& dir) {
    const auto filler = dir / "filler";
    FILE* f = std::fopen(filler.c_str(), "wb");
    if (f == nullptr) return filler;
    const std::vector<char> block(1 << 16, 'x');
    while (std::fwrite(block.data(), 1, block.size(), f) == block.size() && std::fflush(f) == 0) {
    }
    std::fclose(f);
    return filler;
}

struct Finished {
    int status = -1;
    std::string out;  // stdout and stderr
};

// The drill's record (docs/RELIABILITY.md): the lines of the CLI's output that say what failed.
void report(const Finished& f, std::string_view status) {
    std::istringstream lines(f.out);
    for (std::string line; std::getline(lines, line);) {
        if (line.find("disk") != std::string::npos || line.find("rror") != std::string::npos)
            std::printf("  CLI: %s\n", line.c_str());
    }
    std::printf("  exit status %d; the run reads %s\n", f.status, std::string(status).c_str());
}

// Trains the fast-text preset on the demo sample with the CLI; fills `full` (unless empty) once
// the first epoch has been shown, and returns what the CLI said and how it ended.
Finished trainAndFill(const fs::path& db, const fs::path& out, const fs::path& full,
                      const TempDir& cache) {
    int fds[2];
    if (pipe(fds) != 0) return {};
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        dup2(fds[1], STDERR_FILENO);
        close(fds[0]);
        close(fds[1]);
        setenv("SENTIMENT_LAB_CACHE_DIR", cache.path().c_str(), 1);
        std::vector<std::string> args{
            SENTIMENT_LAB_CLI, "train", "--demo",    "--preset", "fasttext", "--epochs",  "40",
            "--max-batches",   "4",     "--threads", "1",        "--db",     db.string(), "--out",
            out.string()};
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(fds[1]);
    Finished f;
    bool filled = false;
    char buf[4096];
    for (;;) {
        const auto n = read(fds[0], buf, sizeof buf);
        if (n <= 0) break;
        f.out.append(buf, static_cast<std::size_t>(n));
        if (!filled && !full.empty() && f.out.find("Epoch: 01") != std::string::npos) {
            fill(full);
            filled = true;
        }
    }
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    f.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return f;
}
}  // namespace

TEST(FullDisk, WhileSavingACheckpointTheRunFailsAndThePreviousCheckpointStays) {
    const auto small = smallFileSystem();
    if (small.empty()) GTEST_SKIP() << "run through tests/drills/in_small_filesystem.sh";
    TempDir dir;
    const auto out = small / "checkpoints";
    const auto f = trainAndFill(dir / "runs.sqlite", out, small, dir);
    EXPECT_NE(f.status, 0) << f.out;
    EXPECT_NE(f.out.find("disk full"), std::string::npos) << f.out;
    EXPECT_NE(f.out.find(out.string()), std::string::npos)
        << "the message names the checkpoint: " << f.out;

    auto store = storage::RunStore::openForReading(dir / "runs.sqlite");
    ASSERT_TRUE(store) << store.error().message;
    const auto runs = *store->list();
    ASSERT_EQ(runs.size(), 1u);
    const auto details = *store->details(runs[0].id);
    EXPECT_EQ(details.run.status, storage::RunStatus::Failed);
    EXPECT_NE(details.run.error.find("disk full"), std::string::npos) << details.run.error;
    ASSERT_GE(details.epochs.size(), 1u);
    report(f, storage::toString(details.run.status));
    // The checkpoint of the last best epoch that fitted is whole, and loads.
    std::vector<fs::path> checkpoints;
    for (const auto& e : fs::directory_iterator(out)) {
        if (e.path().extension() == ".slckpt") checkpoints.push_back(e.path());
    }
    ASSERT_EQ(checkpoints.size(), 1u) << "a temporary file left behind, or none kept";
    auto kept = training::Checkpoint::load(checkpoints[0]);
    EXPECT_TRUE(kept) << kept.error().message;

    // Space freed, the next run trains and completes.
    fs::remove(small / "filler");
    const auto again = trainAndFill(dir / "runs.sqlite", dir / "after", {}, dir);
    EXPECT_EQ(again.status, 0) << again.out;
}

TEST(FullDisk, WhileCommittingAnEpochTheStoreSaysSoAndKeepsItsEpochs) {
    const auto small = smallFileSystem();
    if (small.empty()) GTEST_SKIP() << "run through tests/drills/in_small_filesystem.sh";
    TempDir dir;
    const auto db = small / "store" / "runs.sqlite";
    const auto f = trainAndFill(db, dir / "checkpoints", small, dir);
    EXPECT_NE(f.out.find("disk is full"), std::string::npos) << f.out;
    EXPECT_NE(f.out.find("runs.sqlite"), std::string::npos)
        << "the message names the store: " << f.out;

    fs::remove(small / "filler");
    auto store = storage::RunStore::open(db);
    ASSERT_TRUE(store) << store.error().message;
    EXPECT_EQ(*store->integrityCheck(), "ok");
    const auto runs = *store->list();
    ASSERT_EQ(runs.size(), 1u);
    const auto details = *store->details(runs[0].id);
    report(f, storage::toString(details.run.status));
    // Nothing could be written once the disk was full, not even the run's end: it reads as
    // failed or, when its last words did not fit either, interrupted. Its epochs are all there.
    EXPECT_TRUE(details.run.status == storage::RunStatus::Failed ||
                details.run.status == storage::RunStatus::Interrupted)
        << storage::toString(details.run.status);
    ASSERT_GE(details.epochs.size(), 1u);
    for (std::size_t e = 0; e < details.epochs.size(); ++e)
        EXPECT_EQ(details.epochs[e].epoch, static_cast<int>(e + 1));
}
