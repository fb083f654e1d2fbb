// The tokenized-dataset cache's reader on any content. The input is the file without its
// CRC-32 footer, which the target appends, so the fuzzer reaches the parser behind the checksum
// (raw corruption, which the checksum catches, is a test in tests/core). No crash; a corpus
// that loads is consistent (every span inside the texts, every id inside the dictionary).

#include "data/dataset/CorpusCache.h"
#include "data/io/BinaryReader.h"
#include "data/io/Crc32.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace sentiment;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const data::CorpusCache cache(fuzz::scratch() / "cache");
    const auto source = fuzz::cacheSource();
    const auto file = cache.fileFor(source, {});
    std::filesystem::create_directories(file.parent_path());
    fuzz::writeFile(file, fuzz::withFooter({data, size}));
    auto loaded = cache.load(source, {});
    if (!loaded || !*loaded) return 0;
    const auto& corpus = **loaded;
    fuzz::require(corpus.reviewTokens.size() == corpus.reviews.size(), "a token list per review");
    std::uint64_t sum = 0;
    for (std::size_t i = 0; i < corpus.reviews.size(); ++i) {
        const auto& span = corpus.textSpans[i];
        fuzz::require(span.offset + span.size <= corpus.texts.size(),
                      "a review's text lies outside the texts");
        for (const auto c : corpus.texts.subspan(span.offset, span.size))
            sum += static_cast<unsigned char>(c);
        for (const auto id : corpus.reviewTokens[i]) {
            fuzz::require(id < corpus.dictionary.size(), "a token id outside the dictionary");
            sum += corpus.dictionary[id].size();
        }
    }
    return sum == 0xFFFFFFFFFFFFFFFFull ? 1 : 0;  // keeps the reads
}
