// The labelled-table reader (CSV, TSV, JSON Lines) on any bytes: no crash; the delimited
// parser gives the same records whole and one byte at a time; what the reader accepts is
// consistent (valid UTF-8 texts, every class in training, a test split, every review's split and
// class in range), and the preview never crashes either.

#include <vector>

#include "data/table/DelimitedParser.h"
#include "data/table/TableReader.h"
#include "data/text/Utf8.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace sentiment;

namespace {

std::vector<std::vector<std::string>> records(std::string_view input, char delimiter,
                                              data::Quoting quoting, bool byteByByte, bool* ok) {
    std::vector<std::vector<std::string>> out;
    data::DelimitedParser parser(delimiter, quoting, 1 << 16);
    const data::DelimitedParser::Sink sink = [&](const std::vector<std::string>& f,
                                                 std::uint64_t) -> Status {
        out.push_back(f);
        return Done{};
    };
    Status status = Done{};
    if (byteByByte) {
        for (std::size_t i = 0; i < input.size() && status; ++i)
            status = parser.feed(input.substr(i, 1), sink);
    } else {
        status = parser.feed(input, sink);
    }
    if (status) status = parser.finish(sink);
    *ok = status.ok();
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto input = fuzz::text(data, size);
    for (const auto quoting : {data::Quoting::None, data::Quoting::Double}) {
        bool wholeOk = false, byteOk = false;
        const auto whole = records(input, ',', quoting, false, &wholeOk);
        const auto bytes = records(input, ',', quoting, true, &byteOk);
        fuzz::require(wholeOk == byteOk, "whole and byte-by-byte parsing disagree on accepting");
        fuzz::require(whole == bytes, "whole and byte-by-byte parsing give other records");
    }
    // The reader, by each name a student's file could have.
    for (const char* name : {"fuzz.csv", "fuzz.tsv", "fuzz.jsonl"}) {
        const auto path = fuzz::scratch() / name;
        fuzz::writeFile(path, {data, size});
        data::TableOptions options;
        options.testFraction = 0.5;
        const data::TableReader reader(options, 1 << 12);
        (void)reader.preview(path, 5);
        auto read = reader.read(path);
        if (!read) continue;
        const auto classes = read->report.classes.size();
        fuzz::require(classes >= 2 && classes <= data::kMaxClasses, "the classes are out of range");
        std::vector<bool> trained(classes, false);
        bool tested = false;
        for (const auto& r : read->reviews) {
            fuzz::require(r.info.split == data::Split::Train || r.info.split == data::Split::Test,
                          "a review has no split");
            const auto c = static_cast<std::size_t>(r.info.label);
            fuzz::require(c < classes, "a review has no class");
            fuzz::require(!r.text.empty(), "an accepted review is empty");
            fuzz::require(data::utf8::countInvalid(r.text) == 0, "an accepted text is not UTF-8");
            if (r.info.split == data::Split::Train) trained[c] = true;
            tested = tested || r.info.split == data::Split::Test;
        }
        for (std::size_t c = 0; c < classes; ++c)
            fuzz::require(trained[c], "a class has no training review");
        fuzz::require(tested, "no review is left for the test");
    }
    return 0;
}
