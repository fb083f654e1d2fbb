#include "ui/ReportWriter.h"

#include "ui/CoreText.h"

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

#include "foundation/TextFormat.h"
#include "model/ModelConfig.h"
#include "model/ModelFactory.h"
#include "model/ParameterReport.h"
#include "model/Runtime.h"
#include "ui/QCustomPlotHeader.h"
#include "ui/EpochPlot.h"

namespace sentiment::ui {

namespace {
QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }
QString pct(double v) { return QString::fromStdString(percent(v)); }

// Flattens the run's configuration JSON into dotted keys.
void flatten(const nlohmann::json& j, const std::string& prefix, std::vector<std::pair<std::string, std::string>>& out) {
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) flatten(it.value(), prefix.empty() ? it.key() : prefix + "." + it.key(), out);
    } else {
        out.emplace_back(prefix, j.is_string() ? j.get<std::string>() : j.dump());
    }
}

QImage chart(const storage::RunDetails& run, bool loss) {
    QCustomPlot plot;
    plot.resize(520, 300);
    EpochPlot::style(plot, loss ? QObject::tr("loss") : QObject::tr("accuracy (%)"));
    QVector<double> x, train, valid;
    for (const auto& e : run.epochs) {
        x << e.epoch;
        train << (loss ? e.trainLoss : 100 * e.trainAccuracy);
        valid << (loss ? e.validLoss : 100 * e.validAccuracy);
    }
    const QColor colours[] = {QColor(31, 119, 180), QColor(255, 127, 14)};
    int i = 0;
    for (auto [name, ys] : {std::pair{QObject::tr("train"), &train}, std::pair{QObject::tr("valid"), &valid}}) {
        auto* g = plot.addGraph();
        g->setName(name);
        g->setPen(QPen(colours[i++], 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
        g->setData(x, *ys, true);
    }
    if (!loss) {
        auto* chance = plot.addGraph();
        chance->setName(QObject::tr("chance (50 %)"));
        chance->setPen(QPen(Qt::gray, 1, Qt::DashLine));
        chance->setData({0.5, x.isEmpty() ? 1.5 : x.back() + 0.5}, {50, 50});
    }
    plot.xAxis->setRange(0.5, (x.isEmpty() ? 1 : x.back()) + 0.5);
    if (loss) {
        double top = 0.8;
        for (auto v : train + valid) top = std::max(top, v * 1.1);
        plot.yAxis->setRange(0, top);
    } else {
        plot.yAxis->setRange(40, 100);
    }
    plot.replot();
    return plot.toPixmap(520, 300, 2.0).toImage();
}
}  // namespace

QString ReportWriter::html(const std::vector<storage::RunDetails>& runs) {
    QString h = QStringLiteral("<html><body style='font-family:sans-serif'>");
    h += QStringLiteral("<h1>%1</h1><p>%2</p>")
             .arg(QObject::tr("Sentiment analysis on IMDb: assignment report"),
                  QObject::tr("Made with Sentiment Lab %1 on %2.")
                      .arg(QApplication::applicationVersion().toHtmlEscaped(), QString::fromStdString(localTime("%Y-%m-%d %H:%M"))));
    int n = 0;
    for (const auto& run : runs) {
        ++n;
        const auto& r = run.run;
        h += QStringLiteral("<h2>%1. %2</h2>").arg(n).arg(esc(r.info.name));
        h += QStringLiteral("<p>%1 · %2 · %3 · %4</p>")
                 .arg(esc(r.info.preset), QString::fromLatin1(storage::toString(r.status).data()), esc(r.createdAt),
                      QObject::tr("run %1 of the store").arg(r.id));
        // Configuration.
        std::vector<std::pair<std::string, std::string>> config;
        nlohmann::json json;
        try {
            json = nlohmann::json::parse(r.info.configJson);
            flatten(json, "", config);
        } catch (const std::exception&) {
        }
        // Two key/value pairs a row keep the table to half a page.
        h += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='2' style='font-size:small'>")
                 .arg(QObject::tr("Configuration"));
        const std::size_t half = (config.size() + 1) / 2;
        for (std::size_t i = 0; i < half; ++i) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td>").arg(esc(config[i].first), esc(config[i].second));
            if (i + half < config.size()) {
                h += QStringLiteral("<td>%1</td><td>%2</td>").arg(esc(config[i + half].first), esc(config[i + half].second));
            }
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
        // Parameters with the per-layer breakdown.
        h += QStringLiteral("<h3>%1</h3>").arg(QObject::tr("Parameters"));
        h += QStringLiteral("<p>The model has <b>%1</b> trainable parameters</p>")
                 .arg(QString::fromStdString(withCommas(std::uint64_t(std::max<std::int64_t>(0, r.info.parameters)))));
        if (json.contains("model")) {
            if (auto mc = model::ModelConfig::fromJson(json["model"])) {
                try {
                    const auto report = model::ParameterReport::of(*model::ModelFactory::create(*mc));
                    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                             .arg(QObject::tr("Layer"), QObject::tr("Parameters"), QObject::tr("Formula"));
                    for (const auto& f : report.formulas) {
                        h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td>%3</td></tr>")
                                 .arg(CoreText::of(f.layer).toHtmlEscaped(),
                                      QString::fromStdString(withCommas(std::uint64_t(f.count))),
                                      CoreText::of(f.formula).toHtmlEscaped());
                    }
                    h += QStringLiteral("</table>");
                } catch (const std::exception&) {
                }
            }
        }
        // The per-epoch table in the lecture's format, then the test result.
        h += QStringLiteral("<h3>%1</h3><pre>").arg(QObject::tr("Training"));
        for (const auto& e : run.epochs) {
            h += QStringLiteral("Epoch: %1 | Epoch Time: %2%3\n\tTrain Loss: %4 | Train Acc: %5\n\t Val. Loss: %6 |  Val. Acc: %7\n")
                     .arg(e.epoch, 2, 10, QLatin1Char('0'))
                     .arg(QString::fromStdString(minutesSeconds(e.seconds)), e.best ? QStringLiteral("  (best)") : QString())
                     .arg(e.trainLoss, 0, 'f', 3)
                     .arg(pct(e.trainAccuracy))
                     .arg(e.validLoss, 0, 'f', 3)
                     .arg(pct(e.validAccuracy));
        }
        if (r.testAccuracy) {
            h += QStringLiteral("Test Loss: %1 | Test Acc: %2   (best-valid checkpoint, epoch %3)\n")
                     .arg(r.testLoss.value_or(0), 0, 'f', 3)
                     .arg(pct(*r.testAccuracy))
                     .arg(r.bestEpoch);
        } else {
            h += QObject::tr("No test result (%1).\n").arg(QString::fromLatin1(storage::toString(r.status).data()));
        }
        h += QStringLiteral("</pre>");
        h += QStringLiteral("<table width='100%'><tr><td width='50%'><img src='chart-%1-loss.png' width='300'></td>"
                            "<td width='50%'><img src='chart-%1-accuracy.png' width='300'></td></tr></table>")
                 .arg(n);
    }
    // Environment.
    h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3'>").arg(QObject::tr("Environment"));
    const auto runtime = model::Runtime::info();
    auto row = [&h](const QString& k, const QString& v) { h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(k, v.toHtmlEscaped()); };
    row(QObject::tr("Sentiment Lab"), QApplication::applicationVersion());
    row(QObject::tr("Qt"), QString::fromLatin1(qVersion()));
    row(QObject::tr("LibTorch (this machine)"), QString::fromStdString(runtime.libtorchVersion));
    for (const auto& run : runs) {
        const auto& i = run.run.info;
        row(QObject::tr("Run %1").arg(run.run.id),
            QObject::tr("LibTorch %1 · %2, %3 threads · dataset %4 (fingerprint %5) · seed %6")
                .arg(QString::fromStdString(i.torchVersion), QString::fromStdString(i.device))
                .arg(i.threads)
                .arg(QString::fromStdString(i.datasetSource), QString::fromStdString(i.datasetHash.substr(0, 16)))
                .arg(i.seed));
    }
    h += QStringLiteral("</table></body></html>");
    return h;
}

std::unique_ptr<QTextDocument> ReportWriter::document(const std::vector<storage::RunDetails>& chosen) {
    auto runs = chosen;  // in the order they were trained
    std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.run.id < b.run.id; });
    auto doc = std::make_unique<QTextDocument>();
    int n = 0;
    for (const auto& run : runs) {
        ++n;
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-%1-loss.png").arg(n)), chart(run, true));
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-%1-accuracy.png").arg(n)), chart(run, false));
    }
    doc->setHtml(html(runs));
    return doc;
}

QImage ReportWriter::firstPage(const std::vector<storage::RunDetails>& runs, int width) {
    const auto doc = document(runs);
    const int height = int(width * 297.0 / 210.0);
    doc->setPageSize(QSizeF(width, height));
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    doc->drawContents(&painter, QRectF(0, 0, width, height));
    return image;
}

bool ReportWriter::write(const std::vector<storage::RunDetails>& chosen, const QString& file, QString* error) {
    const auto owned = document(chosen);
    QTextDocument& doc = *owned;
    {
        QFile probe(file);  // QPdfWriter does not say when it cannot write
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error != nullptr) *error = QObject::tr("%1 could not be written: %2").arg(file, probe.errorString());
            return false;
        }
    }
    QPdfWriter pdf(file);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setTitle(QObject::tr("Sentiment Lab report"));
    pdf.setCreator(QStringLiteral("Sentiment Lab"));
    doc.print(&pdf);
    if (QFileInfo(file).size() <= 0) {
        if (error != nullptr) *error = QObject::tr("%1 could not be written").arg(file);
        return false;
    }
    return true;
}

}  // namespace sentiment::ui
