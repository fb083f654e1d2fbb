// Qt Test for the Data page, run with QT_QPA_PLATFORM=offscreen.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include "Named.h"
#include "PrivateHome.h"
#include "TestWindow.h"

#include "ui/charts/QCustomPlotHeader.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/ModelController.h"
#include "ui/controllers/PredictController.h"
#include "ui/controllers/RunsController.h"
#include "ui/controllers/TrainingController.h"
#include "ui/pages/DataPage.h"
#include "ui/panels/ReviewBrowser.h"
#include "ui/panels/TableImportDialog.h"
#include "ui/panels/VectorsPanel.h"
#include "ui/platform/Settings.h"
#include "ui/window/MainWindow.h"

using namespace sentiment::ui;

class DataPageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { cache_.use(); }

    void loadsTheDemoSampleOffTheGuiThread() {
        TestWindow t;
        auto& controller = t.datasets;
        auto& window = t.window;
        QSignalSpy loaded(&controller, &DatasetController::loaded);
        controller.load(QString());
        QVERIFY(controller.busy());
        QVERIFY(loaded.wait(30000));
        auto* counts = named<QTableWidget>(window.dataPage(), "countsTable");
        QCOMPARE(counts->item(0, 2)->text(), QLocale().toString(1400));
        QCOMPARE(counts->item(2, 1)->text(), QLocale().toString(500));
        QVERIFY(named<QTableWidget>(window.dataPage(), "tokens")->rowCount() >= 20);
        QCOMPARE(named<QTableWidget>(window.dataPage(), "tokens")->item(0, 0)->text(),
                 QStringLiteral("the"));
        QVERIFY(controller.dataset() != nullptr);
        QVERIFY(!named<QLabel>(window.dataPage(), "details")
                     ->text()
                     .contains(QStringLiteral("Unicode")));  // English: no advice

        // The length histogram holds every training review.
        auto* bars = qobject_cast<QCPBars*>(
            named<QCustomPlot>(window.dataPage(), "lengthPlot")->plottable(0));
        QVERIFY(bars != nullptr);
        double reviews = 0;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            reviews += it->value;
        QCOMPARE(reviews, 1400.0);

        // The browser: a test review with words the train vocabulary lacks shows them marked as
        // <unk>.
        auto* browser = named<ReviewBrowser>(window.dataPage(), "reviews");
        int shown = -1;
        for (int row = 0; row < controller.reviewCount(2) && shown < 0; ++row) {
            const auto view = controller.review(2, row);
            QVERIFY(view.valid);
            QCOMPARE(view.tokens.size(), view.unknown.size());
            if (view.unknownCount > 0) shown = row;
        }
        QVERIFY(shown >= 0);
        browser->show(2, shown);
        QVERIFY(named<QTextBrowser>(browser, "tokensView")
                    ->toHtml()
                    .contains(QStringLiteral("#ffc9c9")));
        QVERIFY(named<QLabel>(browser, "infoLabel")
                    ->text()
                    .contains(QStringLiteral("not in the vocabulary")));
        // A train review: every token is in the vocabulary (it is built from train).
        QCOMPARE(controller.review(0, 0).unknownCount, 0);
        QVERIFY(!controller.review(0, 1'000'000).valid);
    }

    void vectorsShowCoverageAndAMalformedFileIsNamed() {
        TestWindow t;
        auto& controller = t.datasets;
        auto& window = t.window;
        QSignalSpy loaded(&controller, &DatasetController::loaded);
        controller.load(QString());
        QVERIFY(loaded.wait(30000));
        const QString good = cache_.filePath(QStringLiteral("glove.tiny.3d.txt"));
        const QString bad = cache_.filePath(QStringLiteral("glove.broken.3d.txt"));
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the 0.1 0.2 0.3\nfilm 0.4 0.5 0.6\nmovie 0.7 0.8 0.9\nzzzunseen 1 1 1\n");
            QFile g(bad);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write("the 0.1 0.2 0.3\nfilm 0.4 oops 0.6\n");
        }
        QSignalSpy failed(&controller, &DatasetController::vectorsFailed);
        window.openPath(bad);  // what a drop does
        QVERIFY(failed.wait(30000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("glove.broken.3d.txt")) &&
                     message.contains(QStringLiteral("line 2")),
                 qPrintable(message));
        QVERIFY(named<QLabel>(named<VectorsPanel>(window.dataPage(), "vectors"), "coverageLabel")
                    ->text()
                    .contains(QStringLiteral("Could not load")));
        QVERIFY(controller.vectors() == nullptr);

        QSignalSpy vectorsLoaded(&controller, &DatasetController::vectorsLoaded);
        window.openPath(good);
        QVERIFY(vectorsLoaded.wait(30000));
        const auto s = vectorsLoaded.first().first().value<VectorsSummary>();
        QCOMPARE(s.dimension, 3);
        QCOMPARE(s.words, qint64(4));
        // the, film, movie and their capitalised forms through the lower-case fallback.
        QVERIFY2(s.found >= 3 && s.found - s.foundLowercase == 3,
                 qPrintable(QString::number(s.found)));
        QCOMPARE(s.vocabSize, qint64(controller.dataset()->vocab.size()));
        QVERIFY(!s.mostFrequentMissing.isEmpty());
        QVERIFY(named<QLabel>(named<VectorsPanel>(window.dataPage(), "vectors"), "coverageLabel")
                    ->text()
                    .contains(QStringLiteral("of the vocabulary")));
        QCOMPARE(
            named<QTableWidget>(named<VectorsPanel>(window.dataPage(), "vectors"), "missingTable")
                ->rowCount(),
            int(s.mostFrequentMissing.size()));
    }

    // A student's own Korean file, as NSMC ships it, dropped on the window: a dataset (not word
    // vectors, though it ends in .txt), its texts and counts on the page; a Model page plan
    // trains on it as it was opened.
    void aDroppedNsmcFileOpensAsADataset() {
        TestWindow t;
        const QString file = cache_.filePath(QStringLiteral("ratings_train.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray tsv = "id\tdocument\tlabel\n";
            for (int i = 0; i < 50; ++i) {
                tsv += QByteArray::number(9000 + i) + '\t' +
                       (i % 2 == 0 ? "정말 재밌는 영화 " : "너무 지루한 영화 ") +
                       QByteArray::number(i) + '\t' + (i % 2 == 0 ? "1" : "0") + '\n';
            }
            f.write(tsv);
        }
        QSignalSpy loaded(&t.datasets, &DatasetController::loaded);
        QSignalSpy vectors(&t.datasets, &DatasetController::vectorsLoaded);
        t.window.openPath(file);  // what a drop does: the import dialog first
        auto* dialog = t.window.dataPage()->findChild<TableImportDialog*>();
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->shown().columns,
                 (QStringList{QStringLiteral("id"), QStringLiteral("document"),
                              QStringLiteral("label")}));
        QCOMPARE(dialog->shown().textColumn, 1);
        QCOMPARE(dialog->shown().labelColumn, 2);
        QVERIFY(dialog->choice() == TableChoice{});  // nothing chosen: found from the file
        dialog->accept();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(vectors.count(), 0);
        auto* counts = named<QTableWidget>(t.window.dataPage(), "countsTable");
        QCOMPARE(counts->item(2, 1)->text(), QLocale().toString(5));  // 20 % of each 25 held out
        bool korean = false;
        for (int row = 0; row < named<QTableWidget>(t.window.dataPage(), "tokens")->rowCount();
             ++row)
            korean |= named<QTableWidget>(t.window.dataPage(), "tokens")->item(row, 0)->text() ==
                      QStringLiteral("영화");
        QVERIFY(korean);
        QVERIFY(t.models.choice().fits(*t.datasets.dataset()));
        // Its letters are Hangul, cut by English rules: the page says which tokenizer to choose.
        const QString details = named<QLabel>(t.window.dataPage(), "details")->text();
        QVERIFY2(details.contains(QStringLiteral("Most letters are Hangul")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Unicode words")));
    }

    // A table whose label column has no telling name: the dialog says so and offers no Open
    // until the user picks it; a label map and a group column are chosen there, the rows are
    // read that way, and the next opening of the same file starts from that choice.
    void theImportDialogChoosesColumnsAndLabels() {
        TestWindow t;
        const QString file = cache_.filePath(QStringLiteral("stars.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray csv = "movie,평점,리뷰\n";  // Korean headers: none is a known name
            for (int i = 0; i < 60; ++i) {
                const int stars = 1 + i % 10;
                csv += "m" + QByteArray::number(i % 12) + ',' + QByteArray::number(stars) + ',' +
                       (stars >= 6 ? "정말 재밌는 영화 " : "너무 지루한 영화 ") +
                       QByteArray::number(i) + '\n';
            }
            f.write(csv);
        }
        t.window.dataPage()->openDataset(file);
        auto* dialog = t.window.dataPage()->findChild<TableImportDialog*>();
        QVERIFY(dialog != nullptr);
        auto* open = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY2(!dialog->shown().error.isEmpty(), "three columns, none named like a label");
        QVERIFY(!open->isEnabled());
        QVERIFY(named<QLabel>(dialog, "tableError")->text().contains(QStringLiteral("labels")));

        auto* label = named<QComboBox>(dialog, "tableLabel");
        label->setCurrentIndex(label->findText(QStringLiteral("평점")));
        QVERIFY2(open->isEnabled(), qPrintable(dialog->shown().error));
        QCOMPARE(dialog->choice().labelColumn, QStringLiteral("평점"));
        QCOMPARE(dialog->shown().textColumn, 2);  // the longest values
        QCOMPARE(dialog->shown().classes.size(), 10);

        auto* group = named<QComboBox>(dialog, "tableGroup");
        group->setCurrentIndex(group->findText(QStringLiteral("movie")));
        QCOMPARE(dialog->choice().groupColumn, QStringLiteral("movie"));
        QVERIFY(named<QDoubleSpinBox>(dialog, "tableTestShare")->isEnabled());  // groups held out
        named<QLineEdit>(dialog, "tableLabelMap")
            ->setText(QStringLiteral("1-4=negative,9-10=positive"));
        QTRY_COMPARE(dialog->shown().classes,
                     (QStringList{QStringLiteral("negative"), QStringLiteral("positive")}));
        const QString labels = named<QLabel>(dialog, "tableLabels")->text();
        QVERIFY2(labels.contains(QStringLiteral("dropped")), qPrintable(labels));
        QVERIFY2(labels.contains(QStringLiteral("→ <b>negative</b>")), qPrintable(labels));

        QSignalSpy loaded(&t.datasets, &DatasetController::loaded);
        dialog->accept();
        QVERIFY(loaded.wait(30000));
        const auto summary = loaded.first().first().value<DatasetSummary>();
        QCOMPARE(summary.classes,
                 (QStringList{QStringLiteral("negative"), QStringLiteral("positive")}));
        QCOMPARE(t.datasets.table().labelMap, QStringLiteral("1-4=negative,9-10=positive"));
        QCOMPARE(t.datasets.dataset()->options.table.groupColumn, std::string("movie"));

        // Opened again: the dialog starts from the choice the file was read with.
        t.window.dataPage()->openDataset(file);
        TableImportDialog* again = nullptr;
        for (auto* d : t.window.dataPage()->findChildren<TableImportDialog*>())
            if (d != dialog) again = d;
        QVERIFY(again != nullptr);
        QCOMPARE(named<QLineEdit>(again, "tableLabelMap")->text(),
                 QStringLiteral("1-4=negative,9-10=positive"));
        QCOMPARE(again->choice(), t.datasets.table());
        again->reject();
    }

    void aBadPathShowsAnErrorAndTheWindowStaysUsable() {
        TestWindow t;
        auto& controller = t.datasets;
        auto& window = t.window;
        QSignalSpy failed(&controller, &DatasetController::failed);
        controller.load(QStringLiteral("/nonexistent/aclImdb_v1.tar.gz"));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(
            QStringLiteral("/nonexistent/aclImdb_v1.tar.gz")));
        QVERIFY(!controller.busy());
        // A corrupt archive (what a broken download looks like), dropped on the window.
        const QString corrupt = cache_.filePath(QStringLiteral("aclImdb_v1.tar.gz"));
        {
            QFile f(corrupt);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\x1f\x8b\x08\x00 this is not the rest of a gzip stream", 40));
        }
        failed.clear();
        window.openPath(corrupt);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(corrupt),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(named<QLabel>(window.dataPage(), "messageLabel")
                    ->text()
                    .contains(QStringLiteral("Could not load")));
        QVERIFY(named<QPushButton>(window.dataPage(), "cancelButton")->isHidden());
        QSignalSpy loaded(&controller, &DatasetController::loaded);
        controller.load(QString());
        QVERIFY(loaded.wait(30000));
    }

private:
    sentiment::test::PrivateHome cache_;
};

QTEST_MAIN(DataPageTest)
#include "DataPageTest.moc"
