#pragma once

#include <QWidget>

#include "ui/controllers/VectorsSummary.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sentiment::ui {

class DatasetController;
class DownloadBar;

/// Word vectors on the Data page: open GloVe (`.txt`, or `glove.6B.zip` with a dimension),
/// watch it load, then see how much of the vocabulary it covers and the most frequent words
/// it lacks (those start from random vectors).
class VectorsPanel : public QWidget {
    Q_OBJECT
public:
    explicit VectorsPanel(DatasetController* controller, QWidget* parent = nullptr);

    /// Opens a file dialog and loads the chosen file.
    void chooseVectors();
    /// The dimension of the GloVe member to read from a .zip.
    int dimension() const;

private:
    void showSummary(const VectorsSummary& s);

    DatasetController* controller_;
    QPushButton* open_;
    DownloadBar* download_;
    QComboBox* dimension_;
    QProgressBar* progress_;
    QLabel* coverage_;
    QTableWidget* missing_;
};

}  // namespace sentiment::ui
