// The GloVe text parser on any bytes (one thread and two, which must agree): no crash, and what
// it accepts is consistent: every row has the dimension, every value is finite.

#include <cmath>

#include "data/vectors/VectorsTextParser.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace sentiment;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto input = fuzz::text(data, size);
    auto one = data::VectorsTextParser(1).parse(input, "fuzz.txt");
    auto two = data::VectorsTextParser(2).parse(input, "fuzz.txt");
    fuzz::require(one.ok() == two.ok(), "one thread and two disagree on accepting the file");
    if (!one) return 0;
    fuzz::require(one->size() == two->size(), "one thread and two read different numbers of words");
    fuzz::require(one->dimension() > 0, "accepted vectors have no dimension");
    for (std::size_t i = 0; i < one->size(); ++i) {
        fuzz::require(one->word(i) == two->word(i), "one thread and two read different words");
        const auto row = one->vector(i);
        fuzz::require(row.size() == one->dimension(), "a row has the wrong dimension");
        for (std::size_t d = 0; d < row.size(); ++d) {
            fuzz::require(std::isfinite(row[d]), "an accepted value is not finite");
            fuzz::require(row[d] == two->vector(i)[d], "one thread and two read different values");
        }
    }
    return 0;
}
