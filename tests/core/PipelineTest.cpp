#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>

#include "TestFiles.h"
#include "data/dataset/BucketIterator.h"
#include "data/dataset/CorpusBuilder.h"
#include "data/dataset/CorpusCache.h"
#include "data/dataset/DatasetBuilder.h"
#include "data/dataset/DatasetLoader.h"
#include "data/dataset/DatasetStatistics.h"
#include "data/dataset/Fingerprint.h"
#include "data/imdb/DemoData.h"
#include "data/imdb/ReviewCollector.h"

using namespace sentiment;
using namespace sentiment::data;
using namespace sentiment::test;

namespace {
// The demo dataset, loaded once for the whole suite.
const Dataset& demo() {
    static const Dataset ds = [] {
        TempDir cache;
        auto r = DatasetLoader(cache.path()).loadDemo({});
        if (!r) throw std::runtime_error(r.error().message);
        return std::move(*r);
    }();
    return ds;
}

bool sameTokens(const Corpus& a, const Corpus& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!std::ranges::equal(a.tokensOf(i), b.tokensOf(i))) return false;
    }
    return true;
}

bool sameWords(const Corpus& a, const Corpus& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto x = a.tokensOf(i), y = b.tokensOf(i);
        if (x.size() != y.size()) return false;
        for (std::size_t t = 0; t < x.size(); ++t) {
            if (a.dictionary[x[t]] != b.dictionary[y[t]]) return false;
        }
    }
    return true;
}
}  // namespace

