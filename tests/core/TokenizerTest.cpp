#include <gtest/gtest.h>

#include <algorithm>
#include <span>
#include <sstream>

#include "data/imdb/DemoData.h"
#include "data/imdb/GzipInflater.h"
#include "data/imdb/ImdbReader.h"
#include "data/io/MappedFile.h"
#include "data/text/BasicEnglishTokenizer.h"
#include "data/text/CharNgrams.h"
#include "data/text/EnglishTokenizer.h"
#include "data/text/ScriptCensus.h"
#include "data/text/Utf8.h"

using namespace sentiment::data;

namespace {
std::string joined(const Tokenizer& t, std::string_view text) {
    std::string out;
    t.tokenize(text, [&](std::string_view tok) {
        if (!out.empty()) out += ' ';
        out += tok;
    });
    return out;
}
const EnglishTokenizer english;
}  // namespace

// One test per rule of EnglishTokenizer's header.
TEST(EnglishTokenizer, KeepsCaseAndSplitsPunctuation) {
    EXPECT_EQ(joined(english, "This film is GREAT!"), "This film is GREAT !");
    EXPECT_EQ(joined(english, "\"Quoted\" (really)."), "\" Quoted \" ( really ) .");
}
TEST(EnglishTokenizer, RemovesHtmlLineBreaks) {
    EXPECT_EQ(joined(english, "Good movie.<br /><br />Bad ending"), "Good movie . Bad ending");
    EXPECT_EQ(joined(english, "Great!<br/>Yes<BR>no<br >x"), "Great ! Yes no x");
}
TEST(EnglishTokenizer, SplitsContractionsLikeSpacy) {
    EXPECT_EQ(joined(english, "I don't like it."), "I do n't like it .");
    EXPECT_EQ(joined(english, "It's great, I'm sure"), "It 's great , I 'm sure");
    EXPECT_EQ(joined(english, "can't won't isn't DON'T"), "ca n't wo n't is n't DO N'T");
    EXPECT_EQ(joined(english, "we're they've he'll I'd"), "we 're they 've he 'll I 'd");
    EXPECT_EQ(joined(english, "I cannot"), "I can not");
}
TEST(EnglishTokenizer, TreatsCurlyApostrophesLikeStraightOnes) {
    EXPECT_EQ(joined(english, "don\u2019t it\u2019s"), "do n't it 's");
    EXPECT_EQ(joined(english, "\u2018quoted\u2019"), "' quoted '");
}
TEST(EnglishTokenizer, KeepsUrlsAndEmails) {
    EXPECT_EQ(joined(english, "Visit http://www.imdb.com/title/tt0111161/."),
              "Visit http://www.imdb.com/title/tt0111161/ .");
    EXPECT_EQ(joined(english, "(see www.imdb.com)"), "( see www.imdb.com )");
    EXPECT_EQ(joined(english, "Mail john.doe@example.com!"), "Mail john.doe@example.com !");
}
TEST(EnglishTokenizer, KeepsNumbers) {
    EXPECT_EQ(joined(english, "It costs $10.50, or 1,000 yen (3.5%)"),
              "It costs $ 10.50 , or 1,000 yen ( 3.5 % )");
    EXPECT_EQ(joined(english, "I give it 10/10 and 7.5/10"), "I give it 10/10 and 7.5/10");
    EXPECT_EQ(joined(english, "the 1990's"), "the 1990 's");
}
TEST(EnglishTokenizer, SplitsHyphenatedWordsAsSpacyDoes) {
    EXPECT_EQ(joined(english, "a well-made film, 1-2 hours"), "a well - made film , 1 - 2 hours");
    EXPECT_EQ(joined(english, "-great-"), "- great -");
}
TEST(EnglishTokenizer, KeepsEllipsisAndDoubleDashAsSingleTokens) {
    EXPECT_EQ(joined(english, "wait...what"), "wait ... what");
    EXPECT_EQ(joined(english, "Well... ok"), "Well ... ok");
    EXPECT_EQ(joined(english, "this--that -- and"), "this -- that -- and");
    EXPECT_EQ(joined(english, "so\u2026 \u2014 yes"), "so \u2026 \u2014 yes");
}
TEST(EnglishTokenizer, KeepsAbbreviationsAndInitials) {
    EXPECT_EQ(joined(english, "Mr. Smith met Dr. Who in the U.S. etc."),
              "Mr. Smith met Dr. Who in the U.S. etc.");
    EXPECT_EQ(joined(english, "J. Edgar, e.g. this"), "J. Edgar , e.g. this");
    EXPECT_EQ(joined(english, "The end."), "The end .");
}
TEST(EnglishTokenizer, SplitsInfixesWhereIMDbLacksSpaces) {
    EXPECT_EQ(joined(english, "end.The great!The why?No"), "end . The great ! The why ? No");
    EXPECT_EQ(joined(english, "good,bad and/or"), "good , bad and / or");
}
TEST(EnglishTokenizer, KeepsNonAsciiLettersInsideWords) {
    EXPECT_EQ(joined(english, "café Noël über niño"), "café Noël über niño");
}
TEST(EnglishTokenizer, KeepsEmoticons) {
    EXPECT_EQ(joined(english, "loved it :) but :-("), "loved it :) but :-(");
}
TEST(EnglishTokenizer, MapsWindows1252ControlsToPunctuation) {
    EXPECT_EQ(joined(english, "good \xc2\x96 bad \xc2\x91The\xc2\x92"), "good \u2013 bad ' The '");
}
TEST(EnglishTokenizer, LowercaseOption) {
    const EnglishTokenizer lower(true);
    EXPECT_EQ(joined(lower, "The MOVIE Noël DON'T"), "the movie noël do n't");
}
TEST(EnglishTokenizer, InvalidUtf8IsReplacedNeverCrashes) {
    const std::string bad = "bad\xff\xfe byte \xc3";
    const auto tokens = english.tokenize(bad);
    ASSERT_FALSE(tokens.empty());
    for (const auto& t : tokens) EXPECT_EQ(utf8::countInvalid(t), 0u) << t;
    EXPECT_EQ(tokens.front(), "bad");
}
TEST(EnglishTokenizer, NeverEmitsEmptyTokens) {
    for (const char* text :
         {"", "   ", "<br />", "...", "''", "\xc2\xa0\xe2\x80\x8b", "a\x96z", "-- - --"}) {
        for (const auto& t : english.tokenize(text)) EXPECT_FALSE(t.empty()) << text;
    }
}

