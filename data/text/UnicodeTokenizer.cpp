#include "data/text/UnicodeTokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>
#include <stdexcept>

#include "data/text/Utf8.h"

namespace sentiment::data {

namespace {

// One break iterator per thread: ICU's iterators are not to be shared, and making one loads its
// rules (tens of microseconds), so each tokenizing thread keeps its own.
icu::BreakIterator& wordBreaks() {
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> made(
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status) || !made)
            throw std::runtime_error(std::string("ICU has no word break rules: ") +
                                     u_errorName(status));
        return made;
    }();
    return *iterator;
}

// True when the UTF-8 piece holds only white space and control characters.
bool blank(std::string_view piece) {
    const auto* s = reinterpret_cast<const std::uint8_t*>(piece.data());
    const auto n = static_cast<std::int32_t>(piece.size());
    for (std::int32_t i = 0; i < n;) {
        UChar32 c = 0;
        U8_NEXT(s, i, n, c);
        if (c >= 0 && !u_isUWhiteSpace(c) && u_charType(c) != U_CONTROL_CHAR) return false;
    }
    return true;
}

}  // namespace

void UnicodeTokenizer::tokenize(std::string_view text, const TokenSink& sink) const {
    // Invalid UTF-8 becomes U+FFFD first, as in the other tokenizers; tokens are then pieces of
    // the text itself (ICU walks the UTF-8 in place: no conversion to UTF-16 and back).
    std::string repaired;
    if (utf8::countInvalid(text) > 0) {
        repaired = utf8::sanitize(text);
        text = repaired;
    }
    UErrorCode status = U_ZERO_ERROR;
    UText* utext =
        utext_openUTF8(nullptr, text.data(), static_cast<std::int64_t>(text.size()), &status);
    if (U_FAILURE(status)) throw std::runtime_error(u_errorName(status));
    auto& breaks = wordBreaks();
    breaks.setText(utext, status);
    std::string lowered;
    std::int32_t start = breaks.first();
    for (std::int32_t end = breaks.next(); end != icu::BreakIterator::DONE && U_SUCCESS(status);
         start = end, end = breaks.next()) {
        const auto piece =
            text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
        if (blank(piece)) continue;
        if (!lowercase_) {
            sink(piece);
            continue;
        }
        lowered.clear();
        icu::UnicodeString::fromUTF8(
            icu::StringPiece(piece.data(), static_cast<std::int32_t>(piece.size())))
            .toLower(icu::Locale::getRoot())
            .toUTF8String(lowered);
        sink(lowered);
    }
    // The iterator keeps the text: let go of it before the text goes.
    breaks.setText(icu::UnicodeString());
    utext_close(utext);
}

}  // namespace sentiment::data
