#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sentiment::ui {

class QueueController;

/// The run queue on the Train page: each queued run with its state and the run it became, a
/// button that starts, pauses or resumes the queue, and ways to tidy it.
class QueuePanel : public QGroupBox {
    Q_OBJECT
public:
    explicit QueuePanel(QueueController* queue, QWidget* parent = nullptr);

private:
    void refresh();

    QueueController* queue_;
    QTableWidget* table_;
    QPushButton *run_, *remove_, *clear_;
    QLabel* state_;
};

}  // namespace sentiment::ui
