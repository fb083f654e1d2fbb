#include "ui/ReportWriter.h"

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

#include <nlohmann/json.hpp>

#include "experiment/ExperimentPlan.h"
#include "foundation/TextFormat.h"
#include "model/ModelConfig.h"
#include "model/ParameterReport.h"
#include "model/Runtime.h"
#include "ui/CoreText.h"
#include "ui/EpochPlot.h"
#include "ui/GroupChart.h"
#include "ui/PresetNames.h"
#include "ui/QCustomPlotHeader.h"
#include "ui/ReferenceCurves.h"
#include "experiment/Baseline.h"
#include "experiment/ReproducibilityCard.h"
#include "experiment/Presets.h"

namespace sentiment::ui {

namespace {
QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }
QString pct(double v) { return QString::fromStdString(percent(v)); }
QString commas(std::uint64_t n) { return QString::fromStdString(withCommas(n)); }

const experiment::LectureReference& referenceOf(const ReportContents& c) {
    return c.reference != nullptr ? *c.reference : experiment::LectureReference::lecture();
}

std::vector<storage::RunDetails> inTrainingOrder(const ReportContents& c) {
    auto runs = c.runs;
    std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.run.id < b.run.id; });
    return runs;
}

// Flattens the run's configuration JSON into dotted keys (runs recorded before plans).
void flatten(const nlohmann::json& j, const std::string& prefix, std::vector<std::pair<std::string, std::string>>& out) {
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) flatten(it.value(), prefix.empty() ? it.key() : prefix + "." + it.key(), out);
    } else {
        out.emplace_back(prefix, j.is_string() ? j.get<std::string>() : j.dump());
    }
}

// The baseline of `run` in `contents`, if it has one.
const storage::RunRow* baselineOf(const ReportContents& contents, const storage::RunDetails& run) {
    const auto it = contents.baselines.find(run.run.id);
    return it == contents.baselines.end() ? nullptr : &it->second;
}

QImage chart(const storage::RunDetails& run, bool loss, const experiment::LectureReference& reference,
             const storage::RunRow* baseline) {
    QCustomPlot plot;
    plot.resize(520, 300);
    EpochPlot::style(plot, loss ? ReportWriter::tr("loss") : ReportWriter::tr("accuracy (%)"));
    QVector<double> x, train, valid;
    for (const auto& e : run.epochs) {
        x << e.epoch;
        train << (loss ? e.trainLoss : 100 * e.trainAccuracy);
        valid << (loss ? e.validLoss : 100 * e.validAccuracy);
    }
    const QColor trainColour(31, 119, 180), validColour(255, 127, 14);
    auto* t = plot.addGraph();
    t->setName(ReportWriter::tr("train"));
    t->setPen(QPen(trainColour, 2));
    t->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    t->setData(x, train);
    auto* v = plot.addGraph();
    v->setName(ReportWriter::tr("valid"));
    v->setPen(QPen(validColour, 2));
    v->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    v->setData(x, valid);
    // The lecture's validation curve (and, for accuracy, its band) to read the run against.
    const auto* lecture = reference.preset(run.run.info.preset);
    ReferenceCurves(&plot, loss ? ReferenceCurves::Metric::Loss : ReferenceCurves::Metric::Accuracy)
        .add(lecture, ReferenceCurves::Split::Valid, validColour.lighter(115));
    double last = x.isEmpty() ? 1 : x.back();
    if (lecture != nullptr) last = std::max(last, double(lecture->epochs.size()));
    if (!loss) {
        auto* chance = plot.addGraph();
        chance->setName(ReportWriter::tr("chance (50 %)"));
        chance->setPen(QPen(Qt::gray, 1, Qt::DashLine));
        chance->setData({0.5, last + 0.5}, {50, 50});
        if (baseline != nullptr) {
            bool onValid = false;
            const double y = 100 * experiment::Baseline::chartAccuracy(*baseline, &onValid);
            auto* line = plot.addGraph();
            line->setName(onValid ? ReportWriter::tr("linear baseline (NBSVM), valid") : ReportWriter::tr("linear baseline (NBSVM), test"));
            line->setPen(QPen(QColor(0, 158, 115), 1.5, Qt::DashDotLine));
            line->setData({0.5, last + 0.5}, {y, y});
        }
    }
    plot.xAxis->setRange(0.5, last + 0.5);
    if (loss) {
        double top = 0.8;
        for (auto value : train + valid) top = std::max(top, value * 1.1);
        plot.yAxis->setRange(0, top);
    } else {
        plot.yAxis->setRange(40, 100);
    }
    plot.replot();
    return plot.toPixmap(520, 300, 2.0).toImage();
}

