#pragma once

#include <QCoreApplication>
#include <QString>

#include "experiment/RunsOverview.h"

namespace sentiment::ui {

/// The Runs page's words on the selected runs, from their overview: what is shown, the verdict
/// against the course (one run), each run against its linear baseline, the groups' spreads and
/// the reproducibility card against this machine (one run).
class RunsSummary {
    Q_DECLARE_TR_FUNCTIONS(RunsSummary)
public:
    static QString of(const experiment::RunsOverview& overview);

private:
    static QString baselines(const experiment::RunsOverview& overview);
    static QString card(const experiment::RunsOverview::Run& run);
};

}  // namespace sentiment::ui
