#include "ui/controllers/EmbeddingController.h"

#include <QLocale>

#include <chrono>
#include <mutex>
#include <optional>

#include "training/Checkpoint.h"
#include "training/EmbeddingSpace.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/Guarded.h"
#include "ui/platform/CoreText.h"

namespace sentiment::ui {

/// The spaces, shared with the pool's jobs; the mutex guards swapping them, never a query.
struct EmbeddingController::Spaces {
    std::mutex mutex;
    std::shared_ptr<const data::WordVectors>
        vectorsSource;  // the Data page's, when the space was built
    std::shared_ptr<const training::EmbeddingSpace> vectors;
    std::shared_ptr<const training::EmbeddingSpace> trained;
    std::shared_ptr<const data::Vocabulary> vocab;
    qint64 run = 0;
};

namespace {

QList<NeighbourView> toView(const std::vector<training::Neighbour>& list) {
    QList<NeighbourView> out;
    for (const auto& n : list)
        out.push_back({QString::fromStdString(n.word), static_cast<double>(n.cosine)});
    return out;
}

}  // namespace

EmbeddingController::EmbeddingController(DatasetController* datasets, QObject* parent)
    : QObject(parent), spaces_(std::make_shared<Spaces>()), datasets_(datasets) {
    qRegisterMetaType<sentiment::ui::EmbeddingAnswer>();
    connect(datasets_, &DatasetController::vectorsLoaded, this,
            [this] { Q_EMIT vectorsChanged(); });
}

EmbeddingController::~EmbeddingController() = default;

qint64 EmbeddingController::run() const {
    std::lock_guard lock(spaces_->mutex);
    return spaces_->run;
}

bool EmbeddingController::hasVectors() const {
    return datasets_->vectors() != nullptr;
}

bool EmbeddingController::hasRun() const {
    std::lock_guard lock(spaces_->mutex);
    return spaces_->trained != nullptr;
}

void EmbeddingController::loadRun(qint64 run, const QString& checkpoint) {
    struct Loaded {
        std::shared_ptr<const training::EmbeddingSpace> space;
        std::shared_ptr<const data::Vocabulary> vocab;
        QString description, error;
    };
    loading_.submit(
        [checkpoint] {
            Loaded out;
            guarded(out.error, QObject::tr("The embedding could not be searched: %1"), [&] {
                auto c = training::Checkpoint::load(checkpoint.toStdString());
                if (!c) {
                    out.error = CoreText::of(c.error());
                    return;
                }
                if (!c->hasWordEmbedding()) {
                    out.error = QObject::tr(
                                    "This run's model (%1) has no word embedding: NBSVM keeps one "
                                    "fixed ratio per n-gram.")
                                    .arg(QString::fromStdString(
                                        std::string(model::toString(c->model.architecture))));
                    return;
                }
                out.vocab = std::make_shared<const data::Vocabulary>(c->vocab);
                out.space = std::make_shared<const training::EmbeddingSpace>(
                    training::EmbeddingSpace::fromCheckpoint(*c));
                out.description = QObject::tr("%1 words × %2 dimensions, trained")
                                      .arg(QLocale().toString(qlonglong(out.space->size())))
                                      .arg(out.space->dimension());
            });
            return out;
        },
        [this, run](const Loaded& out) {
            if (!out.error.isEmpty()) {
                Q_EMIT failed(out.error);
                return;
            }
            {
                std::lock_guard lock(spaces_->mutex);
                spaces_->trained = out.space;
                spaces_->vocab = out.vocab;
                spaces_->run = run;
            }
            Q_EMIT runLoaded(run, out.description);
        });
}

void EmbeddingController::ask(const EmbeddingQuery& query) {
    auto vectors = datasets_->vectors();
    queries_.submit(
        [spaces = spaces_, vectors, query] {
            EmbeddingAnswer answer;
            answer.query = query;
            guarded(answer.error, QObject::tr("The embedding could not be searched: %1"), [&] {
                std::shared_ptr<const training::EmbeddingSpace> glove, trained;
                std::shared_ptr<const data::Vocabulary> vocab;
                {
                    std::lock_guard lock(spaces->mutex);
                    trained = spaces->trained;
                    vocab = spaces->vocab;
                    if (vectors && spaces->vectorsSource != vectors) spaces->vectors.reset();
                    glove = spaces->vectors;
                }
                if (vectors && !glove && query.space != EmbeddingQuery::Space::Run) {
                    // Once per vectors file: the row norms (a pass over the rows).
                    glove = std::make_shared<const training::EmbeddingSpace>(
                        training::EmbeddingSpace::fromVectors(vectors));
                    std::lock_guard lock(spaces->mutex);
                    spaces->vectors = glove;
                    spaces->vectorsSource = vectors;
                }
                const bool wantsVectors = query.space != EmbeddingQuery::Space::Run;
                const bool wantsRun = query.space != EmbeddingQuery::Space::Vectors;
                if (wantsVectors && !glove) {
                    answer.error = QObject::tr("Load word vectors (GloVe) on the Data page first.");
                    return;
                }
                if (wantsRun && !trained) {
                    answer.error = QObject::tr("Choose a trained run first.");
                    return;
                }
                const auto start = std::chrono::steady_clock::now();
                std::vector<std::string> words;
                for (const auto& w : query.words) words.push_back(w.trimmed().toStdString());
                auto fail = [&](const Error& e) { answer.error = CoreText::of(e); };
                if (query.space == EmbeddingQuery::Space::Both && words.size() == 1) {
                    auto moved =
                        training::compareNeighbours(*glove, *trained, *vocab, words[0], query.k);
                    if (!moved) return fail(moved.error());
                    answer.first = toView(moved->before);
                    answer.second = toView(moved->after);
                    answer.cosineToStart = moved->cosineToStart;
                    answer.shared = moved->shared;
                } else {
                    auto search = [&](const training::EmbeddingSpace& space)
                        -> Result<std::vector<training::Neighbour>> {
                        if (words.size() == 3)
                            return space.analogy(words[0], words[1], words[2], query.k);
                        return space.nearest(words.at(0), query.k);
                    };
                    if (wantsVectors) {
                        auto found = search(*glove);
                        if (!found) return fail(found.error());
                        answer.first = toView(*found);
                    }
                    if (wantsRun) {
                        auto found = search(*trained);
                        if (!found) return fail(found.error());
                        (wantsVectors ? answer.second : answer.first) = toView(*found);
                    }
                }
                answer.milliseconds = std::chrono::duration<double, std::milli>(
                                          std::chrono::steady_clock::now() - start)
                                          .count();
            });
            return answer;
        },
        [this](const EmbeddingAnswer& answer) { Q_EMIT answered(answer); });
}

}  // namespace sentiment::ui
