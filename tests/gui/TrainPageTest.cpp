// Qt Test for the Train page (the live dashboard), run with QT_QPA_PLATFORM=offscreen on the
// embedded demo sample. The run store and settings go to a temporary folder.
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "storage/RunStore.h"
#include "ui/DatasetController.h"
#include "ui/MainWindow.h"
#include "ui/QCustomPlotHeader.h"
#include "ui/TrainPage.h"
#include "ui/TrainingController.h"

using namespace sentiment::ui;

class TrainPageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        qputenv("SENTIMENT_LAB_CACHE_DIR", home_.path().toUtf8());
        qputenv("XDG_DATA_HOME", home_.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", home_.path().toUtf8());
        QSignalSpy loaded(&datasets_, &DatasetController::loaded);
        datasets_.load(QString());
        QVERIFY(loaded.wait(60000));
    }

    void aShortRunFillsThePlotsTheTableAndTheStore() {
        TrainingController training;
        MainWindow window(&datasets_, &training, QStringLiteral("test"));
        auto* page = window.trainPage();
        page->presetBox()->setCurrentIndex(page->presetBox()->findData(QStringLiteral("base")));
        page->epochsBox()->setValue(1);
        page->batchesBox()->setValue(6);
        QSignalSpy finished(&training, &TrainingController::finished);
        QSignalSpy batches(&training, &TrainingController::batch);
        // The GUI thread must stay responsive: the longest gap of a 10 ms timer while training.
        QElapsedTimer clock;
        qint64 last = 0, longest = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] {
            const auto now = clock.elapsed();
            if (now - last > 30 && qEnvironmentVariableIsSet("SENTIMENT_LAB_GAPS")) qInfo("gap %lld ms at %lld ms", now - last, now);
            longest = std::max(longest, now - last);
            last = now;
        });
        clock.start();
        tick.start();
        QVERIFY(page->startButton()->isEnabled());
        QTest::mouseClick(page->startButton(), Qt::LeftButton);
        last = clock.elapsed();  // from here on the event loop runs while the worker trains
        QVERIFY(!page->startButton()->isEnabled());
        QVERIFY(page->stopButton()->isEnabled());
        QVERIFY(finished.wait(180000));
        tick.stop();
        QVERIFY2(longest <= 50, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(longest)));
        QCOMPARE(page->epochTable()->rowCount(), 1);
        QVERIFY(page->epochTable()->item(0, 0)->text().startsWith(QStringLiteral("01")));
        QCOMPARE(page->lossPlot()->graph(0)->dataCount(), 1);
        QCOMPARE(page->accuracyPlot()->graph(1)->dataCount(), 1);
        QVERIFY(batches.count() >= 1);
        QVERIFY(page->lossPlot()->graph(2)->dataCount() >= 1);
        QVERIFY(page->resultLabel()->text().contains(QStringLiteral("Test Loss:")));
        // The base RNN over the demo vocabulary (24,502 entries): 100 * 24,502 + 100*256 + 256*256 + 2*256 + 257.
        QVERIFY2(page->resultLabel()->text().contains(QStringLiteral("The model has 2,542,105 trainable parameters")),
                 qPrintable(page->resultLabel()->text()));
        const auto summary = finished.first().first().value<RunSummary>();
        QVERIFY(summary.runId > 0);
        QVERIFY(page->startButton()->isEnabled());
        // The log panel got the run's story (the log writes from its own thread).
        auto* log = window.findChild<QPlainTextEdit*>();
        QTRY_VERIFY2(log->toPlainText().contains(QStringLiteral("Epoch 01 | train loss")), qPrintable(log->toPlainText()));
        QVERIFY(log->toPlainText().contains(QStringLiteral("Training base for 1 epochs")));

        auto store = sentiment::storage::RunStore::open(sentiment::storage::RunStore::defaultPath());
        QVERIFY(store);
        const auto run = store->details(summary.runId);
        QVERIFY(run);
        QVERIFY(run->run.status == sentiment::storage::RunStatus::Completed);
        QCOMPARE(run->epochs.size(), std::size_t(1));
        QVERIFY(run->run.testAccuracy.has_value());
    }

    void stopEndsTheRunWithinASecond() {
        TrainingController training;
        MainWindow window(&datasets_, &training, QStringLiteral("test"));
        auto* page = window.trainPage();
        page->presetBox()->setCurrentIndex(page->presetBox()->findData(QStringLiteral("base")));
        page->epochsBox()->setValue(50);
        page->batchesBox()->setValue(0);
        QSignalSpy batches(&training, &TrainingController::batch);
        QSignalSpy finished(&training, &TrainingController::finished);
        page->startTraining();
        QVERIFY(!page->startButton()->isEnabled());
        page->startTraining();  // a second start while running does nothing
        QVERIFY(batches.wait(60000));
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(page->stopButton(), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QStringLiteral("stop took %1 ms").arg(clock.elapsed())));
        const auto summary = finished.first().first().value<RunSummary>();
        QVERIFY(summary.stopped);
        auto store = sentiment::storage::RunStore::open(sentiment::storage::RunStore::defaultPath());
        QVERIFY(store->details(summary.runId)->run.status == sentiment::storage::RunStatus::Stopped);
        QVERIFY(page->resultLabel()->text().contains(QStringLiteral("Stopped")));
    }

private:
    QTemporaryDir home_;
    DatasetController datasets_;
};

QTEST_MAIN(TrainPageTest)
#include "TrainPageTest.moc"