TEST(Pipeline, DemoSampleHasTheLectureSplits) {
    const auto& ds = demo();
    EXPECT_TRUE(ds.demo);
    EXPECT_EQ(ds.sourceName, "demo sample");
    const auto c = ds.corpus->counts();
    EXPECT_EQ(c[0][0], 1000u);
    EXPECT_EQ(c[0][1], 1000u);
    EXPECT_EQ(c[1][0], 500u);
    EXPECT_EQ(c[1][1], 500u);
    EXPECT_EQ(ds.train.size(), 1400u);  // 70 % of 2,000
    EXPECT_EQ(ds.valid.size(), 600u);
    EXPECT_EQ(ds.test.size(), 1000u);
    EXPECT_EQ(ds.test.positives(), 500u);
    EXPECT_GT(ds.vocab.size(), 10'000u);
    EXPECT_EQ(ds.vocab.token(0), "<unk>");
    EXPECT_EQ(ds.vocab.token(1), "<pad>");
    EXPECT_EQ(ds.vocab.mostCommon(1).front().first, "the");
}

// One computation of what `dataset` and the Data page show.
TEST(Pipeline, DatasetStatisticsDescribeTheDemo) {
    const auto& ds = demo();
    const auto s = DatasetStatistics::of(ds, 64, 10);
    EXPECT_EQ(s.train.total, 1400u);
    EXPECT_EQ(s.valid.total + s.train.total, 2000u);
    EXPECT_EQ(s.test.total, 1000u);
    EXPECT_EQ(s.test.positives, 500u);
    EXPECT_EQ(s.train.positives, ds.train.positives());
    EXPECT_EQ(s.vocabSize, ds.vocab.size());
    ASSERT_EQ(s.mostCommon.size(), 10u);
    EXPECT_EQ(s.mostCommon[0].first, "the");
    EXPECT_LT(s.paddingBucketed, s.paddingRandom);  // what bucketing is for
    EXPECT_GT(s.paddingRandom, 0.3);
    ASSERT_EQ(s.lengthCounts.size(), DatasetStatistics::kBins);
    EXPECT_EQ(s.binWidth, 25u);  // IMDb's reviews: 48 bins of 25 tokens reach its long tail
    EXPECT_EQ(std::accumulate(s.lengthCounts.begin(), s.lengthCounts.end(), 0.0), 1400.0);
    EXPECT_LE(s.medianLength, s.train.longest);
    EXPECT_EQ(s.train.tokens + s.valid.tokens + s.test.tokens,
              s.tokens);  // the corpus is the three splits
    EXPECT_GE(s.train.tokens,
              s.train.total * s.medianLength / 2);  // at least half the reviews reach the median
    EXPECT_LE(s.train.tokens, s.train.total * s.train.longest);
    EXPECT_GT(s.medianLength, 50u);
    // Batched with the dataset's own seed: the same figures each time.
    EXPECT_EQ(DatasetStatistics::of(ds, 64, 10).paddingRandom, s.paddingRandom);
}

TEST(Pipeline, VocabularyComesFromTheTrainPartOnly) {
    const auto& ds = demo();
    std::map<std::int32_t, std::uint64_t> counts;
    for (const auto t : ds.train.tokens) ++counts[t];
    for (std::int32_t i = 2; i < 50; ++i)
        EXPECT_EQ(counts[i], ds.vocab.count(i)) << ds.vocab.token(i);
}

TEST(Pipeline, SplitIsSeededDisjointAndComplete) {
    const auto& corpus = *demo().corpus;
    const auto [a, b] = DatasetBuilder::split(corpus, 0.7, 1234);
    const auto [a2, b2] = DatasetBuilder::split(corpus, 0.7, 1234);
    const auto [c, d] = DatasetBuilder::split(corpus, 0.7, 99);
    EXPECT_EQ(a, a2);
    EXPECT_EQ(b, b2);
    EXPECT_NE(a, c);
    std::set<std::uint32_t> all(a.begin(), a.end());
    all.insert(b.begin(), b.end());
    EXPECT_EQ(all.size(), 2000u);
    for (const auto i : all) EXPECT_EQ(corpus.reviews[i].split, Split::Train);
}

TEST(Pipeline, TokenizationDoesNotDependOnThreadCount) {
    auto read = [] {
        auto r = ImdbReader().readArchive(DemoData::archive(), "demo");
        return std::move(r.value());
    };
    auto one = CorpusBuilder({}, 1).build(read());
    auto three = CorpusBuilder({}, 3).build(read());
    ASSERT_TRUE(one && three);
    EXPECT_EQ(one->dictionary, three->dictionary);
    EXPECT_TRUE(sameTokens(*one, *three));
}

TEST(Pipeline, TokenizingWhileReadingGivesTheSameCorpus) {
    auto data = ImdbReader().readArchive(DemoData::archive(), "demo");
    ASSERT_TRUE(data);
    auto batch = CorpusBuilder({}, 2).build(std::move(*data));
    ASSERT_TRUE(batch);
    for (const unsigned threads : {1u, 2u, 4u}) {
        auto streamed = CorpusBuilder({}, threads).build([](ReviewQueue& queue) {
            return ImdbReader().readArchive(DemoData::archive(), "demo", nullptr, {}, &queue);
        });
        ASSERT_TRUE(streamed) << streamed.error().message;
        // Same words for every review (the dictionary is numbered in reading order, which differs).
        EXPECT_TRUE(sameWords(*streamed, *batch));
        EXPECT_EQ(
            std::set<std::string_view>(streamed->dictionary.begin(), streamed->dictionary.end())
                .size(),
            streamed->dictionary.size())
            << "each word once in the dictionary";
        EXPECT_EQ(streamed->dictionary.size(), batch->dictionary.size());
        ASSERT_EQ(streamed->size(), batch->size());
        for (std::size_t i = 0; i < batch->size(); ++i)
            ASSERT_EQ(streamed->text(i), batch->text(i));
    }
}

TEST(Pipeline, TokenizingWhileReadingSurvivesTheTextBufferMoving) {
    // A reservation far too small: the buffer moves many times while consumers wait.
    auto data = ImdbReader().readArchive(DemoData::archive(), "demo");
    ASSERT_TRUE(data);
    std::vector<std::pair<ReviewInfo, std::string>> reviews;
    for (const auto& r : data->reviews) reviews.emplace_back(r.info, std::string(r.text));
    std::shuffle(reviews.begin(), reviews.end(),
                 std::mt19937(7));  // arrival order != canonical order
    auto streamed = CorpusBuilder({}, 2).build([&](ReviewQueue& queue) {
        ReviewCollector collector("shuffled", 1 << 20, 1000, &queue);
        for (const auto& [info, text] : reviews) collector.add(info, info.path(), text, false);
        return collector.finish();
    });
    auto batch = CorpusBuilder({}, 1).build(std::move(*data));
    ASSERT_TRUE(streamed && batch);
    EXPECT_TRUE(sameWords(*streamed, *batch));
    for (std::size_t i = 0; i < batch->size(); ++i) ASSERT_EQ(streamed->text(i), batch->text(i));
}

TEST(Pipeline, ReadErrorWhileTokenizingIsReportedAndJoinsThreads) {
    auto result = CorpusBuilder({}, 3).build([](ReviewQueue& queue) -> Result<ImdbData> {
        ReviewCollector collector("broken", 1 << 20, 1 << 20, &queue);
        ReviewInfo info;
        for (int i = 0; i < 1000; ++i) {
            info.id = i;
            collector.add(info, info.path(), "a fine film", false);
        }
        return Error::at("broken.tar.gz", sentiment::Message::verbatim("truncated"));
    });
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().message.find("truncated"), std::string::npos);
}

