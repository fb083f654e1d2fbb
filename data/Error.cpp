#include "data/Error.h"

namespace sentiment::data {

Error Error::at(std::string file, std::string what, long line) {
    std::string message = file;
    if (line > 0) message += ", line " + std::to_string(line);
    if (!message.empty()) message += ": ";
    message += what;
    return Error{std::move(message), std::move(file), line};
}

}  // namespace sentiment::data
