#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "data/dataset/Vocabulary.h"
#include "data/vectors/WordVectors.h"
#include "foundation/Result.h"

namespace at {
class Tensor;  // torch::Tensor: its header stays with the code that computes
}

namespace sentiment::training {

struct Checkpoint;

/// A word and how close it is to a query (cosine similarity, -1 to 1).
struct Neighbour {
    std::string word;
    float cosine = 0;
};

/// Words as points: nearest neighbours by cosine similarity and analogies (a - b + c) over the
/// rows of a vectors file (GloVe's 400,000 words, read in place: no copy) or a trained run's
/// embedding. One query is one matrix-vector product over the rows (memory-bound: GloVe 100d
/// is 160 MB) and a top-k; the row norms are computed once.
class EmbeddingSpace {
public:
    EmbeddingSpace() = default;
    /// The rows of a vectors file; `vectors` must outlive the space (it shares its memory).
    static EmbeddingSpace fromVectors(std::shared_ptr<const data::WordVectors> vectors);
    /// A trained embedding [V, d] (copied) whose row i is `vocab.token(i)`; `<unk>`, `<pad>` and
    /// n-grams (tokens with a space) are never offered as neighbours.
    static EmbeddingSpace fromEmbedding(const data::Vocabulary& vocab, const at::Tensor& weight);
    /// The trained embedding of a checkpoint's model over its vocabulary (fromEmbedding).
    static EmbeddingSpace fromCheckpoint(const Checkpoint& checkpoint);

    std::size_t size() const;
    std::size_t dimension() const;
    /// The row of `word`, trying it lower-cased when it is missing as typed (GloVe 6B is
    /// lower-case); -1 when neither is there.
    std::int64_t find(std::string_view word) const;
    std::string word(std::int64_t row) const { return word_(row); }
    /// The word's vector (a view of the row).
    at::Tensor vector(std::int64_t row) const;

    /// With case folded (the default), a word's other spellings ("Great", "GREAT" beside
    /// "great": the lecture's vocabulary keeps case) are not its neighbours, and of several
    /// spellings of one neighbour only the closest is listed.
    void setFoldCase(bool fold) { foldCase_ = fold; }
    bool foldCase() const { return foldCase_; }

    /// The `k` words closest to `word`, the word itself left out; an error naming the word when
    /// the space lacks it.
    Result<std::vector<Neighbour>> nearest(std::string_view word, int k) const;
    /// The `k` words closest to `a - b + c` (king - man + woman), the three left out.
    Result<std::vector<Neighbour>> analogy(std::string_view a, std::string_view b,
                                           std::string_view c, int k) const;
    /// The `k` rows closest to `query`, leaving out `exclude` (and, with case folded, their other
    /// spellings) and rows that are never offered.
    std::vector<Neighbour> nearestTo(const at::Tensor& query, int k,
                                     const std::vector<std::int64_t>& exclude = {}) const;
    /// Cosine similarity of two rows.
    float cosine(std::int64_t a, std::int64_t b) const;

private:
    Result<std::int64_t> require(std::string_view word) const;

    struct Matrix;  // the rows, their lengths, which are offered (EmbeddingSpace.cpp)
    std::shared_ptr<const Matrix> m_;  // shared by copies; never changed once made
    std::function<std::string(std::int64_t)> word_;
    std::function<std::int64_t(std::string_view)> find_;
    std::shared_ptr<const void> owner_;
    bool foldCase_ = true;
};

/// How training moved one word: its neighbours among the run's vocabulary in the vectors it
/// started from, beside its neighbours in the trained embedding.
struct WordMovement {
    std::string word;
    std::vector<Neighbour> before;  ///< in the vectors file, among the run's vocabulary
    std::vector<Neighbour> after;   ///< in the run's trained embedding
    float cosineToStart = 0;        ///< cosine of the word's trained vector with its starting one
    int shared = 0;                 ///< words in both lists
};

/// Neighbours of `word` before and after training. `start` is the space of the vectors the run
/// started from, `trained` the run's embedding over `vocab`. An error names a word either lacks.
/// Both lists fold case as `trained` does.
Result<WordMovement> compareNeighbours(const EmbeddingSpace& start, const EmbeddingSpace& trained,
                                       const data::Vocabulary& vocab, std::string_view word, int k);

}  // namespace sentiment::training
