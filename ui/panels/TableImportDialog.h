#pragma once

#include <QDialog>

#include "ui/controllers/TableChoice.h"

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sentiment::ui {

/// Opening a labelled table (CSV, TSV, NSMC's .txt, JSON Lines): the first rows as the reader
/// sees them, and the choices that decide how it is read: the delimiter and header, the text,
/// label, split and group columns, a label map (with what each label of the shown rows becomes),
/// and the test reviews (a file, the split column or a held-out share). Every change reads the
/// rows again; Open is offered only while they read.
class TableImportDialog : public QDialog {
    Q_OBJECT
public:
    TableImportDialog(const QString& path, const TableChoice& initial, QWidget* parent = nullptr);

    QString path() const { return path_; }
    /// The choice as the user made it: what they left alone stays to be found from the file.
    TableChoice choice() const { return choice_; }
    /// The rows shown now (for tests).
    const TablePreviewView& shown() const { return view_; }

private:
    void refresh();
    void fillColumns();
    void fillRows();
    void describeLabels();
    /// A column as a choice names it: its header name, or its 1-based number.
    QString columnName(int index) const;
    void chooseTestFile();

    QString path_;
    TableChoice choice_;
    TablePreviewView view_;
    bool filling_ = false;  // while the combo boxes are refilled: their signals are not choices

    QLabel* format_;
    QComboBox* delimiter_;
    QComboBox* header_;
    QComboBox* text_;
    QComboBox* label_;
    QComboBox* split_;
    QComboBox* group_;
    QLineEdit* labelMap_;
    QLineEdit* testFile_;
    QPushButton* chooseTest_;
    QPushButton* clearTest_;
    QDoubleSpinBox* testShare_;
    QTableWidget* rows_;
    QLabel* labels_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
};

}  // namespace sentiment::ui
