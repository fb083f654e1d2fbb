#pragma once

#include <QWidget>
#include <memory>
#include <vector>

#include "storage/RunRecords.h"
#include "ui/controllers/EmbeddingController.h"

class QFormLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace sentiment::ui {

class RunsController;

/// The embedding explorer: nearest words (cosine) and analogies (a − b + c) in the word vectors
/// the Data page loaded (GloVe's 400,000 words) or in a trained run's embedding, and for one
/// word its neighbours in GloVe beside its neighbours after training ("how did training move
/// *great*?"). The table exports like every table (right click).
class EmbeddingPage : public QWidget {
    Q_OBJECT
public:
    EmbeddingPage(RunsController* runs, EmbeddingController* controller, QWidget* parent = nullptr);

    /// Asks the current question (what the Find button does).
    void find();
    /// Asks as a user would, through the page's own boxes: `words` in `space`, one word for its
    /// nearest words or three for the analogy a − b + c.
    void ask(EmbeddingQuery::Space space, const QStringList& words);
    /// True when the page lists a run whose embedding can be searched.
    bool offersRuns() const;

private:
    QFormLayout* makeQueryForm();
    void connectInputs();
    void connectControllers();
    void showRuns(const std::shared_ptr<const std::vector<storage::RunRow>>& runs);
    void showAnswer(const EmbeddingAnswer& answer);
    void updateChoices();
    EmbeddingQuery::Space chosenSpace() const;

    RunsController* runs_;
    EmbeddingController* controller_;
    QComboBox* space_;
    QComboBox* run_;
    QLabel* runInfo_;
    QRadioButton* nearest_;
    QRadioButton* analogy_;
    QLineEdit* word_;
    QLineEdit* abc_[3];
    QSpinBox* k_;
    QPushButton* find_;
    QLabel* summary_;
    QTableWidget* table_;
};

}  // namespace sentiment::ui
