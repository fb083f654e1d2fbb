// sentiment::Message: the core's sentences as English templates with arguments (translated by the
// GUI), and sentiment::Error's English text built from them.
#include <gtest/gtest.h>

#include "data/vectors/VectorsTextParser.h"
#include "foundation/Error.h"
#include "foundation/Message.h"
#include "foundation/TextFormat.h"

using sentiment::Error;
using sentiment::Message;

TEST(Message, EnglishFillsTheArgumentsInOrder) {
    const auto m = Message::tr("%2 before %1, %1 again").arg("one").arg(2);
    EXPECT_EQ(m.english(), "2 before one, one again");
    EXPECT_EQ(m.format(), "%2 before %1, %1 again");
    ASSERT_EQ(m.args().size(), 2u);
    EXPECT_EQ(m.args()[1].kind, Message::Kind::Integer);
}

TEST(Message, AnArgumentIsNeverReadAsATemplate) {
    // A file name with "%2" in it must come out as it is, not be replaced again.
    EXPECT_EQ(Message::tr("%1: %2").arg("100%2.txt").arg("x").english(), "100%2.txt: x");
    EXPECT_EQ(Message::tr("%1 and %3").arg("a").english(),
              "a and %3");  // missing argument: left as written
    EXPECT_EQ(Message::tr("100% sure").english(), "100% sure");
}

TEST(Message, NestedMessagesAndSizes) {
    const auto inner = Message::tr("has %1 bytes, but %2 has %3").arg(10).arg("x.zip").arg(20);
    const auto outer = Message::tr("the download failed its check and was deleted: %1").arg(inner);
    EXPECT_EQ(outer.english(),
              "the download failed its check and was deleted: has 10 bytes, but x.zip has 20");
    EXPECT_EQ(Message::tr("after %1").bytes(512).english(), "after 512 bytes");
    EXPECT_EQ(Message::tr("after %1").bytes(84'125'825).english(), "after 84.1 MB");
    EXPECT_EQ(Message::tr("about %1").bytes(1'528'400'000).english(), "about 1.53 GB");
    EXPECT_EQ(Message::verbatim("libarchive's %1 words").english(), "libarchive's %1 words");
}

TEST(Message, ErrorKeepsItsEnglishSentenceAndItsParts) {
    const auto e =
        Error::at("glove.txt", Message::tr("has %1 values, expected %2").arg(3).arg(100), 7);
    EXPECT_EQ(e.message, "glove.txt, line 7: has 3 values, expected 100");
    EXPECT_EQ(e.file, "glove.txt");
    EXPECT_EQ(e.line, 7);
    EXPECT_EQ(e.what.format(), "has %1 values, expected %2");
    EXPECT_EQ(e.sentence().english(), e.message);
    EXPECT_EQ(Error::at({}, Message::tr("no dataset is loaded")).message, "no dataset is loaded");
    EXPECT_EQ(Error::at("a.zip", Message::tr("damaged cache")).message, "a.zip: damaged cache");
}

TEST(Message, ParserErrorsCarryTheirTemplate) {
    const auto r = sentiment::data::VectorsTextParser().parse("the 0.1 0.2\nof 0.3 nan\n", "v.txt");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message, "v.txt, line 2: value 2 ('nan') is not a finite number");
    EXPECT_EQ(r.error().what.format(), "value %1 ('%2') is not a finite number");
    EXPECT_EQ(r.error().line, 2);
}

// A review on one line for tables and terminals: whitespace and "<br />" folded, cut by characters.
TEST(TextFormat, OneLineFoldsBreaksAndCutsOnACharacter) {
    EXPECT_EQ(sentiment::oneLine("Great.<br /><br />Truly\n\tgreat.", 100), "Great. Truly great.");
    EXPECT_EQ(sentiment::oneLine("  leading and trailing  ", 100), "leading and trailing");
    EXPECT_EQ(sentiment::oneLine("abcdef", 3), "abc…");
    EXPECT_EQ(sentiment::oneLine("naïve café", 5), "naïve…");  // five characters, not five bytes
    EXPECT_EQ(sentiment::oneLine("", 5), "");
}

// CLI tables line up with Korean, Japanese and accented class names: wide characters take two
// columns, a cut never splits a character.
TEST(TextFormat, ColumnsCountWideCharactersTwiceAndCutOnACharacter) {
    EXPECT_EQ(sentiment::displayWidth("positive"), 8u);
    EXPECT_EQ(sentiment::displayWidth("긍정"), 4u);
    EXPECT_EQ(sentiment::displayWidth("映画"), 4u);
    EXPECT_EQ(sentiment::displayWidth("cafe\u0301"), 4u);  // e + a combining accent
    EXPECT_EQ(sentiment::column("긍정", 6), "긍정  ");
    EXPECT_EQ(sentiment::column("긍정", 6, true), "  긍정");
    EXPECT_EQ(sentiment::column("아주 긍정적", 6), "아주 …");  // 5 columns and the "…"
    EXPECT_EQ(sentiment::column("아주긍정적", 6), "아주… ");   // "긍" would not fit
    EXPECT_EQ(sentiment::displayWidth(sentiment::column("아주 긍정적", 6)), 6u);
    EXPECT_EQ(sentiment::column("negative", 5), "nega…");
    EXPECT_EQ(sentiment::column("", 3), "   ");
}