TEST(Pipeline, CorpusCacheRoundTripAndInvalidation) {
    TempDir dir;
    writeArchive(dir / "a.tar.gz", smallImdb(6));
    const DatasetLoader loader(dir / "cache");
    auto first = loader.load(dir / "a.tar.gz", {});
    ASSERT_TRUE(first) << first.error().message;
    EXPECT_FALSE(first->timings.cacheUsed);
    auto second = loader.load(dir / "a.tar.gz", {});
    ASSERT_TRUE(second);
    EXPECT_TRUE(second->timings.cacheUsed);
    ASSERT_EQ(second->corpus->size(), first->corpus->size());
    for (std::size_t i = 0; i < first->corpus->size(); ++i)
        EXPECT_EQ(second->corpus->text(i), first->corpus->text(i));
    EXPECT_TRUE(sameTokens(*second->corpus, *first->corpus));
    EXPECT_EQ(second->corpus->dictionary, first->corpus->dictionary);
    EXPECT_EQ(second->train.tokens, first->train.tokens);
    // A different tokenizer is a different cache entry.
    DatasetOptions lower;
    lower.tokenizer.lowercase = true;
    auto third = loader.load(dir / "a.tar.gz", lower);
    ASSERT_TRUE(third);
    EXPECT_FALSE(third->timings.cacheUsed);
    // A changed source invalidates it.
    auto entries = smallImdb(7);
    writeArchive(dir / "a.tar.gz", entries);
    auto fourth = loader.load(dir / "a.tar.gz", {});
    ASSERT_TRUE(fourth);
    EXPECT_FALSE(fourth->timings.cacheUsed);
    EXPECT_EQ(fourth->corpus->size(), 28u);
}

TEST(Pipeline, DamagedCacheIsIgnored) {
    TempDir dir;
    writeArchive(dir / "a.tar.gz", smallImdb(6));
    const DatasetLoader loader(dir / "cache");
    ASSERT_TRUE(loader.load(dir / "a.tar.gz", {}));
    auto fp = Fingerprint::of(dir / "a.tar.gz");
    ASSERT_TRUE(fp);
    const auto file = CorpusCache(dir / "cache").fileFor(*fp, {});
    ASSERT_TRUE(std::filesystem::exists(file));
    auto bytes = readFile(file);
    writeFile(file, bytes.substr(0, bytes.size() / 2));
    auto again = loader.load(dir / "a.tar.gz", {});
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_FALSE(again->timings.cacheUsed);
    EXPECT_EQ(again->corpus->size(), 24u);
    for (std::size_t i = 0; i < bytes.size(); i += 97)
        bytes[i] = static_cast<char>(bytes[i] ^ 0x33);
    writeFile(file, bytes);
    again = loader.load(dir / "a.tar.gz", {});
    ASSERT_TRUE(again);
}

TEST(Pipeline, ADamagedCacheIsFoundRebuiltAndReported) {
    struct Warnings : ProgressObserver {
        std::vector<std::string> seen;
        void onWarning(const sentiment::Message& m) override { seen.push_back(m.english()); }
    };
    TempDir dir;
    writeArchive(dir / "a.tar.gz", smallImdb(6));
    const DatasetLoader loader(dir / "cache");
    auto first = loader.load(dir / "a.tar.gz", {});
    ASSERT_TRUE(first);
    const auto file = CorpusCache(dir / "cache").fileFor(*Fingerprint::of(dir / "a.tar.gz"), {});
    const auto good = readFile(file);
    // One changed bit in a review's text (a label or a token would be as silent without the
    // checksum), then the file cut short.
    auto flipped = good;
    flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x01);
    for (const auto& damaged : {flipped, good.substr(0, good.size() - 1)}) {
        writeFile(file, damaged);
        Warnings warnings;
        auto again = loader.load(dir / "a.tar.gz", {}, &warnings);
        ASSERT_TRUE(again) << again.error().message;
        EXPECT_FALSE(again->timings.cacheUsed);
        ASSERT_EQ(warnings.seen.size(), 1u);
        EXPECT_NE(warnings.seen[0].find(file.filename().string()), std::string::npos)
            << warnings.seen[0];
        EXPECT_NE(warnings.seen[0].find("damaged"), std::string::npos) << warnings.seen[0];
        ASSERT_EQ(again->corpus->size(), first->corpus->size());
        for (std::size_t i = 0; i < first->corpus->size(); ++i)
            EXPECT_EQ(again->corpus->text(i), first->corpus->text(i));
        EXPECT_EQ(again->train.tokens, first->train.tokens);
        EXPECT_EQ(again->train.labels, first->train.labels);
        EXPECT_EQ(readFile(file), good);  // rebuilt
    }
}

