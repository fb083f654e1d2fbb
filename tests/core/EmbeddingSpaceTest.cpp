#include <gtest/gtest.h>

#include <cmath>
#include <memory>

#include <torch/torch.h>

#include "data/dataset/Vocabulary.h"
#include "data/vectors/VectorsTextParser.h"
#include "training/EmbeddingSpace.h"

using namespace sentiment;
using namespace sentiment::data;
using sentiment::training::EmbeddingSpace;

namespace {

// A tiny space with a known geometry: queen = king - man + woman exactly, and "GOOD" a
// second spelling of "good".
const char* kVectors =
    "king 1 1 0 0\n"
    "man 1 0 0 0\n"
    "woman 0 0 1 0\n"
    "queen 0 1 1 0\n"
    "good 0 0 0 1\n"
    "fine 0 0.2 0 1\n"
    "GOOD 0 0 0.05 1\n"
    "awful 0 0 0 -1\n";

std::shared_ptr<const WordVectors> vectors() {
    auto parsed = VectorsTextParser(1).parse(kVectors, "tiny.txt");
    EXPECT_TRUE(parsed) << parsed.error().message;
    return std::make_shared<const WordVectors>(std::move(*parsed));
}

std::vector<std::string> words(const std::vector<training::Neighbour>& list) {
    std::vector<std::string> out;
    for (const auto& n : list) out.push_back(n.word);
    return out;
}

}  // namespace

TEST(EmbeddingSpace, NearestWordsAreRankedByCosine) {
    auto space = EmbeddingSpace::fromVectors(vectors());
    space.setFoldCase(false);
    ASSERT_EQ(space.size(), 8u);
    auto found = space.nearest("good", 3);
    ASSERT_TRUE(found) << found.error().message;
    ASSERT_EQ(found->size(), 3u);
    EXPECT_EQ((*found)[0].word, "GOOD");
    EXPECT_NEAR((*found)[0].cosine, 1 / std::sqrt(1 + 0.05 * 0.05), 1e-5);
    EXPECT_EQ((*found)[1].word, "fine");
    EXPECT_NEAR((*found)[1].cosine, 1 / std::sqrt(1.04), 1e-5);
    // Orthogonal words come next at cosine 0; the opposite word is last of all.
    auto all = space.nearest("good", 100);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 7u);
    EXPECT_EQ(all->back().word, "awful");
    EXPECT_NEAR(all->back().cosine, -1.0, 1e-6);
}

TEST(EmbeddingSpace, FoldingCaseListsAWordOnceAndNeverItsOwnSpellings) {
    auto space = EmbeddingSpace::fromVectors(vectors());
    auto found = space.nearest("good", 1);
    ASSERT_TRUE(found);
    EXPECT_EQ(words(*found), (std::vector<std::string>{"fine"}));  // not "GOOD", closer still
    auto all = space.nearest("good", 100);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 6u);  // every word but good and GOOD
    // A word missing as typed is found lower-cased (GloVe 6B is lower-case).
    auto upper = space.nearest("King", 1);
    ASSERT_TRUE(upper) << upper.error().message;
    EXPECT_EQ(space.word(space.find("King")), "king");
}

TEST(EmbeddingSpace, AnAnalogyAddsAndSubtractsUnitVectors) {
    auto space = EmbeddingSpace::fromVectors(vectors());
    auto found = space.analogy("king", "man", "woman", 1);
    ASSERT_TRUE(found) << found.error().message;
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ((*found)[0].word, "queen");
    // unit(king) - unit(man) + unit(woman) = (1/√2 - 1, 1/√2, 1, 0); queen = (0, 1, 1, 0)/√2.
    const double a = 1 / std::sqrt(2.0);
    const double q = std::sqrt((a - 1) * (a - 1) + a * a + 1);
    EXPECT_NEAR((*found)[0].cosine, (a + 1) / (q * std::sqrt(2.0)), 1e-5);
}

TEST(EmbeddingSpace, AMissingWordIsNamed) {
    auto space = EmbeddingSpace::fromVectors(vectors());
    auto found = space.nearest("qwzx", 3);
    ASSERT_FALSE(found);
    EXPECT_NE(found.error().message.find("\"qwzx\" is not among the 8 words"), std::string::npos)
        << found.error().message;
    EXPECT_FALSE(space.analogy("king", "qwzx", "woman", 3));
}

TEST(EmbeddingSpace, ATrainedEmbeddingNeverOffersItsSpecialTokens) {
    const auto vocab =
        Vocabulary::build({{"good", 9}, {"fine", 5}, {"awful", 4}, {"good plot", 3}}, {});
    ASSERT_EQ(vocab.size(), 6u);
    // <unk> and the bigram point exactly where "good" does; <pad> is zero.
    auto weight = torch::zeros({6, 2});
    weight[vocab.index("<unk>")] = torch::tensor({1.0F, 0.0F});
    weight[vocab.index("good")] = torch::tensor({1.0F, 0.0F});
    weight[vocab.index("fine")] = torch::tensor({1.0F, 0.5F});
    weight[vocab.index("awful")] = torch::tensor({-1.0F, 0.0F});
    weight[vocab.index("good plot")] = torch::tensor({1.0F, 0.0F});
    const auto space = EmbeddingSpace::fromEmbedding(vocab, weight);
    auto found = space.nearest("good", 10);
    ASSERT_TRUE(found) << found.error().message;
    EXPECT_EQ(words(*found), (std::vector<std::string>{"fine", "awful"}));
    EXPECT_FALSE(space.nearest("<unk>", 3));
}

TEST(EmbeddingSpace, TrainingMovesAWordAwayFromItsStartingNeighbours) {
    const auto vocab =
        Vocabulary::build({{"good", 9}, {"fine", 5}, {"awful", 4}, {"king", 3}, {"Good", 2}}, {});
    const auto start = EmbeddingSpace::fromVectors(vectors());
    // After "training": good has left fine and sits by king; the rest stayed where they started.
    auto weight = torch::zeros({static_cast<long>(vocab.size()), 4});
    for (const auto* w : {"good", "fine", "awful", "king", "Good"}) {
        weight[vocab.index(w)] = start.vector(start.find(w));
    }
    weight[vocab.index("good")] = torch::tensor({1.0F, 0.9F, 0.0F, 0.3F});
    const auto trained = EmbeddingSpace::fromEmbedding(vocab, weight);
    auto moved = training::compareNeighbours(start, trained, vocab, "good", 1);
    ASSERT_TRUE(moved) << moved.error().message;
    EXPECT_EQ(words(moved->before),
              (std::vector<std::string>{"fine"}));  // "Good" is the same GloVe row: not listed
    EXPECT_EQ(words(moved->after), (std::vector<std::string>{"king"}));
    EXPECT_EQ(moved->shared, 0);
    EXPECT_NEAR(moved->cosineToStart, 0.3 / std::sqrt(1 + 0.81 + 0.09), 1e-5);
    // A word the vectors lack started random: nothing to compare with, and the error says so.
    const auto other = Vocabulary::build({{"zzz", 3}}, {});
    auto lacking = training::compareNeighbours(
        start, EmbeddingSpace::fromEmbedding(other, torch::ones({3, 4})), other, "zzz", 3);
    ASSERT_FALSE(lacking);
    EXPECT_NE(lacking.error().message.find("random vector"), std::string::npos)
        << lacking.error().message;
}