TEST(BasicEnglishTokenizer, FollowsTorchtextRules) {
    const BasicEnglishTokenizer basic;
    EXPECT_EQ(joined(basic, "Hello, World! It's <br />fine."), "hello , world ! it ' s fine .");
    EXPECT_EQ(joined(basic, "a\"b c;d e:f (g)?"), "ab c d e f ( g ) ?");
    EXPECT_EQ(joined(basic, "x<br \"/>y"), "x y");  // the quote is deleted before <br /> is matched
    EXPECT_EQ(joined(basic, "ÉCOLE\u00a0Noël"), "école noël");
}

// Parity with torchtext's own code on the 2,000 training reviews of the demo sample
// (fixture made by tests/fixtures/make_basic_english_fixture.sh from torchtext's file).
TEST(BasicEnglishTokenizer, MatchesTorchtextOnTwoThousandReviews) {
    auto file =
        MappedFile::open(std::string(SENTIMENT_LAB_FIXTURES) + "/basic_english_demo_train.txt.gz");
    ASSERT_TRUE(file) << file.error().message;
    std::string expected;
    GzipInflater inflater(file->bytes(), "fixture");
    for (;;) {
        auto chunk = inflater.next();
        ASSERT_TRUE(chunk);
        if (chunk->empty()) break;
        expected.append(reinterpret_cast<const char*>(chunk->data()), chunk->size());
    }
    auto demo = ImdbReader().readArchive(DemoData::archive(), "demo");
    ASSERT_TRUE(demo);
    std::istringstream lines(expected);
    const BasicEnglishTokenizer basic;
    std::size_t compared = 0;
    for (const auto& review : demo->reviews) {
        if (review.info.split != Split::Train) continue;
        std::string line;
        ASSERT_TRUE(std::getline(lines, line));
        ASSERT_EQ(joined(basic, review.text), line) << review.info.path();
        ++compared;
    }
    EXPECT_EQ(compared, 2000u);
}

namespace {

std::vector<std::string> unicodeTokens(std::string_view text, bool lowercase = false) {
    return sentiment::data::Tokenizer::create({sentiment::data::TokenizerKind::Unicode, lowercase})
        ->tokenize(text);
}

}  // namespace

