// The class-folders reader (a folder with one sub-folder per class, optionally under train/ and
// test/) on any tree the bytes describe: entries "path\x1Fcontent" separated by \x1E, written into
// a scratch folder (paths kept inside it). No crash, the fingerprint and the IMDb test never
// crash, and what the reader accepts is consistent: two classes or more, each review's class and
// split in range, no more reviews than files, valid UTF-8 texts that are not empty.

#include <string>

#include "data/dataset/Fingerprint.h"
#include "data/table/ClassFolders.h"
#include "data/table/TableReader.h"
#include "data/text/Utf8.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace sentiment;
namespace fs = std::filesystem;

namespace {

// A path component the fuzzer chose, made safe: no separators, no "." or "..", not empty.
std::string component(std::string_view raw) {
    std::string out;
    for (const char c : raw.substr(0, 40))
        if (c != '/' && c != '\0') out += c;
    if (out.empty() || out == "." || out == "..") out = "_" + out;
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto input = fuzz::text(data, size);
    const auto root = fuzz::scratch() / "tree";
    std::error_code ec;
    fs::remove_all(root, ec);
    fs::create_directories(root);
    std::size_t files = 0;
    std::size_t at = 0;
    while (at < input.size() && files < 64) {
        auto end = input.find('\x1E', at);
        if (end == std::string_view::npos) end = input.size();
        const auto entry = input.substr(at, end - at);
        at = end + 1;
        const auto split = entry.find('\x1F');
        if (split == std::string_view::npos) continue;
        fs::path path = root;
        std::string_view name = entry.substr(0, split);
        for (int depth = 0; depth < 4 && !name.empty(); ++depth) {
            const auto slash = name.find('/');
            path /= component(name.substr(0, slash));
            name = slash == std::string_view::npos ? std::string_view{} : name.substr(slash + 1);
        }
        fs::create_directories(path.parent_path(), ec);
        if (ec || fs::is_directory(path, ec)) continue;
        const auto content = entry.substr(split + 1);
        fuzz::writeFile(path,
                        {reinterpret_cast<const std::uint8_t*>(content.data()), content.size()});
        ++files;
    }
    (void)data::ClassFolders::isImdb(root);
    (void)data::Fingerprint::of(root);
    for (const char* map : {"", "a=x,b=y,1-5=low,6-10=high"}) {
        data::TableOptions options;
        options.testFraction = 0.5;
        options.labelMap = map;
        auto read = data::TableReader(options, 1 << 12).read(root);
        if (!read) continue;
        const auto classes = read->report.classes.size();
        fuzz::require(classes >= 2 && classes <= data::kMaxClasses, "the classes are out of range");
        fuzz::require(read->reviews.size() <= files, "more reviews than files");
        for (const auto& r : read->reviews) {
            fuzz::require(r.info.split == data::Split::Train || r.info.split == data::Split::Test,
                          "a review has no split");
            fuzz::require(static_cast<std::size_t>(r.info.label) < classes,
                          "a review has no class");
            fuzz::require(!r.text.empty(), "an accepted review is empty");
            fuzz::require(data::utf8::countInvalid(r.text) == 0, "an accepted text is not UTF-8");
        }
    }
    return 0;
}
