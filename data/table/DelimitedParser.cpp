#include "data/table/DelimitedParser.h"

namespace sentiment::data {

namespace {

Error lineError(std::uint64_t line, Message what) {
    return Error::at({}, std::move(what), static_cast<long>(line));
}

}  // namespace

DelimitedParser::DelimitedParser(char delimiter, Quoting quoting, std::size_t maxFieldBytes)
    : delimiter_(delimiter), quoting_(quoting), maxFieldBytes_(maxFieldBytes) {}

Status DelimitedParser::append(char c) {
    if (field_.size() >= maxFieldBytes_) {
        return lineError(recordLine_,
                         Message::tr("a field is longer than %1 MiB (is this a text file?)")
                             .arg(static_cast<std::uint64_t>(maxFieldBytes_ >> 20)));
    }
    field_.push_back(c);
    fieldStarted_ = true;
    return Done{};
}

Status DelimitedParser::endField() {
    fields_.push_back(std::move(field_));
    field_.clear();
    fieldStarted_ = false;
    quoteSeen_ = false;
    return Done{};
}

Status DelimitedParser::endRecord(const Sink& sink) {
    // A line with nothing on it is no record; a line of delimiters is one of empty fields.
    const bool empty = fields_.empty() && !fieldStarted_ && field_.empty();
    Status ok = Done{};
    if (!empty) {
        (void)endField();
        ok = sink(fields_, recordLine_);
    }
    fields_.clear();
    recordLine_ = line_;
    return ok;
}

Status DelimitedParser::feed(std::string_view bytes, const Sink& sink) {
    for (const char c : bytes) {
        if (pendingCr_) {
            // A \r alone ends nothing: it was text. \r\n ends the record below.
            pendingCr_ = false;
            if (c != '\n') {
                if (auto ok = append('\r'); !ok) return ok;
            }
        }
        if (inQuotes_) {
            if (quoteSeen_) {
                quoteSeen_ = false;
                if (c == '"') {  // "" inside quotes: one quote
                    if (auto ok = append('"'); !ok) return ok;
                    continue;
                }
                inQuotes_ = false;  // that quote closed the field; this byte is read below
            } else {
                if (c == '"') {
                    quoteSeen_ = true;
                    continue;
                }
                if (c == '\n') ++line_;
                if (auto ok = append(c); !ok) return ok;
                continue;
            }
        }
        if (c == delimiter_) {
            (void)endField();
        } else if (c == '\n') {
            ++line_;
            if (auto ok = endRecord(sink); !ok) return ok;
        } else if (c == '\r') {
            pendingCr_ = true;
        } else if (c == '"' && quoting_ == Quoting::Double && !fieldStarted_) {
            inQuotes_ = true;
            fieldStarted_ = true;
        } else {
            // Text after a closing quote is kept, as most CSV readers do.
            if (auto ok = append(c); !ok) return ok;
        }
    }
    return Done{};
}

Status DelimitedParser::finish(const Sink& sink) {
    if (pendingCr_) pendingCr_ = false;  // a final \r ends the last line
    if (inQuotes_ && !quoteSeen_) {
        return lineError(recordLine_, Message::tr("a quoted field opens here and is never closed"));
    }
    inQuotes_ = false;
    return endRecord(sink);
}

}  // namespace sentiment::data
