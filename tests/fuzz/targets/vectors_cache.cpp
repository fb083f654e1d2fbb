// The word-vectors cache's reader on any content after its key (the target writes the magic,
// version and the key of its source, then the input, then a valid CRC-32 footer), loaded the way
// the app loads GloVe. No crash; when the cache is not used, the numbers are the source's.

#include "data/io/BinaryReader.h"
#include "data/io/Crc32.h"
#include "data/vectors/VectorsLoader.h"
#include "data/vectors/VectorsTextParser.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace sentiment;

namespace {
constexpr std::string_view kSource = "the 0.5 -1 2\nmovie 1e-3 4 -0.25\ngood 0 0 1\n";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto source = fuzz::scratch() / "vectors.txt";
    static const bool written = [&] {
        fuzz::writeFile(source,
                        {reinterpret_cast<const std::uint8_t*>(kSource.data()), kSource.size()});
        return true;
    }();
    (void)written;
    const data::VectorsLoader loader(fuzz::scratch() / "cache");
    const auto cacheFile = loader.cacheFileFor(source, {});
    fuzz::require(cacheFile.ok(), "no cache file for the source");
    std::filesystem::create_directories(cacheFile->parent_path());
    fuzz::writeFile(
        *cacheFile,
        fuzz::withFooter(fuzz::vectorsCacheHeader(cacheFile->stem().string()), {data, size}));
    data::VectorsOptions options;
    options.threads = 1;
    const auto loaded = loader.load(source, options);
    fuzz::require(loaded.ok(), "the source no longer loads");
    if (loaded->info().cacheUsed) {
        for (std::size_t i = 0; i < loaded->size(); ++i) {
            float sum = 0;
            for (const auto v : loaded->vector(i)) sum += v;
            (void)loaded->word(i).size();
            if (sum == 1234.5f) return 1;  // keeps the reads
        }
        return 0;
    }
    const auto expected = data::VectorsTextParser(1).parse(kSource, "vectors.txt");
    fuzz::require(
        loaded->size() == expected->size() && loaded->dimension() == expected->dimension(),
        "a rebuilt cache gives other vectors than the source");
    for (std::size_t i = 0; i < loaded->size(); ++i) {
        fuzz::require(loaded->word(i) == expected->word(i),
                      "a rebuilt cache gives other words than the source");
        for (std::size_t d = 0; d < loaded->dimension(); ++d) {
            fuzz::require(loaded->vector(i)[d] == expected->vector(i)[d],
                          "a rebuilt cache gives other numbers");
        }
    }
    return 0;
}
