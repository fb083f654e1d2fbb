// Qt Test for the run queue: sweeps and seeds queued from the Model and Runs pages train one
// after another on the Train page, form a group in the store, and the queue outlives the window.
// Offscreen, on the embedded demo sample, in a private home.
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

#include "Named.h"
#include "PrivateHome.h"
#include "TestWindow.h"

#include "experiment/RunQueue.h"
#include "storage/RunStore.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/QueueController.h"
#include "ui/controllers/TrainingController.h"
#include "ui/pages/ModelPage.h"
#include "ui/pages/RunsPage.h"
#include "ui/pages/TrainPage.h"
#include "ui/panels/QueuePanel.h"

using namespace sentiment::ui;
using sentiment::storage::QueueEntry;
using sentiment::storage::RunStore;

namespace {

/// Waits until `count` runs have ended (finished or failed); `ms` only stops a hang.
bool waitForRuns(TrainingController& training, int count, int ms = 240000) {
    QSignalSpy finished(&training, &TrainingController::finished);
    QSignalSpy failed(&training, &TrainingController::failed);
    (void)QTest::qWaitFor([&] { return finished.count() + failed.count() >= count; },
                          ms);  // judged below
    // The queue starts its next entry from a zero-delay timer: let the events already posted run.
    QTest::qWait(100);
    return finished.count() + failed.count() >= count && failed.isEmpty();
}

RunStore openStore() {
    return std::move(*RunStore::open(Settings().runStorePath().toStdString()));
}

}  // namespace

class QueueTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        home_.use();
        QSignalSpy loaded(&datasets_, &DatasetController::loaded);
        datasets_.load(QString());
        QVERIFY(loaded.wait(60000));
    }

    void aSweepFromTheModelPageTrainsOneRunAfterAnotherAsAGroup() {
        TestWindow t(&datasets_);
        auto* model = t.window.modelPage();
        model->applyPreset(QStringLiteral("base"));
        model->setEpochs(1);
        t.window.trainPage()->setBatchesPerEpoch(2);
        named<QComboBox>(model, "sweepKnobBox")
            ->setCurrentIndex(
                named<QComboBox>(model, "sweepKnobBox")->findData(QStringLiteral("hidden")));
        QCOMPARE(named<QLineEdit>(model, "sweepValuesEdit")->text(),
                 QStringLiteral("64,128,256"));  // a suggestion to start from
        named<QLineEdit>(model, "sweepValuesEdit")->setText(QStringLiteral("16, 32"));
        // Queued at once, before the store's start-up opening is over: nothing of it is
        // "recovered".
        named<QPushButton>(model, "sweepButton")->click();
        QVERIFY(t.queue.active());
        QVERIFY(t.training.running());  // the first one trains at once
        // The window stays usable: the Model page can be changed while the queue trains.
        model->setEpochs(3);
        QVERIFY(waitForRuns(t.training, 2));
        QVERIFY(!t.queue.active());
        QCOMPARE(t.queue.state(), QStringLiteral("The queue is done."));

        auto store = openStore();
        const auto runs = *store.list();
        QCOMPARE(int(runs.size()), 2);
        QVERIFY(runs[0].info.groupId > 0);
        QCOMPARE(runs[0].info.groupId, runs[1].info.groupId);
        QStringList values{QString::fromStdString(runs[0].info.groupValue),
                           QString::fromStdString(runs[1].info.groupValue)};
        values.sort();
        QCOMPARE(values, (QStringList{QStringLiteral("hidden=16"), QStringLiteral("hidden=32")}));
        for (const auto& r : runs) {
            QVERIFY(r.status == sentiment::storage::RunStatus::Completed);
            const auto plan = sentiment::experiment::ExperimentPlan::fromText(r.info.configJson);
            QCOMPARE(plan->training.epochs, 1);  // as queued, not as the Model page says now
            QCOMPARE(QString::fromStdString(r.info.name),
                     QStringLiteral("base, hidden %1").arg(plan->model.hidden));
        }
        QCOMPARE(store.groups()->back().knob, std::string("hidden"));
        auto* table = named<QTableWidget>(named<QueuePanel>(&t.window, "queuePanel"), "table");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("done"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("base, hidden 32"));
        QVERIFY(!table->item(1, 2)->text().isEmpty());  // the run it became
        named<QPushButton>(named<QueuePanel>(&t.window, "queuePanel"), "clearButton")->click();
        QCOMPARE(table->rowCount(), 0);
    }

    void aBadSweepValueIsNamedAndNothingIsQueued() {
        TestWindow t(&datasets_);
        auto* model = t.window.modelPage();
        model->applyPreset(QStringLiteral("base"));
        QSignalSpy problem(&t.queue, &QueueController::problem);
        QTimer::singleShot(200, [] {
            if (auto* box = QApplication::activeModalWidget()) box->close();
        });
        model->queueSweep(QStringLiteral("lr"), QStringLiteral("1e-3,abc"));
        QCOMPARE(problem.count(), 1);
        QVERIFY2(problem[0][0].toString().contains(QStringLiteral("'abc' is not a value of lr")),
                 qPrintable(problem[0][0].toString()));
        QVERIFY(t.queue.entries().empty());
        QVERIFY(!t.training.running());
    }

    void theQueueSurvivesARestartAndWaitsForItsData() {
        auto plan = sentiment::experiment::ExperimentPlan::lecture("base");
        plan.training.epochs = 1;
        plan.training.maxBatches = 2;
        {
            auto store = openStore();
            sentiment::experiment::RunQueue queue(store);
            auto elsewhere = plan;
            elsewhere.source = "/nowhere/aclImdb";
            QVERIFY(queue.add(elsewhere));
            plan.source = "demo sample";
            const auto id = queue.add(plan);
            QVERIFY(id);
            // The app closed while the first one trained.
            QVERIFY(store.setQueueStatus(*id - 1, QueueEntry::Status::Running));
        }
        TestWindow t(&datasets_);
        QTRY_COMPARE(t.queue.recovered(), 1);  // once the runs controller has opened the store
        QCOMPARE(t.queue.pending(), 2);
        auto* panel = named<QueuePanel>(&t.window, "queuePanel");
        QCOMPARE(named<QPushButton>(panel, "runButton")->text(), QStringLiteral("Resume"));
        QVERIFY2(named<QLabel>(panel, "stateLabel")
                     ->text()
                     .contains(QStringLiteral("starts again from its beginning")),
                 qPrintable(named<QLabel>(panel, "stateLabel")->text()));
        named<QPushButton>(panel, "runButton")->click();
        // The first waits for its dataset, and the queue with it: nothing trains.
        QVERIFY(!t.training.running());
        QVERIFY(!t.queue.active());
        QVERIFY2(
            named<QLabel>(panel, "stateLabel")->text().contains(QStringLiteral("/nowhere/aclImdb")),
            qPrintable(named<QLabel>(panel, "stateLabel")->text()));
        // Taken out of the queue, the next one trains.
        named<QTableWidget>(panel, "table")->selectRow(0);
        QVERIFY(named<QPushButton>(panel, "removeButton")->isEnabled());
        named<QPushButton>(panel, "removeButton")->click();
        QCOMPARE(t.queue.pending(), 1);
        named<QPushButton>(panel, "runButton")->click();
        QVERIFY(t.training.running());
        QCOMPARE(named<QPushButton>(panel, "runButton")->text(), QStringLiteral("Pause"));
        QVERIFY(waitForRuns(t.training, 1));
        QCOMPARE(t.queue.pending(), 0);
        QCOMPARE(t.queue.entries().back().status, QueueEntry::Status::Done);
        QVERIFY(t.queue.entries().back().runId > 0);
    }

    void stoppingAQueuedRunPausesTheQueue() {
        TestWindow t(&datasets_);
        auto* model = t.window.modelPage();
        model->applyPreset(QStringLiteral("base"));
        model->setEpochs(3);
        t.window.trainPage()->setBatchesPerEpoch(0);
        QSignalSpy batches(&t.training, &TrainingController::batch);
        QVERIFY(t.queue.addSeeds(model->plan(), 2, false));
        t.queue.start();
        QVERIFY(t.training.running());
        QVERIFY(batches.wait(60000));
        named<QPushButton>(t.window.trainPage(), "stopButton")->click();
        QVERIFY(waitForRuns(t.training, 1));
        QVERIFY(!t.queue.active());
        QVERIFY(!t.training.running());
        QCOMPARE(t.queue.pending(), 1);  // the second seed waits
        QVERIFY2(t.queue.state().contains(QStringLiteral("was stopped")),
                 qPrintable(t.queue.state()));
        t.queue.clearFinished();
        const auto waiting = t.queue.entries();
        for (const auto& e : waiting) t.queue.remove(e.id);
        QVERIFY(t.queue.entries().empty());
    }

    void aRunIsRepeatedWithSeedsFromTheRunsPage() {
        TestWindow t(&datasets_);
        auto* model = t.window.modelPage();
        model->applyPreset(QStringLiteral("base"));
        model->setEpochs(1);
        t.window.trainPage()->setBatchesPerEpoch(2);
        QSignalSpy recorded(&t.training, &TrainingController::runRecorded);
        t.window.trainPage()->startTraining();
        QVERIFY(waitForRuns(t.training, 1));
        const qint64 run = recorded.at(0).at(0).toLongLong();
        QVERIFY(t.showRuns());
        auto* runs = t.window.runsPage();
        runs->selectRuns({run});
        QTRY_VERIFY(!named<QPushButton>(runs, "repeatButton")->isHidden());
        runs->repeatSelected(3, false);
        QVERIFY(waitForRuns(t.training, 2));
        auto store = openStore();
        const auto first = store.details(run)->run.info;
        QVERIFY(first.groupId > 0);
        sentiment::storage::RunFilter filter;
        filter.group = first.groupId;
        const auto group = *store.list(filter);
        QCOMPARE(int(group.size()), 3);
        QStringList seeds;
        for (const auto& r : group) seeds << QString::fromStdString(r.info.groupValue);
        seeds.sort();
        QCOMPARE(seeds, (QStringList{QStringLiteral("1234"), QStringLiteral("1235"),
                                     QStringLiteral("1236")}));
    }

private:
    sentiment::test::PrivateHome home_;
    DatasetController datasets_;
};

QTEST_MAIN(QueueTest)
#include "QueueTest.moc"
