// Hostile files a student's browser or a stranger could hand the app: archives whose members
// are links or expand to gigabytes, a review of a gigabyte, a vectors "file" of ten million
// columns. Each is refused or read within a stated memory bound, with a message naming it.

#include <sys/resource.h>

#include <zlib.h>

#include <cstdio>
#include <cstring>
#include <string>

#include <gtest/gtest.h>

#include "TestFiles.h"
#include "data/imdb/ImdbReader.h"
#include "data/vectors/VectorsLoader.h"

using namespace sentiment;
using namespace sentiment::test;

namespace {
// A tar.gz written here, so that an entry can claim gigabytes without them being on disk:
// repeated content is compressed once as a fully flushed deflate block and the block repeated.
class TarGz {
public:
    TarGz() {
        stream_.zalloc = Z_NULL;
        stream_.zfree = Z_NULL;
        deflateInit2(&stream_, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + 15, 9, Z_DEFAULT_STRATEGY);
    }
    ~TarGz() { deflateEnd(&stream_); }

    void file(const std::string& name, const std::string& content) {
        header(name, content.size(), '0', "");
        put(content);
        pad(content.size());
    }
    void link(const std::string& name, const std::string& target, char type) {
        header(name, 0, type, target);
    }
    /// An entry of `size` bytes, `pattern` repeated (size a multiple of the pattern's).
    void repeated(const std::string& name, std::uint64_t size, const std::string& pattern) {
        header(name, size, '0', "");
        std::string chunk;
        while (chunk.size() < (1u << 20)) chunk += pattern;
        chunk.resize((1u << 20) / pattern.size() * pattern.size());
        // The deflate block of one chunk, flushed before and after so that it is byte-aligned and
        // refers to nothing outside itself: it can be repeated as it is.
        out_ += compressed({}, Z_FULL_FLUSH);
        const auto block = compressed(chunk, Z_FULL_FLUSH);
        std::uint64_t left = size;
        std::uint32_t crc = static_cast<std::uint32_t>(crc_);
        const auto chunkCrc =
            crc32(0, reinterpret_cast<const Bytef*>(chunk.data()), static_cast<uInt>(chunk.size()));
        while (left >= chunk.size()) {
            out_ += block;
            crc = static_cast<std::uint32_t>(
                crc32_combine(crc, chunkCrc, static_cast<z_off_t>(chunk.size())));
            total_ += chunk.size();
            left -= chunk.size();
        }
        crc_ = crc;
        put(chunk.substr(0, static_cast<std::size_t>(left)));
        pad(size);
    }
    std::string finish() {
        put(std::string(1024, '\0'));
        out_ += compressed({}, Z_FINISH);
        // The gzip trailer zlib wrote covers only what went through it: set the true CRC and size.
        const std::uint32_t isize = static_cast<std::uint32_t>(total_);
        const std::uint32_t crc = static_cast<std::uint32_t>(crc_);
        std::memcpy(out_.data() + out_.size() - 8, &crc, 4);
        std::memcpy(out_.data() + out_.size() - 4, &isize, 4);
        return out_;
    }

private:
    void header(const std::string& name, std::uint64_t size, char type, const std::string& target) {
        char h[512] = {};
        std::memcpy(h, name.data(), std::min<std::size_t>(name.size(), 100));
        std::snprintf(h + 100, 8, "%07o", 0644);
        std::snprintf(h + 108, 8, "%07o", 0);
        std::snprintf(h + 116, 8, "%07o", 0);
        std::snprintf(h + 124, 12, "%011llo", static_cast<unsigned long long>(size));
        std::snprintf(h + 136, 12, "%011o", 0);
        h[156] = type;
        std::memcpy(h + 157, target.data(), std::min<std::size_t>(target.size(), 100));
        std::memcpy(h + 257,
                    "ustar\0"
                    "00",
                    8);
        std::memset(h + 148, ' ', 8);
        unsigned sum = 0;
        for (unsigned char c : h) sum += c;
        std::snprintf(h + 148, 8, "%06o", sum);
        put(std::string(h, 512));
    }
    void pad(std::uint64_t size) {
        if (size % 512 != 0) put(std::string(512 - size % 512, '\0'));
    }
    void put(const std::string& bytes) {
        crc_ = crc32(crc_, reinterpret_cast<const Bytef*>(bytes.data()),
                     static_cast<uInt>(bytes.size()));
        total_ += bytes.size();
        out_ += compressed(bytes, Z_NO_FLUSH);
    }
    std::string compressed(const std::string& in, int flush) {
        std::string result;
        stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
        stream_.avail_in = static_cast<uInt>(in.size());
        char buffer[1 << 16];
        do {
            stream_.next_out = reinterpret_cast<Bytef*>(buffer);
            stream_.avail_out = sizeof buffer;
            deflate(&stream_, flush);
            result.append(buffer, sizeof buffer - stream_.avail_out);
        } while (stream_.avail_out == 0);
        return result;
    }

    z_stream stream_{};
    std::string out_;
    uLong crc_ = crc32(0, Z_NULL, 0);
    std::uint64_t total_ = 0;
};

double peakMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void smallDataset(TarGz& tar) {
    for (const auto& [name, text] : smallImdb(2)) tar.file(name, text);
}

bool contains(const std::string& s, const std::string& what) {
    return s.find(what) != std::string::npos;
}
}  // namespace

