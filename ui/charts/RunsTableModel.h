#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <memory>
#include <vector>

#include "storage/RunRecords.h"

namespace sentiment::ui {

/// Every run of the store as a table: name, time, preset, status, epochs, best valid accuracy,
/// test accuracy, parameters, device, duration. Sorting uses the raw values (SortRole).
class RunsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Created,
        Preset,
        Status,
        Epochs,
        BestValid,
        TestAccuracy,
        Parameters,
        Device,
        Duration,
        Tags,
        Count
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit RunsTableModel(QObject* parent = nullptr);

    void setRuns(std::shared_ptr<const std::vector<storage::RunRow>> runs);
    const storage::RunRow* run(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// A run's name, notes, error, host and import, one a line.
    static QString toolTip(const storage::RunRow& run);
    /// The cell of `column` as shown (`started`: when the run began; `seconds`: its duration, -1
    /// while it runs).
    static QVariant display(const storage::RunRow& run, int column, const QDateTime& started,
                            qint64 seconds);
    std::shared_ptr<const std::vector<storage::RunRow>> runs_;
};

}  // namespace sentiment::ui
