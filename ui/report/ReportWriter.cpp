#include "ui/report/ReportWriter.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <algorithm>

#include "data/table/LabelMap.h"
#include "experiment/Presets.h"
#include "foundation/TextFormat.h"
#include "model/Runtime.h"
#include "ui/charts/EpochPlot.h"
#include "ui/charts/GroupChart.h"
#include "ui/charts/RunCharts.h"
#include "ui/platform/CoreText.h"
#include "ui/platform/PresetNames.h"

namespace sentiment::ui {

namespace {

using Overview = experiment::RunsOverview;
using Run = experiment::RunsOverview::Run;

QString esc(const std::string& s) {
    return QString::fromStdString(s).toHtmlEscaped();
}
QString esc(const Message& m) {
    return CoreText::of(m).toHtmlEscaped();
}
QString pct(double v) {
    return QString::fromStdString(percent(v));
}
QString commas(std::int64_t n) {
    return QString::fromStdString(withCommas(std::uint64_t(std::max<std::int64_t>(0, n))));
}
QString paragraph(const QString& html) {
    return QStringLiteral("<p>%1</p>").arg(html);
}
QString missing(const QString& what) {
    return QStringLiteral("<p><i>%1</i></p>").arg(what.toHtmlEscaped());
}
// The class names of a run that told more than two apart (empty with two: the lecture's words).
std::vector<std::string> classesOf(const Run& run) {
    if (run.plan && run.plan->classNames().size() > 2) return run.plan->classNames();
    return {};
}
QString labelled(const QString& label, const QString& text) {
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), text.toHtmlEscaped());
}

const experiment::LectureReference& referenceOf(const Overview& overview) {
    return overview.reference != nullptr ? *overview.reference
                                         : experiment::LectureReference::lecture();
}

// ---- charts -------------------------------------------------------------------------------

QString chartImages(const QString& left, const QString& right) {
    return QStringLiteral(
               "<table width='100%'><tr><td width='50%'><img src='%1' width='300'></td>"
               "<td width='50%'><img src='%2' width='300'></td></tr></table>")
        .arg(left, right);
}
QString lossChartName(std::int64_t run) {
    return QStringLiteral("run-%1-loss.png").arg(run);
}
QString accuracyChartName(std::int64_t run) {
    return QStringLiteral("run-%1-accuracy.png").arg(run);
}
QString bandChartName(std::int64_t group) {
    return QStringLiteral("group-%1-band.png").arg(group);
}
QString valuesChartName(std::int64_t group) {
    return QStringLiteral("group-%1-values.png").arg(group);
}

// One run's train and valid curves over the course's valid curve; accuracy adds chance and the
// linear baseline.
QImage runChart(const Run& run, RunCharts::Metric metric,
                const experiment::LectureReference& reference) {
    const bool loss = metric == RunCharts::Metric::Loss;
    QCustomPlot plot;
    plot.resize(RunCharts::kReportWidth, RunCharts::kReportHeight);
    EpochPlot::style(plot, loss ? ReportWriter::tr("loss") : ReportWriter::tr("accuracy (%)"));
    const QColor trainColour(31, 119, 180), validColour(255, 127, 14);
    RunCharts::addCurve(plot, run.details, metric, RunCharts::Split::Train,
                        ReportWriter::tr("train"), trainColour);
    RunCharts::addCurve(plot, run.details, metric, RunCharts::Split::Valid,
                        ReportWriter::tr("valid"), validColour);
    const int covered =
        RunCharts::addReference(plot, metric, reference, run.details.run.info.preset,
                                RunCharts::Split::Valid, validColour.lighter(115));
    const int last = std::max(RunCharts::lastEpoch(run.details), covered);
    if (!loss) {
        RunCharts::addChance(plot, last);
        if (run.baseline) RunCharts::addBaseline(plot, *run.baseline, last);
    }
    RunCharts::finish(plot, metric, last);
    return RunCharts::image(plot);
}

QImage groupBandChart(const Overview::Group& group) {
    QCustomPlot plot;
    plot.resize(RunCharts::kReportWidth, RunCharts::kReportHeight);
    EpochPlot::style(plot, ReportWriter::tr("valid accuracy (%)"));
    GroupChart::drawMembers(plot, group);
    plot.replot();
    return RunCharts::image(plot);
}