// Memory bound: reading a review costs at most ImdbReader's 1 MiB limit (plus its buffer), so a
// member of any claimed or real size adds no more than a few MiB to the process's peak.
TEST(HostileInput, AGigabyteReviewIsCutWithinTheMemoryBound) {
    TempDir dir;
    TarGz tar;
    tar.repeated("aclImdb/train/pos/99_10.txt", std::uint64_t{1} << 30, "a film that never ends. ");
    smallDataset(tar);
    writeFile(dir / "big.tar.gz", tar.finish());
    const double before = peakMiB();
    auto data = data::ImdbReader().read(dir / "big.tar.gz");
    const double growth = peakMiB() - before;
    ASSERT_TRUE(data) << data.error().message;
    EXPECT_EQ(data->report.truncatedReviews, 1u);
    ASSERT_FALSE(data->report.warnings.empty());
    EXPECT_TRUE(contains(data->report.warnings.front().english(), "99_10.txt"))
        << data->report.warnings.front().english();
    EXPECT_LT(growth, 64.0) << "a 1 GiB review raised the peak by " << growth << " MiB";
    std::printf("a 1 GiB review: the peak grew by %.1f MiB\n", growth);
}

TEST(HostileInput, AGzipBombOfZerosIsReadWithinTheMemoryBound) {
    TempDir dir;
    TarGz tar;
    smallDataset(tar);
    tar.repeated("aclImdb/train/neg/98_1.txt", std::uint64_t{3} << 30,
                 std::string(64, '\0'));  // 3 GiB of zeros
    writeFile(dir / "bomb.tar.gz", tar.finish());
    EXPECT_LT(std::filesystem::file_size(dir / "bomb.tar.gz"), 8u << 20);
    const double before = peakMiB();
    auto data = data::ImdbReader().read(dir / "bomb.tar.gz");
    const double growth = peakMiB() - before;
    ASSERT_TRUE(data) << data.error().message;
    EXPECT_EQ(data->report.truncatedReviews, 1u);
    EXPECT_LT(growth, 64.0) << "3 GiB of zeros raised the peak by " << growth << " MiB";
    std::printf("3 GiB of zeros: the peak grew by %.1f MiB\n", growth);
}

TEST(HostileInput, LinksWhereReviewsWouldBeAreNotFollowed) {
    TempDir dir;
    TarGz tar;
    smallDataset(tar);
    tar.link("aclImdb/train/pos/500_10.txt", "/etc/passwd", '2');               // symbolic
    tar.link("aclImdb/train/neg/501_1.txt", "aclImdb/train/pos/0_7.txt", '1');  // hard
    writeFile(dir / "links.tar.gz", tar.finish());
    auto data = data::ImdbReader().read(dir / "links.tar.gz");
    ASSERT_TRUE(data) << data.error().message;
    EXPECT_EQ(data->report.ignoredEntries, 2u);
    EXPECT_EQ(data->reviews.size(), 8u);  // smallImdb(2)'s, and nothing else
    std::string all;
    for (const auto& w : data->report.warnings) all += w.english() + "\n";
    EXPECT_TRUE(contains(all, "500_10.txt: ignored, a link")) << all;
    EXPECT_TRUE(contains(all, "501_1.txt: ignored, a link")) << all;
    for (const auto& r : data->reviews)
        EXPECT_FALSE(contains(std::string(r.text), "root:")) << "a link was followed";
}

TEST(HostileInput, EntriesLeavingTheArchiveAreRefusedNamingThem) {
    TempDir dir;
    for (const std::string name : {"../aclImdb/train/pos/1_9.txt", "/aclImdb/train/pos/1_9.txt",
                                   "aclImdb/../../x/train/pos/1_9.txt"}) {
        TarGz tar;
        tar.file(name, "escaped");
        smallDataset(tar);
        writeFile(dir / "escape.tar.gz", tar.finish());
        auto data = data::ImdbReader().read(dir / "escape.tar.gz");
        ASSERT_FALSE(data) << name;
        EXPECT_TRUE(contains(data.error().message, "escape.tar.gz")) << data.error().message;
        EXPECT_TRUE(contains(data.error().message, "outside the archive")) << data.error().message;
    }
}

TEST(HostileInput, AVectorsLineOfTenMillionColumnsIsRefusedNamingTheLine) {
    TempDir dir;
    std::string line = "word";
    line.reserve(20'000'010);
    for (int i = 0; i < 10'000'000; ++i) line += " 0";
    writeFile(dir / "wide.txt", line + "\n");
    const double before = peakMiB();
    auto v = data::VectorsLoader(dir / "cache").load(dir / "wide.txt", {});
    const double growth = peakMiB() - before;
    ASSERT_FALSE(v);
    EXPECT_TRUE(contains(v.error().message, "wide.txt")) << v.error().message;
    EXPECT_TRUE(contains(v.error().message, "10000000 values")) << v.error().message;
    EXPECT_LT(growth, 64.0);
    std::printf("a 10,000,000-column line: refused, the peak grew by %.1f MiB\n", growth);
}
