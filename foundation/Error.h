#pragma once

#include <string>
#include <utility>

#include "foundation/Message.h"

namespace sentiment {

/// What kind of failure an Error is, for the code that acts on it: code decides on the kind,
/// never on the message, which is for people (and translated).
enum class ErrorKind {
    Other,
    NonFiniteLoss,  ///< training stopped: the loss became NaN or infinite
    NewerSchema,    ///< the file was written by a newer Sentiment Lab
    NotAStore,      ///< the file is not a run store (not SQLite, or another program's database)
    Damaged,        ///< the file is corrupt
    Truncated,      ///< the file ends early (a cut download)
    NotFound,       ///< the file does not exist
    OlderSchema,    ///< the file needs a migration that reading may not do
};

/// An expected failure (bad file, bad line, bad option), described for a student to act on.
struct Error {
    std::string
        message;       ///< full English sentence, naming the file (and line) and what was expected
    std::string file;  ///< the file concerned, if any
    long line = 0;     ///< 1-based line number, 0 when not applicable
    Message what;  ///< what went wrong, without the file, for translation (empty: only `message`)
    ErrorKind kind = ErrorKind::Other;

    /// Builds an error about `file` (and optionally one of its lines).
    static Error at(std::string file, Message what, long line = 0);
    /// This error, of `kind`.
    Error as(ErrorKind k) && {
        kind = k;
        return std::move(*this);
    }
    /// The whole sentence as a translatable message: "FILE, line N: WHAT".
    Message sentence() const;
};

}  // namespace sentiment