QString tokenizerName(const data::TokenizerOptions& t) {
    const QString kind = t.kind == data::TokenizerKind::English ? ReportWriter::tr("English (spaCy-like) tokenizer")
                                                                : ReportWriter::tr("basic_english tokenizer");
    return t.lowercase ? ReportWriter::tr("%1, lower-cased").arg(kind) : kind;
}

QString cellName(model::Cell cell) {
    switch (cell) {
    case model::Cell::Lstm:
        return QStringLiteral("LSTM");
    case model::Cell::Gru:
        return QStringLiteral("GRU");
    case model::Cell::Rnn:
        break;
    }
    return QStringLiteral("RNN");
}

// The run's settings as sentences a student can hand in: the model, the words it reads, the
// data, how it was trained and on what.
QStringList settingsInWords(const storage::RunRow& r, const experiment::ExperimentPlan& p) {
    QStringList lines;
    const auto& m = p.model;
    switch (m.architecture) {
    case model::Architecture::Base:
        lines << ReportWriter::tr("Model: a one-layer RNN of %1 hidden units over %2-dimensional word embeddings, "
                                  "classifying from its last hidden state.")
                     .arg(m.hidden)
                     .arg(m.embeddingDim);
        break;
    case model::Architecture::Advanced:
        lines << ReportWriter::tr("Model: a %1-layer%2 %3 of %4 hidden units with dropout %5, over %6-dimensional word "
                                  "embeddings; packed-sequence semantics (padding is never read).")
                     .arg(m.layers)
                     .arg(m.bidirectional ? ReportWriter::tr(" bidirectional") : QString())
                     .arg(cellName(m.cell))
                     .arg(m.hidden)
                     .arg(m.dropout)
                     .arg(m.embeddingDim);
        break;
    case model::Architecture::FastText:
        lines << ReportWriter::tr("Model: FastText, the average of the %1-dimensional embeddings of a review's words and "
                                  "bigrams, then one linear layer.")
                     .arg(m.embeddingDim);
        break;
    case model::Architecture::Cnn:
        lines << ReportWriter::tr("Model: a CNN of %1 filters of each width (%2 words) over %3-dimensional word "
                                  "embeddings, max-pooled over the review, with dropout %4.")
                     .arg(m.filters)
                     .arg(QString::fromStdString([&] {
                         std::string s;
                         for (const auto w : m.filterSizes) s += (s.empty() ? "" : ", ") + std::to_string(w);
                         return s;
                     }()))
                     .arg(m.embeddingDim)
                     .arg(m.dropout);
        break;
    case model::Architecture::NbSvm:
        lines << ReportWriter::tr("Model: NBSVM (Wang & Manning, 2012), logistic regression on a review's distinct "
                                  "n-grams up to length %1, each weighted by its naive Bayes log-count ratio "
                                  "(smoothing %2)%3.")
                     .arg(m.ngrams)
                     .arg(m.nbAlpha)
                     .arg(m.nbBeta < 1 ? ReportWriter::tr(", weights interpolated with beta %1").arg(m.nbBeta) : QString());
        break;
    }
    lines << (r.info.vectorsPath.empty() || !p.useVectors
                  ? ReportWriter::tr("Embeddings: initialised at random.")
                  : ReportWriter::tr("Embeddings: initialised from %1 (%2 of the vocabulary found there, the rest at "
                                     "random)%3.")
                        .arg(QFileInfo(QString::fromStdString(r.info.vectorsPath)).fileName().toHtmlEscaped())
                        .arg(r.info.vectorsCoverage ? pct(*r.info.vectorsCoverage) : QStringLiteral("?"))
                        .arg(p.training.freezeEmbeddings ? ReportWriter::tr(", kept fixed") : QString()));
    lines << ReportWriter::tr("Vocabulary: %1 entries, the most frequent training tokens with <unk> and <pad>; %2%3.")
                 .arg(commas(r.info.vocabSize))
                 .arg(tokenizerName(p.data.tokenizer))
                 .arg(p.bigrams() ? ReportWriter::tr(", with bigrams") : QString())
                 .toHtmlEscaped();
    lines << ReportWriter::tr("Data: %1 training and %2 validation reviews (IMDb's training set split with seed %3), "
                              "%4 test reviews.")
                 .arg(commas(r.info.trainSize), commas(r.info.validSize))
                 .arg(p.seed())
                 .arg(commas(r.info.testSize));
    const auto& t = p.training;
    QString optimizer = t.optimizer == training::OptimizerKind::Adam ? QStringLiteral("Adam") : QStringLiteral("SGD");
    if (t.optimizer == training::OptimizerKind::Sgd && t.momentum > 0) {
        optimizer = ReportWriter::tr("SGD with momentum %1").arg(t.momentum);
    }
    QString extras;
    if (t.schedule == training::LrSchedule::Linear) extras += ReportWriter::tr(", falling linearly to 0");
    if (t.clipNorm > 0) extras += ReportWriter::tr(", gradients clipped at norm %1").arg(t.clipNorm);
    if (t.maxBatches > 0) extras += ReportWriter::tr(", at most %1 batches an epoch").arg(t.maxBatches);
    lines << ReportWriter::tr("Training: %1, learning rate %2%3, batches of %4 reviews, %5 epochs; the weights with the "
                              "best validation loss are tested.")
                 .arg(optimizer)
                 .arg(t.learningRate)
                 .arg(extras)
                 .arg(t.batchSize)
                 .arg(t.epochs);
    lines << ReportWriter::tr("Ran in %1 on %2 with %3 threads.")
                 .arg(QString::fromLatin1(training::toString(t.precision).data()), esc(r.info.device))
                 .arg(r.info.threads);
    return lines;
}

