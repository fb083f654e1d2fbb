// The run store under SIGKILL: a child `sentiment-lab-cli train` is killed at a random moment
// after it has shown some epochs, twenty times. Each time the store must pass SQLite's
// integrity check, the run must read `interrupted`, and every epoch the child had shown (shown
// only after its commit) must be there.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "../core/TestFiles.h"
#include "storage/RunStore.h"

using namespace sentiment::storage;
using sentiment::test::TempDir;

namespace {

struct Child {
    pid_t pid = -1;
    int out = -1;  // the child's stdout
};

Child spawnTraining(const TempDir& dir) {
    const std::string db = (dir / "runs.sqlite").string();
    const std::string out = dir.path().string();
    std::vector<std::string> args{SENTIMENT_LAB_CLI,
                                  "train",
                                  "--demo",
                                  "--preset",
                                  "fasttext",
                                  "--epochs",
                                  "200",
                                  "--max-batches",
                                  "2",
                                  "--threads",
                                  "1",
                                  "--db",
                                  db,
                                  "--out",
                                  out};
    int fds[2];
    if (pipe(fds) != 0) return {};
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        setenv("SENTIMENT_LAB_CACHE_DIR", out.c_str(), 1);
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(fds[1]);
    return {pid, fds[0]};
}

// Reads the child's output until it has shown `epochs` epochs; returns how many it showed.
int waitForEpochs(int fd, int epochs, std::string& seen) {
    int shown = 0;
    char buf[4096];
    while (shown < epochs) {
        const auto n = read(fd, buf, sizeof buf);
        if (n <= 0) break;
        seen.append(buf, static_cast<std::size_t>(n));
        shown = 0;
        for (std::size_t at = seen.find("Epoch: "); at != std::string::npos;
             at = seen.find("Epoch: ", at + 1))
            ++shown;
    }
    return shown;
}

}  // namespace

TEST(CrashRecovery, KilledTrainingLeavesAConsistentStoreTwentyTimes) {
    std::mt19937 random(20261129);
    for (int round = 0; round < 20; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        TempDir dir;
        const auto child = spawnTraining(dir);
        ASSERT_GT(child.pid, 0);
        std::string seen;
        const int wanted = 1 + static_cast<int>(random() % 4);
        const int shown = waitForEpochs(child.out, wanted, seen);
        ASSERT_EQ(shown, wanted) << seen;
        // Somewhere in the next epoch: its batches, its validation or its commit.
        std::this_thread::sleep_for(std::chrono::microseconds(random() % 40'000));
        kill(child.pid, SIGKILL);
        int status = 0;
        waitpid(child.pid, &status, 0);
        close(child.out);
        ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
            << "the child ended by itself: " << seen;

        auto store = RunStore::open(dir / "runs.sqlite");
        ASSERT_TRUE(store) << store.error().message;
        EXPECT_EQ(*store->integrityCheck(), "ok");
        const auto runs = *store->list();
        ASSERT_EQ(runs.size(), 1u);
        EXPECT_EQ(runs[0].status, RunStatus::Interrupted);
        EXPECT_EQ(store->openReport().interrupted, std::vector<std::int64_t>{runs[0].id});
        const auto details = *store->details(runs[0].id);
        ASSERT_GE(static_cast<int>(details.epochs.size()), shown);
        for (int e = 0; e < static_cast<int>(details.epochs.size()); ++e)
            EXPECT_EQ(details.epochs[e].epoch, e + 1);
    }
}