QImage groupValuesChart(const Overview::Group& group) {
    QCustomPlot plot;
    plot.resize(RunCharts::kReportWidth, RunCharts::kReportHeight);
    EpochPlot::style(plot, ReportWriter::tr("test accuracy (%)"));
    GroupChart::drawValues(plot, group.summary, group.id);
    plot.replot();
    return RunCharts::image(plot);
}

// ---- one run -------------------------------------------------------------------------------

QString runHeading(const Run& run) {
    const auto& r = run.details.run;
    return QStringLiteral("<h3>%1</h3><p style='color:#555'>%2 · %3 · %4</p>")
        .arg(esc(r.info.name), presetDisplayName(r.info.preset).toHtmlEscaped(),
             ReportWriter::tr("run %1 of the store").arg(r.id), esc(r.createdAt));
}

// A run recorded before plans: its settings as stored, two key/value pairs a row.
QString storedSettingsTable(const std::vector<std::pair<std::string, std::string>>& settings) {
    QString h = QStringLiteral(
        "<table border='1' cellspacing='0' cellpadding='2' style='font-size:small'>");
    const std::size_t half = (settings.size() + 1) / 2;
    for (std::size_t i = 0; i < half; ++i) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td>")
                 .arg(esc(settings[i].first), esc(settings[i].second));
        if (i + half < settings.size()) {
            h += QStringLiteral("<td>%1</td><td>%2</td>")
                     .arg(esc(settings[i + half].first), esc(settings[i + half].second));
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

// The run's settings as sentences a student can hand in (experiment::PlanInWords).
QString settingsSection(const Run& run) {
    QString h = paragraph(ReportWriter::tr("The model has <b>%1</b> trainable parameters.")
                              .arg(commas(run.details.run.info.parameters)));
    if (run.planInWords.empty()) return h + storedSettingsTable(run.storedSettings);
    h += QStringLiteral("<ul>");
    for (const auto& sentence : run.planInWords)
        h += QStringLiteral("<li>%1</li>").arg(esc(sentence));
    return h + QStringLiteral("</ul>");
}

// The per-epoch lines and the test in the lecture's (the notebooks') own format; with more than
// two classes (`classes`) each validation line and the test add their macro-F1.
QString lectureFormat(const storage::RunDetails& run, bool classes) {
    const auto& r = run.run;
    const bool validated = r.info.validSize > 0;
    QString h = QStringLiteral("<pre>");
    for (const auto& e : run.epochs) {
        h += QString(
                 validated
                     ? QStringLiteral("Epoch: %1 | Epoch Time: %2%3\n\tTrain Loss: %4 | Train Acc: "
                                      "%5\n\t Val. Loss: %6 |  Val. Acc: %7\n")
                     : QStringLiteral(
                           "Epoch: %1 | Epoch Time: %2%3\n\tTrain Loss: %4 | Train Acc: %5\n%6%7"))
                 .arg(e.epoch, 2, 10, QLatin1Char('0'))
                 .arg(QString::fromStdString(minutesSeconds(e.seconds)),
                      e.best ? QStringLiteral("  (best)") : QString())
                 .arg(e.trainLoss, 0, 'f', 3)
                 .arg(pct(e.trainAccuracy))
                 .arg(validated ? QString::number(e.validLoss, 'f', 3) : QString())
                 .arg(validated ? pct(e.validAccuracy) : QString());
        if (classes && validated && e.validMacroF1)
            h.insert(h.size() - 1,
                     QStringLiteral(" | Val. Macro-F1: %1").arg(*e.validMacroF1, 0, 'f', 3));
    }
    if (r.testAccuracy) {
        h += (validated
                  ? QStringLiteral(
                        "Test Loss: %1 | Test Acc: %2   (best-valid checkpoint, epoch %3)\n")
                  : QStringLiteral(
                        "Test Loss: %1 | Test Acc: %2   (last epoch, %3; no validation split)\n"))
                 .arg(r.testLoss.value_or(0), 0, 'f', 3)
                 .arg(pct(*r.testAccuracy))
                 .arg(r.bestEpoch);
        if (classes && r.testMacroF1)
            h.insert(h.size() - 1,
                     QStringLiteral("   Test Macro-F1: %1").arg(*r.testMacroF1, 0, 'f', 3));
    } else {
        h += ReportWriter::tr("No test result (%1).\n")
                 .arg(QString::fromLatin1(storage::toString(r.status).data()));
    }
    return h + QStringLiteral("</pre>");
}

// The run against its linear baseline in words; without one, how to get it; empty where it does
// not apply.
QString baselineWords(const Run& run) {
    if (run.baselineWords) return CoreText::of(*run.baselineWords);
    if (run.baselineMissing) {
        return ReportWriter::tr(
            "no NBSVM run on this dataset and split yet (train it from the Runs page: about a "
            "minute)");
    }
    return {};
}

// The run's reproducibility card in one line, for a teacher who runs it again.
QString cardLine(const Run& run) {
    if (!run.card) return {};
    QString text = CoreText::of(Overview::cardLine(*run.card));
    const auto& info = run.details.run.info;
    if (info.groupId > 0) {
        text += QStringLiteral("; ") + ReportWriter::tr("group %1, value %2")
                                           .arg(info.groupId)
                                           .arg(QString::fromStdString(info.groupValue));
    }
    return labelled(ReportWriter::tr("Reproducibility:"), text);
}

QString resultsSection(const Run& run) {
    QString h = lectureFormat(run.details, !classesOf(run).empty());
    if (run.verdict)
        h += labelled(ReportWriter::tr("Against the lecture:"), CoreText::of(*run.verdict));
    if (const QString words = baselineWords(run); !words.isEmpty())
        h += labelled(ReportWriter::tr("Baseline:"), words);
    return h + cardLine(run);
}

// The model's parameters per layer with their formulas (assignment 5).
QString parametersSection(const model::ParameterReport& report) {
    QString h = paragraph(ReportWriter::tr("The model has <b>%1</b> trainable parameters:")
                              .arg(commas(report.trainable)));
    h += QStringLiteral(
             "<table border='1' cellspacing='0' "
             "cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
             .arg(ReportWriter::tr("Layer"), ReportWriter::tr("Parameters"),
                  ReportWriter::tr("Formula"));
    for (const auto& f : report.formulas) {
        h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td>%3</td></tr>")
                 .arg(esc(f.layer), commas(f.count), esc(f.formula));
    }
    return h + QStringLiteral("</table>");
}

// ---- the report's sections ---------------------------------------------------------------

QString header(const Overview& overview) {
    return QStringLiteral("<h1>%1</h1><p>%2</p>")
        .arg(ReportWriter::tr("Sentiment analysis on IMDb: assignment report"),
             ReportWriter::tr("Made with Sentiment Lab %1 on %2. Runs are read against: %3.")
                 .arg(QApplication::applicationVersion().toHtmlEscaped(),
                      QString::fromStdString(localTime("%Y-%m-%d %H:%M")),
                      esc(referenceOf(overview).course())));
}

// One of assignments 1-4: the chosen runs' settings and charts (`settings`), or their results.
QString assignment(const QString& title, const std::vector<const Run*>& runs, bool settings,
                   const QString& none) {
    QString h = QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
    if (runs.empty()) h += missing(none);
    for (const auto* run : runs) {
        h += runHeading(*run);
        h += settings ? settingsSection(*run) +
                            chartImages(lossChartName(run->id()), accuracyChartName(run->id()))
                      : resultsSection(*run);
    }
    return h;
}

QString assignmentsOneToFour(const std::vector<const Run*>& base,
                             const std::vector<const Run*>& advanced) {
    const QString noBase = ReportWriter::tr(
        "No run of the base RNN was chosen for this report: select one on the Runs "
        "page together with the others.");
    const QString noAdvanced = ReportWriter::tr(
        "No run of the bidirectional LSTM was chosen for this report: select one "
        "on the Runs page together with the others.");
    return assignment(ReportWriter::tr("Assignment 1 · The base RNN, trained for 5 epochs"), base,
                      true, noBase) +
           assignment(ReportWriter::tr("Assignment 2 · Its accuracy per epoch (training and "
                                       "validation) and on the test set"),
                      base, false, noBase) +
           assignment(ReportWriter::tr(
                          "Assignment 3 · A multi-layer bidirectional LSTM, trained for 5 epochs"),
                      advanced, true, noAdvanced) +
           assignment(ReportWriter::tr("Assignment 4 · Its accuracy per epoch (training and "
                                       "validation) and on the test set"),
                      advanced, false, noAdvanced);
}

// Assignment 5: the first chosen BiLSTM's parameters, or the lecture's model's.
QString assignmentFive(const Overview& overview, const std::vector<const Run*>& advanced) {
    QString h =
        QStringLiteral("<h2>%1</h2>")
            .arg(ReportWriter::tr("Assignment 5 · The parameters of the 2-layer bidirectional LSTM")
                     .toHtmlEscaped());
    const auto counted = std::find_if(advanced.begin(), advanced.end(),
                                      [](const Run* r) { return r->parameters.has_value(); });
    if (counted != advanced.end()) {
        h += paragraph(
            ReportWriter::tr("As trained in %1:").arg(esc((*counted)->details.run.info.name)));
        h += parametersSection(*(*counted)->parameters);
    } else if (overview.lectureBiLstm) {
        h +=
            missing(ReportWriter::tr("No BiLSTM run was chosen: the lecture's model (vocabulary of "
                                     "25,002 entries) is counted."));
        h += parametersSection(*overview.lectureBiLstm);
    }
    return h +
           paragraph(ReportWriter::tr(
               "An LSTM layer has 4 gates, each with input weights, recurrent weights and two bias "
               "vectors (as PyTorch counts them): 4 × (hidden × (input + hidden) + 2 × hidden) per "
               "direction; the second layer reads both directions of the first, so its input is "
               "2 × hidden."));
}

QString furtherRuns(const std::vector<const Run*>& others) {
    if (others.empty()) return {};
    QString h = QStringLiteral("<h2>%1</h2>").arg(ReportWriter::tr("Further runs"));
    for (const auto* run : others) {
        h += runHeading(*run) + settingsSection(*run) + resultsSection(*run) +
             chartImages(lossChartName(run->id()), accuracyChartName(run->id()));
        if (run->parameters) h += parametersSection(*run->parameters);
    }
    return h;
}

// Seeds and sweeps: what varies between a group's runs, and how much the results move with it.
QString groupsSection(const Overview& overview) {
    if (overview.groups.empty()) return {};
    QString h = QStringLiteral("<h2>%1</h2>").arg(ReportWriter::tr("Seeds and sweeps"));
    h += paragraph(ReportWriter::tr(
        "Runs of one group differ in one setting only: the training seed (initialisation, "
        "shuffling, dropout) or the swept setting. The band is the mean ± one standard "
        "deviation of their accuracy per epoch; a difference between two runs smaller than "
        "the seeds' spread may be the seed's."));
    for (const auto& group : overview.groups) {
        h += QStringLiteral("<h3>%1</h3>").arg(ReportWriter::tr("Group %1").arg(group.id)) +
             paragraph(esc(group.description));
        h += chartImages(bandChartName(group.id), valuesChartName(group.id));
    }
    return h;
}

// The verdicts side by side.
QString verdictsTable(const std::vector<const Run*>& runs) {
    QString h = QStringLiteral(
                    "<h2>%1</h2><table border='1' cellspacing='0' "
                    "cellpadding='3'><tr><th>%2</th><th>%3</th>"
                    "<th>%4</th><th>%5</th></tr>")
                    .arg(ReportWriter::tr("Against the lecture"), ReportWriter::tr("Run"),
                         ReportWriter::tr("Test accuracy"), ReportWriter::tr("Verdict"),
                         ReportWriter::tr("Against the linear baseline"));
    for (const auto* run : runs) {
        const auto& r = run->details.run;
        const QString baseline = baselineWords(*run);
        h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(r.info.name), r.testAccuracy ? pct(*r.testAccuracy) : QStringLiteral("–"),
                      run->verdict ? esc(*run->verdict)
                                   : ReportWriter::tr("no figures of the course for this preset"),
                      baseline.isEmpty() ? QStringLiteral("–") : baseline.toHtmlEscaped());
    }
    return h +
           QStringLiteral("</table><p style='font-size:small'>%1</p>")
               .arg(ReportWriter::tr(
                        "Within: inside the lowest to highest test accuracy of the lecture's own "
                        "runs, "
                        "widened by %1 points each side; a run between 45 and 55 % is at chance.")
                        .arg(int(100 * experiment::LectureReference::kBand)));
}

QString confusionTable(const experiment::TestEvaluation& evaluation) {
    const auto c = evaluation.confusion();
    const auto cellOf = [](std::size_t n, double rate, bool right) {
        return QStringLiteral("<td align='center' style='background:%1'>%2<br>%3</td>")
            .arg(right ? QStringLiteral("#dcebf5") : QStringLiteral("#f8e2d5"),
                 commas(std::int64_t(n)), pct(rate));
    };
    QString h = QStringLiteral(
                    "<table border='1' cellspacing='0' "
                    "cellpadding='4'><tr><th></th><th>%1</th><th>%2</th></tr>")
                    .arg(ReportWriter::tr("called positive"), ReportWriter::tr("called negative"));
    h += QStringLiteral("<tr><th>%1</th>%2%3</tr>")
             .arg(ReportWriter::tr("positive (%1)")
                      .arg(commas(std::int64_t(c.truePositives + c.falseNegatives))),
                  cellOf(c.truePositives, c.truePositiveRate(), true),
                  cellOf(c.falseNegatives, c.falseNegativeRate(), false));
    h += QStringLiteral("<tr><th>%1</th>%2%3</tr></table>")
             .arg(ReportWriter::tr("negative (%1)")
                      .arg(commas(std::int64_t(c.falsePositives + c.trueNegatives))),
                  cellOf(c.falsePositives, c.falsePositiveRate(), false),
                  cellOf(c.trueNegatives, c.trueNegativeRate(), true));
    return h +
           paragraph(
               ReportWriter::tr("Accuracy %1 on %2 test reviews; of those called positive, %3 are.")
                   .arg(pct(c.accuracy()), commas(std::int64_t(c.total())), pct(c.precision())));
}

QString byLength(const experiment::TestEvaluation& evaluation) {
    QStringList lengths;
    for (const auto& b : evaluation.byLength()) {
        if (b.reviews == 0) continue;
        lengths << ReportWriter::tr("%1 tokens: %2 (%3 reviews)")
                       .arg(QString::fromStdString(b.name()), pct(b.accuracy()),
                            commas(std::int64_t(b.reviews)));
    }
    return QStringLiteral("<p>%1 %2</p>")
        .arg(ReportWriter::tr("Accuracy by review length:"), lengths.join(QStringLiteral(" · ")));
}

// Two classes: the three mistakes the model was surest of.
QString surestMistakes(const experiment::TestEvaluation& evaluation) {
    const auto worst = evaluation.mistakes(3);
    if (worst.empty()) return {};
    QString h =
        QStringLiteral("<p>%1</p><ul>").arg(ReportWriter::tr("The mistakes it was surest of:"));
    for (const auto* m : worst) {
        const QString sure =
            ReportWriter::tr("%1 sure it is %2, but it is %3:")
                .arg(pct(m->confidence()),
                     m->positive ? ReportWriter::tr("negative") : ReportWriter::tr("positive"),
                     m->positive ? ReportWriter::tr("positive") : ReportWriter::tr("negative"));
        h += QStringLiteral("<li>%1 <i>%2</i></li>")
                 .arg(sure, QString::fromStdString(oneLine(m->text, 220)).toHtmlEscaped());
    }
    return h + QStringLiteral("</ul>");
}

// More than two classes: the N x N matrix (each cell its reviews and share of the row), each
// class's precision, recall and F1, the macro-F1 (and the mean absolute error for numbered
// classes), and the most confused pairs with the mistake the model was surest of in each.
QString classErrors(const experiment::TestEvaluation& evaluation,
                    const std::vector<std::string>& names) {
    const auto n = names.size();
    const auto m = evaluation.classConfusion(n);
    QString h = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th></th>");
    for (const auto& c : names)
        h += QStringLiteral("<th>%1</th>").arg(ReportWriter::tr("called %1").arg(esc(c)));
    h += QStringLiteral("</tr>");
    const auto figures = m.perClass();
    for (std::size_t t = 0; t < n; ++t) {
        const auto support = t < figures.size() ? figures[t].support : 0;
        h += QStringLiteral("<tr><th>%1</th>")
                 .arg(ReportWriter::tr("%1 (%2)").arg(esc(names[t]), commas(support)));
        for (std::size_t c = 0; c < n; ++c) {
            const double rate = support > 0 ? double(m.at(t, c)) / double(support) : 0;
            h += QStringLiteral("<td align='center' style='background:%1'>%2<br>%3</td>")
                     .arg(t == c           ? QStringLiteral("#dcebf5")
                          : m.at(t, c) > 0 ? QStringLiteral("#f8e2d5")
                                           : QStringLiteral("#ffffff"),
                          commas(m.at(t, c)), pct(rate));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral(
             "<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2"
             "</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(ReportWriter::tr("Class"), ReportWriter::tr("Precision"),
                  ReportWriter::tr("Recall"), ReportWriter::tr("F1"), ReportWriter::tr("Reviews"));
    for (std::size_t c = 0; c < n && c < figures.size(); ++c) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(names[c]), QString::number(figures[c].precision, 'f', 3),
                      QString::number(figures[c].recall, 'f', 3),
                      QString::number(figures[c].f1, 'f', 3), commas(figures[c].support));
    }
    h += QStringLiteral("</table>");
    QString figuresLine =
        ReportWriter::tr("Accuracy %1 on %2 test reviews in %3 classes; macro-F1 %4.")
            .arg(pct(m.accuracy()), commas(m.total()))
            .arg(n)
            .arg(m.macroF1(), 0, 'f', 3);
    if (const auto mae = m.meanAbsoluteError(data::LabelMap::valuesOf(names))) {
        figuresLine += QLatin1Char(' ') +
                       ReportWriter::tr("Mean absolute error: %1 (in the classes' own numbers).")
                           .arg(*mae, 0, 'f', 2);
    }
    h += paragraph(figuresLine);
    const auto pairs = m.mostConfused(3);
    if (pairs.empty()) return h;
    h += QStringLiteral("<p>%1</p><ul>").arg(ReportWriter::tr("The pairs most often confused:"));
    for (const auto& pair : pairs) {
        QString item =
            ReportWriter::tr("%1 called %2: %3 reviews")
                .arg(esc(names[pair.truth]), esc(names[pair.called]), commas(pair.reviews));
        const auto surest = evaluation.mistakes(1, std::pair{int(pair.truth), int(pair.called)});
        if (!surest.empty()) {
            item +=
                QStringLiteral("; ") +
                ReportWriter::tr("the surest (%1): <i>%2</i>")
                    .arg(
                        pct(surest.front()->confidence()),
                        QString::fromStdString(oneLine(surest.front()->text, 200)).toHtmlEscaped());
        }
        h += QStringLiteral("<li>%1</li>").arg(item);
    }
    return h + QStringLiteral("</ul>");
}

// Where one run's model is wrong: its confusion matrix and accuracy by review length.
QString errorsOf(const Run& run) {
    const QString h = QStringLiteral("<h3>%1</h3>").arg(esc(run.details.run.info.name));
    if (run.evaluation == nullptr || run.evaluation->empty()) {
        return h +
               paragraph(ReportWriter::tr(
                   "Its test predictions were not recorded: select the run on the Runs page with "
                   "its dataset loaded and score its test set, then write the report again."));
    }
    if (const auto names = classesOf(run); !names.empty())
        return h + classErrors(*run.evaluation, names) + byLength(*run.evaluation);
    return h + confusionTable(*run.evaluation) + byLength(*run.evaluation) +
           surestMistakes(*run.evaluation);
}

QString errorsSection(const std::vector<const Run*>& runs) {
    QString h = QStringLiteral("<h2>%1</h2>").arg(ReportWriter::tr("Where the models are wrong"));
    h += paragraph(ReportWriter::tr(
        "Rows: what the review is; columns: what the model called it; each cell: reviews and "
        "their share of the row."));
    for (const auto* run : runs) {
        if (run->details.run.testAccuracy) h += errorsOf(*run);
    }
    return h;
}

QString environment(const std::vector<const Run*>& runs) {
    QString h = QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3'>")
                    .arg(ReportWriter::tr("Environment"));
    const auto row = [&h](const QString& k, const QString& v) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(k, v.toHtmlEscaped());
    };
    row(ReportWriter::tr("Sentiment Lab"), QApplication::applicationVersion());
    row(ReportWriter::tr("Qt"), QString::fromLatin1(qVersion()));
    row(ReportWriter::tr("LibTorch (this machine)"),
        QString::fromStdString(model::Runtime::info().libtorchVersion));
    for (const auto* run : runs) {
        const auto& r = run->details.run;
        const auto& i = r.info;
        row(ReportWriter::tr("Run %1").arg(r.id),
            ReportWriter::tr("LibTorch %1 · %2, %3 threads · dataset %4 (fingerprint %5) · seed %6")
                .arg(QString::fromStdString(i.torchVersion), QString::fromStdString(i.device))
                .arg(i.threads)
                .arg(QString::fromStdString(i.datasetSource),
                     QString::fromStdString(i.datasetHash.substr(0, 16)))
                .arg(i.seed));
    }
    return h + QStringLiteral("</table>");
}

}  // namespace