QString settingsSection(const storage::RunRow& r) {
    const QString parameters = QStringLiteral("<p>%1</p>").arg(
        ReportWriter::tr("The model has <b>%1</b> trainable parameters.").arg(commas(std::uint64_t(std::max<std::int64_t>(0, r.info.parameters)))));
    if (auto plan = experiment::ExperimentPlan::fromText(r.info.configJson)) {
        QString h = parameters + QStringLiteral("<ul>");
        for (const auto& line : settingsInWords(r, *plan)) h += QStringLiteral("<li>%1</li>").arg(line);
        return h + QStringLiteral("</ul>");
    }
    // A run recorded before plans: its settings as stored, two key/value pairs a row.
    std::vector<std::pair<std::string, std::string>> config;
    try {
        flatten(nlohmann::json::parse(r.info.configJson), "", config);
    } catch (const std::exception&) {
    }
    QString h = parameters + QStringLiteral("<table border='1' cellspacing='0' cellpadding='2' style='font-size:small'>");
    const std::size_t half = (config.size() + 1) / 2;
    for (std::size_t i = 0; i < half; ++i) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td>").arg(esc(config[i].first), esc(config[i].second));
        if (i + half < config.size()) {
            h += QStringLiteral("<td>%1</td><td>%2</td>").arg(esc(config[i + half].first), esc(config[i + half].second));
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

// The run against its linear baseline in words; without one, how to get it.
QString baselineWords(const storage::RunDetails& run, const storage::RunRow* baseline) {
    if (run.run.info.preset == experiment::kBaselinePreset || !run.run.testAccuracy) return {};
    if (baseline == nullptr) {
        return ReportWriter::tr("no NBSVM run on this dataset and split yet (train it from the Runs page: about a minute)");
    }
    return CoreText::of(*experiment::Baseline::compare(run.run, *baseline));
}

QString baselineLine(const storage::RunDetails& run, const storage::RunRow* baseline) {
    const QString words = baselineWords(run, baseline);
    if (words.isEmpty()) return {};
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(ReportWriter::tr("Baseline:"), words.toHtmlEscaped());
}

// The run's reproducibility card in one line, for a teacher who runs it again.
QString cardLine(const storage::RunDetails& run) {
    const auto& json = run.run.info.cardJson;
    if (json.empty()) return {};
    const auto card = experiment::ReproducibilityCard::fromJson(json);
    if (!card) return {};
    auto brief = [](const std::string& h) { return QString::fromStdString(h.empty() ? std::string("-") : h.substr(0, 12)); };
    QString text = ReportWriter::tr("split %1, vocabulary %2, vectors %3, plan %4; Sentiment Lab %5, LibTorch %6, %7 on %8, %9 threads")
                       .arg(brief(card->splitHash), brief(card->vocabularyHash), brief(card->vectorsHash), brief(card->planHash),
                            QString::fromStdString(card->appVersion), QString::fromStdString(card->torchVersion),
                            QString::fromStdString(card->precision), QString::fromStdString(card->device))
                       .arg(card->threads) +
                   QStringLiteral("; %1 (%2)").arg(QString::fromStdString(card->cpuModel), QString::fromStdString(card->cpuFeatures));
    if (run.run.info.groupId > 0) {
        text += QStringLiteral("; ") + ReportWriter::tr("group %1, value %2")
                                           .arg(run.run.info.groupId)
                                           .arg(QString::fromStdString(run.run.info.groupValue));
    }
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(ReportWriter::tr("Reproducibility:"), text.toHtmlEscaped());
}

QString verdictOf(const storage::RunDetails& run, const experiment::LectureReference& reference) {
    const auto v = reference.verdict(run);
    return v ? CoreText::of(*v) : QString();
}

// The per-epoch lines and the test in the lecture's format, then the verdict against the course.
QString resultsSection(const storage::RunDetails& run, const experiment::LectureReference& reference,
                       const storage::RunRow* baseline) {
    const auto& r = run.run;
    QString h = QStringLiteral("<pre>");
    const bool validated = r.info.validSize > 0;
    for (const auto& e : run.epochs) {
        h += QString(validated ? QStringLiteral("Epoch: %1 | Epoch Time: %2%3\n\tTrain Loss: %4 | Train Acc: %5\n\t Val. Loss: %6 |  Val. Acc: %7\n")
                               : QStringLiteral("Epoch: %1 | Epoch Time: %2%3\n\tTrain Loss: %4 | Train Acc: %5\n%6%7"))
                 .arg(e.epoch, 2, 10, QLatin1Char('0'))
                 .arg(QString::fromStdString(minutesSeconds(e.seconds)), e.best ? QStringLiteral("  (best)") : QString())
                 .arg(e.trainLoss, 0, 'f', 3)
                 .arg(pct(e.trainAccuracy))
                 .arg(validated ? QString::number(e.validLoss, 'f', 3) : QString())
                 .arg(validated ? pct(e.validAccuracy) : QString());
    }
    if (r.testAccuracy) {
        h += (validated ? QStringLiteral("Test Loss: %1 | Test Acc: %2   (best-valid checkpoint, epoch %3)\n")
                        : QStringLiteral("Test Loss: %1 | Test Acc: %2   (last epoch, %3; no validation split)\n"))
                 .arg(r.testLoss.value_or(0), 0, 'f', 3)
                 .arg(pct(*r.testAccuracy))
                 .arg(r.bestEpoch);
    } else {
        h += ReportWriter::tr("No test result (%1).\n").arg(QString::fromLatin1(storage::toString(r.status).data()));
    }
    h += QStringLiteral("</pre>");
    if (const QString verdict = verdictOf(run, reference); !verdict.isEmpty()) {
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(ReportWriter::tr("Against the lecture:"), verdict.toHtmlEscaped());
    }
    h += baselineLine(run, baseline);
    h += cardLine(run);
    return h;
}

// The chosen runs of each group that has at least two of them, by group id.
std::map<std::int64_t, std::vector<storage::RunDetails>> groupsOf(const std::vector<storage::RunDetails>& runs) {
    std::map<std::int64_t, std::vector<storage::RunDetails>> groups;
    for (const auto& run : runs) {
        if (run.run.info.groupId > 0) groups[run.run.info.groupId].push_back(run);
    }
    std::erase_if(groups, [](const auto& g) { return g.second.size() < 2; });
    return groups;
}

// A group's runs: each one's validation accuracy per epoch, thin, under the group's mean ± sd band.
QImage groupBandChart(const std::vector<storage::RunDetails>& members, std::int64_t group) {
    QCustomPlot plot;
    plot.resize(520, 300);
    EpochPlot::style(plot, ReportWriter::tr("valid accuracy (%)"));
    double last = 1;
    for (std::size_t i = 0; i < members.size(); ++i) {
        QVector<double> x, y;
        for (const auto& e : members[i].epochs) {
            x << e.epoch;
            y << 100 * (members[i].run.info.validSize > 0 ? e.validAccuracy : e.trainAccuracy);
            last = std::max(last, double(e.epoch));
        }
        auto* g = plot.addGraph();
        g->setPen(QPen(EpochPlot::runColour(int(i)), 1));
        g->setData(x, y);
        g->removeFromLegend();
    }
    const auto summary = experiment::GroupSummary::of(members);
    const bool validated = !members.empty() && members.front().run.info.validSize > 0;
    GroupChart::addBand(plot, validated ? summary.validAccuracy : summary.trainAccuracy, group);
    plot.xAxis->setRange(0.5, last + 0.5);
    plot.yAxis->setRange(40, 100);
    plot.replot();
    return plot.toPixmap(520, 300, 2.0).toImage();
}

QImage groupValuesChart(const std::vector<storage::RunDetails>& members, std::int64_t group) {
    QCustomPlot plot;
    plot.resize(520, 300);
    EpochPlot::style(plot, ReportWriter::tr("test accuracy (%)"));
    GroupChart::drawValues(plot, experiment::GroupSummary::of(members), group);
    plot.replot();
    return plot.toPixmap(520, 300, 2.0).toImage();
}

// Seeds and sweeps: what varies between a group's runs, and how much the results move with it.
QString groupsSection(const std::vector<storage::RunDetails>& runs) {
    const auto groups = groupsOf(runs);
    if (groups.empty()) return {};
    QString h = QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(ReportWriter::tr("Seeds and sweeps"),
                         ReportWriter::tr("Runs of one group differ in one setting only: the training seed (initialisation, "
                                          "shuffling, dropout) or the swept setting. The band is the mean ± one standard "
                                          "deviation of their accuracy per epoch; a difference between two runs smaller than "
                                          "the seeds' spread may be the seed's."));
    for (const auto& [id, members] : groups) {
        const auto summary = experiment::GroupSummary::of(members);
        h += QStringLiteral("<h3>%1</h3><p>%2</p>")
                 .arg(ReportWriter::tr("Group %1").arg(id), GroupChart::describe(summary, id, members.size()).toHtmlEscaped());
        h += QStringLiteral("<table width='100%'><tr><td width='50%'><img src='group-%1-band.png' width='300'></td>"
                            "<td width='50%'><img src='group-%1-values.png' width='300'></td></tr></table>")
                 .arg(id);
    }
    return h;
}

QString chartsOf(int n) {
    return QStringLiteral("<table width='100%'><tr><td width='50%'><img src='chart-%1-loss.png' width='300'></td>"
                          "<td width='50%'><img src='chart-%1-accuracy.png' width='300'></td></tr></table>")
        .arg(n);
}

QString runHeading(const storage::RunDetails& run, const char* level = "h3") {
    const auto& r = run.run;
    return QStringLiteral("<%1>%2</%1><p style='color:#555'>%3 · %4 · %5</p>")
        .arg(QLatin1String(level), esc(r.info.name), presetDisplayName(r.info.preset).toHtmlEscaped(),
             ReportWriter::tr("run %1 of the store").arg(r.id), esc(r.createdAt));
}

// The model's parameters per layer with their formulas (assignment 5).
QString parametersSection(const model::ModelConfig& config) {
    try {
        const auto report = model::ParameterReport::of(config);
        QString h = QStringLiteral("<p>%1</p>").arg(
            ReportWriter::tr("The model has <b>%1</b> trainable parameters:").arg(commas(std::uint64_t(report.trainable))));
        h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                 .arg(ReportWriter::tr("Layer"), ReportWriter::tr("Parameters"), ReportWriter::tr("Formula"));
        for (const auto& f : report.formulas) {
            h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td>%3</td></tr>")
                     .arg(CoreText::of(f.layer).toHtmlEscaped(), commas(std::uint64_t(f.count)),
                          CoreText::of(f.formula).toHtmlEscaped());
        }
        return h + QStringLiteral("</table>");
    } catch (const std::exception& e) {
        return QStringLiteral("<p>%1</p>").arg(ReportWriter::tr("The parameters could not be counted: %1").arg(QString::fromUtf8(e.what())));
    }
}

std::optional<model::ModelConfig> modelOf(const storage::RunRow& r) {
    try {
        const auto json = nlohmann::json::parse(r.info.configJson);
        if (json.contains("model")) {
            if (auto m = model::ModelConfig::fromJson(json["model"])) return *m;
        }
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

// Where one run's model is wrong: its confusion matrix and accuracy by review length.
QString errorsSection(const storage::RunDetails& run, const experiment::TestEvaluation* evaluation) {
    QString h = QStringLiteral("<h3>%1</h3>").arg(esc(run.run.info.name));
    if (evaluation == nullptr || evaluation->empty()) {
        return h + QStringLiteral("<p>%1</p>").arg(ReportWriter::tr(
                       "Its test predictions were not recorded: select the run on the Runs page with its dataset loaded "
                       "and score its test set, then write the report again."));
    }
    const auto c = evaluation->confusion();
    const auto cellOf = [](std::size_t n, double rate, bool right) {
        return QStringLiteral("<td align='center' style='background:%1'>%2<br>%3</td>")
            .arg(right ? QStringLiteral("#dcebf5") : QStringLiteral("#f8e2d5"), commas(n), pct(rate));
    };
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4'><tr><th></th><th>%1</th><th>%2</th></tr>")
             .arg(ReportWriter::tr("called positive"), ReportWriter::tr("called negative"));
    h += QStringLiteral("<tr><th>%1</th>%2%3</tr>")
             .arg(ReportWriter::tr("positive (%1)").arg(commas(c.truePositives + c.falseNegatives)),
                  cellOf(c.truePositives, c.truePositiveRate(), true), cellOf(c.falseNegatives, c.falseNegativeRate(), false));
    h += QStringLiteral("<tr><th>%1</th>%2%3</tr></table>")
             .arg(ReportWriter::tr("negative (%1)").arg(commas(c.falsePositives + c.trueNegatives)),
                  cellOf(c.falsePositives, c.falsePositiveRate(), false), cellOf(c.trueNegatives, c.trueNegativeRate(), true));
    h += QStringLiteral("<p>%1</p>").arg(ReportWriter::tr("Accuracy %1 on %2 test reviews; of those called positive, %3 are.")
                                              .arg(pct(c.accuracy()), commas(c.total()), pct(c.precision())));
    QStringList lengths;
    for (const auto& b : evaluation->byLength()) {
        if (b.reviews == 0) continue;
        const QString range = QString::fromStdString(b.name());
        lengths << ReportWriter::tr("%1 tokens: %2 (%3 reviews)").arg(range, pct(b.accuracy()), commas(b.reviews));
    }
    h += QStringLiteral("<p>%1 %2</p>").arg(ReportWriter::tr("Accuracy by review length:"), lengths.join(QStringLiteral(" · ")));
    const auto worst = evaluation->mistakes(3);
    if (!worst.empty()) {
        h += QStringLiteral("<p>%1</p><ul>").arg(ReportWriter::tr("The mistakes it was surest of:"));
        for (const auto* m : worst) {
            const QString text = QString::fromStdString(oneLine(m->text, 220));
            h += QStringLiteral("<li>%1 <i>%2</i></li>")
                     .arg(ReportWriter::tr("%1 sure it is %2, but it is %3:")
                              .arg(pct(m->confidence()),
                                   m->positive ? ReportWriter::tr("negative") : ReportWriter::tr("positive"),
                                   m->positive ? ReportWriter::tr("positive") : ReportWriter::tr("negative")),
                          text.toHtmlEscaped());
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}
}  // namespace

QString ReportWriter::html(const ReportContents& contents) {
    const auto runs = inTrainingOrder(contents);
    const auto& reference = referenceOf(contents);
    const auto numberOf = [&](const storage::RunDetails& run) {
        return int(std::find_if(runs.begin(), runs.end(), [&](const auto& r) { return r.run.id == run.run.id; }) - runs.begin()) + 1;
    };
    std::vector<const storage::RunDetails*> base, advanced, others;
    for (const auto& run : runs) {
        (run.run.info.preset == "base" ? base : run.run.info.preset == "advanced" ? advanced : others).push_back(&run);
    }
    QString h = QStringLiteral("<html><body style='font-family:sans-serif'>");
    h += QStringLiteral("<h1>%1</h1><p>%2</p>")
             .arg(tr("Sentiment analysis on IMDb: assignment report"),
                  tr("Made with Sentiment Lab %1 on %2. Runs are read against: %3.")
                      .arg(QApplication::applicationVersion().toHtmlEscaped(), QString::fromStdString(localTime("%Y-%m-%d %H:%M")),
                           esc(reference.course())));

    const auto missing = [](const QString& what) { return QStringLiteral("<p><i>%1</i></p>").arg(what); };
    const auto assignment = [&](const QString& title, const std::vector<const storage::RunDetails*>& chosen, bool first,
                                const QString& none) {
        h += QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
        if (chosen.empty()) h += missing(none);
        for (const auto* run : chosen) {
            h += runHeading(*run);
            h += first ? settingsSection(run->run) + chartsOf(numberOf(*run)) : resultsSection(*run, reference, baselineOf(contents, *run));
        }
    };
    const QString noBase = tr("No run of the base RNN was chosen for this report: select one on the Runs page together "
                              "with the others.");
    const QString noAdvanced = tr("No run of the bidirectional LSTM was chosen for this report: select one on the Runs "
                                  "page together with the others.");
    assignment(tr("Assignment 1 · The base RNN, trained for 5 epochs"), base, true, noBase);
    assignment(tr("Assignment 2 · Its accuracy per epoch (training and validation) and on the test set"), base, false, noBase);
    assignment(tr("Assignment 3 · A multi-layer bidirectional LSTM, trained for 5 epochs"), advanced, true, noAdvanced);
    assignment(tr("Assignment 4 · Its accuracy per epoch (training and validation) and on the test set"), advanced, false,
               noAdvanced);

    h += QStringLiteral("<h2>%1</h2>").arg(tr("Assignment 5 · The parameters of the 2-layer bidirectional LSTM").toHtmlEscaped());
    std::optional<model::ModelConfig> bilstm;
    for (const auto* run : advanced) {
        if (!bilstm) bilstm = modelOf(run->run);
    }
    if (bilstm) {
        h += QStringLiteral("<p>%1</p>").arg(tr("As trained in %1:").arg(esc(advanced.front()->run.info.name)));
    } else {
        bilstm = experiment::ExperimentPlan::lecture("advanced").model;
        h += missing(tr("No BiLSTM run was chosen: the lecture's model (vocabulary of 25,002 entries) is counted."));
    }
    h += parametersSection(*bilstm);
    h += QStringLiteral("<p>%1</p>").arg(tr("An LSTM layer has 4 gates, each with input weights, recurrent weights and two "
                                            "bias vectors (as PyTorch counts them): 4 × (hidden × (input + hidden) + 2 × "
                                            "hidden) per direction; the second layer reads both directions of the first, "
                                            "so its input is 2 × hidden."));

    if (!others.empty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(tr("Further runs"));
        for (const auto* run : others) {
            h += runHeading(*run);
            h += settingsSection(run->run) + resultsSection(*run, reference, baselineOf(contents, *run)) + chartsOf(numberOf(*run));
            if (const auto config = modelOf(run->run)) h += parametersSection(*config);
        }
    }

    h += groupsSection(runs);

    // The verdicts side by side.
    h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3'><tr><th>%2</th><th>%3</th><th>%4</th>"
                        "<th>%5</th></tr>")
             .arg(tr("Against the lecture"), tr("Run"), tr("Test accuracy"), tr("Verdict"), tr("Against the linear baseline"));
    for (const auto& run : runs) {
        const QString verdict = verdictOf(run, reference);
        const QString baseline = baselineWords(run, baselineOf(contents, run));
        h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(run.run.info.name), run.run.testAccuracy ? pct(*run.run.testAccuracy) : QStringLiteral("–"),
                      verdict.isEmpty() ? tr("no figures of the course for this preset") : verdict.toHtmlEscaped(),
                      baseline.isEmpty() ? QStringLiteral("–") : baseline.toHtmlEscaped());
    }
    h += QStringLiteral("</table><p style='font-size:small'>%1</p>")
             .arg(tr("Within: inside the lowest to highest test accuracy of the lecture's own runs, widened by %1 points "
                     "each side; a run between 45 and 55 % is at chance.")
                      .arg(int(100 * experiment::LectureReference::kBand)));

    h += QStringLiteral("<h2>%1</h2>").arg(tr("Where the models are wrong"));
    h += QStringLiteral("<p>%1</p>").arg(tr("Rows: what the review is; columns: what the model called it; each cell: "
                                            "reviews and their share of the row."));
    for (const auto& run : runs) {
        if (!run.run.testAccuracy) continue;
        const auto it = contents.evaluations.find(run.run.id);
        h += errorsSection(run, it == contents.evaluations.end() ? nullptr : it->second.get());
    }

    // Environment.
    h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3'>").arg(tr("Environment"));
    const auto runtime = model::Runtime::info();
    auto row = [&h](const QString& k, const QString& v) { h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(k, v.toHtmlEscaped()); };
    row(tr("Sentiment Lab"), QApplication::applicationVersion());
    row(tr("Qt"), QString::fromLatin1(qVersion()));
    row(tr("LibTorch (this machine)"), QString::fromStdString(runtime.libtorchVersion));
    for (const auto& run : runs) {
        const auto& i = run.run.info;
        row(tr("Run %1").arg(run.run.id),
            tr("LibTorch %1 · %2, %3 threads · dataset %4 (fingerprint %5) · seed %6")
                .arg(QString::fromStdString(i.torchVersion), QString::fromStdString(i.device))
                .arg(i.threads)
                .arg(QString::fromStdString(i.datasetSource), QString::fromStdString(i.datasetHash.substr(0, 16)))
                .arg(i.seed));
    }
    h += QStringLiteral("</table></body></html>");
    return h;
}

std::unique_ptr<QTextDocument> ReportWriter::document(const ReportContents& contents) {
    const auto runs = inTrainingOrder(contents);
    auto doc = std::make_unique<QTextDocument>();
    int n = 0;
    for (const auto& run : runs) {
        ++n;
        const auto& reference = referenceOf(contents);
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-%1-loss.png").arg(n)), chart(run, true, reference, baselineOf(contents, run)));
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-%1-accuracy.png").arg(n)),
                         chart(run, false, reference, baselineOf(contents, run)));
    }
    for (const auto& [id, members] : groupsOf(runs)) {
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("group-%1-band.png").arg(id)), groupBandChart(members, id));
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("group-%1-values.png").arg(id)), groupValuesChart(members, id));
    }
    doc->setHtml(html(contents));
    return doc;
}

QImage ReportWriter::firstPage(const ReportContents& contents, int width) {
    const auto doc = document(contents);
    const int height = int(width * 297.0 / 210.0);
    doc->setPageSize(QSizeF(width, height));
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    doc->drawContents(&painter, QRectF(0, 0, width, height));
    return image;
}

bool ReportWriter::write(const ReportContents& contents, const QString& file, QString* error) {
    const auto owned = document(contents);
    QTextDocument& doc = *owned;
    {
        QFile probe(file);  // QPdfWriter does not say when it cannot write
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error != nullptr) *error = tr("%1 could not be written: %2").arg(file, probe.errorString());
            return false;
        }
    }
    QPdfWriter pdf(file);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setTitle(tr("Sentiment Lab report"));
    pdf.setCreator(QStringLiteral("Sentiment Lab"));
    doc.print(&pdf);
    if (QFileInfo(file).size() <= 0) {
        if (error != nullptr) *error = tr("%1 could not be written").arg(file);
        return false;
    }
    return true;
}

}  // namespace sentiment::ui
