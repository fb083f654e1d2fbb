// Qt Test for the Words page (the embedding explorer), run with QT_QPA_PLATFORM=offscreen: over
// a tiny vectors file and a run whose checkpoint's embedding the test sets, so every answer is
// known.
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

#include "Named.h"
#include "PrivateHome.h"
#include "TestWindow.h"

#include "model/ModelFactory.h"
#include "storage/RunStore.h"
#include "training/Checkpoint.h"
#include "ui/pages/EmbeddingPage.h"

using namespace sentiment;
using namespace sentiment::ui;

namespace {

const char* kVectors =
    "king 1 1 0 0\n"
    "man 1 0 0 0\n"
    "woman 0 0 1 0\n"
    "queen 0 1 1 0\n"
    "good 0 0 0.1 1\n"
    "fine 0 0.2 0.1 1\n"
    "great 0.1 0 0.1 1\n"
    "awful 0 0 0.1 -1\n";

std::int64_t addRun(storage::RunStore& store, const std::string& preset,
                    const std::string& checkpoint) {
    storage::RunInfo info;
    info.name = preset + " run";
    info.preset = preset;
    info.device = "cpu";
    const auto id = *store.beginRun(info);
    storage::RunOutcome outcome;
    outcome.testAccuracy = 0.8;
    outcome.checkpointPath = checkpoint;
    if (!store.finishRun(id, outcome, {})) throw std::runtime_error("finishRun");
    return id;
}

QStringList column(const QTableWidget* table, int c) {
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << (table->item(r, c) != nullptr ? table->item(r, c)->text() : QString());
    return out;
}

}  // namespace

class EmbeddingPageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        home_.use();
        vectorsFile_ = home_.path() + QStringLiteral("/tiny.txt");
        QFile f(vectorsFile_);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kVectors);
        f.close();
        // A FastText run whose training moved "good" next to "king"; its other words stayed.
        training::Checkpoint c;
        c.vocab = data::Vocabulary::build(
            {{"good", 9}, {"fine", 8}, {"great", 7}, {"awful", 6}, {"king", 5}, {"good film", 4}},
            {});
        auto config = model::ModelConfig::preset("fasttext");
        QVERIFY(config);
        c.model = *config;
        c.model.vocabSize = static_cast<std::int64_t>(c.vocab.size());
        c.model.embeddingDim = 4;
        c.network = model::ModelFactory::create(c.model);
        {
            torch::NoGradGuard noGrad;
            auto& w = c.network->embedding()->weight;
            w.zero_();
            w[c.vocab.index("good")] = torch::tensor({1.0F, 0.9F, 0.0F, 0.3F});
            w[c.vocab.index("fine")] = torch::tensor({0.0F, 0.2F, 0.1F, 1.0F});
            w[c.vocab.index("great")] = torch::tensor({0.1F, 0.0F, 0.1F, 1.0F});
            w[c.vocab.index("awful")] = torch::tensor({0.0F, 0.0F, 0.1F, -1.0F});
            w[c.vocab.index("king")] = torch::tensor({1.0F, 1.0F, 0.0F, 0.0F});
            w[c.vocab.index("good film")] = torch::tensor({1.0F, 0.9F, 0.0F, 0.3F});
        }
        const auto checkpoint = home_.path().toStdString() + "/fasttext.slckpt";
        QVERIFY(c.save(checkpoint));
        auto store = storage::RunStore::open(storage::RunStore::defaultPath());
        QVERIFY(store);
        run_ = addRun(*store, "fasttext", checkpoint);
        addRun(*store, "nbsvm", checkpoint);  // a linear model: never offered
    }

    void exploresVectorsARunAndHowTrainingMovedAWord() {
        TestWindow w;
        auto* page = w.window.embeddingPage();
        // Nothing loaded yet: the page says what to do, and cannot search.
        QVERIFY(!named<QPushButton>(page, "findButton")->isEnabled());
        QVERIFY(named<QLabel>(page, "summaryLabel")->text().contains(QStringLiteral("Data page")));

        QSignalSpy vectors(&w.datasets, &DatasetController::vectorsLoaded);
        w.datasets.loadVectors(vectorsFile_, 0);
        QVERIFY(vectors.wait(20000));
        QVERIFY(named<QPushButton>(page, "findButton")->isEnabled());
        QSignalSpy answered(&w.embeddings, &EmbeddingController::answered);
        named<QLineEdit>(page, "wordEdit")->setText(QStringLiteral("good"));
        named<QSpinBox>(page, "countBox")->setValue(2);
        page->find();
        QVERIFY(answered.wait(10000));
        QCOMPARE(named<QTableWidget>(page, "table")->columnCount(), 2);
        QCOMPARE(column(named<QTableWidget>(page, "table"), 0),
                 (QStringList{QStringLiteral("great"), QStringLiteral("fine")}));
        QVERIFY(named<QLabel>(page, "summaryLabel")
                    ->text()
                    .contains(QStringLiteral("The 2 words nearest to “good”")));

        named<QRadioButton>(page, "analogyButton")->setChecked(true);
        named<QSpinBox>(page, "countBox")->setValue(1);
        page->find();
        QVERIFY(answered.wait(10000));
        QCOMPARE(column(named<QTableWidget>(page, "table"), 0),
                 QStringList{QStringLiteral("queen")});

        named<QLineEdit>(page, "wordEdit")->setText(QStringLiteral("qwzx"));
        named<QLineEdit>(page, "wordEdit")->returnPressed();  // back to nearest words
        QVERIFY(answered.wait(10000));
        QVERIFY2(named<QLabel>(page, "summaryLabel")
                     ->text()
                     .contains(QStringLiteral("\"qwzx\" is not among the 8 words")),
                 qPrintable(named<QLabel>(page, "summaryLabel")->text()));
        QCOMPARE(named<QTableWidget>(page, "table")->rowCount(), 0);

        // The run: listed when the page is shown (the linear one is not), its embedding loaded.
        QSignalSpy loaded(&w.embeddings, &EmbeddingController::runLoaded);
        w.window.showPage(QStringLiteral("words"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(named<QComboBox>(page, "runBox")->count(), 1);
        QCOMPARE(named<QComboBox>(page, "runBox")->currentData().toLongLong(), run_);

        named<QSpinBox>(page, "countBox")->setValue(1);
        page->ask(EmbeddingQuery::Space::Both, {QStringLiteral("good")});  // GloVe beside the run
        QVERIFY(answered.wait(10000));
        QCOMPARE(named<QTableWidget>(page, "table")->columnCount(), 4);
        QCOMPARE(column(named<QTableWidget>(page, "table"), 0),
                 QStringList{QStringLiteral("great")});
        QCOMPARE(column(named<QTableWidget>(page, "table"), 2),
                 QStringList{QStringLiteral("king")});
        QVERIFY(
            named<QTableWidget>(page, "table")->item(0, 2)->font().bold());  // new since training
        QVERIFY2(named<QLabel>(page, "summaryLabel")
                     ->text()
                     .contains(QStringLiteral("0 of its 1 nearest words")),
                 qPrintable(named<QLabel>(page, "summaryLabel")->text()));

        named<QComboBox>(page, "spaceBox")
            ->setCurrentIndex(1);  // the run alone: the bigram is never a neighbour
        named<QSpinBox>(page, "countBox")->setValue(10);
        page->find();
        QVERIFY(answered.wait(10000));
        QVERIFY(
            !column(named<QTableWidget>(page, "table"), 0).contains(QStringLiteral("good film")));
        QCOMPARE(column(named<QTableWidget>(page, "table"), 0).first(), QStringLiteral("king"));
    }

private:
    sentiment::test::PrivateHome home_;
    QString vectorsFile_;
    std::int64_t run_ = 0;
};

QTEST_MAIN(EmbeddingPageTest)
#include "EmbeddingPageTest.moc"
