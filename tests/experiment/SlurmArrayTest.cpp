#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../core/TestFiles.h"
#include "experiment/SlurmArray.h"
#include "storage/RunIdentity.h"

using namespace sentiment::experiment;
using sentiment::storage::RunGroup;
using sentiment::test::readFile;
using sentiment::test::TempDir;
using sentiment::test::writeFile;

namespace {
ExperimentPlan plan() {
    auto p = ExperimentPlan::lecture("advanced");
    p.source = "/data/aclImdb_v1.tar.gz";
    p.useVectors = true;
    p.vectorsPath = "/data/glove.6B.100d.vocab.txt";
    return p;
}
}  // namespace

TEST(SlurmArray, ASweepBecomesOneTaskFilePerRunAndAJobScript) {
    TempDir dir;
    const auto group = GroupPlan::sweep(plan(), "lr=1e-2,1e-3,1e-4");
    ASSERT_TRUE(group) << group.error().message;
    SlurmOptions options;
    options.partition = "gpu";
    options.gpus = 1;
    options.cpusPerTask = 8;
    options.time = "00:30:00";
    options.cli = "/opt/sentiment-lab/bin/sentiment-lab-cli";
    const auto written = SlurmArray::write(*group, dir / "sweep", options);
    ASSERT_TRUE(written) << written.error().message;
    ASSERT_EQ(written->tasks.size(), 3u);
    const auto script = readFile(written->script);
    EXPECT_TRUE(script.starts_with("#!/bin/bash\n"));
    for (const char* line :
         {"#SBATCH --array=0-2\n", "#SBATCH --partition=gpu\n", "#SBATCH --gres=gpu:1\n",
          "#SBATCH --cpus-per-task=8\n", "#SBATCH --time=00:30:00\n", "--device cuda",
          "cli=${SENTIMENT_LAB_CLI:-'/opt/sentiment-lab/bin/sentiment-lab-cli'}",
          "train --task \"$task.json\" --db \"$task/runs.sqlite\" --out \"$task/checkpoints\""}) {
        EXPECT_NE(script.find(line), std::string::npos) << line << "\n" << script;
    }
    EXPECT_NE(script.find((dir / "sweep" / "logs").string() + "/task-%a.log"), std::string::npos)
        << script;

    std::string uid;
    for (std::size_t i = 0; i < 3; ++i) {
        const auto task = SlurmArray::readTask(written->tasks[i]);
        ASSERT_TRUE(task) << task.error().message;
        EXPECT_EQ(task->value, group->members[i].value);
        EXPECT_EQ(task->plan.toJson(), group->members[i].plan.toJson());
        EXPECT_EQ(task->kind, RunGroup::Kind::Sweep);
        EXPECT_EQ(task->knob, "lr");
        EXPECT_EQ(task->groupName, group->name);
        EXPECT_TRUE(sentiment::storage::RunIdentity::looksLikeOne(task->groupUid));
        if (i == 0) uid = task->groupUid;
        EXPECT_EQ(task->groupUid, uid) << "one group, whichever store each run lands in";
    }
    // Another emission is another group.
    const auto again = SlurmArray::write(*group, dir / "again", options);
    ASSERT_TRUE(again);
    EXPECT_NE(SlurmArray::readTask(again->tasks[0])->groupUid, uid);
}

TEST(SlurmArray, OnePlanIsAnArrayOfOneOnTheCpuByDefault) {
    TempDir dir;
    const auto written = SlurmArray::write(plan(), dir / "one", SlurmOptions{});
    ASSERT_TRUE(written) << written.error().message;
    ASSERT_EQ(written->tasks.size(), 1u);
    const auto script = readFile(written->script);
    EXPECT_NE(script.find("#SBATCH --array=0-0\n"), std::string::npos) << script;
    EXPECT_EQ(script.find("--gres"), std::string::npos) << script;
    EXPECT_EQ(script.find("--partition"), std::string::npos) << script;
    EXPECT_NE(script.find("--device cpu"), std::string::npos) << script;
    const auto task = SlurmArray::readTask(written->tasks[0]);
    ASSERT_TRUE(task) << task.error().message;
    EXPECT_TRUE(task->groupUid.empty());
    EXPECT_EQ(task->plan.vectorsPath, "/data/glove.6B.100d.vocab.txt");
}

TEST(SlurmArray, ABadTaskFileIsNamedAndAPlanWithoutDataRefused) {
    TempDir dir;
    for (const auto& [name, text] : std::vector<std::pair<std::string, std::string>>{
             {"empty.json", ""},
             {"other.json", R"({"plan": 1})"},
             {"badname.json",
              R"({"sentiment_lab_task": 1, "name": 5, "plan": )" + plan().toJson().dump() + "}"},
             {"badgroup.json", R"({"sentiment_lab_task": 1, "group": {"uid": "x"}, "plan": )" +
                                   plan().toJson().dump() + "}"}}) {
        writeFile(dir / name, text);
        const auto task = SlurmArray::readTask(dir / name);
        ASSERT_FALSE(task) << name;
        EXPECT_NE(task.error().message.find(name), std::string::npos) << task.error().message;
    }
    EXPECT_FALSE(SlurmArray::readTask(dir / "missing.json"));
    auto noData = plan();
    noData.source.clear();
    EXPECT_FALSE(SlurmArray::write(noData, dir / "x", SlurmOptions{}));
    writeFile(dir / "file", "in the way");
    const auto blocked = SlurmArray::write(plan(), dir / "file" / "sub", SlurmOptions{});
    ASSERT_FALSE(blocked);
    EXPECT_NE(blocked.error().message.find("file"), std::string::npos) << blocked.error().message;
}
