#include "data/CorpusCache.h"

#include "data/BinaryReader.h"
#include "data/BinaryWriter.h"

namespace sentiment::data {

namespace {
constexpr std::uint64_t kMagic = 0x3130'5350'524F'434Cull;  // "LCORPS01"
constexpr std::uint32_t kVersion = 1;
constexpr std::uint64_t kTrailer = 0x444E'4543'4143'4C53ull;

std::string salt(const TokenizerOptions& tokenizer) { return "corpus-v1-" + describe(tokenizer); }
}  // namespace

std::filesystem::path CorpusCache::fileFor(const Fingerprint& source, const TokenizerOptions& tokenizer) const {
    return directory_ / ("corpus-" + source.key(salt(tokenizer)) + ".bin");
}

Status CorpusCache::save(const Fingerprint& source, const Corpus& corpus) const {
    std::error_code ec;
    std::filesystem::create_directories(directory_, ec);
    if (ec) return Error::at(directory_.string(), "cannot create the cache folder: " + ec.message());
    BinaryWriter w(fileFor(source, corpus.tokenizer));
    w.pod(kMagic);
    w.pod(kVersion);
    w.string(salt(corpus.tokenizer));
    w.string(source.key(salt(corpus.tokenizer)));
    const auto& r = corpus.report;
    w.string(r.source);
    for (auto v : {r.emptyReviews, r.invalidUtf8Reviews, r.truncatedReviews, r.duplicateReviews, r.ignoredEntries}) {
        w.pod<std::uint64_t>(v);
    }
    w.pod<std::uint64_t>(r.warnings.size());
    for (const auto& s : r.warnings) w.string(s);
    w.array(corpus.reviews);
    w.array(std::span<const char>(corpus.texts.data(), corpus.texts.size()));
    w.array(corpus.textStarts);
    w.array(std::span<const std::uint32_t>(corpus.tokens.data(), corpus.tokens.size()));
    w.array(corpus.tokenStarts);
    std::string blob;
    std::vector<std::uint32_t> starts{0};
    for (const auto& word : corpus.dictionary) {
        blob += word;
        starts.push_back(static_cast<std::uint32_t>(blob.size()));
    }
    w.array(starts);
    w.array(std::span<const char>(blob.data(), blob.size()));
    w.pod(kTrailer);
    return w.commit();
}

std::optional<Corpus> CorpusCache::load(const Fingerprint& source, const TokenizerOptions& tokenizer) const {
    BinaryReader in(fileFor(source, tokenizer));
    if (in.failed() || in.pod<std::uint64_t>() != kMagic || in.pod<std::uint32_t>() != kVersion) return std::nullopt;
    if (in.string() != salt(tokenizer) || in.string() != source.key(salt(tokenizer))) return std::nullopt;
    Corpus c;
    c.tokenizer = tokenizer;
    auto& r = c.report;
    r.source = in.string();
    for (auto* v : {&r.emptyReviews, &r.invalidUtf8Reviews, &r.truncatedReviews, &r.duplicateReviews, &r.ignoredEntries}) {
        *v = in.pod<std::uint64_t>();
    }
    const auto warnings = in.pod<std::uint64_t>();
    for (std::uint64_t i = 0; i < warnings && !in.failed() && i < 1000; ++i) r.warnings.push_back(in.string());
    in.array(c.reviews);
    in.array(c.texts);
    in.array(c.textStarts);
    in.array(c.tokens);
    in.array(c.tokenStarts);
    std::vector<std::uint32_t> starts;
    in.array(starts);
    const std::string blob = in.string();
    if (in.failed() || in.pod<std::uint64_t>() != kTrailer) return std::nullopt;
    // Consistency: offsets in range and monotone, token ids inside the dictionary.
    const std::size_t n = c.reviews.size();
    if (c.textStarts.size() != n + 1 || c.tokenStarts.size() != n + 1 || starts.empty() ||
        c.textStarts.back() != c.texts.size() || c.tokenStarts.back() != c.tokens.size() ||
        starts.back() != blob.size()) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (c.textStarts[i] > c.textStarts[i + 1] || c.tokenStarts[i] > c.tokenStarts[i + 1]) return std::nullopt;
    }
    c.dictionary.reserve(starts.size() - 1);
    for (std::size_t i = 0; i + 1 < starts.size(); ++i) {
        if (starts[i] > starts[i + 1]) return std::nullopt;
        c.dictionary.emplace_back(blob.data() + starts[i], starts[i + 1] - starts[i]);
    }
    std::uint32_t maxId = 0;
    for (const auto id : c.tokens) maxId = std::max(maxId, id);
    if (!c.tokens.empty() && maxId >= c.dictionary.size()) return std::nullopt;
    return c;
}

}  // namespace sentiment::data
