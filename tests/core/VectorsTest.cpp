#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <random>

#include "TestFiles.h"
#include "data/dataset/ProgressObserver.h"
#include "data/imdb/ZipArchive.h"
#include "data/vectors/EmbeddingMatrix.h"
#include "data/vectors/VectorsLoader.h"
#include "data/vectors/VectorsSubset.h"
#include "data/vectors/VectorsTextParser.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace sentiment::data;
using namespace sentiment::test;

namespace {
bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}
const char* kGlove =
    "the 0.1 0.2 0.3\n"
    "good 1 2 3\n"
    "bad -1 -2 -3\n"
    "movie 0.5 0.5 0.5\n";
}  // namespace

TEST(VectorsTextParser, InfersTheDimensionAndReadsRows) {
    auto v = VectorsTextParser(2).parse(kGlove, "glove.txt");
    ASSERT_TRUE(v) << v.error().message;
    EXPECT_EQ(v->dimension(), 3u);
    EXPECT_EQ(v->size(), 4u);
    const auto row = v->vector(static_cast<std::size_t>(v->find("bad")));
    EXPECT_FLOAT_EQ(row[2], -3.0f);
    EXPECT_EQ(v->find("absent"), -1);
}

TEST(VectorsTextParser, SkipsAWord2VecHeaderAndToleratesCrLf) {
    auto v = VectorsTextParser().parse("2 3\r\nthe 1 2 3\r\ngood 4 5 6\r\n", "w2v.txt");
    ASSERT_TRUE(v) << v.error().message;
    EXPECT_TRUE(v->info().header);
    EXPECT_EQ(v->size(), 2u);
    EXPECT_EQ(v->dimension(), 3u);
}

TEST(VectorsTextParser, WordsWithSpacesTakeAllButTheLastDFields) {
    auto v = VectorsTextParser().parse("the 1 2\nnew york 3 4\n. . 5 6\n", "840B.txt");
    ASSERT_TRUE(v) << v.error().message;
    ASSERT_GE(v->find("new york"), 0);
    EXPECT_FLOAT_EQ(v->vector(static_cast<std::size_t>(v->find("new york")))[1], 4.0f);
    EXPECT_GE(v->find(". ."), 0);
}

TEST(VectorsTextParser, WrongNumberOfValuesNamesTheLine) {
    auto v = VectorsTextParser(2).parse("the 1 2 3\ngood 1 2\nbad 1 2 3\n", "glove.txt");
    ASSERT_FALSE(v);
    EXPECT_EQ(v.error().line, 2);
    EXPECT_TRUE(contains(v.error().message, "glove.txt, line 2")) << v.error().message;
    EXPECT_TRUE(contains(v.error().message, "expected 3"));
}

TEST(VectorsTextParser, NonNumberAndNanAreRejected) {
    auto v = VectorsTextParser().parse("the 1 2 3\ngood 1 x 3\n", "g.txt");
    ASSERT_FALSE(v);
    EXPECT_TRUE(contains(v.error().message, "line 2"));
    EXPECT_TRUE(contains(v.error().message, "'x'")) << v.error().message;
    v = VectorsTextParser().parse("the 1 2 3\ngood 1 nan 3\n", "g.txt");
    ASSERT_FALSE(v);
    EXPECT_TRUE(contains(v.error().message, "not a finite number")) << v.error().message;
    v = VectorsTextParser().parse("the 1 2 3\ngood 1 inf 3\n", "g.txt");
    ASSERT_FALSE(v);
}

TEST(VectorsTextParser, LineNumbersAreRightAcrossThreads) {
    std::string text;
    for (int i = 0; i < 200000; ++i) text += "w" + std::to_string(i) + " 1 2\n";
    text += "broken 1\n";
    for (int i = 0; i < 1000; ++i) text += "x" + std::to_string(i) + " 1 2\n";
    auto v = VectorsTextParser(2).parse(text, "big.txt");
    ASSERT_FALSE(v);
    EXPECT_EQ(v.error().line, 200001);
}

TEST(VectorsTextParser, DuplicatesKeepTheFirstAndAreCounted) {
    auto v = VectorsTextParser().parse("the 1 1\ngood 2 2\nthe 3 3\n", "g.txt");
    ASSERT_TRUE(v);
    EXPECT_EQ(v->info().duplicates, 1u);
    EXPECT_EQ(v->size(), 2u);
    EXPECT_FLOAT_EQ(v->vector(static_cast<std::size_t>(v->find("the")))[0], 1.0f);
}

