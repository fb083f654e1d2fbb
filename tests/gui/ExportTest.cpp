// Qt Test for chart, table and window exports, run with QT_QPA_PLATFORM=offscreen.
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "PrivateHome.h"
#include "TestWindow.h"

#include "ui/charts/ChartExport.h"
#include "ui/charts/QCustomPlotHeader.h"
#include "ui/charts/TableExport.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/ModelController.h"
#include "ui/controllers/PredictController.h"
#include "ui/controllers/RunsController.h"
#include "ui/controllers/TrainingController.h"
#include "ui/platform/Settings.h"
#include "ui/window/MainWindow.h"

using namespace sentiment::ui;

namespace {
QByteArray head(const QString& file, int n) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}
}  // namespace

class ExportTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { dir_.use(); }

    void chartsAsPngPdfSvgAndClipboard() {
        QCustomPlot plot;
        plot.resize(400, 300);
        plot.xAxis->setLabel(QStringLiteral("epoch"));
        plot.yAxis->setLabel(QStringLiteral("accuracy (%)"));
        plot.legend->setVisible(true);
        auto* g = plot.addGraph();
        g->setName(QStringLiteral("valid"));
        g->setData({1, 2, 3, 4, 5}, {60, 76, 80, 85, 88});
        plot.rescaleAxes();
        plot.replot();

        const QString png = dir_.filePath(QStringLiteral("chart.png"));
        QVERIFY(ChartExport::save(&plot, png));
        QCOMPARE(head(png, 4), QByteArray("\x89PNG"));
        const QImage image(png);
        QCOMPARE(image.width(), 800);  // twice the device pixels
        QCOMPARE(image.height(), 600);

        const QString pdf = dir_.filePath(QStringLiteral("chart.pdf"));
        QVERIFY(ChartExport::save(&plot, pdf));
        QCOMPARE(head(pdf, 5), QByteArray("%PDF-"));
        QVERIFY(QFileInfo(pdf).size() > 1000);

        const QString svg = dir_.filePath(QStringLiteral("chart.svg"));
        QVERIFY(ChartExport::save(&plot, svg));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("</svg>"));
        QVERIFY(text.contains("accuracy"));  // the axis label is in the vector file
        QVERIFY(text.size() > 2000);

        QString error;
        QVERIFY(!ChartExport::save(&plot, dir_.filePath(QStringLiteral("chart.bmpx")), &error));
        QVERIFY(error.contains(QStringLiteral("chart.bmpx")));
        QVERIFY(!ChartExport::save(&plot, QStringLiteral("/nonexistent/folder/chart.png"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/folder/chart.png")));

        ChartExport::copy(&plot);
        QCOMPARE(QApplication::clipboard()->image().width(), 800);
    }

    void tablesAsCsvMarkdownAndClipboard() {
        QTableWidget t(2, 3);
        t.setHorizontalHeaderLabels(
            {QStringLiteral("Epoch"), QStringLiteral("Train Acc"), QStringLiteral("Note")});
        const QStringList row0{QStringLiteral("01"), QStringLiteral("50.25%"),
                               QStringLiteral("chance, \"as usual\"")};
        const QStringList row1{QStringLiteral("02"), QStringLiteral("86.04%"),
                               QStringLiteral("a | b")};
        for (int c = 0; c < 3; ++c) {
            t.setItem(0, c, new QTableWidgetItem(row0[c]));
            t.setItem(1, c, new QTableWidgetItem(row1[c]));
        }
        QCOMPARE(TableExport::csv(&t), QStringLiteral("Epoch,Train Acc,Note\r\n01,50.25%,\"chance, "
                                                      "\"\"as usual\"\"\"\r\n02,86.04%,a | b\r\n"));
        QCOMPARE(
            TableExport::markdown(&t),
            QStringLiteral("| Epoch | Train Acc | Note |\n| --- | --- | --- |\n"
                           "| 01 | 50.25% | chance, \"as usual\" |\n| 02 | 86.04% | a \\| b |\n"));
        const QString csv = dir_.filePath(QStringLiteral("epochs.csv"));
        QVERIFY(TableExport::save(&t, csv));
        QCOMPARE(head(csv, 100), TableExport::csv(&t).toUtf8());
        QVERIFY(TableExport::save(&t, dir_.filePath(QStringLiteral("epochs.md"))));
        QString error;
        QVERIFY(!TableExport::save(&t, QStringLiteral("/nonexistent/folder/epochs.csv"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/folder/epochs.csv")));

        TableExport::copy(&t);
        const auto* mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime->text().startsWith(QStringLiteral("Epoch\tTrain Acc\tNote\n01\t50.25%")));
        QVERIFY(mime->html().contains(QStringLiteral("<table")));
        QVERIFY(mime->html().contains(QStringLiteral("<td>86.04%</td>")));
    }

    void windowAndPageScreenshots() {
        TestWindow t;
        auto& window = t.window;
        window.resize(1000, 700);
        const QString file = dir_.filePath(QStringLiteral("window.png"));
        QVERIFY(window.saveScreenshot(&window, QStringLiteral("window"), file));
        QCOMPARE(head(file, 4), QByteArray("\x89PNG"));
        QCOMPARE(QImage(file).width(), window.grab().width());
        // The toolbar's chart export: the Train page has two charts, three files each.
        window.showPage(QStringLiteral("train"));
        QTemporaryDir charts;
        QCOMPARE(window.exportCharts(charts.path()), 6);
        QVERIFY(QFileInfo::exists(charts.filePath(QStringLiteral("train-chart-1.svg"))));
    }

private:
    sentiment::test::PrivateHome dir_;
};

QTEST_MAIN(ExportTest)
#include "ExportTest.moc"
