#include "data/dataset/LengthLimit.h"

#include <string>

namespace sentiment::data {

std::string_view toString(Truncation t) {
    switch (t) {
        case Truncation::Head:
            return "head";
        case Truncation::Tail:
            return "tail";
        case Truncation::HeadTail:
            break;
    }
    return "head+tail";
}

Result<Truncation> parseTruncation(std::string_view s) {
    if (s == "head") return Truncation::Head;
    if (s == "tail") return Truncation::Tail;
    if (s == "head+tail") return Truncation::HeadTail;
    return Error::at(
        {}, Message::tr("unknown truncation '%1' (head, tail or head+tail)").arg(std::string(s)));
}

}  // namespace sentiment::data
