#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <nlohmann/json.hpp>

#include "../core/TestFiles.h"
#include "storage/BatchPointSampler.h"
#include "storage/RunComparison.h"
#include "storage/RunExporter.h"
#include "storage/RunStore.h"

using namespace sentiment::storage;
using sentiment::test::TempDir;

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

}  // namespace

TEST(BatchPointSampler, KeepsAtMostTheLimitWithBucketMeans) {
    BatchPointSampler sampler(100);
    const std::uint64_t total = 10'000;
    std::vector<BatchPoint> points;
    for (std::uint64_t step = 1; step <= total; ++step) {
        sampler.add(step, total, static_cast<int>((step - 1) / 2000) + 1, step % 2 == 0 ? 1.0 : 0.0,
                    0.5);
        if (step % 2000 == 0) sampler.flush();  // the end of an epoch
        for (const auto& p : sampler.take()) points.push_back(p);
    }
    sampler.flush();
    EXPECT_TRUE(sampler.take().empty());
    EXPECT_LE(points.size(), 105u);
    EXPECT_GE(points.size(), 95u);
    for (std::size_t i = 1; i < points.size(); ++i) ASSERT_LT(points[i - 1].step, points[i].step);
    EXPECT_NEAR(points[points.size() / 2].loss, 0.5, 0.02);  // the mean of alternating 0 and 1
    EXPECT_EQ(points.back().step, total);
    EXPECT_EQ(points.back().epoch, 5);
}

TEST(RunExporter, MarkdownIsTheLecturesTable) {
    RunDetails d;
    d.run.id = 7;
    d.run.info = info("BiLSTM | GloVe", "{}");
    d.run.status = RunStatus::Completed;
    d.run.testLoss = 0.347;
    d.run.testAccuracy = 0.8479;
    d.run.bestEpoch = 1;
    EpochRecord e;
    e.epoch = 1;
    e.trainLoss = 0.694;
    e.trainAccuracy = 0.5025;
    e.validLoss = 0.697;
    e.validAccuracy = 0.4867;
    e.seconds = 45.4;
    e.best = true;
    d.epochs.push_back(e);
    const auto md = RunExporter::markdown({d});
    EXPECT_NE(md.find("### Run 7: BiLSTM \\| GloVe"), std::string::npos) << md;
    EXPECT_NE(md.find("4,810,857 trainable parameters"), std::string::npos) << md;
    EXPECT_NE(md.find("| Epoch | Train Loss | Train Acc | Val. Loss | Val. Acc | Time |"),
              std::string::npos);
    EXPECT_NE(md.find("| 01 * | 0.694 | 50.25% | 0.697 | 48.67% | 0m 45s |"), std::string::npos)
        << md;
    EXPECT_NE(md.find("Test Loss: 0.347 | Test Acc: 84.79%"), std::string::npos) << md;
}

TEST(RunExporter, CsvQuotesAndJsonParses) {
    RunDetails d;
    d.run.id = 3;
    d.run.info = info("a, \"quoted\"\nname", R"({"training":{"lr":0.001}})");
    EpochRecord e;
    e.epoch = 1;
    e.trainLoss = 0.5;
    d.epochs.push_back(e);
    e.epoch = 2;
    e.validMacroF1 = 0.25;
    d.epochs.push_back(e);
    const auto csv = RunExporter::epochsCsv({d});
    EXPECT_NE(csv.find(",best,valid_macro_f1\r\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find(",0,\r\n"), std::string::npos) << csv;      // epoch 1: none
    EXPECT_NE(csv.find(",0,0.25\r\n"), std::string::npos) << csv;  // epoch 2
    EXPECT_NE(csv.find("3,\"a, \"\"quoted\"\"\nname\",advanced,1,0.5,"), std::string::npos) << csv;
    const auto runs = RunExporter::runsCsv({d.run});
    EXPECT_EQ(std::count(runs.begin(), runs.end(), '\r'), 2);
    const auto j = nlohmann::json::parse(RunExporter::json({d}));
    ASSERT_EQ(j.size(), 1u);
    EXPECT_EQ(j[0]["name"], "a, \"quoted\"\nname");
    EXPECT_DOUBLE_EQ(j[0]["config"]["training"]["lr"].get<double>(), 0.001);
    EXPECT_EQ(j[0]["epochs"][0]["train"]["loss"], 0.5);
    EXPECT_TRUE(j[0]["epochs"][0]["valid"]["macro_f1"].is_null());
    EXPECT_EQ(j[0]["epochs"][1]["valid"]["macro_f1"], 0.25);
    EXPECT_TRUE(j[0]["test"]["acc"].is_null());
    EXPECT_EQ(RunExporter::parseFormat("md"), RunExporter::Format::Markdown);
    EXPECT_FALSE(RunExporter::parseFormat("xlsx"));
}

TEST(RunComparison, ShowsOnlyTheKeysThatDiffer) {
    TempDir dir;
    auto store = *RunStore::open(dir / "runs.sqlite");
    const auto a = *store.beginRun(
        info("a", R"({"training":{"lr":0.001,"epochs":5},"model":{"cell":"lstm"}})"));
    const auto b = *store.beginRun(info("b", R"({"training":{"lr":0.01,"epochs":5}})"));
    const std::vector<std::int64_t> ids{a, b};
    const auto c = RunComparison::of(store, ids);
    ASSERT_TRUE(c) << c.error().message;
    ASSERT_EQ(c->runs().size(), 2u);
    std::vector<std::string> keys;
    for (const auto& d : c->differences()) keys.push_back(d.key);
    EXPECT_EQ(keys, (std::vector<std::string>{"model.cell", "training.lr"}));
    EXPECT_EQ(c->differences()[0].values, (std::vector<std::string>{"lstm", "—"}));
    const std::vector<std::int64_t> missing{a, 99};
    const auto bad = RunComparison::of(store, missing);
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find("no run 99"), std::string::npos);
}
