// Qt Test for the Train page (the live dashboard), run with QT_QPA_PLATFORM=offscreen on the
// embedded demo sample. The run store and settings go to a temporary folder.
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

#include "Named.h"
#include "PrivateHome.h"
#include "TestWindow.h"

#include "storage/RunStore.h"
#include "ui/charts/QCustomPlotHeader.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/ModelController.h"
#include "ui/controllers/PredictController.h"
#include "ui/controllers/RunsController.h"
#include "ui/controllers/TrainingController.h"
#include "ui/controllers/TrainingWorker.h"
#include "ui/pages/ModelPage.h"
#include "ui/pages/RunsPage.h"
#include "ui/pages/TrainPage.h"
#include "ui/panels/ErrorAnalysisPanel.h"
#include "ui/platform/CourseReference.h"
#include "ui/platform/Settings.h"
#include "ui/window/LogDock.h"
#include "ui/window/MainWindow.h"

#include <atomic>
#include <mutex>

using namespace sentiment::ui;

namespace {
// Whether a table's first `rows` rows lie whole inside its viewport, and (with `inView`) the table
// whole inside the visible part of the scroll area that holds it, both at their current positions.
bool fullyShown(QTableWidget* table, int rows, bool inView) {
    for (int r = 0; r < std::min(rows, table->rowCount()); ++r) {
        const QRect cell = table->visualRect(table->model()->index(r, 0));
        if (cell.top() < 0 || cell.bottom() >= table->viewport()->height()) return false;
    }
    for (QWidget* w = table->parentWidget(); inView && w != nullptr; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w)) {
            const QRect r(table->mapTo(area->viewport(), QPoint(0, 0)), table->size());
            return r.top() >= 0 && r.bottom() < area->viewport()->height();
        }
    }
    return true;
}
}  // namespace

class TrainPageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        home_.use();
        QSignalSpy loaded(&datasets_, &DatasetController::loaded);
        datasets_.load(QString());
        QVERIFY(loaded.wait(60000));
    }

    void aShortRunFillsThePlotsTheTableAndTheStore() {
        // Before the window: they outlive its training thread whatever happens below.
        std::mutex mutex;
        QList<QThread*> stepThreads;
        TestWindow t(&datasets_);
        auto& training = t.training;
        auto& runs = t.runs;
        auto& window = t.window;
        auto* page = window.trainPage();
        window.modelPage()->applyPreset(QStringLiteral("base"));
        window.modelPage()->setEpochs(1);
        page->setBatchesPerEpoch(6);
        QSignalSpy finished(&training, &TrainingController::finished);
        QSignalSpy batches(&training, &TrainingController::batch);
        // Every training step runs on the training thread, never on the GUI's: each batch report
        // comes, directly, from the thread of the step that produced it.
        const auto where = connect(
            training.worker(), &TrainingWorker::batch, &training,
            [&](const BatchUpdate&) {
                std::lock_guard lock(mutex);
                stepThreads << QThread::currentThread();
            },
            Qt::DirectConnection);
        QVERIFY(named<QPushButton>(page, "startButton")->isEnabled());
        QTest::mouseClick(named<QPushButton>(page, "startButton"), Qt::LeftButton);
        QVERIFY(!named<QPushButton>(page, "startButton")->isEnabled());
        QVERIFY(named<QPushButton>(page, "stopButton")->isEnabled());
        QVERIFY(finished.wait(180000));
        disconnect(where);
        {
            std::lock_guard lock(mutex);
            QVERIFY(!stepThreads.isEmpty());
            for (QThread* thread : stepThreads) {
                QVERIFY(thread != QThread::currentThread());
                QCOMPARE(thread, stepThreads.first());
            }
        }
        QCOMPARE(named<QTableWidget>(page, "epochTable")->rowCount(), 1);
        QVERIFY(named<QTableWidget>(page, "epochTable")
                    ->item(0, 0)
                    ->text()
                    .startsWith(QStringLiteral("01")));
        QCOMPARE(named<QCustomPlot>(page, "lossPlot")->graph(0)->dataCount(), 1);
        QCOMPARE(named<QCustomPlot>(page, "accuracyPlot")->graph(1)->dataCount(), 1);
        QVERIFY(batches.count() >= 1);
        QVERIFY(named<QCustomPlot>(page, "lossPlot")->graph(2)->dataCount() >= 1);
        // The legends sit in a row of their own above the data, covering no point.
        for (auto* plot :
             {named<QCustomPlot>(page, "lossPlot"), named<QCustomPlot>(page, "accuracyPlot")}) {
            plot->replot();
            QVERIFY(plot->legend->visible());
            QVERIFY(plot->legend->layout() == plot->plotLayout());
            QVERIFY(!plot->legend->outerRect().intersects(plot->axisRect()->rect()));
            QVERIFY(plot->legend->outerRect().bottom() <= plot->axisRect()->rect().top());
        }
        QVERIFY(named<QLabel>(page, "resultLabel")->text().contains(QStringLiteral("Test Loss:")));
        // The verdict against the lecture's base RNN, and its curves drawn: two lines on the loss
        // chart; two lines and the band (two graphs) on the accuracy chart.
        QVERIFY2(named<QLabel>(page, "resultLabel")
                     ->text()
                     .contains(QStringLiteral("Against the lecture: ")),
                 qPrintable(named<QLabel>(page, "resultLabel")->text()));
        QCOMPARE(page->referenceGraphs(), 2 + 4);
        // The base RNN over the demo vocabulary (24,502 entries): 100 * 24,502 + 100*256 + 256*256
        // + 2*256 + 257.
        QVERIFY2(named<QLabel>(page, "resultLabel")
                     ->text()
                     .contains(QStringLiteral("The model has 2,542,105 trainable parameters")),
                 qPrintable(named<QLabel>(page, "resultLabel")->text()));
        const auto summary = finished.first().first().value<RunSummary>();
        QVERIFY(summary.runId > 0);
        QVERIFY(named<QPushButton>(page, "startButton")->isEnabled());
        // The log panel got the run's story (the log writes from its own thread).
        auto* log = window.findChild<LogDock*>()->findChild<QPlainTextEdit*>();
        QTRY_VERIFY2(log->toPlainText().contains(QStringLiteral("Epoch 01 | train loss")),
                     qPrintable(log->toPlainText()));
        QVERIFY(log->toPlainText().contains(QStringLiteral("Training base for 1 epoch")));

        auto store =
            sentiment::storage::RunStore::open(sentiment::storage::RunStore::defaultPath());
        QVERIFY(store);
        const auto run = store->details(summary.runId);
        QVERIFY(run);
        QVERIFY(run->run.status == sentiment::storage::RunStatus::Completed);
        QCOMPARE(run->epochs.size(), std::size_t(1));
        QVERIFY(run->run.testAccuracy.has_value());

        // The Runs page shows where the run's model is wrong, from the predictions recorded at
        // its end; without them (an older run), it scores the test set with the loaded dataset.
        QCOMPARE(store->testPredictions(summary.runId)->size(), datasets_.dataset()->test.size());
        auto* runsPage = window.runsPage();
        auto* panel = named<ErrorAnalysisPanel>(runsPage, "errors");
        QSignalSpy listed(&runs, &RunsController::listed);
        runs.refresh();
        QVERIFY(listed.wait(10000));
        // The evaluation of the run in an overview the controller sends (null: none there).
        const auto evaluationIn = [&](const QList<QVariant>& args)
            -> std::shared_ptr<const sentiment::experiment::TestEvaluation> {
            const auto overview =
                args.at(0).value<std::shared_ptr<const sentiment::experiment::RunsOverview>>();
            const auto* shown = overview ? overview->run(summary.runId) : nullptr;
            return shown != nullptr ? shown->evaluation : nullptr;
        };
        QSignalSpy evaluated(&runs, &RunsController::compared);
        runsPage->selectRuns({summary.runId});
        QVERIFY(evaluated.wait(10000));
        const auto counted = evaluationIn(evaluated.takeFirst());
        QVERIFY(counted != nullptr);
        QCOMPARE(counted->confusion().total(), datasets_.dataset()->test.size());
        QVERIFY(std::abs(counted->confusion().accuracy() - *run->run.testAccuracy) < 1e-9);
        QVERIFY(store->recordTestPredictions(summary.runId, {}));
        runsPage->selectRuns({});
        runsPage->selectRuns({summary.runId});
        QVERIFY(evaluated.wait(10000));
        QVERIFY(
            named<QPushButton>(panel, "scoreButton")->isEnabled());  // the demo sample is loaded
        QSignalSpy scoring(&runs, &RunsController::scoring);
        QSignalSpy failed(&runs, &RunsController::failed);
        evaluated.clear();
        QTest::mouseClick(named<QPushButton>(panel, "scoreButton"), Qt::LeftButton);
        // The scored evaluation (a refreshed list may bring the empty one first).
        std::shared_ptr<const sentiment::experiment::TestEvaluation> scored;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto& args : evaluated) {
                    auto e = evaluationIn(args);
                    if (e && !e->empty()) scored = e;
                }
                return scored != nullptr;
            }(),
            60000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(!scoring.isEmpty());
        QCOMPARE(scored->confusion().total(), datasets_.dataset()->test.size());
        QCOMPARE(scored->confusion().truePositives, counted->confusion().truePositives);
        QCOMPARE(scored->confusion().trueNegatives, counted->confusion().trueNegatives);
        QCOMPARE(store->testPredictions(summary.runId)->size(), datasets_.dataset()->test.size());
        QVERIFY(named<QTableWidget>(panel, "mistakesTable")->rowCount() > 0);
    }

    // While an epoch's validation runs (tens of seconds on the full IMDb), the progress bar says
    // so and counts the reviews scored; the test at the end says that it tests.
    void theValidationAndTheTestShowTheirOwnProgress() {
        TestWindow t(&datasets_);
        auto* bar = t.window.trainPage()->findChild<QProgressBar*>();
        QVERIFY(bar != nullptr);
        Q_EMIT t.training.batch({1, 5, 22, 22, 22, 0.69, 0.5, 1000, 0, 60});
        Q_EMIT t.training.evaluation({false, 1, 1500, 7500});
        const QString counted =
            QStringLiteral("%1 of %2").arg(QLocale().toString(1500), QLocale().toString(7500));
        QVERIFY2(
            bar->format().contains(QStringLiteral("validating")) && bar->format().contains(counted),
            qPrintable(bar->format()));
        QCOMPARE(bar->maximum(), 7500);
        QCOMPARE(bar->value(), 1500);
        Q_EMIT t.training.evaluation({true, 5, 25000, 25000});
        QVERIFY2(bar->format().startsWith(QStringLiteral("Testing")), qPrintable(bar->format()));
        QCOMPARE(bar->value(), 25000);
    }

    // A 1366 x 768 laptop: the window opens inside the screen and every page fits in it; at the
    // default width the Train page's header row is not cut off on the right.
    void theWindowFitsALaptopScreen() {
        TestWindow t(&datasets_);
        auto& window = t.window;
        window.fitTo(QRect(0, 0, 1366, 768));
        QVERIFY(window.windowState() & Qt::WindowMaximized);  // it uses the screen it has
        QVERIFY2(window.width() <= 1366 && window.height() <= 768 - 40 && window.width() >= 1300,
                 qPrintable(QStringLiteral("%1 x %2").arg(window.width()).arg(window.height())));
        // The offscreen platform's screen is smaller than a laptop's: the size a window manager
        // would restore it to stands in for the maximised window.
        window.setWindowState(Qt::WindowNoState);
        window.show();
        window.showPage(QStringLiteral("model"));
        window.modelPage()->applyPreset(QStringLiteral("advanced"));
        QTRY_VERIFY(named<QTableWidget>(window.modelPage(), "formulaTable")->rowCount() >=
                    6);  // embedding, 2 x 2 LSTM, linear
        QCoreApplication::processEvents();
        // The parameter count and every layer row show whole, without scrolling anything.
        auto* total = named<QLabel>(window.modelPage(), "totalLabel");
        QVERIFY2(total->height() >= total->heightForWidth(total->width()),
                 qPrintable(QStringLiteral("headline %1 of %2 px")
                                .arg(total->height())
                                .arg(total->heightForWidth(total->width()))));
        QTRY_VERIFY(fullyShown(named<QTableWidget>(window.modelPage(), "formulaTable"), 100, true));
        // The tensors' first six rows, in the page's scrolling column.
        QTRY_VERIFY(fullyShown(named<QTableWidget>(window.modelPage(), "tensorTable"), 6, false));
        window.fitTo(
            QRect(0, 0, 1920, 1040));  // a 1080-line screen: the preferred size, not maximised
        QVERIFY(!(window.windowState() & Qt::WindowMaximized));
        QCOMPARE(window.size(), QSize(1100, 980));
        window.fitTo(QRect(0, 0, 1366, 768));
        window.setWindowState(Qt::WindowNoState);
        for (const char* name : {"data", "model", "train", "runs", "predict"}) {
            window.showPage(QString::fromLatin1(name));
            QCoreApplication::processEvents();
            const QSize need = window.minimumSizeHint();
            QVERIFY2(need.width() <= window.width() && need.height() <= window.height(),
                     qPrintable(QStringLiteral("%1 needs %2 x %3")
                                    .arg(QString::fromLatin1(name))
                                    .arg(need.width())
                                    .arg(need.height())));
        }
        window.resize(1100, window.height());
        window.showPage(QStringLiteral("train"));
        QCoreApplication::processEvents();
        auto* page = window.trainPage();
        for (QWidget* w : std::initializer_list<QWidget*>{named<QPushButton>(page, "startButton"),
                                                          named<QPushButton>(page, "stopButton")}) {
            const QRect r(w->mapTo(page, QPoint(0, 0)), w->size());
            QVERIFY2(r.right() < page->width() && w->width() >= w->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1 at %2..%3 of %4")
                                    .arg(w->objectName())
                                    .arg(r.left())
                                    .arg(r.right())
                                    .arg(page->width())));
        }
    }

    // File › Open course reference…: a teacher's figures replace the lecture's on the charts and
    // are remembered; a malformed file names itself and its line and changes nothing.
    void aTeachersCourseReferenceReplacesTheLecturesAndABadOneNamesTheLine() {
        TestWindow t(&datasets_);
        auto& window = t.window;
        auto* page = window.trainPage();
        window.modelPage()->applyPreset(QStringLiteral("base"));
        QCOMPARE(page->referenceGraphs(), 2 + 4);  // the lecture's base RNN, before any run
        const QString good = home_.filePath(QStringLiteral("course.json"));
        const QString bad = home_.filePath(QStringLiteral("broken course.json"));
        auto write = [](const QString& path, const QByteArray& text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        write(
            good,
            R"({"reference": 1, "course": "Spring course", "presets": {"base": {"test_accuracy": 0.6, "epochs": [
            {"train_loss": 0.69, "train_accuracy": 0.51, "valid_loss": 0.68, "valid_accuracy": 0.55},
            {"train_loss": 0.60, "train_accuracy": 0.62, "valid_loss": 0.61, "valid_accuracy": 0.58},
            {"train_loss": 0.50, "train_accuracy": 0.70, "valid_loss": 0.55, "valid_accuracy": 0.61}]}}})");
        write(bad,
              "{\"reference\": 1,\n \"presets\": {\n  \"base\": {\n   \"test_accuracy\": 0.6,,\n "
              "}}}\n");
        const auto opened = window.courseReference()->open(good);
        QVERIFY2(!opened, qPrintable(opened.value_or(QString())));
        QCOMPARE(window.courseReference()->course(), QStringLiteral("Spring course"));
        const QCPGraph* valid = nullptr;
        for (int g = 0; g < named<QCustomPlot>(page, "accuracyPlot")->graphCount(); ++g) {
            if (named<QCustomPlot>(page, "accuracyPlot")->graph(g)->name() ==
                QStringLiteral("lecture: valid"))
                valid = named<QCustomPlot>(page, "accuracyPlot")->graph(g);
        }
        QVERIFY(valid != nullptr);
        QCOMPARE(valid->dataCount(), 3);
        QCOMPARE(valid->data()->at(2)->value, 61.0);
        QCOMPARE(page->referenceGraphs(), 2 + 4);  // redrawn, not added to
        QCOMPARE(Settings().courseReference(), good);
        QCOMPARE(CourseReference().course(),
                 QStringLiteral("Spring course"));  // remembered at the next start

        const auto error = window.courseReference()->open(bad);
        QVERIFY(error);
        QVERIFY2(error->contains(QStringLiteral("broken course.json, line 4")), qPrintable(*error));
        QCOMPARE(window.courseReference()->course(), QStringLiteral("Spring course"));
        QVERIFY(window.courseReference()
                    ->open(home_.filePath(QStringLiteral("missing.json")))
                    .value_or(QString())
                    .contains(QStringLiteral("missing.json")));

        // A preset the course has no curves for draws none; the lecture's own comes back on
        // request.
        window.modelPage()->applyPreset(QStringLiteral("cnn"));
        QCOMPARE(page->referenceGraphs(), 0);
        window.courseReference()->useLecture();
        QVERIFY(window.courseReference()->course().contains(QStringLiteral("bentrevett")));
        QVERIFY(Settings().courseReference().isEmpty());
        window.modelPage()->applyPreset(QStringLiteral("advanced"));
        QCOMPARE(page->referenceGraphs(), 2 + 4);
    }

    // Batch reports arriving faster than the screen needs are drawn together: two hundred
    // reports in a row (no event loop between them) draw the loss chart once, on the page's
    // coalescing timer, never inside the report.
    void redrawsAreCoalesced() {
        TestWindow t(&datasets_);
        auto* page = t.window.trainPage();
        auto* timer = page->findChild<QTimer*>(QStringLiteral("replotTimer"));
        QVERIFY(timer != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!timer->isActive(),
                                 60000);  // the drawing the page's set-up asked for
        QCoreApplication::processEvents();
        QSignalSpy drawn(named<QCustomPlot>(page, "lossPlot"), &QCustomPlot::afterReplot);
        const int before = named<QCustomPlot>(page, "lossPlot")->graph(2)->dataCount();
        for (int b = 1; b <= 200; ++b) {
            BatchUpdate u;
            u.epoch = 1;
            u.epochs = 1;
            u.batch = b;
            u.batches = 200;
            u.step = b;
            u.loss = 0.7 - b * 0.001;
            Q_EMIT t.training.batch(u);
        }
        QCOMPARE(drawn.count(), 0);
        QVERIFY(timer->isActive());
        QCOMPARE(named<QCustomPlot>(page, "lossPlot")->graph(2)->dataCount(), before + 200);
        QTRY_VERIFY_WITH_TIMEOUT(!timer->isActive() && drawn.count() > 0, 60000);
        QCoreApplication::processEvents();
        QCOMPARE(drawn.count(), 1);
    }

    // Stop ends the run after the batch in flight, and the window answers while that batch is
    // still training: the worker is held inside its first batch report (on the training
    // thread) while the GUI thread takes the click on Stop; once let go, no further batch trains.
    void stopEndsTheRunAfterTheBatchInFlight() {
        // Before the window, which joins the training thread: they outlive it.
        std::atomic<qint64> heldStep{0}, lastStep{0};
        QSemaphore held, letGo;
        TestWindow t(&datasets_);
        // Whatever fails below, the held worker is let go (else closing the window would wait for
        // it).
        const auto release = qScopeGuard([&] { letGo.release(); });
        auto& training = t.training;
        auto& window = t.window;
        auto* page = window.trainPage();
        window.modelPage()->applyPreset(QStringLiteral("base"));
        window.modelPage()->setEpochs(50);
        page->setBatchesPerEpoch(0);
        QSignalSpy finished(&training, &TrainingController::finished);
        const auto hold = connect(
            training.worker(), &TrainingWorker::batch, &training,
            [&](const BatchUpdate& u) {
                lastStep = std::max(lastStep.load(), u.step);
                if (heldStep == 0) {
                    heldStep = u.step;
                    held.release();
                    letGo.acquire();
                }
            },
            Qt::DirectConnection);
        page->startTraining();
        QVERIFY(!named<QPushButton>(page, "startButton")->isEnabled());
        page->startTraining();  // a second start while running does nothing
        // Only a guard against a hang: the first batch's report holds the worker.
        for (int i = 0; i < 1200 && !held.tryAcquire(); ++i) QTest::qWait(100);
        QVERIFY(heldStep > 0);
        QVERIFY(training.running());
        QVERIFY(named<QPushButton>(page, "stopButton")->isEnabled());
        QTest::mouseClick(named<QPushButton>(page, "stopButton"), Qt::LeftButton);
        QVERIFY(!named<QPushButton>(page, "stopButton")->isEnabled());
        QVERIFY2(page->findChild<QProgressBar*>()->format().contains(
                     QStringLiteral("Stopping after this batch")),
                 qPrintable(page->findChild<QProgressBar*>()->format()));
        QVERIFY(finished.isEmpty());
        letGo.release();  // (the guard's release later is one permit too many: harmless)
        QVERIFY(finished.wait(120000));
        disconnect(hold);
        QCOMPARE(lastStep.load(), heldStep.load());
        const auto summary = finished.first().first().value<RunSummary>();
        QVERIFY(summary.stopped);
        auto store =
            sentiment::storage::RunStore::open(sentiment::storage::RunStore::defaultPath());
        QVERIFY(store->details(summary.runId)->run.status ==
                sentiment::storage::RunStatus::Stopped);
        QVERIFY(named<QLabel>(page, "resultLabel")->text().contains(QStringLiteral("Stopped")));
    }

    // One engine under both front ends: the plan the GUI recorded, run by the CLI
    // (`train --from-run`), gives the same epochs to the last bit.
    void theGuiAndTheCliRecordTheSamePlanIdentically() {
        TestWindow t(&datasets_);
        auto& training = t.training;
        auto& window = t.window;
        // The CNN: dropout and initialisation from the run's generator, and quick on one thread.
        window.modelPage()->applyPreset(QStringLiteral("cnn"));
        window.modelPage()->setEpochs(2);
        window.trainPage()->setBatchesPerEpoch(3);
        QSignalSpy finished(&training, &TrainingController::finished);
        window.trainPage()->startTraining();
        QVERIFY(finished.wait(240000));
        const auto gui = finished.first().first().value<RunSummary>();
        QVERIFY(gui.runId > 0);
        const auto db = sentiment::storage::RunStore::defaultPath();
        int threads = 0;
        {
            auto store = sentiment::storage::RunStore::openForReading(db);
            QVERIFY(store);
            threads = store->details(gui.runId)->run.info.threads;
        }
        QProcess cli;
        cli.start(
            QStringLiteral(SENTIMENT_LAB_CLI),
            {QStringLiteral("train"), QStringLiteral("--from-run"), QString::number(gui.runId),
             QStringLiteral("--threads"), QString::number(threads), QStringLiteral("--db"),
             QString::fromStdString(db.string()), QStringLiteral("--out"),
             home_.filePath(QStringLiteral("cli-checkpoints"))});
        QVERIFY(cli.waitForFinished(240000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        auto store = sentiment::storage::RunStore::openForReading(db);
        QVERIFY(store);
        const auto rows = *store->list();
        const auto fromGui = *store->details(gui.runId);
        const auto fromCli = *store->details(rows.front().id);  // newest first
        QVERIFY(fromCli.run.id != gui.runId);
        QCOMPARE(fromCli.run.info.configJson, fromGui.run.info.configJson);
        QCOMPARE(fromGui.epochs.size(), std::size_t(2));
        QCOMPARE(fromCli.epochs.size(), fromGui.epochs.size());
        for (std::size_t e = 0; e < fromGui.epochs.size(); ++e) {
            QCOMPARE(fromCli.epochs[e].trainLoss, fromGui.epochs[e].trainLoss);
            QCOMPARE(fromCli.epochs[e].trainAccuracy, fromGui.epochs[e].trainAccuracy);
            QCOMPARE(fromCli.epochs[e].validLoss, fromGui.epochs[e].validLoss);
            QCOMPARE(fromCli.epochs[e].validAccuracy, fromGui.epochs[e].validAccuracy);
        }
        QCOMPARE(fromCli.run.testLoss, fromGui.run.testLoss);
    }

    // Fault drill: the GUI and the CLI train into one store at the same time. SQLite's WAL lets
    // both commit their epochs (each waits its turn on the write lock): both runs complete, whole.
    void theGuiAndTheCliTrainIntoOneStoreAtOnce() {
        TestWindow t(&datasets_);
        auto& training = t.training;
        auto& window = t.window;
        const auto db = sentiment::storage::RunStore::defaultPath();
        QProcess cli;
        cli.start(
            QStringLiteral(SENTIMENT_LAB_CLI),
            {QStringLiteral("train"), QStringLiteral("--demo"), QStringLiteral("--preset"),
             QStringLiteral("fasttext"), QStringLiteral("--epochs"), QStringLiteral("4"),
             QStringLiteral("--max-batches"), QStringLiteral("3"), QStringLiteral("--threads"),
             QStringLiteral("1"), QStringLiteral("--name"), QStringLiteral("from the CLI"),
             QStringLiteral("--db"), QString::fromStdString(db.string()), QStringLiteral("--out"),
             home_.filePath(QStringLiteral("cli-together"))});
        QVERIFY(cli.waitForStarted());
        window.modelPage()->applyPreset(QStringLiteral("fasttext"));
        window.modelPage()->setEpochs(4);
        window.trainPage()->setBatchesPerEpoch(3);
        QSignalSpy finished(&training, &TrainingController::finished);
        QSignalSpy failed(&training, &TrainingController::failed);
        window.trainPage()->startTraining();
        QVERIFY(finished.wait(240000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(cli.waitForFinished(240000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const auto gui = finished.first().first().value<RunSummary>();
        auto store = sentiment::storage::RunStore::openForReading(db);
        QVERIFY(store);
        QCOMPARE(QString::fromStdString(*store->integrityCheck()), QStringLiteral("ok"));
        const auto fromGui = *store->details(gui.runId);
        QVERIFY(fromGui.run.status == sentiment::storage::RunStatus::Completed);
        QCOMPARE(fromGui.epochs.size(), std::size_t(4));
        bool cliSeen = false;
        const auto rows =
            store->list();  // kept: a loop over *store->list() reads a destroyed result (ASan)
        QVERIFY(rows);
        for (const auto& row : *rows) {
            if (row.info.name != "from the CLI") continue;
            cliSeen = true;
            QVERIFY(row.status == sentiment::storage::RunStatus::Completed);
            QCOMPARE(store->details(row.id)->epochs.size(), std::size_t(4));
        }
        QVERIFY(cliSeen);
    }

    // Stop a run after its first epoch, then "Continue" on the Runs page: the same run trains on to
    // its last epoch and completes.
    void aStoppedRunContinuesFromTheRunsPage() {
        TestWindow t(&datasets_);
        auto& training = t.training;
        auto& window = t.window;
        window.modelPage()->applyPreset(QStringLiteral("cnn"));
        window.modelPage()->setEpochs(3);
        window.trainPage()->setBatchesPerEpoch(20);
        QSignalSpy finished(&training, &TrainingController::finished);
        connect(&training, &TrainingController::epoch, &training,
                [&training](const EpochUpdate& e) {
                    if (e.epoch == 1) training.stop();
                });
        window.trainPage()->startTraining();
        QVERIFY(finished.wait(120000));
        const auto stopped = finished.first().first().value<RunSummary>();
        QVERIFY(stopped.stopped);
        disconnect(&training, &TrainingController::epoch, &training, nullptr);

        QSignalSpy listed(window.runsController(), &RunsController::listed);
        window.runsController()->refresh();
        QVERIFY(listed.wait(10000));
        window.runsPage()->selectRuns({stopped.runId});
        finished.clear();
        window.runsPage()->continueSelected();
        QVERIFY(finished.wait(120000));
        const auto done = finished.first().first().value<RunSummary>();
        QCOMPARE(done.runId, stopped.runId);
        QVERIFY(!done.stopped);
        QVERIFY(done.tested);
        auto store = sentiment::storage::RunStore::openForReading(
            sentiment::storage::RunStore::defaultPath());
        QVERIFY(store);
        const auto run = *store->details(stopped.runId);
        QVERIFY(run.run.status == sentiment::storage::RunStatus::Completed);
        QCOMPARE(run.epochs.size(), std::size_t(3));
    }

    void fastTextWithVectorsRebuildsTheVocabularyAndUsesTheVectors() {
        // A small GloVe-format file: the demo's most common words with made-up 8-d vectors.
        const QString glove = home_.filePath(QStringLiteral("glove.mini.8d.txt"));
        {
            QFile f(glove);
            QVERIFY(f.open(QIODevice::WriteOnly));
            int i = 0;
            for (const char* w :
                 {"the", "a", "and", "of", "to", "is", "movie", "film", "good", "bad"}) {
                QByteArray line(w);
                for (int d = 0; d < 8; ++d) line += ' ' + QByteArray::number(0.01 * (i + d));
                f.write(line + '\n');
                ++i;
            }
        }
        QSignalSpy vectorsLoaded(&datasets_, &DatasetController::vectorsLoaded);
        datasets_.loadVectors(glove, 0);
        QVERIFY(vectorsLoaded.wait(30000));
        const auto v = vectorsLoaded.first().first().value<VectorsSummary>();
        QCOMPARE(v.dimension, 8);
        QCOMPARE(v.found - v.foundLowercase,
                 qint64(10));  // plus capitalised forms through the lower-case fallback

        TestWindow t(&datasets_);
        auto& training = t.training;
        auto& window = t.window;
        window.modelPage()->applyPreset(QStringLiteral("fasttext"));
        window.modelPage()->setEpochs(1);
        auto* page = window.trainPage();
        page->setBatchesPerEpoch(3);
        QVERIFY(
            named<QLabel>(page, "experimentLabel")->text().contains(QStringLiteral("GloVe 8d")));
        QSignalSpy finished(&training, &TrainingController::finished);
        QSignalSpy failed(&training, &TrainingController::failed);
        QSignalSpy logged(&training, &TrainingController::log);
        page->startTraining();
        QVERIFY(finished.wait(120000));
        QCOMPARE(failed.count(), 0);
        bool rebuilt = false;
        for (const auto& args : logged)
            rebuilt =
                rebuilt || args.first().toString().contains(QStringLiteral("words and bigrams"));
        QVERIFY(rebuilt);
        const auto summary = finished.first().first().value<RunSummary>();
        // Words and bigrams share the 25,000 + 2 entries; 8-d vectors: 25,002 * 8 + 9.
        QCOMPARE(summary.parameters, qint64(25'002 * 8 + 9));
        auto store =
            sentiment::storage::RunStore::open(sentiment::storage::RunStore::defaultPath());
        const auto run = store->details(summary.runId);
        QVERIFY(run);
        QCOMPARE(run->run.info.preset, std::string("fasttext"));
        QVERIFY(run->run.info.vectorsCoverage.has_value());
        QVERIFY(QString::fromStdString(run->run.info.configJson)
                    .contains(QStringLiteral("\"bigrams\":true")));
    }

private:
    sentiment::test::PrivateHome home_;
    DatasetController datasets_;
};

QTEST_MAIN(TrainPageTest)
#include "TrainPageTest.moc"
