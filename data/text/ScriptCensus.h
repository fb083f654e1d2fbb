#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sentiment::data {

/// Which writing systems some texts are written in, counted over their letters (Unicode's script
/// property through ICU): what tells the Data page that a student's reviews want the Unicode
/// tokenizer rather than the lecture's English rules.
struct ScriptCensus {
    std::string main;      ///< the script of most letters ("Hangul", "Latin", "Han" ...)
    double mainShare = 0;  ///< its share of the letters
    double nonLatin = 0;   ///< the share of letters in any script but Latin
    std::size_t letters = 0;

    /// Counts the letters of `texts`, at most `maxLetters` of them.
    static ScriptCensus of(const std::vector<std::string_view>& texts,
                           std::size_t maxLetters = 1'000'000);
    /// True when most letters are not Latin: Korean, Japanese, Chinese, Thai, Arabic, Russian ...
    bool wantsUnicodeTokenizer() const { return letters > 0 && nonLatin >= 0.5; }
};

}  // namespace sentiment::data