// Korean splits at spaces and punctuation (its particles stay on the word, which is what
// character n-grams are for), Japanese and Thai by ICU's dictionaries, punctuation and emoji are
// tokens, and lower-casing follows Unicode.
TEST(UnicodeTokenizer, SplitsEveryScriptAtItsWordBoundaries) {
    EXPECT_EQ(unicodeTokens("영화가 정말 재밌어요!"),
              (std::vector<std::string>{"영화가", "정말", "재밌어요", "!"}));
    EXPECT_EQ(unicodeTokens("私は映画が好きです。"),
              (std::vector<std::string>{"私", "は", "映画", "が", "好き", "です", "。"}));
    const auto thai = unicodeTokens("ภาษาไทยง่ายนิดเดียว");
    EXPECT_GE(thai.size(), 3u);  // no spaces in Thai: the dictionary finds the words
    std::string joined;
    for (const auto& t : thai) joined += t;
    EXPECT_EQ(joined, "ภาษาไทยง่ายนิดเดียว");
    EXPECT_EQ(unicodeTokens("Don't stop, ÉCOLE 10.5 👍", true),
              (std::vector<std::string>{"don't", "stop", ",", "école", "10.5", "👍"}));
    EXPECT_TRUE(unicodeTokens(" \t\n ").empty());
}

TEST(UnicodeTokenizer, InvalidUtf8BecomesTheReplacementCharacterAndIsNamedInTheOptions) {
    const auto tokens = unicodeTokens("good \xff\xfe film");
    ASSERT_FALSE(tokens.empty());
    for (const auto& t : tokens) EXPECT_EQ(sentiment::data::utf8::countInvalid(t), 0u) << t;
    const auto options =
        sentiment::data::Tokenizer::create({sentiment::data::TokenizerKind::Unicode, true})
            ->options();
    EXPECT_EQ(options.kind, sentiment::data::TokenizerKind::Unicode);
    EXPECT_EQ(sentiment::data::describe(options), "unicode+lower");
    EXPECT_EQ(sentiment::data::parseTokenizerKind("unicode"),
              sentiment::data::TokenizerKind::Unicode);
}

// The Data page's advice: Korean, Japanese and Arabic reviews want the Unicode tokenizer; English
// ones (with a few foreign words, digits and emoji) do not.
TEST(ScriptCensus, FindsTheMainScriptOfTheLetters) {
    using sentiment::data::ScriptCensus;
    const auto korean = ScriptCensus::of({"영화가 정말 재밌어요!", "최고의 movie 10점"});
    EXPECT_EQ(korean.main, "Hangul");
    EXPECT_TRUE(korean.wantsUnicodeTokenizer());
    EXPECT_GT(korean.nonLatin, 0.5);
    const auto japanese = ScriptCensus::of({"私は映画が好きです", "とても良い"});
    EXPECT_TRUE(japanese.wantsUnicodeTokenizer());
    EXPECT_TRUE(ScriptCensus::of({"فيلم سيء جدا"}).wantsUnicodeTokenizer());
    const auto english = ScriptCensus::of({"A great film, 10/10 👍", "Ein schöner Film"});
    EXPECT_EQ(english.main, "Latin");
    EXPECT_FALSE(english.wantsUnicodeTokenizer());
    EXPECT_FALSE(ScriptCensus::of({"123 !!! 👍"}).wantsUnicodeTokenizer());  // no letters
    EXPECT_EQ(ScriptCensus::of({"abc영화"}, 2).letters, 2u);                // stops at the limit
}

TEST(CharNgrams, AreFastTextsSubwordsInItsOrder) {
    std::vector<std::string> grams;
    CharNgrams::of("ab", 3, grams);
    EXPECT_EQ(grams, (std::vector<std::string>{"#<a", "#<ab", "#a", "#ab", "#ab>", "#b", "#b>"}));
    // Characters, not bytes: each Hangul syllable is three bytes.
    CharNgrams::of("영화", 2, grams);
    EXPECT_EQ(grams, (std::vector<std::string>{"#<영", "#영", "#영화", "#화", "#화>"}));
    CharNgrams::of("영화를", 6, grams);
    EXPECT_EQ(grams.size(), 5u + 4 + 3 + 2 + 1 - 2);  // "<영화를>" less "<" and ">" alone
    EXPECT_NE(std::find(grams.begin(), grams.end(), "#<영화를>"), grams.end());
    CharNgrams::of("ab", 0, grams);
    EXPECT_TRUE(grams.empty());
    CharNgrams::of("", 3, grams);
    EXPECT_TRUE(grams.empty());
    // Invalid UTF-8 is cut at lead bytes and never read past the word.
    CharNgrams::of(std::string_view("\xff\x80\x80", 3), 2, grams);
    EXPECT_FALSE(grams.empty());
    for (const auto& g : grams) EXPECT_LE(g.size(), 1u + 1 + 3);
}
