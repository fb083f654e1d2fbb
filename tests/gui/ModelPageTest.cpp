// Qt Test for the Model page, run with QT_QPA_PLATFORM=offscreen on the embedded demo sample.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "Named.h"
#include "PrivateHome.h"
#include "TestWindow.h"

#include "experiment/Knobs.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/ModelController.h"
#include "ui/controllers/PredictController.h"
#include "ui/controllers/RunsController.h"
#include "ui/controllers/TrainingController.h"
#include "ui/pages/ModelPage.h"
#include "ui/pages/TrainPage.h"
#include "ui/platform/Settings.h"
#include "ui/window/MainWindow.h"

using namespace sentiment::ui;

class ModelPageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        home_.use();
        QSignalSpy loaded(&datasets_, &DatasetController::loaded);
        datasets_.load(QString());
        QVERIFY(loaded.wait(60000));
    }

    // The parameter count follows the knobs; the totals are the lecture's for its vocabulary sizes.
    void parameterCountFollowsTheKnobs() {
        TestWindow t(&datasets_);
        auto& models = t.models;
        auto& window = t.window;
        auto* page = window.modelPage();
        QSignalSpy counted(&models, &ModelController::parametersCounted);
        auto countFor = [&](auto change) {
            counted.clear();
            change();
            // A count started before the change is dropped and redone: the last one is for the
            // current knobs.
            if (!QTest::qWaitFor([&] { return !counted.isEmpty() && !models.counting(); }, 30000))
                return qint64(-1);
            return counted.last().first().value<ParameterSummary>().trainable;
        };
        // The demo's vocabulary has 24,502 entries; the lecture's IMDb one 25,002 (500 more rows of
        // 100).
        QCOMPARE(countFor([&] { page->applyPreset(QStringLiteral("advanced")); }),
                 qint64(4'810'857 - 500 * 100));
        QVERIFY(named<QLabel>(page, "totalLabel")->text().contains(QStringLiteral("4,760,857")));
        QCOMPARE(named<QTableWidget>(page, "formulaTable")->rowCount(),
                 6);  // embedding, 2 layers x 2 directions, linear
        QVERIFY(named<QTableWidget>(page, "formulaTable")
                    ->item(1, 2)
                    ->text()
                    .contains(QStringLiteral("4*(h*(i+h)+2h)")));
        QVERIFY(named<QTableWidget>(page, "tensorTable")->rowCount() > 10);
        // One direction: 100*V + 4*(256*(100+256)+2*256) + 4*(256*(256+256)+2*256) + 257.
        QCOMPARE(countFor([&] { named<QCheckBox>(page, "bidirectional")->setChecked(false); }),
                 qint64(100 * 24'502 + 4 * (256 * 356 + 512) + 4 * (256 * 512 + 512) + 257));
        // A GRU has three gates where the LSTM has four.
        QCOMPARE(countFor([&] {
                     named<QComboBox>(page, "cell")
                         ->setCurrentIndex(
                             named<QComboBox>(page, "cell")->findData(QStringLiteral("gru")));
                 }),
                 qint64(100 * 24'502 + 3 * (256 * 356 + 512) + 3 * (256 * 512 + 512) + 257));
        QCOMPARE(countFor([&] { page->applyPreset(QStringLiteral("base")); }),
                 qint64(2'592'105 - 500 * 100));
        QVERIFY(!named<QComboBox>(page, "cell")
                     ->isEnabled());  // the base RNN is the lecture's Elman RNN
        QVERIFY(named<QSpinBox>(page, "hidden")->isEnabled());
        // FastText needs a vocabulary of words and bigrams that is not built yet: the limit is
        // shown.
        QCOMPARE(countFor([&] { page->applyPreset(QStringLiteral("fasttext")); }),
                 qint64(2'500'301));
        QVERIFY(named<QLabel>(page, "totalLabel")->text().contains(QStringLiteral("at most")));
        QCOMPARE(countFor([&] { page->applyPreset(QStringLiteral("cnn")); }),
                 qint64(2'620'801 - 500 * 100));
        // The Train page describes the same experiment.
        QVERIFY(named<QLabel>(window.trainPage(), "experimentLabel")
                    ->text()
                    .contains(QStringLiteral("CNN")));
    }

    // The form is the knob table: every knob it shows reads back as filled, a knob added to the
    // table (min-freq) is a row that changes the plan, and what does not apply is disabled.
    void theFormIsTheKnobTable() {
        TestWindow t(&datasets_);
        auto* page = t.window.modelPage();
        auto plan = sentiment::experiment::ExperimentPlan::lecture("advanced");
        for (const auto& [name, value] :
             std::vector<std::pair<std::string, std::string>>{{"hidden", "77"},
                                                              {"cell", "gru"},
                                                              {"lr", "0.0125"},
                                                              {"min-freq", "3"},
                                                              {"bidirectional", "false"},
                                                              {"train-fraction", "0.8"},
                                                              {"tokenizer", "basic_english"},
                                                              {"lr-schedule", "linear"}}) {
            const auto set = sentiment::experiment::findKnob(name)->apply(plan, value);
            QVERIFY2(set.ok(), name.c_str());
        }
        page->applyPlan(plan);
        const auto shown = page->plan();
        for (const auto& knob : sentiment::experiment::knobs()) {
            if (!knob.form) continue;
            QVERIFY2(page->findChild<QWidget*>(QString::fromStdString(knob.name)) != nullptr,
                     knob.name.c_str());
            QCOMPARE(QString::fromStdString(knob.get(shown)),
                     QString::fromStdString(knob.get(plan)));
        }
        QCOMPARE(shown.data.minFreq, std::uint64_t(3));
        auto* minFreq = named<QSpinBox>(page, "min-freq");
        minFreq->setValue(5);
        QCOMPARE(page->plan().data.minFreq, std::uint64_t(5));
        QVERIFY(!named<QWidget>(page, "ngrams")->isEnabled());    // NBSVM's alone
        QVERIFY(!named<QWidget>(page, "momentum")->isEnabled());  // Adam
        page->applyPreset(QStringLiteral("nbsvm"));
        QVERIFY(named<QWidget>(page, "ngrams")->isEnabled());
        QVERIFY(!named<QWidget>(page, "cell")->isEnabled());
    }

    void timingProbeEstimatesAnEpoch() {
        TestWindow t(&datasets_);
        auto& models = t.models;
        auto& window = t.window;
        auto* page = window.modelPage();
        page->applyPreset(QStringLiteral("base"));
        QSignalSpy measured(&models, &ModelController::measured);
        QSignalSpy failed(&models, &ModelController::measureFailed);
        QTest::mouseClick(named<QPushButton>(page, "measureButton"), Qt::LeftButton);
        QVERIFY(models.measuring());
        QVERIFY(measured.wait(120000));
        QCOMPARE(failed.count(), 0);
        const double epochSeconds = measured.first().at(0).toDouble();
        QVERIFY(epochSeconds > 0 &&
                std::isfinite(epochSeconds));  // how long is the machine's business
        QVERIFY(measured.first().at(1).toDouble() > 0);
        QCOMPARE(measured.first().at(2).toInt(), 3);
        QVERIFY(named<QLabel>(page, "timingLabel")->text().contains(QStringLiteral("per epoch")));
        // Changing a knob marks the estimate as old.
        page->setEpochs(7);
        QVERIFY(
            named<QLabel>(page, "timingLabel")->text().contains(QStringLiteral("measure again")));
    }

private:
    sentiment::test::PrivateHome home_;
    DatasetController datasets_;
};

QTEST_MAIN(ModelPageTest)
#include "ModelPageTest.moc"
