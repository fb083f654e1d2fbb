#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTextBrowser;

namespace sentiment::ui {

class DatasetController;

/// Browse the loaded reviews: the raw text next to its tokens, with the tokens that fall
/// outside the vocabulary (they become `<unk>`) marked.
class ReviewBrowser : public QWidget {
    Q_OBJECT
public:
    explicit ReviewBrowser(DatasetController* controller, QWidget* parent = nullptr);

    /// Shows review `row` (0-based) of split 0 train, 1 valid, 2 test.
    void show(int split, int row);

private:
    void refresh();

    DatasetController* controller_;
    QComboBox* split_;
    QSpinBox* index_;
    QLabel* info_;
    QTextBrowser* text_;
    QTextBrowser* tokens_;
};

}  // namespace sentiment::ui
