#pragma once

#include <QMainWindow>

class QLabel;

namespace sentiment::ui {

class DataPage;
class DatasetController;
class TrainPage;
class TrainingController;

/// The main window: pages in tabs (Data, Train), a menu and a status bar. Stays small: each
/// page is its own class.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `runtimeText` describes LibTorch's device and threads for the status bar.
    MainWindow(DatasetController* controller, TrainingController* training, const QString& runtimeText,
               QWidget* parent = nullptr);
    DataPage* dataPage() const { return dataPage_; }
    TrainPage* trainPage() const { return trainPage_; }
    /// Shows the page with this object name ("data", "train").
    void showPage(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    DataPage* dataPage_;
    TrainPage* trainPage_;
    class QTabWidget* tabs_;
    TrainingController* training_;
    QLabel* datasetLabel_;
};

}  // namespace sentiment::ui
