// Qt Test for the Data page, run with QT_QPA_PLATFORM=offscreen.
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/DataPage.h"
#include "ui/DatasetController.h"
#include "ui/MainWindow.h"
#include "ui/TrainingController.h"

using namespace sentiment::ui;

class DataPageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        qputenv("SENTIMENT_LAB_CACHE_DIR", cache_.path().toUtf8());
        qputenv("XDG_DATA_HOME", cache_.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", cache_.path().toUtf8());
    }

    void loadsTheDemoSampleOffTheGuiThread() {
        DatasetController controller;
        TrainingController training;
        MainWindow window(&controller, &training, QStringLiteral("test"));
        QSignalSpy loaded(&controller, &DatasetController::loaded);
        controller.load(QString());
        QVERIFY(controller.busy());
        QVERIFY(loaded.wait(30000));
        auto* counts = window.dataPage()->countsTable();
        QCOMPARE(counts->item(0, 2)->text(), QLocale().toString(1400));
        QCOMPARE(counts->item(2, 1)->text(), QLocale().toString(500));
        QVERIFY(window.dataPage()->tokensTable()->rowCount() >= 20);
        QCOMPARE(window.dataPage()->tokensTable()->item(0, 0)->text(), QStringLiteral("the"));
        QVERIFY(controller.dataset() != nullptr);
    }

    void aBadPathShowsAnErrorAndTheWindowStaysUsable() {
        DatasetController controller;
        TrainingController training;
        MainWindow window(&controller, &training, QStringLiteral("test"));
        QSignalSpy failed(&controller, &DatasetController::failed);
        controller.load(QStringLiteral("/nonexistent/aclImdb_v1.tar.gz"));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("/nonexistent/aclImdb_v1.tar.gz")));
        QVERIFY(!controller.busy());
        QSignalSpy loaded(&controller, &DatasetController::loaded);
        controller.load(QString());
        QVERIFY(loaded.wait(30000));
    }

private:
    QTemporaryDir cache_;
};

QTEST_MAIN(DataPageTest)
#include "DataPageTest.moc"
