// Any bytes as the run store's database file: opened to read (which must change nothing), every
// run listed and read in detail, then opened to write (which sets an unusable file aside and
// starts a new store). No crash, no hang; the read-only open leaves the bytes as they were.

#include "storage/RunStore.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace sentiment;

namespace {
std::vector<char> contents(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto dir = fuzz::scratch() / "store";
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    std::filesystem::create_directories(dir);
    const auto file = dir / "runs.sqlite";
    fuzz::writeFile(file, {data, size});
    if (auto store = storage::RunStore::openForReading(file, 0)) {
        if (auto runs = store->list()) {
            for (const auto& run : *runs) {
                (void)store->details(run.id);
                (void)store->testPredictions(run.id);
            }
        }
        (void)store->groups();
        (void)store->queue();
    }
    const auto after = contents(file);
    fuzz::require(after.size() == size &&
                      std::equal(after.begin(), after.end(), reinterpret_cast<const char*>(data)),
                  "opening the store to read changed the file");
    storage::RunStore::OpenOptions options;
    options.busyTimeoutMs = 0;
    if (auto store = storage::RunStore::open(file, options)) (void)store->list();
    return 0;
}
