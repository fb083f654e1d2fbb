#pragma once

#include <QWidget>

#include "ui/controllers/DatasetSummary.h"

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QCustomPlot;

namespace sentiment::ui {

class DatasetController;
class DownloadBar;
class ReviewBrowser;
class VectorsPanel;

/// The Data page: choose IMDb or the demo sample, watch it load (with Cancel), see counts, the
/// review-length histogram, vocabulary size, padding, the most common tokens, browse reviews
/// with their tokens, and open word vectors. Talks only to the DatasetController.
class DataPage : public QWidget {
    Q_OBJECT
public:
    explicit DataPage(DatasetController* controller, QWidget* parent = nullptr);

    /// Opens a file dialog for aclImdb_v1.tar.gz or a labelled table and opens it (openDataset).
    void chooseDataset();
    /// Loads `path`; a labelled table first shows the import dialog (its rows, the columns and
    /// labels to read), filled with the choice it was last read with.
    void openDataset(const QString& path);
    /// Opens a folder dialog for the extracted aclImdb folder or a folder of class folders.
    void chooseFolder();

    /// Shows the word vectors' tab and asks for a file (File > Open word vectors).
    void chooseVectors();
    /// Shows the word vectors' tab and loads `path` with the dimension chosen there.
    void loadVectors(const QString& path);
    /// Shows the bottom tab with this object name: "tokens", "reviews" or "vectors".
    void showTab(const QString& name);

private:
    QHBoxLayout* makeSourceBar();
    QHBoxLayout* makeOverview();
    QTabWidget* makeTabs();
    void connectController();
    /// The loader's phase ("read", "tokenize", "vocab", "cache", "vectors") in words.
    static QString phaseName(const QString& phase);
    void showSummary(const DatasetSummary& summary);
    void showError(const QString& message);
    void setBusy(bool busy);

    DatasetController* controller_;
    DownloadBar* download_;
    QLabel* title_;
    QLabel* details_;
    QLabel* message_;
    QProgressBar* progress_;
    QPushButton* open_;
    QPushButton* openFolder_;
    QPushButton* demo_;
    QPushButton* cancel_;
    QTableWidget* counts_;
    QTableWidget* tokens_;
    QCustomPlot* lengths_;
    QLabel* lengthsNote_;
    QTabWidget* tabs_;
    ReviewBrowser* browser_;
    VectorsPanel* vectors_;
};

}  // namespace sentiment::ui
