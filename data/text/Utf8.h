#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sentiment::data::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

/// Decodes the code point at `pos` and advances `pos`; an invalid or truncated sequence yields
/// U+FFFD and advances by one byte (the WHATWG "maximal subpart" rule, simplified).
char32_t decode(std::string_view text, std::size_t& pos);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append(std::string& out, char32_t cp);

/// Number of invalid sequences in `text` (0 for valid UTF-8). ASCII runs are skipped quickly.
std::size_t countInvalid(std::string_view text);

/// `text` with every invalid sequence replaced by U+FFFD.
std::string sanitize(std::string_view text);

/// Lower-case mapping of one code point, as Python's str.lower() for Latin, Greek and Cyrillic
/// letters (the scripts that occur in IMDb); other code points map to themselves.
char32_t toLower(char32_t cp);

/// Python's str.isspace(): ASCII whitespace, U+001C-U+001F, U+0085, U+00A0, U+1680,
/// U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
bool isSpace(char32_t cp);

/// `text` lower-cased code point by code point (U+0130 becomes "i̇" as in Python).
std::string toLower(std::string_view text);

/// Longest prefix of `text` of at most `maxBytes` bytes that does not cut a code point.
std::string_view truncate(std::string_view text, std::size_t maxBytes);

}  // namespace sentiment::data::utf8
