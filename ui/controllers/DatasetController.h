#pragma once

#include <QObject>
#include <QString>
#include <memory>

#include "storage/RunRecords.h"
#include "ui/controllers/BackgroundTask.h"
#include "ui/controllers/DatasetSummary.h"
#include "ui/controllers/ReviewView.h"
#include "ui/controllers/TableChoice.h"
#include "ui/controllers/VectorsSummary.h"

namespace sentiment::experiment {
struct ExperimentPlan;
}
namespace sentiment::data {
struct Dataset;
class WordVectors;
}  // namespace sentiment::data

namespace sentiment::ui {

/// Loads datasets and word vectors off the GUI thread (QtConcurrent) and hands the pages plain
/// summaries. The only place in the GUI that talks to the data library.
class DatasetController : public QObject {
    Q_OBJECT
public:
    /// A dataset's source for people: its path, or "the demo sample" in the interface language
    /// (the core and the run store call it data::DemoData::kName).
    static QString sourceLabel(const QString& source);
    /// True when `path` holds word vectors, not a dataset (GloVe's .txt and NSMC's .txt share a
    /// name: the first line tells them apart).
    static bool holdsVectors(const QString& path);
    /// True when `path` is a file whose name says labelled table (.csv, .tsv, .txt, .jsonl,
    /// gzip'd or not) and that holds no word vectors: the import dialog asks how to read it.
    static bool looksLikeTable(const QString& path);
    /// The first `rows` rows of the table at `path` read with `choice` (quick: it stops there).
    static TablePreviewView preview(const QString& path, const TableChoice& choice, int rows = 100);

    explicit DatasetController(QObject* parent = nullptr);
    ~DatasetController() override;

    /// Starts loading the embedded demo sample, or `path` when not empty (a table with its
    /// columns found from the file). Ignored while busy.
    void load(const QString& path);
    /// Starts loading the table at `path`, read as `table` says.
    void load(const QString& path, const TableChoice& table);
    /// Asks a running load to stop (takes effect within a few hundred reviews).
    void cancel();
    bool busy() const;
    std::shared_ptr<const data::Dataset> dataset() const { return dataset_; }
    /// How the loaded dataset was read when it is a table (the choice it was loaded with).
    const TableChoice& table() const { return table_; }
    /// True when the loaded dataset is the one a run recorded (experiment::Baseline::sameDataset).
    bool holds(const storage::RunInfo& run) const;
    /// Writes into `plan` the dataset (with how a table was read) and (when it uses them) the
    /// vectors loaded now, as a run records them: what a queued plan will need when it trains.
    void stampSources(experiment::ExperimentPlan& plan) const;
    /// Empty when the loaded dataset and vectors are the ones `plan` names; else what to open.
    QString missingFor(const experiment::ExperimentPlan& plan) const;

    /// Starts loading GloVe vectors: a `.txt` file, or a `.zip` (glove.6B.zip) from which the
    /// member of `dimension` is read. Their coverage of the vocabulary follows every dataset load.
    void loadVectors(const QString& path, int dimension);
    bool vectorsBusy() const;
    std::shared_ptr<const data::WordVectors> vectors() const { return vectors_; }
    QString vectorsPath() const { return vectorsPath_; }

    /// Number of reviews in a split of the loaded dataset (0 train, 1 valid, 2 test).
    int reviewCount(int split) const;
    /// One review of a split, for the browser.
    ReviewView review(int split, int row) const;

Q_SIGNALS:
    void started(const QString& source);
    void progress(const QString& phase, double fraction);
    void loaded(const sentiment::ui::DatasetSummary& summary);
    void failed(const QString& message);
    void vectorsStarted(const QString& source);
    void vectorsProgress(double fraction);
    void vectorsLoaded(const sentiment::ui::VectorsSummary& summary);
    void vectorsFailed(const QString& message);

private:
    /// Notes in `s` when most of the dataset's letters are not Latin and it was cut by English
    /// rules (a sample of its reviews is counted).
    static void adviseTokenizer(const data::Dataset& dataset, DatasetSummary& s);
    struct Outcome;
    struct VectorsOutcome;
    void coverVocabulary();
    void vectorsDone(const std::shared_ptr<VectorsOutcome>& outcome);
    std::shared_ptr<const data::WordVectors> vectors_;
    QString vectorsPath_;
    std::shared_ptr<const data::Dataset> dataset_;
    TableChoice table_;
    // Declared last: their destructors stop and wait for jobs that read the members above.
    BackgroundTask loading_{BackgroundTask::Policy::IgnoreWhileBusy};
    BackgroundTask vectorsLoading_{BackgroundTask::Policy::IgnoreWhileBusy};
};

}  // namespace sentiment::ui
