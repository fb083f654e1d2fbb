#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

#include "ui/window/Automation.h"

namespace sentiment::app {

/// What `sentiment-lab`'s command line asks for.
struct StartOptions {
    QString data;         ///< a dataset to open; empty: the last one opened, or the demo
    bool demo = false;    ///< the embedded demo sample, whatever was opened last
    QString vectors;      ///< word vectors; empty: the last ones
    int dimension = 100;  ///< read from glove.6B.zip
    int threads = 0;      ///< LibTorch threads, 0: one per core
    QString language;     ///< "en" or "ko"; empty: the setting, else the system's
    QString dataTab = QStringLiteral("tokens");
    QString runsTab;  ///< empty: the Runs page's own choice
    bool quitWhenShown = false;
    ui::Automation::Options script;  ///< the page shown first and what to do there
};

/// Answers `--help` and `--version` before anything touches the window system, so that they work
/// over SSH or in a terminal without a display (a QApplication aborts there before it reads an
/// option). Returns 0 when it printed one of them (to stdout), nothing otherwise.
std::optional<int> answerBeforeTheWindowSystem(const QStringList& arguments);

/// The options, read once the QApplication has taken its own (`-platform`, `-style` ...) out of
/// `arguments`; or the exit status 1 after a mistake, named on stderr. A dataset may also be
/// given as the first plain argument (what the desktop entry's `%F` passes).
std::variant<StartOptions, int> readCommandLine(const QStringList& arguments);

}  // namespace sentiment::app
