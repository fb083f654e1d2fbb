#include <gtest/gtest.h>

#include <filesystem>

#include "TestFiles.h"
#include "data/imdb/ImdbReader.h"
#include "data/text/Utf8.h"

using namespace sentiment::data;
using namespace sentiment::test;

namespace {
std::array<std::array<std::size_t, 2>, 2> countsOf(const ImdbData& d) {
    std::array<std::array<std::size_t, 2>, 2> c{};
    for (const auto& r : d.reviews) ++c[int(r.info.split)][int(r.info.label)];
    return c;
}
bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}
}  // namespace

TEST(ImdbReader, ReadsTarGzKeepingIdsAndRatingsInCanonicalOrder) {
    TempDir dir;
    writeArchive(dir / "aclImdb_v1.tar.gz", smallImdb(5));
    auto data = ImdbReader().read(dir / "aclImdb_v1.tar.gz");
    ASSERT_TRUE(data) << data.error().message;
    const auto c = countsOf(*data);
    EXPECT_EQ(c[0][0], 5u);
    EXPECT_EQ(c[0][1], 5u);
    EXPECT_EQ(c[1][0], 5u);
    EXPECT_EQ(c[1][1], 5u);
    const auto& first = data->reviews.front().info;
    EXPECT_EQ(first.split, Split::Train);
    EXPECT_EQ(first.label, Label::Negative);
    EXPECT_EQ(first.id, 0);
    EXPECT_EQ(first.rating, 1);
    for (std::size_t i = 1; i < data->reviews.size(); ++i) {
        EXPECT_LT(data->reviews[i - 1].info.key(), data->reviews[i].info.key());
    }
}

TEST(ImdbReader, FolderArchiveAndParentFolderGiveTheSameReviews) {
    TempDir dir;
    const auto entries = smallImdb(4);
    writeArchive(dir / "a.tar.gz", entries);
    writeArchive(dir / "a.zip", entries, "zip");
    writeArchive(dir / "a.tar", entries, "ustar", "none");
    for (const auto& [name, content] : entries) writeFile(dir / "x" / name, content);
    const ImdbReader reader;
    auto archive = reader.read(dir / "a.tar.gz");
    ASSERT_TRUE(archive) << archive.error().message;
    for (const auto& other : {dir / "x" / "aclImdb", dir / "x", dir / "a.zip", dir / "a.tar"}) {
        auto data = reader.read(other);
        ASSERT_TRUE(data) << other << ": " << data.error().message;
        ASSERT_EQ(data->reviews.size(), archive->reviews.size()) << other;
        for (std::size_t i = 0; i < data->reviews.size(); ++i) {
            EXPECT_EQ(data->reviews[i].text, archive->reviews[i].text);
            EXPECT_EQ(data->reviews[i].info.key(), archive->reviews[i].info.key());
        }
    }
}

TEST(ImdbReader, MissingPathNamesIt) {
    auto r = ImdbReader().read("/nonexistent/aclImdb_v1.tar.gz");
    ASSERT_FALSE(r);
    EXPECT_TRUE(contains(r.error().message, "/nonexistent/aclImdb_v1.tar.gz"));
    EXPECT_TRUE(contains(r.error().message, "does not exist"));
}

TEST(ImdbReader, FolderWithoutTrainAndTest) {
    TempDir dir;
    writeFile(dir / "something" / "file.txt", "x");
    auto r = ImdbReader().read(dir / "something");
    ASSERT_FALSE(r);
    EXPECT_TRUE(contains(r.error().message, "no train/ folder"));
}

TEST(ImdbReader, ArchiveTruncatedInTheMiddle) {
    TempDir dir;
    auto entries = smallImdb(50);
    for (auto& e : entries)
        e.second += std::string(2000, 'x') + std::to_string(e.second.size() * 7919);
    writeArchive(dir / "full.tar.gz", entries);
    const auto bytes = readFile(dir / "full.tar.gz");
    writeFile(dir / "cut.tar.gz", bytes.substr(0, bytes.size() / 2));
    auto r = ImdbReader().read(dir / "cut.tar.gz");
    ASSERT_FALSE(r);
    EXPECT_TRUE(contains(r.error().message, "cut.tar.gz"));
    EXPECT_TRUE(contains(r.error().message, "truncated")) << r.error().message;
}

TEST(ImdbReader, CorruptCompressedData) {
    TempDir dir;
    writeArchive(dir / "full.tar.gz", smallImdb(20));
    auto bytes = readFile(dir / "full.tar.gz");
    for (std::size_t i = 40; i < bytes.size() - 20; i += 7)
        bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
    writeFile(dir / "bad.tar.gz", bytes);
    auto r = ImdbReader().read(dir / "bad.tar.gz");
    ASSERT_FALSE(r);
    EXPECT_TRUE(contains(r.error().message, "bad.tar.gz")) << r.error().message;
}

