// Any bytes as a zip (glove.6B.zip): the zip reader (central directory, every member extracted
// and its CRC-32 checked) and the streaming check a download runs, which must give the same
// verdict whether the bytes arrive at once or in small pieces.

#include <algorithm>

#include "data/imdb/ZipArchive.h"
#include "downloads/ZipStreamCheck.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace sentiment;

namespace {
struct Verdict {
    bool ok = false;
    std::size_t members = 0;
};

Verdict streamCheck(std::span<const std::uint8_t> bytes, std::size_t piece) {
    downloads::ZipStreamCheck check("fuzz.zip");
    bool ok = true;
    for (std::size_t at = 0; at < bytes.size() && ok; at += piece) {
        ok = check.feed(bytes.subspan(at, std::min(piece, bytes.size() - at))).ok();
    }
    return {ok && check.finish().ok(), check.membersChecked()};
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> bytes(data, size);
    if (auto zip = data::ZipArchive::fromBytes(bytes, "fuzz.zip")) {
        for (const auto& member : zip->members()) (void)zip->extract(member);
    }
    const auto whole = streamCheck(bytes, std::max<std::size_t>(size, 1));
    const auto pieces = streamCheck(bytes, 1 + (size > 0 ? data[0] % 7 : 0));
    fuzz::require(whole.ok == pieces.ok, "the streaming zip check depends on how the bytes arrive");
    if (whole.ok)
        fuzz::require(whole.members == pieces.members,
                      "the streaming check counts members differently");
    return 0;
}
