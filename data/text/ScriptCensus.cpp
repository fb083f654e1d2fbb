#include "data/text/ScriptCensus.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>

namespace sentiment::data {

ScriptCensus ScriptCensus::of(const std::vector<std::string_view>& texts, std::size_t maxLetters) {
    std::map<UScriptCode, std::size_t> counts;
    ScriptCensus c;
    for (const auto text : texts) {
        const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
        const auto n = static_cast<std::int32_t>(text.size());
        for (std::int32_t i = 0; i < n && c.letters < maxLetters;) {
            UChar32 ch = 0;
            U8_NEXT(s, i, n, ch);
            if (ch < 0 || !u_isalpha(ch)) continue;
            UErrorCode status = U_ZERO_ERROR;
            const auto script = uscript_getScript(ch, &status);
            if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED)
                continue;
            ++counts[script];
            ++c.letters;
        }
        if (c.letters >= maxLetters) break;
    }
    if (c.letters == 0) return c;
    const auto top =
        std::max_element(counts.begin(), counts.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    c.main = uscript_getName(top->first);
    c.mainShare = double(top->second) / double(c.letters);
    const auto latin = counts.count(USCRIPT_LATIN) ? counts.at(USCRIPT_LATIN) : 0;
    c.nonLatin = double(c.letters - latin) / double(c.letters);
    return c;
}

}  // namespace sentiment::data