TEST(VectorsTextParser, EmptyFile) {
    auto v = VectorsTextParser().parse("", "empty.txt");
    ASSERT_FALSE(v);
    EXPECT_TRUE(contains(v.error().message, "empty.txt"));
    EXPECT_TRUE(contains(v.error().message, "empty"));
    EXPECT_FALSE(VectorsTextParser().parse("\n\n  \n", "blank.txt"));
    EXPECT_FALSE(VectorsTextParser().parse("justaword\n", "one.txt"));
}

TEST(VectorsLoader, ReadsAZipMemberByDimensionAndCaches) {
    TempDir dir;
    writeArchive(dir / "glove.6B.zip",
                 {{"glove.6B.50d.txt", "the 1 2\n"}, {"glove.6B.100d.txt", kGlove}}, "zip");
    const VectorsLoader loader(dir / "cache");
    auto none = loader.load(dir / "glove.6B.zip", {});
    ASSERT_FALSE(none);
    EXPECT_TRUE(contains(none.error().message, "several"));
    auto v = loader.load(dir / "glove.6B.zip", {.dimension = 100});
    ASSERT_TRUE(v) << v.error().message;
    EXPECT_EQ(v->dimension(), 3u);
    EXPECT_FALSE(v->info().cacheUsed);
    EXPECT_TRUE(contains(v->info().source, "glove.6B.100d.txt"));
    auto cached = loader.load(dir / "glove.6B.zip", {.dimension = 100});
    ASSERT_TRUE(cached);
    EXPECT_TRUE(cached->info().cacheUsed);
    EXPECT_EQ(cached->size(), v->size());
    for (const char* w : {"the", "good", "bad", "movie"}) {
        const auto a = v->vector(static_cast<std::size_t>(v->find(w)));
        const auto b = cached->vector(static_cast<std::size_t>(cached->find(w)));
        EXPECT_TRUE(std::equal(a.begin(), a.end(), b.begin())) << w;
    }
    auto missing = loader.load(dir / "glove.6B.zip", {.dimension = 300});
    ASSERT_FALSE(missing);
    EXPECT_TRUE(contains(missing.error().message, "no 300d"));
    // A cut of the 100d file keeps its dimension in the name: the dimension still finds it.
    writeArchive(dir / "glove.6B.100d.subset.zip", {{"glove.6B.100d.subset.txt", kGlove}}, "zip");
    auto subset = loader.load(dir / "glove.6B.100d.subset.zip", {.dimension = 100});
    ASSERT_TRUE(subset) << subset.error().message;
    EXPECT_TRUE(contains(subset->info().source, "glove.6B.100d.subset.txt"));
}

TEST(VectorsLoader, ZipWithoutTxtAndTruncatedZip) {
    TempDir dir;
    writeArchive(dir / "v.zip", {{"readme.md", "nothing here"}}, "zip");
    auto v = VectorsLoader(dir / "cache").load(dir / "v.zip", {});
    ASSERT_FALSE(v);
    EXPECT_TRUE(contains(v.error().message, "no .txt")) << v.error().message;
    writeArchive(dir / "w.zip", {{"glove.txt", kGlove}}, "zip");
    const auto bytes = readFile(dir / "w.zip");
    writeFile(dir / "cut.zip", bytes.substr(0, bytes.size() - 30));
    v = VectorsLoader(dir / "cache").load(dir / "cut.zip", {});
    ASSERT_FALSE(v);
    EXPECT_TRUE(contains(v.error().message, "cut.zip"));
}

TEST(VectorsLoader, ChangedSourceInvalidatesTheCacheAndMissingFileIsNamed) {
    TempDir dir;
    writeFile(dir / "g.txt", kGlove);
    const VectorsLoader loader(dir / "cache");
    ASSERT_TRUE(loader.load(dir / "g.txt", {}));
    ASSERT_TRUE(loader.load(dir / "g.txt", {})->info().cacheUsed);
    writeFile(dir / "g.txt", std::string(kGlove) + "extra 9 9 9\n");
    auto v = loader.load(dir / "g.txt", {});
    ASSERT_TRUE(v);
    EXPECT_FALSE(v->info().cacheUsed);
    EXPECT_EQ(v->size(), 5u);
    auto missing = loader.load(dir / "nope.txt", {});
    ASSERT_FALSE(missing);
    EXPECT_TRUE(contains(missing.error().message, "nope.txt"));
}

namespace {
struct Warnings : ProgressObserver {
    std::vector<std::string> seen;
    void onWarning(const sentiment::Message& m) override { seen.push_back(m.english()); }
};
}  // namespace

