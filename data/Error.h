#pragma once

#include <string>

namespace sentiment::data {

/// An expected failure (bad file, bad line, bad option), described for a student to act on.
struct Error {
    std::string message;  ///< full sentence, naming the file (and line) and what was expected
    std::string file;     ///< the file concerned, if any
    long line = 0;        ///< 1-based line number, 0 when not applicable

    /// Builds an error about `file` (and optionally one of its lines).
    static Error at(std::string file, std::string what, long line = 0);
};

}  // namespace sentiment::data
