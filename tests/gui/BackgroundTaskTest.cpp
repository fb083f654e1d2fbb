// Qt Test for the GUI's background-task helper: each policy decides what happens to a job
// submitted while another runs, results come back on the GUI thread, and nothing runs or
// arrives after the task is gone.
#include <QThread>
#include <QtTest>
#include <atomic>
#include <memory>

#include "ui/controllers/BackgroundTask.h"

using sentiment::ui::BackgroundTask;

namespace {

/// Holds a job on its worker thread until the test opens it.
class Gate {
public:
    void open() { open_ = true; }
    /// Waits for the gate (or a stop request); true when it was opened.
    bool pass(const std::stop_token& stop = {}) const {
        while (!open_ && !stop.stop_requested()) QThread::msleep(1);
        return open_;
    }

private:
    std::atomic<bool> open_{false};
};

}  // namespace

class BackgroundTaskTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theResultArrivesOnTheGuiThread() {
        BackgroundTask task(BackgroundTask::Policy::Queue);
        QThread* worker = nullptr;
        QThread* doneOn = nullptr;
        int value = 0;
        QVERIFY(task.submit(
            [&worker] {
                worker = QThread::currentThread();
                return 42;
            },
            [&](int v) {
                value = v;
                doneOn = QThread::currentThread();
            }));
        QVERIFY(task.busy());
        QTRY_COMPARE(value, 42);
        QCOMPARE(doneOn, QThread::currentThread());
        QVERIFY(worker != QThread::currentThread());
        QVERIFY(!task.busy());
    }

    void aQueueRunsEveryJobInOrder() {
        BackgroundTask task(BackgroundTask::Policy::Queue);
        auto gate = std::make_shared<Gate>();
        QList<int> done;
        task.submit(
            [gate] {
                gate->pass();
                return 1;
            },
            [&](int v) { done << v; });
        for (int i = 2; i <= 5; ++i) task.submit([i] { return i; }, [&](int v) { done << v; });
        gate->open();
        QTRY_COMPARE(done, (QList<int>{1, 2, 3, 4, 5}));
    }

    void ignoreWhileBusyRefusesAJobUntilTheLastOneIsDone() {
        BackgroundTask task(BackgroundTask::Policy::IgnoreWhileBusy);
        auto gate = std::make_shared<Gate>();
        QList<int> done;
        QVERIFY(task.submit(
            [gate] {
                gate->pass();
                return 1;
            },
            [&](int v) { done << v; }));
        QVERIFY(!task.submit([] { return 2; }, [&](int v) { done << v; }));
        gate->open();
        QTRY_COMPARE(done, QList<int>{1});
        QVERIFY(task.submit([] { return 3; }, [&](int v) { done << v; }));
        QTRY_COMPARE(done, (QList<int>{1, 3}));
    }

    // Five settings changed while the first count runs: the running count is stopped and
    // dropped, the three in between never run, and only the newest arrives.
    void theLatestJobOfAKindWins() {
        BackgroundTask task(BackgroundTask::Policy::LatestWins);
        auto gate = std::make_shared<Gate>();
        std::atomic<int> ran{0};
        std::atomic<bool> firstSawStop{false};
        QList<int> done;
        task.submit(
            [gate, &ran, &firstSawStop](std::stop_token stop) {
                ++ran;
                firstSawStop = !gate->pass(stop);
                return 1;
            },
            [&](int v) { done << v; });
        for (int i = 2; i <= 5; ++i)
            task.submit(
                [i, &ran] {
                    ++ran;
                    return i;
                },
                [&](int v) { done << v; });
        QTRY_COMPARE(done, QList<int>{5});
        QVERIFY(firstSawStop);
        QCOMPARE(ran.load(), 2);
        QVERIFY(!task.busy());
    }

    // Kinds keep their own latest job and their order: a model load waiting before newer text
    // still runs first.
    void latestWinsKeepsOneWaitingJobPerKindInItsPlace() {
        BackgroundTask task(BackgroundTask::Policy::LatestWins);
        auto gate = std::make_shared<Gate>();
        QStringList done;
        task.submit(
            [gate] {
                gate->pass();
                return QStringLiteral("explain");
            },
            [&](const QString& v) { done << v; }, 2);
        task.submit([] { return QStringLiteral("load A"); }, [&](const QString& v) { done << v; },
                    1);
        task.submit([] { return QStringLiteral("text 1"); }, [&](const QString& v) { done << v; },
                    2);
        task.submit([] { return QStringLiteral("load B"); }, [&](const QString& v) { done << v; },
                    1);
        task.submit([] { return QStringLiteral("text 2"); }, [&](const QString& v) { done << v; },
                    2);
        QVERIFY(task.waiting(1));
        QVERIFY(task.waiting(2));
        QVERIFY(!task.waiting(3));
        gate->open();
        // The explanation was superseded by text of its kind: dropped.
        QTRY_COMPARE(done, (QStringList{QStringLiteral("load B"), QStringLiteral("text 2")}));
    }

    void stopAsksTheRunningJobAndItsResultStillComes() {
        BackgroundTask task(BackgroundTask::Policy::IgnoreWhileBusy);
        std::atomic<bool> started{false};
        QString done;
        task.submit(
            [&started](std::stop_token stop) {
                started = true;
                while (!stop.stop_requested()) QThread::msleep(1);
                return QStringLiteral("stopped");
            },
            [&](const QString& v) { done = v; }, 7);
        QTRY_VERIFY(started.load());
        task.stop(3);  // another kind: nothing happens
        QTest::qWait(50);
        QVERIFY(done.isEmpty());
        task.stop(7);
        QTRY_COMPARE(done, QStringLiteral("stopped"));
    }

    void doneCanSubmitTheNextJob() {
        BackgroundTask task(BackgroundTask::Policy::Queue);
        QList<int> done;
        std::function<void(int)> next = [&](int v) {
            done << v;
            if (v < 3) task.submit([v] { return v + 1; }, next);
        };
        task.submit([] { return 1; }, next);
        QTRY_COMPARE(done, (QList<int>{1, 2, 3}));
    }

    void aJobThatThrowsDoesNotStopTheQueue() {
        BackgroundTask task(BackgroundTask::Policy::Queue);
        QList<int> done;
        task.submit([]() -> int { throw std::runtime_error("broken"); }, [&](int v) { done << v; });
        task.submit([] { return 2; }, [&](int v) { done << v; });
        QTRY_COMPARE(done, QList<int>{2});
    }

    void destroyingTheTaskStopsAndWaitsAndDeliversNothing() {
        auto gate = std::make_shared<Gate>();
        std::atomic<bool> started{false}, sawStop{false}, waitingRan{false};
        int delivered = 0;
        {
            BackgroundTask task(BackgroundTask::Policy::Queue);
            task.submit(
                [&](std::stop_token stop) {
                    started = true;
                    sawStop = !gate->pass(stop);
                    return 1;
                },
                [&](int) { ++delivered; });
            task.submit(
                [&] {
                    waitingRan = true;
                    return 2;
                },
                [&](int) { ++delivered; });
            QTRY_VERIFY(started.load());
        }  // the destructor returns only when the running job has ended
        QVERIFY(sawStop.load());
        QCoreApplication::processEvents();
        QCOMPARE(delivered, 0);
        QVERIFY(!waitingRan.load());
    }
};

QTEST_MAIN(BackgroundTaskTest)
#include "BackgroundTaskTest.moc"