QString ReportWriter::html(const experiment::RunsOverview& overview) {
    const auto runs = overview.inTrainingOrder();
    std::vector<const Run*> base, advanced, others;
    for (const auto* run : runs) {
        const auto& preset = run->details.run.info.preset;
        (preset == experiment::kBaseRnnPreset  ? base
         : preset == experiment::kBiLstmPreset ? advanced
                                               : others)
            .push_back(run);
    }
    return QStringLiteral("<html><body style='font-family:sans-serif'>") + header(overview) +
           assignmentsOneToFour(base, advanced) + assignmentFive(overview, advanced) +
           furtherRuns(others) + groupsSection(overview) + verdictsTable(runs) +
           errorsSection(runs) + environment(runs) + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> ReportWriter::document(const experiment::RunsOverview& overview) {
    auto doc = std::make_unique<QTextDocument>();
    const auto add = [&doc](const QString& name, const QImage& image) {
        doc->addResource(QTextDocument::ImageResource, QUrl(name), image);
    };
    const auto& reference = referenceOf(overview);
    for (const auto& run : overview.runs) {
        add(lossChartName(run.id()), runChart(run, RunCharts::Metric::Loss, reference));
        add(accuracyChartName(run.id()), runChart(run, RunCharts::Metric::Accuracy, reference));
    }
    for (const auto& group : overview.groups) {
        add(bandChartName(group.id), groupBandChart(group));
        add(valuesChartName(group.id), groupValuesChart(group));
    }
    doc->setHtml(html(overview));
    return doc;
}

QImage ReportWriter::firstPage(const experiment::RunsOverview& overview, int width) {
    const auto doc = document(overview);
    const int height = int(width * 297.0 / 210.0);
    doc->setPageSize(QSizeF(width, height));
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    doc->drawContents(&painter, QRectF(0, 0, width, height));
    return image;
}

bool ReportWriter::write(const experiment::RunsOverview& overview, const QString& file,
                         QString* error) {
    {
        QFile probe(file);  // QPdfWriter does not say when it cannot write
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error != nullptr)
                *error = tr("%1 could not be written: %2").arg(file, probe.errorString());
            return false;
        }
    }
    const auto doc = document(overview);
    QPdfWriter pdf(file);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setTitle(tr("Sentiment Lab report"));
    pdf.setCreator(QStringLiteral("Sentiment Lab"));
    doc->print(&pdf);
    if (QFileInfo(file).size() <= 0) {
        if (error != nullptr) *error = tr("%1 could not be written").arg(file);
        return false;
    }
    return true;
}

}  // namespace sentiment::ui
