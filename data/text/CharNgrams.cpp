#include "data/text/CharNgrams.h"

namespace sentiment::data {

namespace {
bool startsCharacter(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0u) != 0x80u;
}
}  // namespace

void CharNgrams::of(std::string_view word, int longest, std::vector<std::string>& out) {
    out.clear();
    if (longest < 1 || word.empty()) return;
    std::string wrapped;
    wrapped.reserve(word.size() + 2);
    wrapped.append("<").append(word).append(">");
    // Where each character starts, and one past the end.
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < wrapped.size(); ++i) {
        if (startsCharacter(wrapped[i])) starts.push_back(i);
    }
    const std::size_t characters = starts.size();
    starts.push_back(wrapped.size());
    for (std::size_t first = 0; first < characters; ++first) {
        for (std::size_t n = 1; n <= std::size_t(longest) && first + n <= characters; ++n) {
            if (n == 1 && (first == 0 || first + 1 == characters)) continue;  // "<" or ">" alone
            std::string gram(kMark);
            gram.append(wrapped, starts[first], starts[first + n] - starts[first]);
            out.push_back(std::move(gram));
        }
    }
}

}  // namespace sentiment::data
