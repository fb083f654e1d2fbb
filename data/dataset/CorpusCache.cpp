#include "data/dataset/CorpusCache.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <thread>

#include "data/io/BinaryReader.h"
#include "data/io/BinaryWriter.h"

namespace sentiment::data {

namespace {
constexpr std::uint64_t kMagic = 0x3130'5350'524F'434Cull;  // "LCORPS01"
// 4: warnings as message templates and arguments; 5: CRC-32 footer; 6: the class names.
constexpr std::uint32_t kVersion = 6;
constexpr std::uint64_t kTrailer = 0x444E'4543'4143'4C53ull;

// True when every id is below `limit` (at most 2^31). Four ids per step with the compilers'
// vector extension: signed compare, shift and or exist on every x86-64 (and on ARM), so this
// runs at memory speed where a plain loop (unsigned max) stays scalar.
bool allBelow(std::span<const std::uint32_t> ids, std::uint32_t limit) {
    using Lanes = std::int32_t __attribute__((vector_size(16)));
    const auto last = static_cast<std::int32_t>(limit) - 1;
    const Lanes lastLanes = {last, last, last, last};
    Lanes bad = {0, 0, 0, 0};
    std::size_t i = 0;
    for (; i + 4 <= ids.size(); i += 4) {
        Lanes x;
        std::memcpy(&x, ids.data() + i, sizeof x);
        bad |= (x > lastLanes) | (x < 0);  // -1 in the lanes out of range
    }
    std::int32_t any = bad[0] | bad[1] | bad[2] | bad[3];
    for (; i < ids.size(); ++i) any |= ids[i] >= limit ? 1 : 0;
    return any == 0;
}

// A warning as its template and arguments (a nested message is kept as its English text).
void writeMessage(BinaryWriter& w, const Message& m) {
    w.string(m.format());
    w.pod<std::uint64_t>(m.args().size());
    for (const auto& a : m.args()) {
        const auto kind = a.kind == Message::Kind::Nested ? Message::Kind::Text : a.kind;
        w.pod(static_cast<std::uint8_t>(kind));
        if (kind == Message::Kind::Text) {
            w.string(a.kind == Message::Kind::Nested && a.nested ? a.nested->english() : a.text);
        } else {
            w.pod(a.number);
        }
    }
}

Message readMessage(BinaryReader& in) {
    const auto format = in.string();
    auto m = Message::stored(format);
    const auto n = in.pod<std::uint64_t>();
    for (std::uint64_t i = 0; i < n && i < 9 && !in.failed(); ++i) {
        const auto kind = static_cast<Message::Kind>(in.pod<std::uint8_t>());
        if (kind == Message::Kind::Text) {
            m.arg(in.string());
        } else if (kind == Message::Kind::Bytes) {
            m.bytes(static_cast<std::uint64_t>(in.pod<std::int64_t>()));
        } else {
            m.arg(in.pod<std::int64_t>());
        }
    }
    return m;
}

// True when `file` starts like a cache of an earlier version (which had no CRC-32 footer).
bool olderVersion(const std::filesystem::path& file) {
    auto mapped = MappedFile::open(file);
    if (!mapped || mapped->size() < 12) return false;
    std::uint64_t magic = 0;
    std::uint32_t version = 0;
    std::memcpy(&magic, mapped->bytes().data(), 8);
    std::memcpy(&version, mapped->bytes().data() + 8, 4);
    return magic == kMagic && version < kVersion;
}

std::string salt(const TokenizerOptions& tokenizer) {
    return "corpus-v1-" + describe(tokenizer);
}
}  // namespace

std::filesystem::path CorpusCache::fileFor(const Fingerprint& source,
                                           const TokenizerOptions& tokenizer) const {
    return directory_ / ("corpus-" + source.key(salt(tokenizer)) + ".bin");
}

Status CorpusCache::save(const Fingerprint& source, const Corpus& corpus) const {
    std::error_code ec;
    std::filesystem::create_directories(directory_, ec);
    if (ec)
        return Error::at(directory_.string(),
                         Message::tr("cannot create the cache folder: %1").arg(ec.message()));
    BinaryWriter w(fileFor(source, corpus.tokenizer));
    w.pod(kMagic);
    w.pod(kVersion);
    w.string(salt(corpus.tokenizer));
    w.string(source.key(salt(corpus.tokenizer)));
    const auto& r = corpus.report;
    w.string(r.source);
    for (auto v : {r.emptyReviews, r.invalidUtf8Reviews, r.truncatedReviews, r.duplicateReviews,
                   r.ignoredEntries}) {
        w.pod<std::uint64_t>(v);
    }
    w.pod<std::uint64_t>(r.warnings.size());
    for (const auto& m : r.warnings) writeMessage(w, m);
    w.pod<std::uint64_t>(r.classes.size());
    for (const auto& c : r.classes) w.string(c);
    w.array(corpus.reviews);
    w.array(corpus.textSpans);
    std::vector<std::uint64_t> tokenStarts{0};
    for (const auto& t : corpus.reviewTokens) tokenStarts.push_back(tokenStarts.back() + t.size());
    w.array(tokenStarts);
    std::string words;
    std::vector<std::uint64_t> wordStarts{0};
    for (const auto word : corpus.dictionary) {
        words += word;
        wordStarts.push_back(words.size());
    }
    w.array(wordStarts);
    w.array(std::span<const char>(words.data(), words.size()));
    // The big arrays last, aligned, so that loading maps them instead of copying.
    w.array(corpus.texts);
    w.align(8);
    w.pod<std::uint64_t>(tokenStarts.back());  // the layout of array(): a count, then the values
    for (const auto& t : corpus.reviewTokens) w.bytes(t.data(), t.size_bytes());
    w.pod(kTrailer);
    return w.commit();
}

Result<std::optional<Corpus>> CorpusCache::load(const Fingerprint& source,
                                                const TokenizerOptions& tokenizer) const {
    const auto file = fileFor(source, tokenizer);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return std::optional<Corpus>{};
    BinaryReader in(file);
    const auto damaged = [&] {
        return Error::at(
            file.string(),
            Message::tr("the cached tokenized dataset is damaged; it is rebuilt from the source"));
    };
    if (in.damaged()) {
        // A file of an older version has no footer: it is stale, not damaged.
        if (olderVersion(file)) return std::optional<Corpus>{};
        return damaged();
    }
    if (in.failed()) return std::optional<Corpus>{};  // unreadable: gone, or not ours to judge
    if (in.pod<std::uint64_t>() != kMagic || in.pod<std::uint32_t>() != kVersion)
        return std::optional<Corpus>{};
    if (in.string() != salt(tokenizer) || in.string() != source.key(salt(tokenizer)))
        return std::optional<Corpus>{};
    Corpus c;
    c.tokenizer = tokenizer;
    auto& r = c.report;
    r.source = in.string();
    for (auto* v : {&r.emptyReviews, &r.invalidUtf8Reviews, &r.truncatedReviews,
                    &r.duplicateReviews, &r.ignoredEntries}) {
        *v = in.pod<std::uint64_t>();
    }
    const auto warnings = in.pod<std::uint64_t>();
    for (std::uint64_t i = 0; i < warnings && !in.failed() && i < 1000; ++i)
        r.warnings.push_back(readMessage(in));
    const auto classes = in.pod<std::uint64_t>();
    if (classes < 2 || classes > kMaxClasses) return damaged();
    r.classes.clear();
    for (std::uint64_t i = 0; i < classes && !in.failed(); ++i) r.classes.push_back(in.string());
    in.array(c.reviews);
    in.array(c.textSpans);
    std::vector<std::uint64_t> tokenStarts;
    in.array(tokenStarts);
    std::vector<std::uint64_t> wordStarts;
    in.array(wordStarts);
    const auto words = in.view<char>();
    c.texts = in.view<char>();
    in.align(8);
    const auto tokens = in.view<std::uint32_t>(/*populate=*/true);
    if (in.failed() || in.pod<std::uint64_t>() != kTrailer) return damaged();
    // Consistency: offsets in range and monotone, token ids inside the dictionary.
    const std::size_t n = c.reviews.size();
    if (c.textSpans.size() != n || tokenStarts.size() != n + 1 || wordStarts.empty() ||
        tokenStarts.front() != 0 || tokenStarts.back() != tokens.size() ||
        wordStarts.front() != 0 || wordStarts.back() != words.size()) {
        return damaged();
    }
    for (std::size_t i = 0; i < n; ++i) {
        const auto& span = c.textSpans[i];
        if (tokenStarts[i] > tokenStarts[i + 1] || span.offset > c.texts.size() ||
            span.size > c.texts.size() - span.offset ||
            static_cast<std::size_t>(c.reviews[i].label) >= r.classes.size()) {
            return damaged();
        }
    }
    c.dictionary.reserve(wordStarts.size() - 1);
    const std::string_view all(words.data(), words.size());
    for (std::size_t i = 0; i + 1 < wordStarts.size(); ++i) {
        // Both ends checked before use: a later pair out of order would be found too late.
        if (wordStarts[i] > wordStarts[i + 1] || wordStarts[i + 1] > all.size()) return damaged();
        c.dictionary.push_back(all.substr(wordStarts[i], wordStarts[i + 1] - wordStarts[i]));
    }
    // Every id inside the dictionary; the second half checked on another core.
    if (c.dictionary.size() > INT32_MAX) return damaged();
    const auto limit = static_cast<std::uint32_t>(c.dictionary.size());
    const std::size_t half = tokens.size() / 2;
    bool secondHalfOk = true;
    {
        std::jthread other([&] { secondHalfOk = allBelow(tokens.subspan(half), limit); });
        if (!allBelow(tokens.first(half), limit)) return damaged();
    }
    if (!secondHalfOk) return damaged();
    c.reviewTokens.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        c.reviewTokens.push_back(
            tokens.subspan(tokenStarts[i], tokenStarts[i + 1] - tokenStarts[i]));
    c.storage = in.mapping();
    return std::optional<Corpus>(std::move(c));
}

}  // namespace sentiment::data
