// sentiment::downloads::ZipStreamCheck: a zip checked while its bytes arrive (any chunk sizes),
// each member's CRC-32 and sizes, the damaged member named as soon as it has arrived.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <span>

#include <zlib.h>

#include "TestFiles.h"
#include "data/imdb/ZipArchive.h"
#include "downloads/ZipStreamCheck.h"

namespace data = sentiment::data;
namespace test = sentiment::test;
using test::TempDir;

namespace {

std::span<const unsigned char> bytes(const std::string& s, std::size_t from = 0,
                                     std::size_t n = std::string::npos) {
    n = std::min(n, s.size() - from);
    return {reinterpret_cast<const unsigned char*>(s.data() + from), n};
}

// Text that deflates to a few blocks, different per seed.
std::string text(int seed, std::size_t n) {
    std::mt19937 rng(static_cast<unsigned>(seed));
    static const char* words[] = {"the ", "film ", "0.418 ",  "-0.2 ",   "good ",
                                  "bad ", "\n",    "acting ", "3.14159 "};
    std::string s;
    while (s.size() < n) s += words[rng() % 9];
    return s;
}

// Feeds the file in chunks of random sizes (1 to `most` bytes); the first error, or success.
sentiment::Status feedInChunks(sentiment::downloads::ZipStreamCheck& check, const std::string& file,
                               std::size_t most, unsigned seed, std::size_t* failedAt = nullptr) {
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

const test::Entries kEntries = {{"glove.6B.50d.txt", text(1, 300'000)},
                                {"empty.txt", ""},
                                {"glove.6B.100d.txt", text(2, 200'000)}};

}  // namespace

TEST(ZipStreamCheck, DeflatedAndStoredZipsPassInAnyChunking) {
    for (const std::string compression : {"", "none"}) {
        const auto zip = makeZip(kEntries, compression);
        for (const std::size_t most : {1ul, 7ul, 4096ul, 1ul << 20}) {
            if (most == 1 && zip.size() > 100'000 && compression.empty())
                continue;  // byte by byte: done below
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
    for (std::size_t i = 0; i < small.size(); ++i)
        ASSERT_TRUE(check.feed(bytes(small, i, 1))) << "byte " << i;
    ASSERT_TRUE(check.finish());
    EXPECT_EQ(check.membersChecked(), 2u);
}

// The same verdict and member count as ZipArchive (which reads the central directory), on our
// fixture and on the shared GloVe subset (written by another zip program), when it is there.
// A stored member as a streaming writer writes it (libarchive 3.7, Debian 13's): a data
// descriptor after the data and zeros for the sizes in the local header. Its end is the first
// descriptor that matches the bytes before it; its data here holds a descriptor's signature
// that does not, which is the member's own bytes. Written by hand, so that the test does not
// depend on which libarchive the machine has.
namespace {
std::string streamedStoredZip(const std::string& data) {
    std::string zip;
    const auto put = [&](std::uint32_t v, int bytes) {
        for (int i = 0; i < bytes; ++i) zip.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
    };
    const std::string name = "stored.txt";
    put(0x04034b50, 4);
    put(20, 2);      // version needed
    put(0x0008, 2);  // sizes in the data descriptor
    put(0, 2);       // stored
    put(0, 4);       // time and date
    put(0, 4);       // CRC-32: in the descriptor
    put(0, 4);
    put(0, 4);
    put(static_cast<std::uint32_t>(name.size()), 2);
    put(0, 2);
    zip += name + data;
    put(0x08074b50, 4);
    put(static_cast<std::uint32_t>(
            crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size()))),
        4);
    put(static_cast<std::uint32_t>(data.size()), 4);
    put(static_cast<std::uint32_t>(data.size()), 4);
    put(0x06054b50, 4);  // end of the central directory (what comes after the members)
    zip.append(18, '\0');
    return zip;
}
}  // namespace

TEST(ZipStreamCheck, AStoredMemberSizedOnlyByItsDescriptorPassesInAnyChunking) {
    std::string data = text(3, 5'000);
    data.insert(1'000, std::string("PK\x07\x08", 4) +
                           std::string(12, 'x'));  // a signature that is not the end
    const auto zip = streamedStoredZip(data);
    for (const std::size_t most :
         {std::size_t{1}, std::size_t{3}, std::size_t{17}, std::size_t{4096}, zip.size()}) {
        sentiment::downloads::ZipStreamCheck check("x.zip");
        auto ok = feedInChunks(check, zip, most, 5);
        ASSERT_TRUE(ok) << "chunks<=" << most << ": " << ok.error().message;
        EXPECT_EQ(check.membersChecked(), 1u);
    }
    // One byte changed: the member still ends at its descriptor, and fails its CRC there.
    auto damaged = zip;
    damaged[100] = static_cast<char>(damaged[100] ^ 0x20);
    sentiment::downloads::ZipStreamCheck check("x.zip");
    auto bad = feedInChunks(check, damaged, 64, 5);
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find("'stored.txt': the CRC-32 check failed"), std::string::npos)
        << bad.error().message;
    EXPECT_EQ(check.membersChecked(), 0u);
    // An empty member: the descriptor follows the header at once.
    sentiment::downloads::ZipStreamCheck empty("x.zip");
    EXPECT_TRUE(feedInChunks(empty, streamedStoredZip(""), 2, 5));
    EXPECT_EQ(empty.membersChecked(), 1u);
}

TEST(ZipStreamCheck, AgreesWithTheWholeFileReader) {
    TempDir dir;
    test::writeArchive(dir / "x.zip", kEntries, "zip", "");
    std::vector<std::filesystem::path> files{dir / "x.zip"};
    const auto shared =
        std::filesystem::path(SENTIMENT_LAB_SHARED_DATA) / "glove.6B.100d.subset.zip";
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
        // Damage the first member's data in its middle (stored: a content byte; deflated: the
        // stream).
        const std::size_t at = compression == "none"
                                   ? zip.find(kEntries[0].second.substr(1000, 40)) + 20
                                   : zip.size() / 4;
        ASSERT_LT(at, zip.size() / 2);
        zip[at] = static_cast<char>(zip[at] ^ 0x55);
        sentiment::downloads::ZipStreamCheck check("glove.6B.zip");
        std::size_t failedAt = 0;
        auto ok = feedInChunks(check, zip, 8192, 7, &failedAt);
        ASSERT_FALSE(ok) << compression;
        EXPECT_NE(ok.error().message.find("glove.6B.50d.txt"), std::string::npos)
            << ok.error().message;
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
        EXPECT_NE(ok.error().message.find("not a zip file"), std::string::npos)
            << ok.error().message;
    }
    {
        sentiment::downloads::ZipStreamCheck check("empty");
        EXPECT_FALSE(check.finish());
    }
}
