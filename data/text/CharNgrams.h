#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sentiment::data {

/// fastText's subwords (Bojanowski et al., 2017): the character n-grams of a word wrapped in "<"
/// and ">", of 1 to `longest` characters (code points), the lone markers left out. "영화를" with
/// `longest` 3 gives "<영", "<영화", "영", "영화", "영화를", "화", "화를", "를", "를>", "화를>"...
/// in the order fastText makes them. In Korean, where particles join the word ("영화를", "영화가"),
/// the grams a word shares with its other forms carry what the word alone cannot.
class CharNgrams {
public:
    /// The longest grams a knob may ask for.
    static constexpr int kLongest = 6;
    /// What a gram is spelt as in a vocabulary: "#" before it ("#<영", "#를>"), so that it is
    /// told from the word of the same letters ("영").
    static constexpr std::string_view kMark = "#";

    /// Replaces `out` with the grams of `word` (repeats included), each spelt as the vocabulary
    /// holds it. Invalid UTF-8 is cut byte by byte (a lead byte starts a character).
    static void of(std::string_view word, int longest, std::vector<std::string>& out);
};

}  // namespace sentiment::data
