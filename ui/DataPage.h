#pragma once

#include <QWidget>

#include "ui/DatasetSummary.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sentiment::ui {

class DatasetController;

/// The Data page: choose IMDb or the demo sample, watch it load, see counts, vocabulary size,
/// padding and the most common tokens. Talks only to the DatasetController.
class DataPage : public QWidget {
    Q_OBJECT
public:
    explicit DataPage(DatasetController* controller, QWidget* parent = nullptr);

    /// Opens a file dialog for aclImdb_v1.tar.gz (or a folder) and loads it.
    void chooseDataset();

    QTableWidget* countsTable() const { return counts_; }
    QTableWidget* tokensTable() const { return tokens_; }

private:
    void showSummary(const DatasetSummary& summary);
    void showError(const QString& message);
    void setBusy(bool busy);

    DatasetController* controller_;
    QLabel* title_;
    QLabel* details_;
    QLabel* message_;
    QProgressBar* progress_;
    QPushButton* open_;
    QPushButton* demo_;
    QPushButton* cancel_;
    QTableWidget* counts_;
    QTableWidget* tokens_;
};

}  // namespace sentiment::ui
