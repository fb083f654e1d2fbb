#pragma once

#include <string>

#include "data/Message.h"

namespace sentiment::data {

/// An expected failure (bad file, bad line, bad option), described for a student to act on.
struct Error {
    std::string message;  ///< full English sentence, naming the file (and line) and what was expected
    std::string file;     ///< the file concerned, if any
    long line = 0;        ///< 1-based line number, 0 when not applicable
    Message what;         ///< what went wrong, without the file, for translation (empty: only `message`)

    /// Builds an error about `file` (and optionally one of its lines).
    static Error at(std::string file, Message what, long line = 0);
    /// The whole sentence as a translatable message: "FILE, line N: WHAT".
    Message sentence() const;
};

}  // namespace sentiment::data
