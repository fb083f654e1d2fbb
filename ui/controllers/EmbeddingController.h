#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

#include "ui/controllers/BackgroundTask.h"

namespace sentiment::data {
class WordVectors;
}

namespace sentiment::ui {

class DatasetController;

/// A word and its cosine similarity to the query.
struct NeighbourView {
    QString word;
    double cosine = 0;
};

/// What the Embeddings page asks.
struct EmbeddingQuery {
    enum class Space {
        Vectors,
        Run,
        Both
    };  ///< Both: the run's words in the vectors beside after training
    Space space = Space::Vectors;
    QStringList words;  ///< one word (nearest), or a, b, c (a - b + c)
    int k = 10;
};

/// The answer, as the page shows it.
struct EmbeddingAnswer {
    EmbeddingQuery query;
    QList<NeighbourView> first;   ///< the vectors' (or the run's when it is the only space)
    QList<NeighbourView> second;  ///< Both: after training
    double cosineToStart = 0;     ///< Both: the word's trained vector against its starting one
    int shared = 0;               ///< Both: words in both lists
    double milliseconds = 0;
    QString error;  ///< a word a space lacks, named
};

/// The embedding explorer's engine: the vectors the Data page loaded and one run's trained
/// embedding, each made a searchable space off the GUI thread, and queries answered there
/// (latest wins: typing fast costs one query per pause).
class EmbeddingController : public QObject {
    Q_OBJECT
public:
    explicit EmbeddingController(DatasetController* datasets, QObject* parent = nullptr);
    ~EmbeddingController() override;

    /// Loads the embedding of run `run` from its checkpoint; `runLoaded` or `failed` follows.
    void loadRun(qint64 run, const QString& checkpoint);
    qint64 run() const;
    bool hasVectors() const;
    bool hasRun() const;
    /// Answers `query`; `answered` follows.
    void ask(const EmbeddingQuery& query);

Q_SIGNALS:
    void runLoaded(qint64 run, const QString& description);
    void vectorsChanged();
    void answered(const sentiment::ui::EmbeddingAnswer& answer);
    void failed(const QString& message);

private:
    struct Spaces;
    std::shared_ptr<Spaces> spaces_;
    DatasetController* datasets_;
    BackgroundTask loading_{BackgroundTask::Policy::LatestWins};
    BackgroundTask queries_{BackgroundTask::Policy::LatestWins};
};

}  // namespace sentiment::ui

Q_DECLARE_METATYPE(sentiment::ui::EmbeddingAnswer)
