// Micro-benchmarks of the hot loops of data loading, on the embedded demo sample's text:
//   build/release/bench/tokenizer_bench
#include <benchmark/benchmark.h>

#include "data/imdb/DemoData.h"
#include "data/imdb/ImdbReader.h"
#include "data/text/TokenInterner.h"
#include "data/text/Tokenizer.h"

using namespace sentiment::data;

namespace {
const ImdbData& demo() {
    static const ImdbData data = [] {
        auto r = ImdbReader().readArchive(DemoData::archive(), "demo");
        return std::move(r.value());
    }();
    return data;
}

void tokenize(benchmark::State& state, TokenizerOptions options) {
    const auto tokenizer = Tokenizer::create(options);
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::size_t n = 0;
        for (const auto& r : demo().reviews) {
            tokenizer->tokenize(r.text, [&](std::string_view t) { n += t.size(); });
            bytes += r.text.size();
        }
        benchmark::DoNotOptimize(n);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

void tokenizeAndIntern(benchmark::State& state) {
    const auto tokenizer = Tokenizer::create({});
    std::size_t tokens = 0;
    for (auto _ : state) {
        TokenInterner interner;
        for (const auto& r : demo().reviews) {
            tokenizer->tokenize(r.text, [&](std::string_view t) {
                benchmark::DoNotOptimize(interner.intern(t));
                ++tokens;
            });
        }
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(tokens));
}

void readDemoArchive(benchmark::State& state) {
    for (auto _ : state) {
        auto r = ImdbReader().readArchive(DemoData::archive(), "demo");
        benchmark::DoNotOptimize(r.ok());
    }
    state.SetBytesProcessed(
        static_cast<std::int64_t>(state.iterations() * DemoData::archive().size()));
}
}  // namespace

BENCHMARK_CAPTURE(tokenize, english, TokenizerOptions{TokenizerKind::English, false})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(tokenize, basic_english, TokenizerOptions{TokenizerKind::BasicEnglish, true})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(tokenize, unicode, TokenizerOptions{TokenizerKind::Unicode, false})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(tokenizeAndIntern)->Unit(benchmark::kMillisecond);
BENCHMARK(readDemoArchive)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
