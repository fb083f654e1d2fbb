#include "data/vectors/VectorsLoader.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>

#include "data/dataset/Fingerprint.h"
#include "data/imdb/ZipArchive.h"
#include "data/io/BinaryReader.h"
#include "data/io/BinaryWriter.h"
#include "data/io/MappedFile.h"
#include "data/vectors/VectorsTextParser.h"

namespace sentiment::data {

namespace {
constexpr std::uint64_t kMagic = 0x3130'5343'4556'4C53ull;  // "SLVECS01"
constexpr std::uint32_t kVersion = 2;                       // 2: CRC-32 footer

bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Which member of a zip to read.
Result<ZipArchive::Member> chooseMember(const ZipArchive& zip, const std::string& path,
                                        const VectorsOptions& o) {
    std::vector<const ZipArchive::Member*> texts;
    std::string names;
    for (const auto& m : zip.members()) {
        if (!endsWith(m.name, ".txt")) continue;
        texts.push_back(&m);
        names += (names.empty() ? "" : ", ") + m.name;
    }
    if (texts.empty()) return Error::at(path, Message::tr("the zip holds no .txt vectors file"));
    for (const auto* m : texts) {
        if (!o.member.empty() && m->name == o.member) return *m;
        // glove.6B.100d.txt, and also a cut of it such as glove.6B.100d.subset.txt.
        if (o.member.empty() && o.dimension > 0 &&
            m->name.find("." + std::to_string(o.dimension) + "d.") != std::string::npos) {
            return *m;
        }
    }
    if (!o.member.empty())
        return Error::at(
            path, Message::tr("the zip has no member '%1' (it has %2)").arg(o.member).arg(names));
    if (o.dimension > 0) {
        return Error::at(
            path,
            Message::tr("the zip has no %1d vectors (it has %2)").arg(o.dimension).arg(names));
    }
    if (texts.size() > 1)
        return Error::at(
            path,
            Message::tr("the zip holds several vectors files (%1); choose a dimension").arg(names));
    return *texts.front();
}

// The memory-mapped cache: header, words, then the rows, 64-byte aligned, then BinaryWriter's
// CRC-32 footer. nullopt: a cache of another version or key (stale); an error: damaged.
Result<std::optional<WordVectors>> readCache(const std::filesystem::path& file,
                                             const std::string& key) {
    auto mapped = MappedFile::open(file);
    if (!mapped) return std::optional<WordVectors>{};
    auto owner = std::make_shared<MappedFile>(std::move(*mapped));
    const auto all = owner->bytes();
    const auto damaged = [&] {
        return Error::at(
            file.string(),
            Message::tr("the cached word vectors are damaged; they are rebuilt from the source"));
    };
    std::size_t at = 0;
    auto take = [&](std::span<const unsigned char> b, void* dst, std::size_t n) {
        if (n > b.size() - at) return false;
        std::memcpy(dst, b.data() + at, n);
        at += n;
        return true;
    };
    std::uint64_t magic = 0;
    std::uint32_t version = 0;
    if (!take(all, &magic, 8) || magic != kMagic || !take(all, &version, 4)) return damaged();
    if (version != kVersion) return std::optional<WordVectors>{};  // written by another version
    const auto verified = BinaryReader::verifiedContent(all);
    if (!verified) return damaged();
    const auto b = *verified;
    std::uint64_t dim = 0, count = 0, lines = 0, dups = 0, header = 0, keyLen = 0, srcLen = 0,
                  blobLen = 0;
    if (!take(b, &keyLen, 8) || keyLen > b.size() - at) return damaged();
    if (std::string_view(reinterpret_cast<const char*>(b.data() + at), keyLen) != key)
        return std::optional<WordVectors>{};
    at += keyLen;
    VectorsInfo info;
    if (!take(b, &dim, 8) || !take(b, &count, 8) || !take(b, &lines, 8) || !take(b, &dups, 8) ||
        !take(b, &header, 8) || !take(b, &srcLen, 8) || srcLen > b.size() - at) {
        return damaged();
    }
    info.source.assign(reinterpret_cast<const char*>(b.data() + at), srcLen);
    at += srcLen;
    // Every size is checked against what is left before it is used, so no product can overflow.
    if (count == 0 || dim == 0 || count > b.size() / 4 || dim > b.size() / 4 ||
        !take(b, &blobLen, 8))
        return damaged();
    std::vector<std::uint32_t> starts(count + 1);
    if (!take(b, starts.data(), starts.size() * 4) || starts.back() != blobLen ||
        blobLen > b.size() - at)
        return damaged();
    const char* blob = reinterpret_cast<const char*>(b.data() + at);
    at += blobLen;
    at = (at + 63) / 64 * 64;
    if (at > b.size() || (b.size() - at) / sizeof(float) / dim != count ||
        (b.size() - at) != count * dim * sizeof(float)) {
        return damaged();
    }
    TokenInterner words;
    for (std::size_t i = 0; i < count; ++i) {
        // Both ends checked before use: a later pair out of order would be found too late.
        if (starts[i] > starts[i + 1] || starts[i + 1] > blobLen) return damaged();
        words.intern(std::string_view(blob + starts[i], starts[i + 1] - starts[i]));
    }
    if (words.size() != count) return damaged();
    info.dimension = dim;
    info.lines = lines;
    info.duplicates = dups;
    info.header = header != 0;
    info.cacheUsed = true;
    const auto* rows = reinterpret_cast<const float*>(b.data() + at);
    return std::optional<WordVectors>(
        WordVectors(std::move(words), rows, std::move(owner), std::move(info)));
}

Status writeCache(const std::filesystem::path& file, const std::string& key, const WordVectors& v) {
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    BinaryWriter w(file);
    w.pod(kMagic);
    w.pod(kVersion);
    w.string(key);
    const auto& info = v.info();
    for (std::uint64_t x :
         {std::uint64_t(info.dimension), std::uint64_t(v.size()), std::uint64_t(info.lines),
          std::uint64_t(info.duplicates), std::uint64_t(info.header)}) {
        w.pod(x);
    }
    w.string(info.source);
    std::vector<std::uint32_t> starts{0};
    std::uint64_t blobLen = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        blobLen += v.word(i).size();
        starts.push_back(static_cast<std::uint32_t>(blobLen));
    }
    w.pod(blobLen);
    for (auto s : starts) w.pod(s);
    for (std::size_t i = 0; i < v.size(); ++i) {
        const auto word = v.word(i);
        w.bytes(word.data(), word.size());
    }
    w.align(64);
    w.bytes(v.data(), v.size() * info.dimension * sizeof(float));
    return w.commit();
}
}  // namespace

