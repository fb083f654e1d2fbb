#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sentiment {

/// 4810857 -> "4,810,857" (the lecture's parameter-count style).
std::string withCommas(std::uint64_t n);
/// 0.1234 -> "12.34%".
std::string percent(double fraction, int decimals = 2);
/// 0.001 -> "0.001", 5e-05 -> "5e-05", 0.5 -> "0.5": a setting's value as printf's %g writes it.
std::string decimal(double value);
/// 0.6123 with 2 decimals -> "0.61".
std::string fixed(double value, int decimals);
/// 45.9 -> "0m 45s": the lecture's epoch time (whole seconds, cut as its epoch_time() does).
std::string minutesSeconds(double seconds);
/// A review as one line: runs of whitespace and IMDb's "<br />" breaks become one space, cut
/// after `maxChars` characters (UTF-8 code points, never inside one) with "…".
std::string oneLine(std::string_view text, std::size_t maxChars);
/// How many terminal columns `text` (UTF-8) takes: East Asian wide and fullwidth characters
/// (Hangul, CJK, kana, fullwidth forms, emoji) two, combining marks none, others one.
std::size_t displayWidth(std::string_view text);
/// `text` fitted to `columns` terminal columns: cut on a character (with "…") when wider, padded
/// with spaces on the right (or the left when `right`) when narrower. For aligned CLI tables.
std::string column(std::string_view text, std::size_t columns, bool right = false);
/// 19234567 -> "19.2 MB" (decimal units, as file managers show them).
std::string byteSize(std::uint64_t bytes);
/// The local time now in strftime's `format` ("%Y%m%d-%H%M%S" for file names).
std::string localTime(const char* format);
/// The UTC time now in strftime's `format`.
std::string utcTime(const char* format);

}  // namespace sentiment
