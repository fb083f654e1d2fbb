#include "ui/panels/RunsSummary.h"

#include <QStringList>

#include "ui/platform/CoreText.h"

namespace sentiment::ui {

QString RunsSummary::of(const experiment::RunsOverview& overview) {
    if (overview.runs.empty()) return {};
    const bool one = overview.runs.size() == 1;
    const auto& first = overview.runs.front();
    QString text = one ? tr("%1: epochs recorded: %2.")
                             .arg(QStringLiteral("%1 (#%2)")
                                      .arg(QString::fromStdString(first.details.run.info.name))
                                      .arg(first.id()))
                             .arg(first.details.epochs.size())
                       : tr("%1 runs overlaid; settings that differ: %2.")
                             .arg(overview.runs.size())
                             .arg(overview.differences.size());
    if (one && first.verdict)
        text += QLatin1Char(' ') + tr("Against the lecture: %1").arg(CoreText::of(*first.verdict));
    text += baselines(overview);
    QStringList groups;
    for (const auto& g : overview.groups) groups << CoreText::of(g.description);
    if (!groups.isEmpty()) text += QLatin1Char(' ') + groups.join(QLatin1Char(' '));
    if (one) text += card(first);
    return text;
}

// Each run against its baseline, in words; one run without one says so.
QString RunsSummary::baselines(const experiment::RunsOverview& overview) {
    const bool one = overview.runs.size() == 1;
    QString text;
    for (const auto& run : overview.runs) {
        if (run.baselineWords) {
            const QString words = CoreText::of(*run.baselineWords);
            text +=
                QLatin1Char(' ') +
                (one ? words.left(1).toUpper() + words.mid(1)
                     : tr("%1: %2").arg(QString::fromStdString(run.details.run.info.name), words)) +
                QLatin1Char('.');
        } else if (one && run.baselineMissing) {
            text += QLatin1Char(' ') + tr("No linear baseline on this dataset and split yet.");
        }
    }
    return text;
}

// The run's reproducibility card against this machine.
QString RunsSummary::card(const experiment::RunsOverview::Run& run) {
    if (!run.card) return {};
    QStringList why;
    for (const auto& d : run.cardDifferences) why << CoreText::of(d);
    return QLatin1Char('\n') +
           tr("Reproducibility: %1.")
               .arg(CoreText::of(experiment::RunsOverview::cardLine(*run.card))) +
           QLatin1Char(' ') +
           (why.isEmpty()
                ? tr("This machine matches: training it again here gives the same numbers.")
                : tr("Here the numbers may differ in the last digits: %1.")
                      .arg(why.join(QStringLiteral("; "))));
}

}  // namespace sentiment::ui
