#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>
#include <stop_token>

#include "ui/DatasetSummary.h"

namespace sentiment::data {
struct Dataset;
}

namespace sentiment::ui {

/// Loads datasets off the GUI thread (QtConcurrent) and hands the pages plain summaries.
/// The only place in the GUI that talks to the data library.
class DatasetController : public QObject {
    Q_OBJECT
public:
    explicit DatasetController(QObject* parent = nullptr);
    ~DatasetController() override;

    /// Starts loading the embedded demo sample, or `path` when not empty. Ignored while busy.
    void load(const QString& path);
    /// Asks a running load to stop (takes effect within a few hundred reviews).
    void cancel();
    bool busy() const;
    std::shared_ptr<const data::Dataset> dataset() const { return dataset_; }

Q_SIGNALS:
    void started(const QString& source);
    void progress(const QString& phase, double fraction);
    void loaded(const sentiment::ui::DatasetSummary& summary);
    void failed(const QString& message);

private:
    struct Outcome;
    QFutureWatcher<std::shared_ptr<Outcome>> watcher_;
    std::stop_source stop_;
    std::shared_ptr<const data::Dataset> dataset_;
};

}  // namespace sentiment::ui
