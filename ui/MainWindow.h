#pragma once

#include <QMainWindow>

class QLabel;

namespace sentiment::ui {

class DataPage;
class DatasetController;

/// The main window: pages (only the Data page in this version), a menu and a status bar.
/// Stays small: each page is its own class.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `runtimeText` describes LibTorch's device and threads for the status bar.
    MainWindow(DatasetController* controller, const QString& runtimeText, QWidget* parent = nullptr);
    DataPage* dataPage() const { return dataPage_; }

private:
    DataPage* dataPage_;
    QLabel* datasetLabel_;
};

}  // namespace sentiment::ui