TEST(BucketIterator, DeterministicCompleteAndSortedWithinBatches) {
    const auto& train = demo().train;
    const BucketIterator it(train, {.batchSize = 64, .shuffle = true, .seed = 7});
    const auto plan = it.plan(0);
    EXPECT_EQ(plan, it.plan(0));
    EXPECT_NE(plan, it.plan(1));
    EXPECT_EQ(plan.size(), it.batchesPerEpoch());
    std::set<std::uint32_t> seen;
    for (const auto& batch : plan) {
        EXPECT_LE(batch.size(), 64u);
        for (std::size_t k = 1; k < batch.size(); ++k)
            EXPECT_GE(train.length(batch[k - 1]), train.length(batch[k]));
        seen.insert(batch.begin(), batch.end());
    }
    EXPECT_EQ(seen.size(), train.size());
    // Bucketing pads far less than random batches.
    EXPECT_LT(it.padding(plan).ratio(), 0.5 * it.randomPadding(0).ratio());
}

TEST(BucketIterator, BatchLayoutIsSequenceMajorWithPadding) {
    const auto& train = demo().train;
    const BucketIterator it(train, {.batchSize = 3, .shuffle = false});
    const Batch b = it.make({5, 6, 7});
    ASSERT_EQ(b.size(), 3u);
    EXPECT_EQ(b.maxLength, b.lengths[0]);
    EXPECT_GE(b.lengths[0], b.lengths[1]);
    EXPECT_EQ(b.tokens.size(), std::size_t(b.maxLength) * 3);
    for (std::size_t col = 0; col < 3; ++col) {
        const auto ids = train.tokensOf(b.examples[col]);
        for (std::int64_t t = 0; t < b.maxLength; ++t) {
            const auto v = b.tokens[std::size_t(t) * 3 + col];
            if (t < b.lengths[col])
                EXPECT_EQ(v, ids[std::size_t(t)]);
            else
                EXPECT_EQ(v, 1);
        }
        EXPECT_EQ(b.labels[col], train.labels[b.examples[col]]);
    }
}

TEST(BucketIterator, EvaluationSortsTheWholeSplit) {
    const auto& valid = demo().valid;
    const BucketIterator it(valid, {.batchSize = 50, .shuffle = false});
    const auto plan = it.plan(0);
    std::size_t previousMax = 0;
    for (const auto& batch : plan) {
        EXPECT_GE(valid.length(batch.front()), previousMax);
        previousMax = valid.length(batch.front());
    }
    const Batch padded =
        BucketIterator(valid, {.batchSize = 2, .shuffle = false, .minLength = 100000}).make({0, 1});
    EXPECT_EQ(padded.maxLength, 100000);
}

TEST(BucketIterator, LongBatchesSplitWithinTheTokenBudget) {
    Examples examples;
    const std::vector<std::size_t> lengths = {900, 700, 640, 300, 250, 200, 120, 100, 40, 5000};
    for (std::size_t i = 0; i < lengths.size(); ++i) {
        const std::vector<std::int32_t> ids(lengths[i], 7);
        examples.add(ids, static_cast<float>(i % 2), static_cast<std::uint32_t>(i));
    }
    const BucketIterator it(examples, {.batchSize = 10, .shuffle = false});
    std::vector<std::uint32_t> all(lengths.size());
    std::iota(all.begin(), all.end(), 0u);
    const auto batch = it.make(all);

    // No budget, or one the batch fits in: the batch itself.
    EXPECT_EQ(it.split(batch, 0), std::vector<std::vector<std::uint32_t>>{batch.examples});
    EXPECT_EQ(it.split(batch, 5000 * 10), std::vector<std::vector<std::uint32_t>>{batch.examples});

    const std::size_t budget = 1400;
    const auto groups = it.split(batch, budget);
    std::vector<std::uint32_t> joined;
    for (const auto& g : groups) {
        ASSERT_FALSE(g.empty());
        const auto part = it.make(g);
        // The 5,000-token review alone exceeds the budget; every other group fits it.
        if (part.maxLength > static_cast<std::int64_t>(budget)) {
            EXPECT_EQ(g.size(), 1u);
        } else {
            EXPECT_LE(static_cast<std::size_t>(part.maxLength) * g.size(), budget);
        }
        joined.insert(joined.end(), g.begin(), g.end());
    }
    EXPECT_EQ(joined, batch.examples);  // consecutive, in the batch's longest-first order
    // 5000 | 900 | 700, 640 | 300, 250, 200, 120 | 100, 40
    ASSERT_EQ(groups.size(), 5u);
    EXPECT_EQ(groups[2].size(), 2u);
    EXPECT_EQ(groups[3].size(), 4u);
}
