// Any bytes as the IMDb archive, loaded exactly as the app loads a file the user chose
// (DatasetLoader: sniffing, gzip through ISA-L, tar through libarchive, tokenizing, the
// vocabulary and the split), without the cache. No crash, no leak; what loads is consistent.

#include "data/dataset/DatasetLoader.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace sentiment;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto file = fuzz::scratch() / "aclImdb_v1.tar.gz";
    fuzz::writeFile(file, {data, size});
    data::DatasetOptions options;
    options.useCache = false;
    options.threads = 2;
    const auto loaded = data::DatasetLoader(fuzz::scratch() / "cache").load(file, options);
    if (!loaded) {
        fuzz::require(!loaded.error().sentence().english().empty(), "an error without a message");
        return 0;
    }
    fuzz::require(loaded->vocab.size() >= 2, "a loaded dataset without <unk> and <pad>");
    return 0;
}