TEST(VectorsLoader, ADamagedCacheIsFoundRebuiltAndReported) {
    TempDir dir;
    writeFile(dir / "g.txt", kGlove);
    const VectorsLoader loader(dir / "cache");
    const auto source = VectorsTextParser().parse(kGlove, "g.txt");
    ASSERT_TRUE(loader.load(dir / "g.txt", {}));
    const auto cache = *loader.cacheFileFor(dir / "g.txt", {});
    const auto good = readFile(cache);
    // The fuzz target writes the start of a cache itself: it must be the one written here.
    EXPECT_EQ(good.substr(0, 20 + cache.stem().string().size()),
              sentiment::fuzz::vectorsCacheHeader(cache.stem().string()));
    // One changed bit in the last value, then the file cut short: each found, reported, rebuilt.
    auto flipped = good;
    flipped[good.size() - 17] = static_cast<char>(flipped[good.size() - 17] ^ 0x01);
    for (const auto& damaged : {flipped, good.substr(0, good.size() - 5), good.substr(0, 10)}) {
        writeFile(cache, damaged);
        Warnings warnings;
        auto v = loader.load(dir / "g.txt", {}, &warnings);
        ASSERT_TRUE(v) << v.error().message;
        EXPECT_FALSE(v->info().cacheUsed);
        ASSERT_EQ(warnings.seen.size(), 1u);
        EXPECT_TRUE(contains(warnings.seen[0], cache.filename().string())) << warnings.seen[0];
        EXPECT_TRUE(contains(warnings.seen[0], "damaged")) << warnings.seen[0];
        ASSERT_EQ(v->size(), source->size());
        for (std::size_t i = 0; i < v->size(); ++i) {
            const auto a = v->vector(i), b = source->vector(i);
            EXPECT_TRUE(std::equal(a.begin(), a.end(), b.begin())) << v->word(i);
        }
        EXPECT_EQ(readFile(cache), good);  // rewritten whole
    }
}

TEST(ZipArchive, AMemberClaimingMoreThanDeflateCanGiveIsRefusedUnallocated) {
    TempDir dir;
    writeArchive(dir / "v.zip", {{"glove.txt", std::string(5000, 'a')}}, "zip");
    auto bytes = readFile(dir / "v.zip");
    const auto central = bytes.find("PK\x01\x02");
    ASSERT_NE(central, std::string::npos);
    const std::uint32_t claimed = 0xFFFFFFF0u;  // 4 GiB from a few dozen bytes
    std::memcpy(bytes.data() + central + 24, &claimed, 4);
    writeFile(dir / "bomb.zip", bytes);
    auto zip = ZipArchive::open((dir / "bomb.zip").string());
    ASSERT_TRUE(zip) << zip.error().message;
    auto member = zip->extract(zip->members().front());
    ASSERT_FALSE(member);
    EXPECT_TRUE(contains(member.error().message, "bomb.zip")) << member.error().message;
    EXPECT_TRUE(contains(member.error().message, "more than deflate")) << member.error().message;
}

TEST(EmbeddingMatrix, FollowsTheLectureRules) {
    auto v = VectorsTextParser().parse(kGlove, "g.txt");
    ASSERT_TRUE(v);
    const auto vocab = Vocabulary::build({{"the", 9}, {"Good", 5}, {"plot", 4}, {"bad", 3}}, {});
    const auto m = EmbeddingMatrix::build(vocab, *v, {.seed = 5});
    ASSERT_EQ(m.rows, 6u);
    ASSERT_EQ(m.dimension, 3u);
    auto row = [&](std::string_view w) { return &m.values[std::size_t(vocab.index(w)) * 3]; };
    for (int special : {0, 1}) {
        for (int d = 0; d < 3; ++d)
            EXPECT_EQ(m.values[std::size_t(special) * 3 + std::size_t(d)], 0.0f);
    }
    EXPECT_FLOAT_EQ(row("the")[1], 0.2f);
    EXPECT_FLOAT_EQ(row("Good")[0], 1.0f);  // lower-case fallback
    EXPECT_EQ(m.report.found, 3u);
    EXPECT_EQ(m.report.foundLowercase, 1u);
    ASSERT_EQ(m.report.mostFrequentMissing.size(), 1u);
    EXPECT_EQ(m.report.mostFrequentMissing[0].first, "plot");
    EXPECT_NEAR(m.report.coverage(), 3.0 / 6.0, 1e-12);
    const auto again = EmbeddingMatrix::build(vocab, *v, {.seed = 5});
    EXPECT_EQ(again.values, m.values);  // seeded N(0,1) rows
    EXPECT_NE(row("plot")[0], 0.0f);
    const auto exact = EmbeddingMatrix::build(vocab, *v, {.lowercaseFallback = false});
    EXPECT_EQ(exact.report.found, 2u);
}

