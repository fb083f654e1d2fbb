// Speed of the run store against issue 4's targets, medians over repetitions, in a fresh
// temporary folder on the disk the store would use ($TMPDIR):
//   record: a run with 50 epochs and 10,000 curve points, written the way RunRecorder writes
//           them (one transaction per epoch, synchronous=FULL)      target <= 100 ms in all
//   list:   listing a store of 1,000 runs (5 epochs, 100 points each)  target <= 50 ms
//   open:   opening that store (schema check, interrupted-run check)    target <= 100 ms
//
//   build/dev/bench/store_speed [repetitions]
#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "storage/RunStore.h"

using namespace sentiment::storage;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::time_point since) {
    return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

RunInfo info(int i) {
    RunInfo r;
    r.name = "run " + std::to_string(i);
    r.preset = i % 2 ? "advanced" : "fasttext";
    r.configJson =
        R"({"model":{"architecture":"rnn","cell":"lstm","hidden":256,"layers":2},"training":{"lr":0.001,"epochs":5,"batch_size":64}})";
    r.datasetSource = "/home/student/aclImdb_v1.tar.gz";
    r.trainSize = 17'500;
    r.validSize = 7'500;
    r.testSize = 25'000;
    r.vocabSize = 25'002;
    r.parameters = 4'810'857;
    r.device = "cpu";
    r.threads = 2;
    return r;
}

EpochRecord epoch(int e) {
    EpochRecord r;
    r.epoch = e;
    r.trainLoss = 0.5;
    r.trainAccuracy = 0.8;
    r.validLoss = 0.4;
    r.validAccuracy = 0.85;
    r.seconds = 45;
    r.best = true;
    return r;
}

[[noreturn]] void fail(const sentiment::Error& e) {
    std::fprintf(stderr, "%s\n", e.message.c_str());
    std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
    const int reps = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const auto dir =
        fs::temp_directory_path() / ("sentiment-store-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);

    std::vector<double> record;
    for (int r = 0; r < reps; ++r) {
        const auto path = dir / ("record-" + std::to_string(r) + ".sqlite");
        auto store = RunStore::open(path);
        if (!store) fail(store.error());
        const auto t0 = Clock::now();
        const auto id = *store->beginRun(info(r));
        std::uint64_t step = 0;
        for (int e = 1; e <= 50; ++e) {
            std::vector<BatchPoint> points;
            for (int p = 0; p < 200; ++p) points.push_back({++step, e, 0.5, 0.8});
            if (auto ok = store->recordEpoch(id, epoch(e), points); !ok) fail(ok.error());
        }
        RunOutcome o;
        o.testAccuracy = 0.85;
        o.testLoss = 0.35;
        if (auto ok = store->finishRun(id, o, {}); !ok) fail(ok.error());
        record.push_back(ms(t0));
    }

    const auto big = dir / "thousand.sqlite";
    {
        auto store = *RunStore::open(big);
        std::uint64_t step = 0;
        for (int i = 0; i < 1000; ++i) {
            const auto id = *store.beginRun(info(i));
            std::vector<BatchPoint> points;
            for (int p = 0; p < 100; ++p) points.push_back({++step, 1, 0.5, 0.8});
            for (int e = 1; e <= 5; ++e)
                (void)store.recordEpoch(id, epoch(e), e == 1 ? points : std::vector<BatchPoint>{});
            (void)store.finishRun(id, {}, {});
            if (i % 10 == 0) (void)store.addTag(id, "tagged");
        }
    }
    std::vector<double> open, list;
    std::size_t listed = 0;
    for (int r = 0; r < reps; ++r) {
        auto t0 = Clock::now();
        auto store = RunStore::open(big);
        open.push_back(ms(t0));
        if (!store) fail(store.error());
        t0 = Clock::now();
        const auto rows = store->list();
        list.push_back(ms(t0));
        listed = rows->size();
    }
    std::error_code ec;
    const auto bytes = fs::file_size(big, ec);
    fs::remove_all(dir, ec);
    std::printf(
        "{\"repetitions\": %d, \"record_50_epochs_10000_points_ms\": %.2f, \"list_1000_runs_ms\": "
        "%.2f, "
        "\"open_1000_runs_ms\": %.2f, \"runs_listed\": %zu, \"store_bytes\": %llu}\n",
        reps, median(record), median(list), median(open), listed,
        static_cast<unsigned long long>(bytes));
    return 0;
}
