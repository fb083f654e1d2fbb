#include "foundation/Error.h"

namespace sentiment {

Error Error::at(std::string file, Message what, long line) {
    Error e{{}, std::move(file), line, std::move(what)};
    e.message = e.sentence().english();
    return e;
}

Message Error::sentence() const {
    if (what.empty()) return Message::verbatim(message);
    if (file.empty()) return what;
    if (line > 0) return Message::tr("%1, line %2: %3").arg(file).arg(line).arg(what);
    return Message::tr("%1: %2").arg(file).arg(what);
}

}  // namespace sentiment
