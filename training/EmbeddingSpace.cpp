#include "training/EmbeddingSpace.h"

#include <algorithm>

#include <torch/torch.h>

#include "data/text/Utf8.h"
#include "foundation/TextFormat.h"
#include "model/Classifier.h"
#include "training/Checkpoint.h"

namespace sentiment::training {

namespace {

constexpr float kNotOffered = -3.0F;  // below any cosine

}  // namespace

struct EmbeddingSpace::Matrix {
    torch::Tensor rows;     // [n, d] float
    torch::Tensor norms;    // [n], the rows' lengths; a zero row (<pad>) is never offered
    torch::Tensor offered;  // [n] bool: rows that may be neighbours (undefined: all)
};

EmbeddingSpace EmbeddingSpace::fromVectors(std::shared_ptr<const data::WordVectors> vectors) {
    EmbeddingSpace space;
    const auto n = static_cast<std::int64_t>(vectors->size());
    const auto d = static_cast<std::int64_t>(vectors->dimension());
    // The rows stay where the vectors keep them (often a memory-mapped cache): read, never written.
    auto m = std::make_shared<Matrix>();
    m->rows = torch::from_blob(const_cast<float*>(vectors->data()), {n, d}, torch::kFloat);
    m->norms = torch::linalg_vector_norm(m->rows, 2, {1}, false, torch::kFloat);
    space.m_ = std::move(m);
    const data::WordVectors* raw = vectors.get();
    space.word_ = [raw](std::int64_t row) {
        return std::string(raw->word(static_cast<std::size_t>(row)));
    };
    space.find_ = [raw](std::string_view word) { return raw->find(word); };
    space.owner_ = std::move(vectors);
    return space;
}

EmbeddingSpace EmbeddingSpace::fromEmbedding(const data::Vocabulary& vocab,
                                             const at::Tensor& weight) {
    EmbeddingSpace space;
    auto m = std::make_shared<Matrix>();
    m->rows = weight.detach().to(torch::kCPU, torch::kFloat).contiguous().clone();
    m->norms = torch::linalg_vector_norm(m->rows, 2, {1}, false, torch::kFloat);
    const auto n = m->rows.size(0);
    auto offered = torch::ones({n}, torch::kBool);
    auto* o = offered.data_ptr<bool>();
    auto words = std::make_shared<std::vector<std::string>>();
    words->reserve(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        const auto& token = i < static_cast<std::int64_t>(vocab.size())
                                ? vocab.token(static_cast<std::int32_t>(i))
                                : std::string();
        words->push_back(token);
        const bool special = token.empty() || i == data::Vocabulary::kUnk ||
                             i == data::Vocabulary::kPad || token.find(' ') != std::string::npos;
        if (special) o[i] = false;
    }
    m->offered = offered;
    space.m_ = std::move(m);
    space.word_ = [words](std::int64_t row) { return (*words)[static_cast<std::size_t>(row)]; };
    auto shared = std::make_shared<const data::Vocabulary>(vocab);
    space.find_ = [shared, n](std::string_view word) -> std::int64_t {
        if (!shared->contains(word)) return -1;
        const auto at = static_cast<std::int64_t>(shared->index(word));
        return at < n ? at : -1;
    };
    return space;
}

EmbeddingSpace EmbeddingSpace::fromCheckpoint(const Checkpoint& checkpoint) {
    return fromEmbedding(checkpoint.vocab, checkpoint.network->embedding()->weight);
}

std::size_t EmbeddingSpace::size() const {
    return m_ ? static_cast<std::size_t>(m_->rows.size(0)) : 0;
}

std::size_t EmbeddingSpace::dimension() const {
    return m_ ? static_cast<std::size_t>(m_->rows.size(1)) : 0;
}

at::Tensor EmbeddingSpace::vector(std::int64_t row) const {
    return m_->rows[row];
}

std::int64_t EmbeddingSpace::find(std::string_view word) const {
    if (!find_) return -1;
    auto at = find_(word);
    if (at < 0) {
        const auto lower = data::utf8::toLower(word);
        if (lower != word) at = find_(lower);
    }
    if (at >= 0 && m_->offered.defined() && !m_->offered[at].item<bool>()) return -1;
    return at;
}

Result<std::int64_t> EmbeddingSpace::require(std::string_view word) const {
    const auto at = find(word);
    if (at < 0) {
        return Error::at({}, Message::tr("\"%1\" is not among the %2 words of these vectors")
                                 .arg(word)
                                 .arg(withCommas(size())))
            .as(ErrorKind::NotFound);
    }
    return at;
}

std::vector<Neighbour> EmbeddingSpace::nearestTo(const at::Tensor& query, int k,
                                                 const std::vector<std::int64_t>& exclude) const {
    std::vector<Neighbour> out;
    if (size() == 0 || k <= 0) return out;
    torch::NoGradGuard noGrad;
    const auto q = query.to(torch::kFloat).contiguous();
    const float qNorm = torch::linalg_vector_norm(q, 2, {}, false, torch::kFloat).item<float>();
    auto scores = m_->rows.mv(q).div_(m_->norms.clamp_min(1e-12F) * std::max(qNorm, 1e-12F));
    if (m_->offered.defined()) scores.masked_fill_(m_->offered.logical_not(), kNotOffered);
    scores.masked_fill_(m_->norms == 0, kNotOffered);  // <pad>, <unk>: no direction
    for (const auto row : exclude) {
        if (row >= 0) scores[row] = kNotOffered;
    }
    // Folding case drops a few candidates: take more, enough for any vocabulary's spellings.
    const auto take = std::min<std::int64_t>(foldCase_ ? 4 * k + 16 : k, scores.size(0));
    const auto [values, rows] = scores.topk(take);
    const auto* v = values.data_ptr<float>();
    const auto* r = rows.data_ptr<std::int64_t>();
    std::vector<std::string> seen;  // lower-cased, with the excluded words'
    if (foldCase_) {
        for (const auto row : exclude) {
            if (row >= 0) seen.push_back(data::utf8::toLower(word_(row)));
        }
    }
    for (std::int64_t i = 0; i < take && static_cast<int>(out.size()) < k; ++i) {
        if (v[i] <= kNotOffered) break;
        auto word = word_(r[i]);
        if (foldCase_) {
            auto lower = data::utf8::toLower(word);
            if (std::find(seen.begin(), seen.end(), lower) != seen.end()) continue;
            seen.push_back(std::move(lower));
        }
        out.push_back({std::move(word), v[i]});
    }
    return out;
}

Result<std::vector<Neighbour>> EmbeddingSpace::nearest(std::string_view word, int k) const {
    auto at = require(word);
    if (!at) return at.error();
    return nearestTo(m_->rows[*at], k, {*at});
}

Result<std::vector<Neighbour>> EmbeddingSpace::analogy(std::string_view a, std::string_view b,
                                                       std::string_view c, int k) const {
    auto ra = require(a);
    if (!ra) return ra.error();
    auto rb = require(b);
    if (!rb) return rb.error();
    auto rc = require(c);
    if (!rc) return rc.error();
    // Unit vectors, as word2vec's and gensim's analogies: no word dominates by its length.
    auto unit = [&](std::int64_t row) { return m_->rows[row] / m_->norms[row].clamp_min(1e-12F); };
    torch::NoGradGuard noGrad;
    return nearestTo(unit(*ra) - unit(*rb) + unit(*rc), k, {*ra, *rb, *rc});
}

float EmbeddingSpace::cosine(std::int64_t a, std::int64_t b) const {
    torch::NoGradGuard noGrad;
    const float n = m_->norms[a].item<float>() * m_->norms[b].item<float>();
    return n > 0 ? m_->rows[a].dot(m_->rows[b]).item<float>() / n : 0.0F;
}

Result<WordMovement> compareNeighbours(const EmbeddingSpace& start, const EmbeddingSpace& trained,
                                       const data::Vocabulary& vocab, std::string_view word,
                                       int k) {
    const auto row = trained.find(word);
    if (row < 0) {
        return Error::at({}, Message::tr("\"%1\" is not in the run's vocabulary").arg(word))
            .as(ErrorKind::NotFound);
    }
    const auto startRow = start.find(vocab.token(static_cast<std::int32_t>(row)));
    if (startRow < 0) {
        return Error::at({}, Message::tr("\"%1\" has no vector in the file the run is compared "
                                         "with: it started from a random vector")
                                 .arg(word))
            .as(ErrorKind::NotFound);
    }
    // The starting space, restricted to the run's vocabulary, so both lists choose among the same
    // words.
    const auto n = static_cast<std::int64_t>(trained.size());
    auto rows = torch::zeros({n, static_cast<std::int64_t>(start.dimension())});
    for (std::int64_t i = 0; i < n; ++i) {
        const auto& token = vocab.token(static_cast<std::int32_t>(i));
        if (token.find(' ') != std::string::npos) continue;
        // Other spellings of a word share its row in a lower-case file: list the word once.
        if (trained.foldCase()) {
            const auto lower = data::utf8::toLower(token);
            if (lower != token && vocab.contains(lower)) continue;
        }
        const auto at = start.find(token);
        if (at >= 0) rows[i] = start.vector(at);
    }
    auto restricted = EmbeddingSpace::fromEmbedding(vocab, rows);
    restricted.setFoldCase(trained.foldCase());
    WordMovement movement;
    movement.word = vocab.token(static_cast<std::int32_t>(row));
    movement.before = restricted.nearestTo(restricted.vector(row), k, {row});
    movement.after = trained.nearestTo(trained.vector(row), k, {row});
    {
        torch::NoGradGuard noGrad;
        const auto a = trained.vector(row);
        const auto b = start.vector(startRow);
        const float norms = a.norm().item<float>() * b.norm().item<float>();
        movement.cosineToStart = norms > 0 ? a.dot(b).item<float>() / norms : 0.0F;
    }
    auto same = [&](const std::string& a, const std::string& b) {
        return trained.foldCase() ? data::utf8::toLower(a) == data::utf8::toLower(b) : a == b;
    };
    for (const auto& x : movement.before) {
        movement.shared += static_cast<int>(
            std::count_if(movement.after.begin(), movement.after.end(),
                          [&](const Neighbour& y) { return same(x.word, y.word); }));
    }
    return movement;
}

}  // namespace sentiment::training
