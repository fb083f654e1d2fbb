// Qt Test for the Runs page against a store with several runs, run with QT_QPA_PLATFORM=offscreen.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <nlohmann/json.hpp>

#include "Named.h"
#include "PrivateHome.h"
#include "TestWindow.h"

#include "experiment/ExperimentPlan.h"
#include "experiment/ReproducibilityCard.h"
#include "storage/RunStore.h"
#include "ui/charts/QCustomPlotHeader.h"
#include "ui/charts/RunsTableModel.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/ModelController.h"
#include "ui/controllers/PredictController.h"
#include "ui/controllers/RunsController.h"
#include "ui/controllers/TrainingController.h"
#include "ui/pages/ModelPage.h"
#include "ui/pages/PredictPage.h"
#include "ui/pages/RunsPage.h"
#include "ui/pages/TrainPage.h"
#include "ui/panels/ErrorAnalysisPanel.h"
#include "ui/panels/GradientFlowPanel.h"
#include "ui/platform/Settings.h"
#include "ui/report/ReportWriter.h"
#include "ui/window/MainWindow.h"

using namespace sentiment;
using namespace sentiment::ui;

namespace {
std::int64_t addRun(storage::RunStore& store, const std::string& name, const std::string& preset,
                    double lr, int epochs, storage::RunStatus status) {
    storage::RunInfo info;
    info.name = name;
    info.preset = preset;
    info.configJson = "{\"training\":{\"lr\":" + std::to_string(lr) +
                      ",\"epochs\":5},\"model\":{\"hidden\":256}}";
    info.parameters = preset == "base" ? 2'592'105 : 4'810'857;
    info.device = "cpu";
    const auto id = *store.beginRun(info);
    for (int e = 1; e <= epochs; ++e) {
        storage::EpochRecord r;
        r.epoch = e;
        r.trainLoss = 0.7 - 0.05 * e;
        r.validLoss = 0.69 - 0.04 * e;
        r.trainAccuracy = 0.5 + 0.06 * e;
        r.validAccuracy = 0.5 + 0.05 * e;
        r.best = true;
        if (!store.recordEpoch(id, r, {})) throw std::runtime_error("recordEpoch");
    }
    storage::RunOutcome outcome;
    outcome.status = status;
    outcome.bestEpoch = epochs;
    if (status == storage::RunStatus::Completed) outcome.testAccuracy = 0.8;
    if (!store.finishRun(id, outcome, {})) throw std::runtime_error("finishRun");
    return id;
}
}  // namespace

class RunsPageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        home_.use();
        auto store = storage::RunStore::open(storage::RunStore::defaultPath());
        QVERIFY(store);
        base_ = addRun(*store, "base, lecture", "base", 0.001, 5, storage::RunStatus::Completed);
        advanced_ = addRun(*store, "advanced, lecture", "advanced", 0.001, 5,
                           storage::RunStatus::Completed);
        stopped_ = addRun(*store, "advanced, stopped early", "advanced", 0.01, 2,
                          storage::RunStatus::Stopped);
        // The advanced run's test predictions: 3 positive and 3 negative reviews, two mistakes kept
        // with their text.
        QVERIFY(store->recordTestPredictions(
            advanced_, std::vector<storage::TestPrediction>{
                           {"test/pos/1_9.txt", true, 9, 40, 0.95, ""},
                           {"test/pos/2_8.txt", true, 8, 240, 0.80, ""},
                           {"test/pos/3_7.txt", true, 7, 700, 0.10, "Slow, long, and I loved it."},
                           {"test/neg/1_1.txt", false, 1, 90, 0.05, ""},
                           {"test/neg/2_3.txt", false, 3, 150, 0.30, ""},
                           {"test/neg/3_2.txt", false, 2, 1500, 0.65, "Great actors, wasted."}}));
        // A run recorded with its plan (as every run since issue 17 is).
        auto plan = *experiment::ExperimentPlan::forPreset("cnn");
        plan.training.epochs = 7;
        plan.training.learningRate = 0.0123;
        plan.training.maxBatches = 11;
        plan.setSeed(4321);
        plan.data.trainFraction = 0.8;
        storage::RunInfo info;
        info.name = "cnn with a plan";
        info.preset = "cnn";
        info.configJson = plan.toJson().dump();
        planned_ = *store->beginRun(info);
        QVERIFY(store->finishRun(planned_, {}, {}));
        // The base run measured its gradient flow before training and after epoch 5: it vanishes.
        std::vector<double> start, end;
        for (int k = 0; k < 120; ++k) {
            start.push_back(0.3 * std::pow(0.5, k));
            end.push_back(0.3 * std::pow(0.6, k));
        }
        QVERIFY(store->recordGradientFlow(base_, 0, start));
        QVERIFY(store->recordGradientFlow(base_, 5, end));
    }

    // "Train again…": the stored plan on the Model page and the Train page ready; a run from
    // before plans were stored says it has none.
    void trainAgainChoosesTheRunsSettings() {
        TestWindow t;
        auto& models = t.models;
        auto& window = t.window;
        auto* page = window.runsPage();
        QVERIFY(t.showRuns());
        page->selectRuns({planned_});
        page->trainSelectedAgain();
        QCOMPARE(models.choice().preset, std::string("cnn"));
        QCOMPARE(models.choice().training.epochs, 7);
        QCOMPARE(models.choice().training.learningRate, 0.0123);
        QCOMPARE(models.choice().seed(), std::uint64_t(4321));
        QCOMPARE(models.choice().data.trainFraction, 0.8);
        QCOMPARE(window.modelPage()->plan().training.epochs, 7);
        QCOMPARE(int(window.trainPage()->batchesPerEpoch()), 11);
        QCOMPARE(window.findChild<QTabWidget*>()->currentWidget(),
                 static_cast<QWidget*>(window.trainPage()));

        page->selectRuns({base_});
        QSignalSpy again(page, &RunsPage::trainAgainRequested);
        page->trainSelectedAgain();
        QCOMPARE(again.size(), 0);
        QVERIFY2(page->findChild<QLabel*>() != nullptr, "message label");
        bool said = false;
        for (auto* label : page->findChildren<QLabel*>())
            said = said || label->text().contains(QStringLiteral("no stored plan"));
        QVERIFY(said);
    }

    void listsOverlaysAndDiffs() {
        TestWindow t;
        auto& window = t.window;
        auto* page = window.runsPage();
        QAbstractItemModelTester tester(named<RunsTableModel>(page, "runsModel"),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy listed(window.runsController(), &RunsController::listed);
        window.showPage(QStringLiteral("runs"));
        QVERIFY(listed.wait(10000));
        QCOMPARE(named<RunsTableModel>(page, "runsModel")->rowCount(), 4);
        QCOMPARE(named<QTableView>(page, "runs")->model()->rowCount(), 4);

        // Two runs overlaid: one graph each on both charts, and only the settings that differ.
        QSignalSpy compared(window.runsController(), &RunsController::compared);
        page->selectRuns({base_, stopped_});
        QVERIFY(compared.wait(10000));
        QCOMPARE(page->selectedRuns().size(), 2);
        QCOMPARE(named<QCustomPlot>(page, "lossPlot")->graphCount(), 2);
        QCOMPARE(named<QCustomPlot>(page, "accuracyPlot")->graphCount(), 2);
        // The stopped run shows its two finished epochs.
        bool sawTwo = false;
        for (int g = 0; g < 2; ++g)
            sawTwo = sawTwo || named<QCustomPlot>(page, "accuracyPlot")->graph(g)->dataCount() == 2;
        QVERIFY(sawTwo);
        QStringList keys;
        for (int r = 0; r < named<QTableWidget>(page, "differenceTable")->rowCount(); ++r)
            keys << named<QTableWidget>(page, "differenceTable")->item(r, 0)->text();
        QVERIFY2(keys.contains(QStringLiteral("training.lr")), qPrintable(keys.join(',')));
        QVERIFY(!keys.contains(QStringLiteral("model.hidden")));  // the same in both
        // The per-epoch table: 5 epochs and a test row for the base run, 2 epochs for the stopped
        // one.
        QCOMPARE(named<QTableWidget>(page, "epochTable")->rowCount(), 5 + 1 + 2);
        // The test row is one cell across the epoch columns, never under "Train Loss"/"Train Acc".
        const auto* table = named<QTableWidget>(page, "epochTable");
        int testRow = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 1)->text() == QStringLiteral("Test")) testRow = r;
        }
        QVERIFY(testRow >= 0);
        QCOMPARE(table->columnSpan(testRow, 2), table->columnCount() - 2);
        QVERIFY2(table->item(testRow, 2)->text().startsWith(QStringLiteral("Test Loss: ")),
                 qPrintable(table->item(testRow, 2)->text()));
        QVERIFY(table->item(testRow, 3) == nullptr);

        // Runs of one preset: the lecture's curve of the split shown, and its band on accuracy.
        QSignalSpy comparedAdvanced(window.runsController(), &RunsController::compared);
        page->selectRuns({advanced_, stopped_});
        QVERIFY(comparedAdvanced.wait(10000));
        QCOMPARE(named<QCustomPlot>(page, "lossPlot")->graphCount(), 2 + 1);
        QCOMPARE(named<QCustomPlot>(page, "accuracyPlot")->graphCount(), 2 + 3);
        const QCPGraph* lectureValid = nullptr;
        for (int g = 0; g < named<QCustomPlot>(page, "accuracyPlot")->graphCount(); ++g) {
            if (named<QCustomPlot>(page, "accuracyPlot")->graph(g)->name() ==
                QStringLiteral("lecture: valid"))
                lectureValid = named<QCustomPlot>(page, "accuracyPlot")->graph(g);
        }
        QVERIFY(lectureValid != nullptr);
        QCOMPARE(lectureValid->dataCount(), 5);
        QCOMPARE(lectureValid->data()->at(2)->value, 85.87);  // the lecture's epoch 3
        // One run: the verdict, and where it fell behind (its valid accuracy 55 % against 60.47 % -
        // 5).
        QSignalSpy comparedOne(window.runsController(), &RunsController::compared);
        page->selectRuns({advanced_});
        QVERIFY(comparedOne.wait(10000));
        QVERIFY2(
            named<QLabel>(page, "messageLabel")
                ->text()
                .contains(QStringLiteral(
                    "Against the lecture: below the lecture's range for advanced BiLSTM (82.79% - "
                    "89.07%): 80.00%; "
                    "it fell behind at epoch 1, valid 55.00% against the lecture's 60.47%")),
            qPrintable(named<QLabel>(page, "messageLabel")->text()));
        page->selectRuns({base_, stopped_});
        QVERIFY(compared.wait(10000));

        // The assignment report of the two runs: a PDF, and the lecture's lines in what it is made
        // from.
        const QString pdf = home_.filePath(QStringLiteral("report.pdf"));
        QVERIFY(page->writeReport(pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        QVERIFY2(f.size() > 20'000, qPrintable(QString::number(f.size())));  // text and four charts
        f.close();
        QSignalSpy comparedAgain(window.runsController(), &RunsController::compared);
        window.runsController()->compare({base_, stopped_});
        QVERIFY(comparedAgain.wait(10000));
        const auto contents =
            comparedAgain.first().first().value<std::shared_ptr<const experiment::RunsOverview>>();
        QVERIFY(contents != nullptr);
        QCOMPARE(contents->runs.size(), std::size_t(2));
        const QString html = ReportWriter::html(*contents);
        QVERIFY(html.contains(QStringLiteral("Epoch: 01 | Epoch Time: ")));
        QVERIFY(html.contains(QStringLiteral("Train Loss: 0.650 | Train Acc: 56.00%")));
        QVERIFY(html.contains(QStringLiteral("Test Loss: ")));
        QVERIFY(html.contains(QStringLiteral("2,592,105")));
        QVERIFY(html.contains(
            QStringLiteral("training.lr")));  // runs recorded before plans: their keys as stored
        QVERIFY(html.contains(QStringLiteral("Environment")));
        QVERIFY(!page->writeReport(QStringLiteral("/nonexistent/folder/report.pdf")));
        // Its first page rendered to PNG: A4-shaped and not blank (title, configuration, text).
        const QImage first = ReportWriter::firstPage(*contents, 600);
        QVERIFY(first.save(home_.filePath(QStringLiteral("report-page-1.png"))));
        QCOMPARE(first.height(), int(600 * 297.0 / 210.0));
        qint64 ink = 0;
        for (int y = 0; y < first.height(); ++y) {
            for (int x = 0; x < first.width(); ++x) ink += qGray(first.pixel(x, y)) < 128 ? 1 : 0;
        }
        QVERIFY2(ink > first.width() * first.height() / 100, qPrintable(QString::number(ink)));

        // The filter narrows the rows; sorting by test accuracy keeps runs without one apart.
        named<QLineEdit>(page, "filterEdit")->setText(QStringLiteral("stopped"));
        QCOMPARE(named<QTableView>(page, "runs")->model()->rowCount(), 1);
        named<QLineEdit>(page, "filterEdit")->clear();
        QCOMPARE(named<QTableView>(page, "runs")->model()->rowCount(), 4);
        named<QTableView>(page, "runs")
            ->sortByColumn(RunsTableModel::TestAccuracy, Qt::AscendingOrder);
        QCOMPARE(named<QTableView>(page, "runs")
                     ->model()
                     ->index(0, RunsTableModel::TestAccuracy)
                     .data()
                     .toString(),
                 QStringLiteral("–"));

        // Rename, tag and delete go through the store and come back in the table.
        QSignalSpy changed(window.runsController(), &RunsController::changed);
        QSignalSpy failed(window.runsController(), &RunsController::failed);
        listed.clear();
        window.runsController()->rename(advanced_, QStringLiteral("advanced — ünïcode 'quoted'"));
        window.runsController()->setTags(advanced_,
                                         {QStringLiteral("assignment"), QStringLiteral(" final ")});
        QTRY_VERIFY_WITH_TIMEOUT(listed.size() >= 2, 10000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(changed.size(), 2);
        bool renamed = false;
        for (int r = 0; r < named<RunsTableModel>(page, "runsModel")->rowCount(); ++r) {
            const auto* run = named<RunsTableModel>(page, "runsModel")->run(r);
            if (run->id == advanced_) {
                renamed = run->info.name == "advanced — ünïcode 'quoted'";
                QCOMPARE(run->tags.size(), std::size_t(2));
            }
        }
        QVERIFY(renamed);
        listed.clear();
        window.runsController()->remove({stopped_}, false);
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 10000);
        QCOMPARE(named<RunsTableModel>(page, "runsModel")->rowCount(), 3);
    }

    // Where the model is wrong: the matrix, accuracy by length and the surest mistakes of the
    // selected run; a mistake opens on the Predict page; a run without predictions says so.
    void whereTheModelIsWrong() {
        TestWindow t;
        auto& window = t.window;
        auto* page = window.runsPage();
        auto* panel = named<ErrorAnalysisPanel>(page, "errors");
        window.show();
        QVERIFY(t.showRuns());
        QSignalSpy evaluated(window.runsController(), &RunsController::compared);
        page->selectRuns({advanced_});
        QVERIFY(evaluated.wait(10000));
        page->showTable(QStringLiteral("errors"));
        QVERIFY(panel->isVisible());
        QVERIFY2(named<QLabel>(panel, "summaryLabel")
                     ->text()
                     .contains(QStringLiteral("6 test reviews, 66.7% right")),
                 qPrintable(named<QLabel>(panel, "summaryLabel")->text()));
        auto* m = named<QTableWidget>(panel, "confusionTable");
        QCOMPARE(m->item(0, 0)->text(), QStringLiteral("2 (66.7%)"));  // positives called positive
        QCOMPARE(m->item(0, 1)->text(), QStringLiteral("1 (33.3%)"));
        QCOMPARE(m->item(1, 0)->text(), QStringLiteral("1 (33.3%)"));  // a negative called positive
        QCOMPARE(m->item(1, 1)->text(), QStringLiteral("2 (66.7%)"));
        QVERIFY(m->verticalHeaderItem(0)->text().startsWith(QStringLiteral("positive (3)")));
        // One bar per length bucket with reviews: 0-99 (2), 100-199, 200-299, 500-999, 1000+.
        auto* bars = qobject_cast<QCPBars*>(named<QCustomPlot>(panel, "lengthPlot")->plottable(0));
        QVERIFY(bars != nullptr);
        QCOMPARE(bars->dataCount(), 5);
        QCOMPARE(bars->data()->at(0)->value, 100.0);
        QCOMPARE(bars->data()->at(4)->value, 0.0);
        // The mistakes, the surest first: 90 % sure of the positive one, then 65 %.
        auto* table = named<QTableWidget>(panel, "mistakesTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("90.0%"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("Slow, long, and I loved it."));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("negative"));
        panel->openMistake(0);
        QCOMPARE(window.findChild<QTabWidget*>()->currentWidget(),
                 static_cast<QWidget*>(window.predictPage()));
        QCOMPARE(named<QPlainTextEdit>(window.predictPage(), "textEdit")->toPlainText(),
                 QStringLiteral("Slow, long, and I loved it."));
        QVERIFY(named<QLabel>(window.predictPage(), "noteLabel")->isVisible());
        QVERIFY2(named<QLabel>(window.predictPage(), "noteLabel")
                     ->text()
                     .contains(QStringLiteral(
                         "it is positive, rated 7/10; the model was 90.0% sure it is negative")),
                 qPrintable(named<QLabel>(window.predictPage(), "noteLabel")->text()));
        QVERIFY(named<QCheckBox>(window.predictPage(), "explainBox")->isChecked());
        // A recurrent model scores a review alone as in its test batch: no caveat.
        QVERIFY(!named<QLabel>(window.predictPage(), "noteLabel")
                     ->text()
                     .contains(QStringLiteral("Scored alone")));

        // A run recorded without its predictions, and no dataset loaded: it says what to do.
        window.showPage(QStringLiteral("runs"));
        evaluated.clear();
        page->selectRuns({base_});
        QVERIFY(evaluated.wait(10000));
        QVERIFY2(named<QLabel>(panel, "summaryLabel")
                     ->text()
                     .contains(QStringLiteral("recorded without its test predictions")),
                 qPrintable(named<QLabel>(panel, "summaryLabel")->text()));
        QVERIFY(named<QPushButton>(panel, "scoreButton")->isVisible());
        QVERIFY(!named<QPushButton>(panel, "scoreButton")->isEnabled());
        QVERIFY(!named<QTableWidget>(panel, "mistakesTable")->isVisible());
        // Two runs, or one without a test: nothing to show, and why.
        page->selectRuns({base_, advanced_});
        QVERIFY(named<QLabel>(panel, "summaryLabel")
                    ->text()
                    .contains(QStringLiteral("Select one run")));
        page->selectRuns({planned_});  // recorded without a test
        QVERIFY(named<QLabel>(panel, "summaryLabel")
                    ->text()
                    .contains(QStringLiteral("no test result")));
    }

    // The report follows the lecture's five assignments, says the settings in words, judges
    // each run against the lecture and shows where the models are wrong.
    // Three classes: the N x N matrix with each row's shares, the most confused pairs in the
    // summary, and the mistakes named by class.
    void whereAThreeClassModelIsWrong() {
        qint64 id = 0;
        {
            auto store = storage::RunStore::open(storage::RunStore::defaultPath());
            QVERIFY(store);
            auto plan = *experiment::ExperimentPlan::forPreset("nbsvm");
            plan.model.classes = 3;
            plan.classes = {"bad", "ok", "good"};
            storage::RunInfo info;
            info.name = "three classes";
            info.preset = "nbsvm";
            info.datasetSource = "/data/three.csv";  // not the other runs' dataset
            info.datasetHash = "three";
            info.validSize = 10;
            info.configJson = plan.toJson().dump();
            id = *store->beginRun(info);
            storage::EpochRecord epoch;
            epoch.epoch = 1;
            epoch.validAccuracy = 0.6;
            epoch.validMacroF1 = 0.5432;
            epoch.best = true;
            QVERIFY(store->recordEpoch(id, epoch, {}));
            storage::RunOutcome outcome;
            outcome.testAccuracy = 6.0 / 9;
            outcome.testLoss = 0.7;
            outcome.testMacroF1 = 0.6543;
            QVERIFY(store->finishRun(id, outcome, {}));
            // bad: 2 right, 1 called ok; ok: 1 right, 2 called good; good: 3 right.
            const auto p = [](const char* review, int label, int called, double probability,
                              const char* text) {
                storage::TestPrediction t;
                t.review = review;
                t.tokens = 10;
                t.probability = probability;
                t.text = text;
                t.label = label;
                t.called = called;
                return t;
            };
            QVERIFY(store->recordTestPredictions(
                id, std::vector<storage::TestPrediction>{
                        p("a", 0, 0, 0.9, ""), p("b", 0, 0, 0.8, ""),
                        p("c", 0, 1, 0.6, "Not awful, just dull."), p("d", 1, 1, 0.7, ""),
                        p("e", 1, 2, 0.9, "Fine, I guess."), p("f", 1, 2, 0.5, "Okay-ish."),
                        p("g", 2, 2, 0.9, ""), p("h", 2, 2, 0.9, ""), p("i", 2, 2, 0.9, "")}));
        }
        TestWindow t;
        auto& window = t.window;
        auto* page = window.runsPage();
        auto* panel = named<ErrorAnalysisPanel>(page, "errors");
        window.show();
        QVERIFY(t.showRuns());
        QSignalSpy evaluated(window.runsController(), &RunsController::compared);
        page->selectRuns({id});
        QVERIFY(evaluated.wait(10000));
        page->showTable(QStringLiteral("errors"));
        const auto summary = named<QLabel>(panel, "summaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("9 test reviews in 3 classes")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Most confused: ok called good (2)")),
                 qPrintable(summary));
        auto* m = named<QTableWidget>(panel, "confusionTable");
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->columnCount(), 3);
        QCOMPARE(m->item(1, 2)->text(), QStringLiteral("2\n66.7%"));
        QCOMPARE(m->item(2, 2)->text(), QStringLiteral("3\n100.0%"));
        QVERIFY(m->verticalHeaderItem(1)->text().startsWith(QStringLiteral("ok (3)")));
        QCOMPARE(m->horizontalHeaderItem(2)->text(), QStringLiteral("called good"));
        auto* mistakes = named<QTableWidget>(panel, "mistakesTable");
        QCOMPARE(mistakes->rowCount(), 3);
        QCOMPARE(mistakes->item(0, 1)->text(), QStringLiteral("good"));  // called
        QCOMPARE(mistakes->item(0, 2)->text(), QStringLiteral("ok"));    // is
        // A cell of the matrix: that pair's mistakes alone; the diagonal: all again.
        Q_EMIT m->cellClicked(0, 1);
        QCOMPARE(mistakes->rowCount(), 1);
        QCOMPARE(mistakes->item(0, 2)->text(), QStringLiteral("bad"));
        QVERIFY(named<QLabel>(panel, "mistakesTitle")
                    ->text()
                    .contains(QStringLiteral("bad called ok")));
        Q_EMIT m->cellClicked(1, 1);
        QCOMPARE(mistakes->rowCount(), 3);
        // The epochs table shows the validation macro-F1 and the test's, for more than two.
        page->showTable(QStringLiteral("epochs"));
        auto* epochs = named<QTableWidget>(page, "epochTable");
        QVERIFY(!epochs->isColumnHidden(6));
        QCOMPARE(epochs->item(0, 6)->text(), QStringLiteral("0.543"));
        QVERIFY2(epochs->item(1, 2)->text().contains(QStringLiteral("Test Macro-F1: 0.654")),
                 qPrintable(epochs->item(1, 2)->text()));
        // The report: the 3 x 3 matrix, each class's figures, the pairs and their surest mistake.
        QVERIFY(page->overview() != nullptr);
        const QString html = ReportWriter::html(*page->overview());
        for (const char* part :
             {"called good", "ok (3)", "Val. Macro-F1: 0.543", "Test Macro-F1: 0.654",
              "9 test reviews in 3 classes", "The pairs most often confused",
              "ok called good: 2 reviews", "Fine, I guess."}) {
            QVERIFY2(html.contains(QString::fromUtf8(part)), part);
        }
        QVERIFY(!html.contains(QStringLiteral("called positive")));
    }

    void theReportFollowsTheAssignment() {
        TestWindow t;
        auto& window = t.window;
        auto* page = window.runsPage();
        QVERIFY(t.showRuns());
        QSignalSpy compared(window.runsController(), &RunsController::compared);
        page->selectRuns({base_, advanced_, planned_});
        QVERIFY(compared.wait(10000));
        QVERIFY(page->overview() != nullptr);
        const auto& contents = *page->overview();
        QCOMPARE(contents.runs.size(), std::size_t(3));
        // The runs with a test result have their predictions.
        QCOMPARE(std::count_if(contents.runs.begin(), contents.runs.end(),
                               [](const auto& r) { return r.evaluation != nullptr; }),
                 2);
        const QString html = ReportWriter::html(contents);
        // The five assignments in order, each answered from the runs of its preset.
        qsizetype at = 0;
        for (const char* heading :
             {"Assignment 1 · The base RNN", "Assignment 2 · ",
              "Assignment 3 · A multi-layer bidirectional LSTM", "Assignment 4 · ",
              "Assignment 5 · The parameters of the 2-layer bidirectional LSTM", "Further runs",
              "Against the lecture", "Where the models are wrong", "Environment"}) {
            const auto next = html.indexOf(QString::fromUtf8(heading), at);
            QVERIFY2(next > at, heading);
            at = next;
        }
        QVERIFY(
            html.contains(QStringLiteral("The model has <b>2,592,105</b> trainable parameters")));
        QVERIFY(html.contains(
            QStringLiteral("4,810,857")));  // assignment 5, with its per-layer formulas
        QVERIFY(html.contains(QStringLiteral("Train Loss: 0.650 | Train Acc: 56.00%")));
        QVERIFY(
            html.contains(QStringLiteral("below the lecture&#x27;s range for advanced BiLSTM")) ||
            html.contains(QStringLiteral("below the lecture's range for advanced BiLSTM")));
        // The run with a plan: its settings in words, not raw keys.
        QVERIFY2(html.contains(
                     QStringLiteral("Model: a CNN of 100 filters of each width (3, 4, 5 words)")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("Training: Adam, learning rate 0.0123")));
        QVERIFY(html.contains(QStringLiteral("at most 11 batches an epoch")));
        QVERIFY(!html.contains(QStringLiteral("max_batches")));  // no raw key of the planned run
        // The confusion matrix of the run whose predictions are stored; the other says how to get
        // it.
        QVERIFY(html.contains(QStringLiteral("called positive")));
        QVERIFY(html.contains(QStringLiteral("66.67%")));
        QVERIFY(html.contains(QStringLiteral("Slow, long, and I loved it.")));
        QVERIFY(html.contains(QStringLiteral("Its test predictions were not recorded")));
        const QString pdf = home_.filePath(QStringLiteral("assignment.pdf"));
        QVERIFY(page->writeReport(pdf));
        QVERIFY(QFileInfo(pdf).size() > 20'000);
    }

    void anUnusableStoreIsReportedAndNothingIsLost() {
        // A folder where the store file should be: opening fails with a message naming it.
        const QString path = home_.filePath(QStringLiteral("not-a-file.sqlite"));
        QVERIFY(QDir().mkpath(path));
        RunsController runs(path);
        QSignalSpy failed(&runs, &RunsController::failed);
        runs.refresh();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("not-a-file.sqlite")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(QFileInfo(path).isDir());
    }

    // File > Import runs...: another machine's store merges into this one off the GUI thread, once;
    // the summary says what came, and the table shows where each run was trained.
    // In a window of 1,100 x 820 (a 900-line screen) the whole window fits, and the runs list has
    // room for four runs, not the two rows the curves below once left it.
    void theRunsListHasRoomInASmallWindow() {
        TestWindow t;
        t.window.resize(1100, 820);
        t.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.window));
        QVERIFY(t.showRuns());
        auto* view = t.window.runsPage()->findChild<QTableView*>(QStringLiteral("runs"));
        QVERIFY(view != nullptr);
        const int fourRows =
            view->horizontalHeader()->height() + 4 * view->verticalHeader()->defaultSectionSize();
        QTRY_VERIFY2(
            view->height() >= fourRows,
            qPrintable(
                QStringLiteral("list %1 px, four rows %2 px").arg(view->height()).arg(fourRows)));
        QVERIFY2(t.window.height() <= 820,
                 qPrintable(QStringLiteral("window %1 px tall").arg(t.window.height())));
    }

    void runsFromAnotherStoreAreImportedOnce() {
        const QString other = home_.filePath(QStringLiteral("gpu-server.sqlite"));
        {
            auto store = *storage::RunStore::open(other.toStdString());
            addRun(store, "on the server", "advanced", 1e-3, 2, storage::RunStatus::Completed);
            addRun(store, "also on the server", "advanced", 1e-2, 1, storage::RunStatus::Completed);
        }
        RunsController runs(home_.filePath(QStringLiteral("import-home.sqlite")));
        QSignalSpy imported(&runs, &RunsController::imported);
        QSignalSpy listed(&runs, &RunsController::listed);
        runs.importRuns({other});
        QVERIFY(imported.wait(10000));
        const QString summary = imported.first().first().toString();
        QVERIFY2(summary.contains(QRegularExpression(
                     QStringLiteral("gpu-server.sqlite: 2 run(s|\\(s\\))? imported"))),
                 qPrintable(summary));
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 10000);
        auto rows =
            listed.last().first().value<std::shared_ptr<const std::vector<storage::RunRow>>>();
        QCOMPARE(rows->size(), 2u);
        RunsTableModel model;
        model.setRuns(rows);
        const auto tip =
            model.data(model.index(0, RunsTableModel::Device), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Imported from ")) &&
                     tip.contains(QStringLiteral("gpu-server.sqlite")),
                 qPrintable(tip));
        imported.clear();
        listed.clear();
        runs.importRuns({other});
        QVERIFY(imported.wait(10000));
        QVERIFY2(imported.first().first().toString().contains(QRegularExpression(
                     QStringLiteral("0 run(s|\\(s\\))? imported, 2 already here"))),
                 qPrintable(imported.first().first().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 10000);
        QCOMPARE(listed.last()
                     .first()
                     .value<std::shared_ptr<const std::vector<storage::RunRow>>>()
                     ->size(),
                 2u);
    }

    // The writer opens at start-up, off the GUI thread: an unusable file is set aside with a
    // warning, kept byte for byte, and the page reads the new store.
    void anUnusableFileIsSetAsideAtStartUpWithAWarning() {
        const QString path = home_.filePath(QStringLiteral("garbage.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database at all");
        }
        RunsController runs(path);
        QSignalSpy failed(&runs, &RunsController::failed);
        QSignalSpy listed(&runs, &RunsController::listed);
        runs.refresh();
        QVERIFY(listed.wait(10000));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("it was kept as")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(listed.first()
                    .first()
                    .value<std::shared_ptr<const std::vector<storage::RunRow>>>()
                    ->empty());
        const auto aside =
            QDir(home_.path()).entryList({QStringLiteral("garbage.sqlite.unusable-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(home_.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("not a database at all"));
    }

    // "Gradient flow": the base run's before (dashed) and after (solid) on a log scale, in words;
    // a run that did not measure it says how to; the Train page's diagnosis links here.
    void theGradientFlowShowsWhyTheBaseRnnStaysAtChance() {
        TestWindow t;
        auto& window = t.window;
        auto* page = window.runsPage();
        QSignalSpy listed(window.runsController(), &RunsController::listed);
        window.showPage(QStringLiteral("runs"));
        QVERIFY(listed.wait(10000));
        QSignalSpy compared(window.runsController(), &RunsController::compared);
        page->selectRuns({base_, advanced_});
        QVERIFY(compared.wait(10000));
        auto* panel = named<GradientFlowPanel>(page, "gradients");
        QCOMPARE(named<QCustomPlot>(panel, "plot")->graphCount(), 2);
        QCOMPARE(named<QCustomPlot>(panel, "plot")->graph(0)->pen().style(), Qt::DashLine);
        QCOMPARE(named<QCustomPlot>(panel, "plot")->graph(1)->pen().style(), Qt::SolidLine);
        QCOMPARE(named<QCustomPlot>(panel, "plot")->graph(1)->data()->size(),
                 120);  // 0.3 · 0.6^119 ≈ 1e-27: above the floor
        QCOMPARE(named<QCustomPlot>(panel, "plot")->yAxis->scaleType(), QCPAxis::stLogarithmic);
        const QString summary = named<QLabel>(panel, "summaryLabel")->text();
        // 0.6^k >= 1e-3 up to k = 13.
        QVERIFY2(summary.contains(
                     QStringLiteral(
                         "run %1 (base): a thousandth of the gradient still reaches 13 steps back")
                         .arg(base_)),
                 qPrintable(summary));
        QVERIFY2(
            summary.contains(QStringLiteral("Not measured for run %1 (advanced)").arg(advanced_)),
            qPrintable(summary));

        page->showTable(QStringLiteral("overview"));
        Q_EMIT window.trainPage()->gradientFlowRequested(base_);
        QCOMPARE(window.findChild<QTabWidget*>()->currentWidget(), static_cast<QWidget*>(page));
        QVERIFY(named<GradientFlowPanel>(page, "gradients")->isVisibleTo(page));
    }

    // The linear baseline (issue 19): a run without one says so and offers to train it; with an
    // NBSVM run on the same dataset and split, the accuracy chart draws its line and the words
    // say how far below it the run is, on the page and in the report. (It adds a run: it comes
    // after the tests that count them.)
    void runsAreReadAgainstTheLinearBaseline() {
        TestWindow t;
        auto* page = t.window.runsPage();
        QVERIFY(t.showRuns());
        QSignalSpy compared(&t.runs, &RunsController::compared);
        page->selectRuns({advanced_});
        QVERIFY(compared.wait(10000));
        QVERIFY2(named<QLabel>(page, "messageLabel")
                     ->text()
                     .contains(QStringLiteral("No linear baseline")),
                 qPrintable(named<QLabel>(page, "messageLabel")->text()));
        QVERIFY(!named<QPushButton>(page, "baselineButton")->isHidden());
        // The advanced run has no stored plan: the baseline comes from its recorded split, and
        // the dataset it names is not loaded, so nothing trains.
        {
            auto store = storage::RunStore::open(storage::RunStore::defaultPath());
            QVERIFY(store);
            storage::RunInfo info;
            info.name = "linear baseline";
            info.preset = "nbsvm";
            info.configJson = experiment::ExperimentPlan::forPreset("nbsvm")->toJson().dump();
            const auto id = *store->beginRun(info);
            storage::EpochRecord e;
            e.epoch = 1;
            e.validAccuracy = 0.91;
            e.best = true;
            QVERIFY(store->recordEpoch(id, e, {}));
            storage::RunOutcome outcome;
            outcome.bestEpoch = 1;
            outcome.testAccuracy = 0.9;
            QVERIFY(store->finishRun(id, outcome, {}));
            baseline_ = id;
        }
        QSignalSpy listed(&t.runs, &RunsController::listed);
        t.runs.refresh();
        QVERIFY(listed.wait(10000));
        page->selectRuns({});
        page->selectRuns({advanced_});
        QVERIFY(compared.wait(10000));
        const QString text = named<QLabel>(page, "messageLabel")->text();
        QVERIFY2(text.contains(QStringLiteral(
                                   "10.00 points below the linear baseline (NBSVM, run %1: 90.00%)")
                                   .arg(baseline_)),
                 qPrintable(text));
        QVERIFY(named<QPushButton>(page, "baselineButton")->isHidden());
        bool line = false;
        for (int i = 0; i < named<QCustomPlot>(page, "accuracyPlot")->graphCount(); ++i) {
            auto* g = named<QCustomPlot>(page, "accuracyPlot")->graph(i);
            if (g->name().contains(QStringLiteral("linear baseline"))) {
                line = true;
                // No validation split recorded here (sizes 0): its test accuracy.
                QCOMPARE(g->data()->begin()->value, 90.0);
                QVERIFY(g->name().endsWith(QStringLiteral("test")));
            }
        }
        QVERIFY(line);
        QVERIFY(page->overview() != nullptr);
        const auto* shown = page->overview()->run(advanced_);
        QVERIFY(shown != nullptr && shown->baseline && shown->baseline->id == baseline_);
        QVERIFY(ReportWriter::html(*page->overview())
                    .contains(QStringLiteral("10.00 points below the linear baseline")));
    }

    // Runs of a group shown together: a band of mean ± sd per epoch and the group's test spread;
    // one run alone: its reproducibility card against this machine.
    void aGroupOfSeedsIsABandAndARunHasItsCard() {
        std::vector<std::int64_t> group;
        {
            auto store = *storage::RunStore::open(storage::RunStore::defaultPath());
            const auto id =
                *store.createGroup(storage::RunGroup::Kind::Seeds, "", "advanced, 3 seeds");
            for (int s = 0; s < 3; ++s) {
                storage::RunInfo info;
                info.name = "advanced, seed " + std::to_string(1234 + s);
                info.preset = "advanced";
                info.groupId = id;
                info.groupValue = std::to_string(1234 + s);
                info.trainSize = 700;
                info.validSize = 300;
                info.cardJson = experiment::ReproducibilityCard::thisMachine(
                                    QCoreApplication::applicationVersion().toStdString())
                                    .toJson()
                                    .dump();
                const auto run = *store.beginRun(info);
                storage::EpochRecord e;
                e.epoch = 1;
                e.validAccuracy = 0.80 + 0.01 * s;  // 80, 81, 82 %: mean 81, sd 1
                QVERIFY(store.recordEpoch(run, e, {}));
                storage::RunOutcome outcome;
                outcome.testAccuracy = 0.79 + 0.02 * s;  // 79, 81, 83 %: sd 2
                outcome.checkpointPath =
                    (home_.path() + QStringLiteral("/seed%1.slckpt").arg(s)).toStdString();
                QFile file(QString::fromStdString(outcome.checkpointPath));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(QByteArray(1000, 'x'));
                file.close();
                QVERIFY(store.finishRun(run, outcome, {}));
                group.push_back(run);
            }
        }
        TestWindow t;
        auto& window = t.window;
        auto* page = window.runsPage();
        QSignalSpy listed(window.runsController(), &RunsController::listed);
        window.showPage(QStringLiteral("runs"));
        QVERIFY(listed.wait(10000));
        QSignalSpy compared(window.runsController(), &RunsController::compared);
        page->selectRuns({group[0], group[1], group[2]});
        QVERIFY(compared.wait(10000));
        const auto* plot = named<QCustomPlot>(page, "accuracyPlot");
        QCPGraph* band = nullptr;
        for (int g = 0; g < plot->graphCount(); ++g) {
            if (plot->graph(g)->name().endsWith(QStringLiteral(" ± sd"))) band = plot->graph(g);
        }
        QVERIFY(band != nullptr);
        QCOMPARE(band->data()->size(), 1);
        QCOMPARE(band->data()->at(0)->value, 82.0);  // mean 81 + sd 1
        QCOMPARE(band->channelFillGraph()->data()->at(0)->value, 80.0);
        QVERIFY2(named<QLabel>(page, "messageLabel")
                     ->text()
                     .contains(QStringLiteral("(3 runs): test 81.00% ± 2.00 points")),
                 qPrintable(named<QLabel>(page, "messageLabel")->text()));

        // The group's chart: each seed's test accuracy, in the order the runs were made.
        QCOMPARE(named<QCustomPlot>(page, "group")->graphCount(), 1);
        QCOMPARE(named<QCustomPlot>(page, "group")->graph(0)->data()->size(), 3);
        QCOMPARE(named<QCustomPlot>(page, "group")->graph(0)->data()->at(2)->value, 83.0);
        QVERIFY(
            named<QCustomPlot>(page, "group")->xAxis->label().startsWith(QStringLiteral("seed")));
        // The disk the checkpoints take; the group can keep only its best run's (the third, 83 %).
        QVERIFY2(named<QLabel>(page, "diskLabel")
                     ->text()
                     .contains(QStringLiteral("Checkpoint files: 3, 3.0 kB on disk")),
                 qPrintable(named<QLabel>(page, "diskLabel")->text()));
        QVERIFY(named<QPushButton>(page, "keepBestButton")->isVisibleTo(page));
        QSignalSpy relisted(window.runsController(), &RunsController::listed);
        window.runsController()->dropCheckpoints({group[0], group[1]});
        QVERIFY(relisted.wait(10000));
        QVERIFY2(named<QLabel>(page, "diskLabel")
                     ->text()
                     .contains(QStringLiteral("Checkpoint files: 1, 1.0 kB on disk")),
                 qPrintable(named<QLabel>(page, "diskLabel")->text()));
        QVERIFY(!QFile::exists(home_.path() + QStringLiteral("/seed0.slckpt")));
        QVERIFY(QFile::exists(home_.path() + QStringLiteral("/seed2.slckpt")));
        const QString report = ReportWriter::html(*page->overview());
        QVERIFY2(report.contains(QStringLiteral("Reproducibility:")),
                 "the report has each run's card");
        QVERIFY(report.contains(QStringLiteral("group ")));
        // The report's section on the group: its spread, each seed's test accuracy, both charts.
        QVERIFY(report.contains(QStringLiteral("<h2>Seeds and sweeps</h2>")));
        QVERIFY2(report.contains(QStringLiteral("(3 runs): test 81.00% ± 2.00 points")),
                 qPrintable(report));
        const QString groupId =
            QString::number(page->overview()->runs.front().details.run.info.groupId);
        QVERIFY(report.contains(QStringLiteral("group-%1-band.png").arg(groupId)));
        QVERIFY(report.contains(QStringLiteral("group-%1-values.png").arg(groupId)));
        const QImage preview = ReportWriter::firstPage(*page->overview());
        QVERIFY(!preview.isNull());
        const QString pdf = home_.path() + QStringLiteral("/group-report.pdf");
        QVERIFY(ReportWriter::write(*page->overview(), pdf));
        QVERIFY(QFileInfo(pdf).size() > 10000);

        page->selectRuns({group[0]});
        QTRY_VERIFY2_WITH_TIMEOUT(named<QLabel>(page, "messageLabel")
                                      ->text()
                                      .contains(QStringLiteral("This machine matches")),
                                  qPrintable(named<QLabel>(page, "messageLabel")->text()), 10000);
    }

private:
    sentiment::test::PrivateHome home_;
    std::int64_t baseline_ = 0;
    std::int64_t base_ = 0, advanced_ = 0, stopped_ = 0, planned_ = 0;
};

QTEST_MAIN(RunsPageTest)
#include "RunsPageTest.moc"