TEST(ImdbReader, PngRenamedToTarGz) {
    TempDir dir;
    writeFile(dir / "aclImdb_v1.tar.gz",
              std::string("\x89PNG\r\n\x1a\n", 8) + std::string(100, '\0'));
    auto r = ImdbReader().read(dir / "aclImdb_v1.tar.gz");
    ASSERT_FALSE(r);
    EXPECT_TRUE(contains(r.error().message, "PNG image")) << r.error().message;
    EXPECT_TRUE(contains(r.error().message, "aclImdb_v1.tar.gz"));
}

TEST(ImdbReader, EmptyFileAndNonArchive) {
    TempDir dir;
    writeFile(dir / "empty.tar.gz", "");
    auto r = ImdbReader().read(dir / "empty.tar.gz");
    ASSERT_FALSE(r);
    EXPECT_TRUE(contains(r.error().message, "empty"));
    writeFile(dir / "notes.txt", "just some text, not an archive at all\n");
    r = ImdbReader().read(dir / "notes.txt");
    ASSERT_FALSE(r);
    EXPECT_TRUE(contains(r.error().message, "notes.txt"));
}

TEST(ImdbReader, EmptyReviewsAreSkippedAndCounted) {
    TempDir dir;
    auto entries = smallImdb(3);
    entries.emplace_back("aclImdb/train/pos/99_10.txt", "");
    writeArchive(dir / "a.tar.gz", entries);
    auto r = ImdbReader().read(dir / "a.tar.gz");
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->report.emptyReviews, 1u);
    EXPECT_EQ(r->reviews.size(), 12u);
    ASSERT_FALSE(r->report.warnings.empty());
    EXPECT_TRUE(contains(r->report.warnings.front().english(), "train/pos/99_10.txt"));
}

TEST(ImdbReader, HugeReviewIsCutWithAWarning) {
    TempDir dir;
    auto entries = smallImdb(2);
    std::string huge;
    while (huge.size() < 5 * 1024 * 1024) huge += "a very long review that goes on and on. ";
    entries.emplace_back("aclImdb/train/pos/77_9.txt", huge);
    writeArchive(dir / "a.tar.gz", entries);
    auto r = ImdbReader().read(dir / "a.tar.gz");
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->report.truncatedReviews, 1u);
    for (const auto& review : r->reviews) {
        EXPECT_LE(review.text.size(), std::size_t(1 << 20));
        if (review.info.id == 77) {
            EXPECT_GT(review.text.size(), std::size_t(1 << 19));
        }
    }
}

TEST(ImdbReader, InvalidUtf8IsRepairedAndCounted) {
    TempDir dir;
    auto entries = smallImdb(2);
    entries.emplace_back("aclImdb/test/neg/55_2.txt", "bad \xff\xfe bytes \xc3 here");
    writeArchive(dir / "a.tar.gz", entries);
    auto r = ImdbReader().read(dir / "a.tar.gz");
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->report.invalidUtf8Reviews, 1u);
    for (const auto& review : r->reviews) EXPECT_EQ(utf8::countInvalid(review.text), 0u);
}

TEST(ImdbReader, EntryEscapingTheArchiveIsRefused) {
    TempDir dir;
    auto entries = smallImdb(2);
    entries.emplace_back("aclImdb/../../evil/train/pos/1_10.txt", "gotcha");
    writeArchive(dir / "a.tar.gz", entries);
    auto r = ImdbReader().read(dir / "a.tar.gz");
    ASSERT_FALSE(r);
    EXPECT_TRUE(contains(r.error().message, "../../evil")) << r.error().message;
    EXPECT_TRUE(contains(r.error().message, "refused"));
}

TEST(ImdbReader, MisnamedFilesAreIgnoredAndMissingSplitsReported) {
    TempDir dir;
    Entries entries = {{"aclImdb/train/pos/1_10.txt", "good"},
                       {"aclImdb/train/neg/2_1.txt", "bad"},
                       {"aclImdb/test/pos/3_8.txt", "good"},
                       {"aclImdb/train/pos/notes.txt", "?"}};
    writeArchive(dir / "a.tar.gz", entries);
    auto r = ImdbReader().read(dir / "a.tar.gz");
    ASSERT_FALSE(r);
    EXPECT_TRUE(contains(r.error().message, "test/neg")) << r.error().message;
    entries.emplace_back("aclImdb/test/neg/4_2.txt", "bad");
    writeArchive(dir / "b.tar.gz", entries);
    r = ImdbReader().read(dir / "b.tar.gz");
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->report.ignoredEntries, 1u);
}

TEST(ImdbReader, StopTokenCancels) {
    TempDir dir;
    writeArchive(dir / "a.tar.gz", smallImdb(300));
    std::stop_source stop;
    stop.request_stop();
    auto r = ImdbReader().read(dir / "a.tar.gz", nullptr, stop.get_token());
    ASSERT_FALSE(r);
    EXPECT_TRUE(contains(r.error().message, "cancelled"));
}