TEST(VectorsSubset, TheSubsetGivesTheSameMatrixAsTheWholeFile) {
    TempDir dir;
    // Values with every digit a float holds (and some it does not), a repeated word (the first
    // is kept), a capitalised word that only the lower-case fallback finds, and words the
    // vocabulary does not use.
    std::string text;
    std::mt19937 gen(7);
    std::uniform_real_distribution<double> value(-3.0, 3.0);
    const std::vector<std::string> words = {"the",  "good", "unused", "bad",   "movie",
                                            "good", "plot", "zebra",  "1e-45", "film"};
    for (const auto& w : words) {
        text += w;
        for (int d = 0; d < 5; ++d) text += ' ' + std::to_string(value(gen)) + "123456789";
        text += '\n';
    }
    text += "tiny 1e-44 -2.5e-38 3.4028234e38 0 -0\n";
    writeFile(dir / "full.txt", text);
    auto full = VectorsTextParser().parse(text, "full.txt");
    ASSERT_TRUE(full) << full.error().message;
    const auto vocab = Vocabulary::build({{"the", 9},
                                          {"Good", 8},
                                          {"good", 7},
                                          {"plot", 6},
                                          {"missing", 5},
                                          {"bad", 4},
                                          {"tiny", 3},
                                          {"FILM", 2}},
                                         {});
    const auto wanted = EmbeddingMatrix::build(vocab, *full, {.seed = 3});

    auto written = VectorsSubset::write(*full, wanted.sourceRows, dir / "subset.txt");
    ASSERT_TRUE(written) << written.error().message;
    EXPECT_EQ(written->words, 6u);  // the, good (for Good and good), plot, bad, tiny, film
    EXPECT_EQ(written->bytes, std::filesystem::file_size(dir / "subset.txt"));
    const auto subsetText = readFile(dir / "subset.txt");
    EXPECT_TRUE(subsetText.starts_with("the ")) << subsetText;  // the file's order
    EXPECT_FALSE(contains(subsetText, "unused"));
    auto subset = VectorsTextParser().parse(subsetText, "subset.txt");
    ASSERT_TRUE(subset) << subset.error().message;
    EXPECT_EQ(subset->size(), 6u);
    const auto got = EmbeddingMatrix::build(vocab, *subset, {.seed = 3});
    ASSERT_EQ(got.values.size(), wanted.values.size());
    EXPECT_EQ(
        std::memcmp(got.values.data(), wanted.values.data(), got.values.size() * sizeof(float)), 0)
        << "the same bits, the drawn rows included";
    EXPECT_EQ(got.report.found, wanted.report.found);
    EXPECT_EQ(got.report.foundLowercase, wanted.report.foundLowercase);

    // A folder that cannot take the file: the message names it, and nothing is left behind.
    const auto failed =
        VectorsSubset::write(*full, wanted.sourceRows, dir / "no" / "such" / "subset.txt");
    ASSERT_FALSE(failed);
    EXPECT_TRUE(contains(failed.error().message, (dir / "no" / "such" / "subset.txt").string()))
        << failed.error().message;
}

// A dropped .txt is GloVe or a student's NSMC file: the first line decides, not the name.
TEST(VectorsLoader, TellsWordVectorsFromLabelledTextsByTheFirstLine) {
    TempDir dir;
    writeFile(dir / "glove.6B.50d.txt", "the 0.418 0.24968 -0.41242\n, 0.013441 0.23682\n");
    writeFile(dir / "vectors.txt", "400000 100\nthe 0.1 0.2\n");  // word2vec's header
    writeFile(dir / "ratings_train.txt", "id\tdocument\tlabel\n9976970\t아 더빙.. 진짜\t0\n");
    writeFile(dir / "notes.txt", "a film I liked 10 times\n");
    EXPECT_TRUE(VectorsLoader::looksLikeVectors(dir / "glove.6B.50d.txt"));
    EXPECT_TRUE(VectorsLoader::looksLikeVectors(dir / "vectors.txt"));
    EXPECT_FALSE(VectorsLoader::looksLikeVectors(dir / "ratings_train.txt"));
    EXPECT_FALSE(VectorsLoader::looksLikeVectors(dir / "notes.txt"));
    EXPECT_FALSE(VectorsLoader::looksLikeVectors(dir / "missing.txt"));
    writeFile(dir / "one_line.txt",
              "w " + std::string(70'000, '1'));  // read no further than 64 KiB
    EXPECT_FALSE(VectorsLoader::looksLikeVectors(dir / "one_line.txt"));
    EXPECT_TRUE(VectorsLoader::looksLikeVectors(dir / "glove.6B.zip"));  // by its name
    EXPECT_FALSE(VectorsLoader::looksLikeVectors(dir / "aclImdb_v1.zip"));
}
