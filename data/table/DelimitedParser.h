#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "foundation/Message.h"
#include "foundation/Result.h"

namespace sentiment::data {

/// How a delimited file quotes its fields.
enum class Quoting : std::uint8_t {
    None,    ///< TSV's rule: no field holds the delimiter or a line break; quotes are text
    Double,  ///< RFC 4180 (CSV): a field that starts with " runs to the next lone ", "" is one "
};

/// Splits delimited text (CSV, TSV) into records as its bytes arrive, in chunks of any size, so
/// a file of any length is read in constant memory beside the longest record. A record ends at
/// a line break outside quotes (\n or \r\n); an empty line is no record. A problem is a Message
/// with its 1-based line; the caller names the file.
class DelimitedParser {
public:
    /// One record's fields and the line it starts on. Return an error to stop the parse.
    using Sink = std::function<Status(const std::vector<std::string>& fields, std::uint64_t line)>;

    DelimitedParser(char delimiter, Quoting quoting, std::size_t maxFieldBytes = 1 << 20);

    /// Parses `bytes`, handing each complete record to `sink`.
    Status feed(std::string_view bytes, const Sink& sink);
    /// The end of the input: the last record (without a line break) goes to `sink`; a quote left
    /// open is an error at the line it opened on.
    Status finish(const Sink& sink);

    /// The line the parser has reached (1-based).
    std::uint64_t line() const { return line_; }

private:
    Status endField();
    Status endRecord(const Sink& sink);
    Status append(char c);

    char delimiter_;
    Quoting quoting_;
    std::size_t maxFieldBytes_;
    std::vector<std::string> fields_;
    std::string field_;
    bool fieldStarted_ = false;  // a byte or a quote has been seen in this field
    bool inQuotes_ = false;
    bool quoteSeen_ = false;  // in quotes, the previous byte was a quote (an end or half of "")
    bool pendingCr_ = false;  // a \r outside quotes, kept until we know whether \n follows
    std::uint64_t line_ = 1;
    std::uint64_t recordLine_ = 1;
};

}  // namespace sentiment::data
