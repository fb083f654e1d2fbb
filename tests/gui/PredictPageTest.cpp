// Qt Test for the Predict page (the prediction box) with a model trained on the demo sample,
// run with QT_QPA_PLATFORM=offscreen.
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QtTest>
#include <cmath>
#include <optional>
#include "ui/charts/QCustomPlotHeader.h"

#include "Named.h"
#include "PrivateHome.h"
#include "TestWindow.h"

#include "data/dataset/DatasetLoader.h"
#include "model/ModelConfig.h"
#include "storage/RunStore.h"
#include "training/Predictor.h"
#include "training/Trainer.h"
#include "ui/charts/ChartExport.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/ModelController.h"
#include "ui/controllers/PredictController.h"
#include "ui/controllers/RunsController.h"
#include "ui/controllers/TrainingController.h"
#include "ui/pages/PredictPage.h"
#include "ui/panels/AttentionPanel.h"
#include "ui/platform/Settings.h"
#include "ui/window/MainWindow.h"

using namespace sentiment;
using namespace sentiment::ui;

namespace {
// A completed run of `preset` with `checkpoint`, recorded in the private store; 0 on failure.
qint64 recordRun(const char* name, const char* preset, const std::string& checkpoint) {
    auto store = storage::RunStore::open(storage::RunStore::defaultPath());
    if (!store) return 0;
    storage::RunInfo info;
    info.name = name;
    info.preset = preset;
    const auto id = store->beginRun(info);
    if (!id) return 0;
    storage::RunOutcome outcome;
    outcome.checkpointPath = checkpoint;
    return store->finishRun(*id, outcome, {}) ? *id : 0;
}
// Opens the Predict page, chooses run `id`'s model and has `text` explained: the view, or none
// when the model or the explanation did not come.
std::optional<PredictionView> explainWith(TestWindow& t, qint64 id, const QString& text) {
    auto* page = t.window.predictPage();
    QSignalSpy loaded(t.window.predictController(), &PredictController::modelLoaded);
    t.window.showPage(QStringLiteral("predict"));
    if (!loaded.wait(20000)) return std::nullopt;
    auto* box = named<QComboBox>(page, "modelBox");
    const int index = box->findData(id);
    if (index < 0) return std::nullopt;
    if (box->currentIndex() != index) {
        box->setCurrentIndex(index);
        if (!loaded.wait(20000)) return std::nullopt;
    }
    QSignalSpy explained(t.window.predictController(), &PredictController::explained);
    page->setText(text);
    if (!explained.wait(20000)) return std::nullopt;
    return explained.last().first().value<PredictionView>();
}
}  // namespace

class PredictPageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        home_.use();
        // A small FastText model trained on the demo sample, recorded as a completed run.
        data::DatasetOptions options;
        options.ngrams = 2;
        auto ds = data::DatasetLoader(home_.path().toStdString()).loadDemo(options);
        QVERIFY(ds);
        auto mc = *model::ModelConfig::preset("fasttext");
        mc.embeddingDim = 16;
        training::TrainingConfig tc;
        tc.epochs = 2;
        tc.threads = 2;
        tc.learningRate = 1e-2;
        tc.evaluateTest = false;
        training::Trainer trainer(mc, tc);
        const auto checkpoint = home_.filePath(QStringLiteral("fasttext.slckpt")).toStdString();
        trainer.setCheckpointPath(checkpoint);
        auto result = trainer.run(*ds, nullptr);
        QVERIFY2(result, result ? "" : result.error().message.c_str());
        // A second model, trained otherwise, for switching models.
        tc.learningRate = 3e-2;
        tc.seed = 99;
        training::Trainer other(mc, tc);
        other.setCheckpointPath(home_.filePath(QStringLiteral("other.slckpt")).toStdString());
        QVERIFY(other.run(*ds, nullptr));
        auto store = storage::RunStore::open(storage::RunStore::defaultPath());
        QVERIFY(store);
        storage::RunInfo info;
        info.name = "fasttext on the demo";
        info.preset = "fasttext";
        run_ = *store->beginRun(info);
        storage::RunOutcome outcome;
        outcome.checkpointPath = checkpoint;
        QVERIFY(store->finishRun(run_, outcome, {}));
    }

    void typedTextGetsAVerdictAndAnExplanation() {
        TestWindow t;
        auto& window = t.window;
        auto* page = window.predictPage();
        QSignalSpy loaded(window.predictController(), &PredictController::modelLoaded);
        window.showPage(QStringLiteral("predict"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(named<QComboBox>(page, "modelBox")->count(), 1);
        QCOMPARE(named<QComboBox>(page, "modelBox")->currentData().toLongLong(), run_);

        QSignalSpy predicted(window.predictController(), &PredictController::predicted);
        QSignalSpy explained(window.predictController(), &PredictController::explained);
        // Typing fast: one verdict for the text as it stands after the pause, not one per key.
        for (const QChar c : QStringLiteral("Not terrible, it's great."))
            QTest::keyClicks(named<QPlainTextEdit>(page, "textEdit"), QString(c));
        QVERIFY(explained.wait(20000));
        QVERIFY2(predicted.size() <= 2, qPrintable(QString::number(predicted.size())));
        const auto v = explained.last().first().value<PredictionView>();
        QCOMPARE(v.text, QStringLiteral("Not terrible, it's great."));
        QVERIFY(v.probability >= 0 && v.probability <= 1);
        QCOMPARE(v.importance.size(), v.tokens.size());
        QCOMPARE(v.unknown.size(), v.tokens.size());
        QCOMPARE(named<QProgressBar>(page, "gauge")->value(),
                 int(std::lround(v.probability * 1000)));
        QVERIFY(named<QTextBrowser>(page, "tokensView")
                    ->toHtml()
                    .contains(QStringLiteral("background-color")));
        // Colour-blind-safe colours (blue and vermillion, never green and red), and the direction
        // in words in each coloured token's tooltip.
        int coloured = 0;
        for (auto block = named<QTextBrowser>(page, "tokensView")->document()->begin();
             block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const auto format = it.fragment().charFormat();
                if (format.background().style() == Qt::NoBrush) continue;
                ++coloured;
                const int hue = format.background().color().hsvHue();
                QVERIFY2((hue >= 180 && hue <= 220) || (hue >= 10 && hue <= 40) || hue == -1,
                         qPrintable(QString::number(hue)));
                QVERIFY2(format.toolTip().startsWith(QStringLiteral("Pushes to ")),
                         qPrintable(format.toolTip()));
            }
        }
        QVERIFY(coloured > 0);

        // Saved with its run.
        QVERIFY(named<QPushButton>(page, "saveButton")->isEnabled());
        QSignalSpy changed(window.runsController(), &RunsController::changed);
        QTest::mouseClick(named<QPushButton>(page, "saveButton"), Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        auto store = storage::RunStore::open(storage::RunStore::defaultPath());
        const auto details = store->details(run_);
        QVERIFY(details);
        QCOMPARE(details->predictions.size(), std::size_t(1));
        QCOMPARE(details->predictions.front().text, std::string("Not terrible, it's great."));
        QCOMPARE(details->predictions.front().probability, v.probability);
    }

    void aMissingCheckpointIsReported() {
        PredictController predictor;
        QSignalSpy failed(&predictor, &PredictController::failed);
        predictor.loadModel(home_.filePath(QStringLiteral("gone.slckpt")), 1);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("gone.slckpt")));
        QVERIFY(!predictor.hasModel());
    }

    // Choosing another model while an explanation runs, then typing: the new text is judged by
    // the newly chosen model (a waiting load is never replaced by waiting text).
    void aModelChosenDuringAnExplanationJudgesTheNextText() {
        const auto first = home_.filePath(QStringLiteral("fasttext.slckpt"));
        const auto second = home_.filePath(QStringLiteral("other.slckpt"));
        const std::string text = "A slow start, then a moving and funny film with a great cast.";
        const auto expected =
            training::Predictor::load(second.toStdString())->predict(text).probability;
        const auto old = training::Predictor::load(first.toStdString())->predict(text).probability;
        QVERIFY(expected != old);  // the test tells the models apart

        PredictController predictor;
        QSignalSpy loaded(&predictor, &PredictController::modelLoaded);
        predictor.loadModel(first, 1);
        QVERIFY(loaded.wait(20000));
        QSignalSpy predicted(&predictor, &PredictController::predicted);
        QSignalSpy failed(&predictor, &PredictController::failed);
        // No event loop between the calls: the first text's verdict (then its explanation) is
        // running when the other model is chosen and the new text arrives.
        predictor.predict(QString(400, QLatin1Char('x')) + QStringLiteral(" great"), true);
        predictor.loadModel(second, 2);
        predictor.predict(QString::fromStdString(text), true);
        // The first text's verdict is dropped (newer text of the same kind wins); the one that
        // arrives is the new text's.
        QTRY_VERIFY_WITH_TIMEOUT(!predicted.isEmpty(), 30000);
        QTest::qWait(200);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(predicted.size(), 1);
        const auto view = predicted.last().first().value<PredictionView>();
        QCOMPARE(view.text, QString::fromStdString(text));
        QCOMPARE(view.probability, expected);
        QCOMPARE(predictor.run(), qint64(2));
    }

    // A linear model (NBSVM) explains itself exactly: no occlusion pass, each token coloured by its
    // share of the logit, and the n-gram panel with the review's and the model's strongest
    // n-grams. (Last: it adds the newest run, which the page then chooses.)
    void aLinearModelIsExplainedExactly() {
        data::DatasetOptions options;
        options.ngrams = 2;
        options.vocabulary.maxSize = 0;
        auto ds = data::DatasetLoader(home_.path().toStdString()).loadDemo(options);
        QVERIFY(ds);
        training::TrainingConfig tc;
        tc.epochs = 2;
        tc.learningRate = 2e-3;
        tc.evaluateTest = false;
        training::Trainer trainer(*model::ModelConfig::preset("nbsvm"), tc);
        const auto checkpoint = home_.filePath(QStringLiteral("nbsvm.slckpt")).toStdString();
        trainer.setCheckpointPath(checkpoint);
        QVERIFY(trainer.run(*ds, nullptr));
        QVERIFY(recordRun("nbsvm on the demo", "nbsvm", checkpoint) > 0);
        TestWindow t;
        auto* page = t.window.predictPage();
        QSignalSpy loaded(t.window.predictController(), &PredictController::modelLoaded);
        t.window.showPage(QStringLiteral("predict"));
        QVERIFY(loaded.wait(20000));
        QVERIFY(named<QTextBrowser>(page, "ngramsView")->isVisibleTo(page));
        QVERIFY(named<QTextBrowser>(page, "ngramsView")
                    ->toPlainText()
                    .contains(QStringLiteral("The model's strongest n-grams")));
        QVERIFY(named<QLabel>(page, "legendLabel")->text().contains(QStringLiteral("Exact")));
        QSignalSpy explained(t.window.predictController(), &PredictController::explained);
        page->setText(QStringLiteral("A wonderful film, not a bad moment in it."));
        QVERIFY(explained.wait(20000));
        const auto v = explained.last().first().value<PredictionView>();
        QVERIFY(v.exact);
        QCOMPARE(v.importance.size(), v.tokens.size());
        double shares = v.bias;
        for (const double d : v.importance) shares += d;
        QVERIFY(std::abs(shares - v.logit) < 1e-6);
        QVERIFY(std::abs(1 / (1 + std::exp(-v.logit)) - v.probability) < 1e-5);
        QVERIFY(named<QTextBrowser>(page, "ngramsView")
                    ->toPlainText()
                    .contains(QStringLiteral("Exactly why")));
        bool logitTip = false;
        for (auto block = named<QTextBrowser>(page, "tokensView")->document()->begin();
             block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                logitTip = logitTip || it.fragment().charFormat().toolTip().contains(
                                           QStringLiteral("the logit"));
            }
        }
        QVERIFY(logitTip);
    }

    // A model of five star classes: the page names the class it calls, with each class's
    // probability, and colours the words towards or away from that class.
    void starClassesShowEachClasssProbability() {
        const char* words[] = {"dreadful", "weak", "okay", "good", "masterpiece"};
        QString csv = QStringLiteral("text,stars\n");
        for (int i = 0; i < 400; ++i) {
            csv += QStringLiteral("a film %1 number %2,%3\n")
                       .arg(QString::fromLatin1(words[i % 5]))
                       .arg(i)
                       .arg(i % 5 + 1);
        }
        const auto path = home_.filePath(QStringLiteral("stars.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(csv.toUtf8());
        }
        data::DatasetOptions options;
        options.ngrams = 2;
        options.vocabulary.maxSize = 0;
        auto ds = data::DatasetLoader(home_.path().toStdString()).load(path.toStdString(), options);
        QVERIFY2(ds, ds ? "" : ds.error().message.c_str());
        QCOMPARE(ds->classes().size(), std::size_t(5));
        training::TrainingConfig tc;
        tc.epochs = 2;
        tc.learningRate = 1e-2;
        tc.evaluateTest = false;
        training::Trainer trainer(*model::ModelConfig::preset("nbsvm"), tc);
        const auto checkpoint = home_.filePath(QStringLiteral("stars.slckpt")).toStdString();
        trainer.setCheckpointPath(checkpoint);
        QVERIFY(trainer.run(*ds, nullptr));
        const qint64 id = recordRun("nbsvm on five star classes", "nbsvm", checkpoint);
        QVERIFY(id > 0);
        TestWindow t;
        auto* page = t.window.predictPage();
        const auto explained = explainWith(t, id, QStringLiteral("a masterpiece of a film"));
        QVERIFY(explained);
        const auto& v = *explained;
        QCOMPARE(v.classes, (QStringList{"1", "2", "3", "4", "5"}));
        QCOMPARE(v.probabilities.size(), 5);
        QCOMPARE(v.called, 4);  // "masterpiece" is five stars
        auto* classes = named<QLabel>(page, "classProbabilities");
        QVERIFY(classes->isVisibleTo(page));
        for (const auto& c : v.classes) QVERIFY(classes->text().contains(c));
        QCOMPARE(named<QProgressBar>(page, "gauge")->value(),
                 int(std::lround(v.probabilities[4] * 1000)));
        bool towards = false;
        for (auto block = named<QTextBrowser>(page, "tokensView")->document()->begin();
             block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                towards = towards || it.fragment().charFormat().toolTip().startsWith(
                                         QStringLiteral("Pushes towards 5"));
            }
        }
        QVERIFY(towards);
    }

    // A Transformer: beside the tokens, its attention as a heat map of any layer and head, as
    // lines, and as the rollout, compared with the occlusion importance; an LSTM shows none.
    void aTransformerShowsItsAttention() {
        data::DatasetOptions options;
        options.length = {32, data::Truncation::HeadTail};
        auto ds = data::DatasetLoader(home_.path().toStdString()).loadDemo(options);
        QVERIFY(ds);
        auto mc = *model::ModelConfig::preset("transformer");
        mc.embeddingDim = 16;
        mc.hidden = 32;
        auto tc = training::TrainingConfig::forPreset("transformer");
        tc.epochs = 1;
        tc.evaluateTest = false;
        training::Trainer trainer(mc, tc);
        const auto checkpoint = home_.filePath(QStringLiteral("transformer.slckpt")).toStdString();
        trainer.setCheckpointPath(checkpoint);
        auto result = trainer.run(*ds, nullptr);
        QVERIFY2(result, result ? "" : result.error().message.c_str());
        const qint64 id = recordRun("transformer on the demo", "transformer", checkpoint);
        QVERIFY(id > 0);
        TestWindow t;
        auto* page = t.window.predictPage();
        const auto explained =
            explainWith(t, id, QStringLiteral("A wonderful film, not a bad moment in it."));
        QVERIFY(explained);
        const auto& v = *explained;
        QCOMPARE(v.attention.tokens.size(), v.tokens.size() + 1);  // [CLS] first
        QCOMPARE(v.attention.layers, 2);
        QCOMPARE(v.attention.heads, 4);
        auto* panel = named<AttentionPanel>(page, "attentionPanel");
        QVERIFY(panel->isVisibleTo(page));
        auto* plot = named<QCustomPlot>(page, "attentionPlot");
        QCOMPARE(plot->plottableCount(), 1);  // the heat map of the top layer
        auto* map = qobject_cast<QCPColorMap*>(plot->plottable(0));
        QVERIFY(map);
        QCOMPARE(map->data()->keySize(), int(v.attention.tokens.size()));
        auto* layer = named<QComboBox>(page, "attentionLayer");
        auto* head = named<QComboBox>(page, "attentionHead");
        QCOMPARE(layer->count(), 3);  // two layers and the rollout
        QCOMPARE(head->count(), 5);   // the heads' mean and four heads
        head->setCurrentIndex(2);     // head 2 of the top layer: that head's matrix
        const auto n = v.attention.tokens.size();
        map = qobject_cast<QCPColorMap*>(plot->plottable(0));
        QVERIFY(std::abs(map->data()->cell(3, 1) - v.attention.at(1, 1, 1, 3)) < 1e-6);
        layer->setCurrentIndex(2);  // the rollout: no head to choose
        QVERIFY(!head->isEnabled());
        map = qobject_cast<QCPColorMap*>(plot->plottable(0));
        QVERIFY(std::abs(map->data()->cell(2, 0) - v.attention.rollout[2]) < 1e-6);
        named<QComboBox>(page, "attentionView")->setCurrentIndex(1);  // lines
        QCOMPARE(plot->plottableCount(), 0);
        QVERIFY(plot->itemCount() > 2 * int(n));  // two columns of tokens and the lines
        const auto comparison = named<QLabel>(page, "attentionComparison")->text();
        QVERIFY(comparison.contains(QStringLiteral("Attention is not an explanation")));
        QVERIFY(comparison.contains(QStringLiteral("Rank correlation")));
        // Exportable like every chart.
        const auto png = home_.filePath(QStringLiteral("attention.png"));
        QVERIFY(ChartExport::save(plot, png));
        QVERIFY(QFileInfo(png).size() > 1000);

        // Spearman's rho by hand: identical ranks 1, reversed -1.
        QCOMPARE(AttentionPanel::rankCorrelation({1, 2, 3}, {10, 20, 30}), 1.0);
        QCOMPARE(AttentionPanel::rankCorrelation({1, 2, 3}, {3, 2, 1}), -1.0);
    }

private:
    sentiment::test::PrivateHome home_;
    qint64 run_ = 0;
};

QTEST_MAIN(PredictPageTest)
#include "PredictPageTest.moc"
