#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "data/dataset/Vocabulary.h"

using namespace sentiment::data;

TEST(Vocabulary, SpecialsFirstThenFrequencyThenAlphabetical) {
    const auto v = Vocabulary::build({{"b", 5}, {"a", 5}, {"the", 9}, {"z", 1}, {"c", 5}}, {});
    ASSERT_EQ(v.size(), 7u);
    EXPECT_EQ(v.itos(), (std::vector<std::string>{"<unk>", "<pad>", "the", "a", "b", "c", "z"}));
    EXPECT_EQ(v.index("the"), 2);
    EXPECT_EQ(v.index("missing"), Vocabulary::kUnk);
    EXPECT_EQ(v.count(2), 9u);
    const auto top = v.mostCommon(2);
    ASSERT_EQ(top.size(), 2u);
    EXPECT_EQ(top[1], (std::pair<std::string, std::uint64_t>{"a", 5}));
}

TEST(Vocabulary, MaxSizeAndMinFreq) {
    const auto v =
        Vocabulary::build({{"a", 3}, {"b", 2}, {"c", 1}, {"d", 1}}, {.maxSize = 2, .minFreq = 1});
    EXPECT_EQ(v.size(), 4u);
    EXPECT_FALSE(v.contains("c"));
    const auto w = Vocabulary::build({{"a", 3}, {"b", 2}, {"c", 1}}, {.maxSize = 0, .minFreq = 2});
    EXPECT_EQ(w.size(), 4u);
    EXPECT_TRUE(w.contains("b"));
    EXPECT_FALSE(w.contains("c"));
}

TEST(Vocabulary, CodePointOrderBreaksTies) {
    const auto v = Vocabulary::build({{"é", 1}, {"z", 1}, {"Z", 1}}, {});
    EXPECT_EQ(v.itos(), (std::vector<std::string>{"<unk>", "<pad>", "Z", "z", "é"}));
}

TEST(Vocabulary, JsonRoundTripAndMalformedInput) {
    const auto v = Vocabulary::build({{"good", 4}, {"bad", 3}}, {});
    auto back = Vocabulary::fromJson(v.toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->itos(), v.itos());
    EXPECT_EQ(back->index("bad"), v.index("bad"));
    EXPECT_FALSE(Vocabulary::fromJson(nlohmann::json{{"itos", {"a"}}}));
    EXPECT_FALSE(Vocabulary::fromJson(
        nlohmann::json{{"itos", {"<unk>", "<pad>", "x", "x"}}, {"counts", {0, 0, 1, 1}}}));
    EXPECT_FALSE(Vocabulary::fromJson(nlohmann::json::array()));
}