VectorsLoader::VectorsLoader(std::filesystem::path cacheDirectory)
    : cacheDirectory_(std::move(cacheDirectory)) {}

Result<std::filesystem::path> VectorsLoader::cacheFileFor(const std::filesystem::path& path,
                                                          const VectorsOptions& options) const {
    auto fp = Fingerprint::of(path);
    if (!fp) return fp.error();
    const std::string salt =
        "vectors-v1|" + options.member + "|" + std::to_string(options.dimension);
    return cacheDirectory_ / ("vectors-" + fp->key(salt) + ".bin");
}

Result<WordVectors> VectorsLoader::load(const std::filesystem::path& path,
                                        const VectorsOptions& options,
                                        ProgressObserver* observer) const {
    const auto start = std::chrono::steady_clock::now();
    auto seconds = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        return Error::at(path.string(),
                         Message::tr("does not exist; choose a GloVe .txt file or glove.6B.zip"));
    }
    if (std::filesystem::is_directory(path, ec)) {
        return Error::at(path.string(),
                         Message::tr("is a folder; choose a GloVe .txt file or glove.6B.zip"));
    }
    if (observer != nullptr) observer->onPhase("vectors");
    std::filesystem::path cacheFile;
    if (options.useCache) {
        if (auto f = cacheFileFor(path, options)) {
            cacheFile = *f;
            const std::string key = cacheFile.stem().string();
            if (std::filesystem::exists(cacheFile, ec)) {
                auto cached = readCache(cacheFile, key);
                if (!cached) {
                    if (observer != nullptr) observer->onWarning(cached.error().sentence());
                } else if (*cached) {
                    (*cached)->info().seconds = seconds();
                    return std::move(**cached);
                }
            }
        }
    }
    auto file = MappedFile::open(path);
    if (!file) return file.error();
    HugeBuffer<char> inflated;
    std::string_view text;
    std::string source = path.string();
    if (ZipArchive::looksLikeZip(file->bytes())) {
        auto zip = ZipArchive::open(path.string());
        if (!zip) return zip.error();
        auto member = chooseMember(*zip, path.string(), options);
        if (!member) return member.error();
        source += ":" + member->name;
        auto content = zip->extract(*member);
        if (!content) return content.error();
        inflated = std::move(*content);
        text = std::string_view(inflated.data(), inflated.size());
    } else {
        text = std::string_view(reinterpret_cast<const char*>(file->bytes().data()), file->size());
    }
    if (observer != nullptr) observer->onProgress(0.5, 1);
    auto vectors = VectorsTextParser(options.threads).parse(text, source);
    if (!vectors) return vectors.error();
    vectors->info().seconds = seconds();
    if (!cacheFile.empty()) {
        if (auto saved = writeCache(cacheFile, cacheFile.stem().string(), *vectors);
            !saved && observer != nullptr) {
            observer->onWarning(
                Message::tr("the vectors were not cached: %1").arg(saved.error().sentence()));
        }
    }
    if (observer != nullptr) observer->onProgress(1, 1);
    return vectors;
}

bool VectorsLoader::looksLikeVectors(const std::filesystem::path& path) {
    auto name = path.filename().string();
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (name.ends_with(".zip")) return name.find("glove") != std::string::npos;
    if (!name.ends_with(".txt") && !name.ends_with(".vec")) return false;
    // The first line only, and at most 64 KiB of it: a file of one huge line is not vectors.
    std::ifstream in(path, std::ios::binary);
    std::string head(1 << 16, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    const auto lineEnd = head.find('\n');
    if (lineEnd == std::string::npos && head.size() == (1u << 16)) return false;
    const auto line = head.substr(0, lineEnd);
    if (line.empty() || line.find('\t') != std::string::npos) return false;
    std::istringstream words(line);
    std::string word;
    int numbers = 0, others = 0;
    for (bool first = true; words >> word; first = false) {
        double value = 0;
        const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), value);
        const bool number = ec == std::errc() && end == word.data() + word.size();
        if (number) {
            ++numbers;
        } else if (!first) {
            ++others;
        }
    }
    return others == 0 && numbers >= 2;
}

}  // namespace sentiment::data
