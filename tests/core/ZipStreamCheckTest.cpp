// sentiment::downloads::ZipStreamCheck: a zip checked while its bytes arrive (any chunk sizes), each member's
// CRC-32 and sizes, the damaged member named as soon as it has arrived.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <span>

#include "TestFiles.h"
#include "data/ZipArchive.h"
#include "downloads/ZipStreamCheck.h"

namespace data = sentiment::data;
namespace test = sentiment::test;
using test::TempDir;

namespace {

std::span<const unsigned char> bytes(const std::string& s, std::size_t from = 0, std::size_t n = std::string::npos) {
    n = std::min(n, s.size() - from);
    return {reinterpret_cast<const unsigned char*>(s.data() + from), n};
}

// Text that deflates to a few blocks, different per seed.
std::string text(int seed, std::size_t n) {
    std::mt19937 rng(static_cast<unsigned>(seed));
    static const char* words[] = {"the ", "film ", "0.418 ", "-0.2 ", "good ", "bad ", "\n", "acting ", "3.14159 "};
    std::string s;
    while (s.size() < n) s += words[rng() % 9];
    return s;
}

// Feeds the file in chunks of random sizes (1 to `most` bytes); the first error, or success.
sentiment::Status feedInChunks(sentiment::downloads::ZipStreamCheck& check, const std::string& file, std::size_t most, unsigned seed,
                          std::size_t* failedAt = nullptr) {
    std::mt19937 rng(seed);
    for (std::size_t at = 0; at < file.size();) {
        const std::size_t n = std::min<std::size_t>(1 + rng() % most, file.size() - at);
        if (auto ok = check.feed(bytes(file, at, n)); !ok) {
            if (failedAt) *failedAt = at + n;
            return ok;
        }
        at += n;
    }
    return check.finish();
}

std::string makeZip(const test::Entries& entries, const std::string& compression) {
    TempDir dir;
    test::writeArchive(dir / "x.zip", entries, "zip", compression);
    return test::readFile(dir / "x.zip");
}

const test::Entries kEntries = {{"glove.6B.50d.txt", text(1, 300'000)}, {"empty.txt", ""}, {"glove.6B.100d.txt", text(2, 200'000)}};

}  // namespace

TEST(ZipStreamCheck, DeflatedAndStoredZipsPassInAnyChunking) {
    for (const std::string compression : {"", "none"}) {
        const auto zip = makeZip(kEntries, compression);
        for (const std::size_t most : {1ul, 7ul, 4096ul, 1ul << 20}) {
            if (most == 1 && zip.size() > 100'000 && compression.empty()) continue;  // byte by byte: done below
            sentiment::downloads::ZipStreamCheck check("x.zip");
            auto ok = feedInChunks(check, zip, most, 42);
            ASSERT_TRUE(ok) << compression << " chunks<=" << most << ": " << ok.error().message;
            EXPECT_EQ(check.membersChecked(), 3u);
            EXPECT_EQ(check.offset(), zip.size());
        }
    }
    // One byte at a time through a deflated member (every header and descriptor split too).
    const auto small = makeZip({{"a.txt", text(3, 20'000)}, {"b.txt", text(4, 30'000)}}, "");
    sentiment::downloads::ZipStreamCheck check("small.zip");
    for (std::size_t i = 0; i < small.size(); ++i) ASSERT_TRUE(check.feed(bytes(small, i, 1))) << "byte " << i;
    ASSERT_TRUE(check.finish());
    EXPECT_EQ(check.membersChecked(), 2u);
}

// The same verdict and member count as ZipArchive (which reads the central directory), on our
// fixture and on the shared GloVe subset (written by another zip program), when it is there.
TEST(ZipStreamCheck, AgreesWithTheWholeFileReader) {
    TempDir dir;
    test::writeArchive(dir / "x.zip", kEntries, "zip", "");
    std::vector<std::filesystem::path> files{dir / "x.zip"};
    const auto shared = std::filesystem::path(SENTIMENT_LAB_SHARED_DATA) / "glove.6B.100d.subset.zip";
    if (std::filesystem::exists(shared)) files.push_back(shared);
    for (const auto& file : files) {
        auto zip = data::ZipArchive::open(file.string());
        ASSERT_TRUE(zip) << file;
        for (const auto& m : zip->members()) ASSERT_TRUE(zip->extract(m)) << m.name;
        sentiment::downloads::ZipStreamCheck check(file.string());
        auto ok = feedInChunks(check, test::readFile(file), 1 << 16, 1);
        ASSERT_TRUE(ok) << ok.error().message;
        EXPECT_EQ(check.membersChecked(), zip->members().size()) << file;
    }
}

TEST(ZipStreamCheck, ADamagedMemberIsNamedAsSoonAsItHasArrived) {
    for (const std::string compression : {"", "none"}) {
        auto zip = makeZip(kEntries, compression);
        // Damage the first member's data in its middle (stored: a content byte; deflated: the stream).
        const std::size_t at = compression == "none" ? zip.find(kEntries[0].second.substr(1000, 40)) + 20 : zip.size() / 4;
        ASSERT_LT(at, zip.size() / 2);
        zip[at] = static_cast<char>(zip[at] ^ 0x55);
        sentiment::downloads::ZipStreamCheck check("glove.6B.zip");
        std::size_t failedAt = 0;
        auto ok = feedInChunks(check, zip, 8192, 7, &failedAt);
        ASSERT_FALSE(ok) << compression;
        EXPECT_NE(ok.error().message.find("glove.6B.50d.txt"), std::string::npos) << ok.error().message;
        EXPECT_EQ(ok.error().file, "glove.6B.zip");
        EXPECT_LT(failedAt, zip.size() * 3 / 4) << "reported only at the end";
        // The check stays failed.
        EXPECT_FALSE(check.feed(bytes(zip, 0, 10)));
        EXPECT_FALSE(check.finish());
    }
}

TEST(ZipStreamCheck, TruncatedOrForeignFilesAreRefused) {
    const auto zip = makeZip(kEntries, "");
    {
        sentiment::downloads::ZipStreamCheck check("cut.zip");
        ASSERT_TRUE(check.feed(bytes(zip, 0, zip.size() / 2)));
        auto ok = check.finish();
        ASSERT_FALSE(ok);
        EXPECT_NE(ok.error().message.find("truncated"), std::string::npos) << ok.error().message;
    }
    {
        sentiment::downloads::ZipStreamCheck check("page.html");
        const std::string html = "<!DOCTYPE html><html>Not found</html>";
        auto ok = check.feed(bytes(html));
        ASSERT_FALSE(ok);
        EXPECT_NE(ok.error().message.find("not a zip file"), std::string::npos) << ok.error().message;
    }
    {
        sentiment::downloads::ZipStreamCheck check("empty");
        EXPECT_FALSE(check.finish());
    }
}
