#include "ui/window/LogDock.h"

#include <spdlog/sinks/qt_sinks.h>

#include <QFontDatabase>
#include <QPlainTextEdit>

#include "ui/platform/Logging.h"

namespace sentiment::ui {

LogDock::LogDock(QWidget* parent) : QDockWidget(tr("Log"), parent), view_(new QPlainTextEdit) {
    setObjectName(QStringLiteral("log"));
    view_->setReadOnly(true);
    view_->setMaximumBlockCount(5000);
    view_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setWidget(view_);
    sink_ = std::make_shared<spdlog::sinks::qt_sink_mt>(this, "appendLine");
    sink_->set_pattern("%H:%M:%S %l: %v");
    Logging::attach(sink_);
}

LogDock::~LogDock() {
    Logging::detach(sink_);
}

void LogDock::appendLine(const QString& line) {
    view_->appendPlainText(line);
}

}  // namespace sentiment::ui
