#pragma once

#include <QDockWidget>
#include <memory>

class QPlainTextEdit;

namespace spdlog::sinks {
class sink;
}

namespace sentiment::ui {

/// The log panel at the bottom of the window: every message of the application's log
/// (loading, training, the run store), newest last.
class LogDock : public QDockWidget {
    Q_OBJECT
public:
    explicit LogDock(QWidget* parent = nullptr);
    ~LogDock() override;

    /// Appends one line (called through the log's Qt sink, from any thread).
    Q_INVOKABLE void appendLine(const QString& line);

private:
    QPlainTextEdit* view_;
    std::shared_ptr<spdlog::sinks::sink> sink_;
};

}  // namespace sentiment::ui
