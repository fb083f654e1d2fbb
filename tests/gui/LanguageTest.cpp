// Qt Test for the interface language: the embedded Korean translation turns the window's
// strings Korean and the locale's formats follow; English stays the source text.
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

#include "Named.h"
#include "PrivateHome.h"
#include "TestWindow.h"

#include <nlohmann/json.hpp>
#include "data/imdb/ImdbReader.h"
#include "data/vectors/VectorsTextParser.h"
#include "experiment/ExperimentPlan.h"
#include "model/ParameterReport.h"
#include "storage/RunStore.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/ModelController.h"
#include "ui/controllers/PredictController.h"
#include "ui/controllers/RunsController.h"
#include "ui/controllers/TrainingController.h"
#include "ui/pages/ModelPage.h"
#include "ui/pages/TrainPage.h"
#include "ui/platform/CoreText.h"
#include "ui/platform/Settings.h"
#include "ui/report/ReportWriter.h"
#include "ui/window/Language.h"
#include "ui/window/MainWindow.h"

using namespace sentiment::ui;

class LanguageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { home_.use(); }

    void koreanTranslatesTheWindow() {
        QCOMPARE(Language::install(*QCoreApplication::instance(), QStringLiteral("ko")),
                 QStringLiteral("ko"));
        QCOMPARE(QLocale().language(), QLocale::Korean);
        TestWindow t;
        auto& window = t.window;
        auto* tabs = window.findChild<QTabWidget*>();
        QVERIFY(tabs != nullptr);
        QCOMPARE(tabs->tabText(0), QStringLiteral("데이터(&D)"));
        QStringList buttons;
        for (auto* b : window.findChildren<QPushButton*>()) buttons << b->text();
        QVERIFY2(buttons.contains(QStringLiteral("데이터셋 열기…")),
                 qPrintable(buttons.join(QLatin1Char('|'))));
        QVERIFY(!buttons.contains(QStringLiteral("Open dataset…")));
        QStringList menus;
        for (auto* a : window.menuBar()->actions()) menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("파일(&F)")),
                 qPrintable(menus.join(QLatin1Char('|'))));
        // The core's layer names and formulas are messages that reach the page in Korean.
        namespace model = sentiment::model;
        QStringList layers, formulas;
        for (const char* preset : {"advanced", "cnn"}) {
            auto config = *model::ModelConfig::preset(preset);
            config.vocabSize = 100;
            for (const auto& f : model::ParameterReport::of(config).formulas) {
                layers << CoreText::of(f.layer);
                formulas << CoreText::of(f.formula);
            }
        }
        QVERIFY2(layers.contains(QStringLiteral("LSTM 층 1, 역방향")),
                 qPrintable(layers.join(QLatin1Char('|'))));
        QVERIFY2(layers.contains(QStringLiteral("합성곱, 폭 3")),
                 qPrintable(layers.join(QLatin1Char('|'))));
        QVERIFY2(layers.contains(QStringLiteral("임베딩")),
                 qPrintable(layers.join(QLatin1Char('|'))));
        QVERIFY2(formulas.contains(QStringLiteral("i+1, 단 i=512")),
                 qPrintable(formulas.join(QLatin1Char('|'))));
        // Plurals: the English file has both forms.
        QCOMPARE(
            QCoreApplication::translate("sentiment::ui::DataPage", "%n warning(s): %1", nullptr, 3)
                .arg(QStringLiteral("x")),
            QStringLiteral("경고 3개: x"));
    }

    // The assignment report in Korean: its headings, the settings in words, the verdict against
    // the lecture (a core message) and the confusion matrix.
    void theReportInKorean() {
        QCOMPARE(Language::install(*QCoreApplication::instance(), QStringLiteral("ko")),
                 QStringLiteral("ko"));
        sentiment::storage::RunDetails run;
        run.run.id = 1;
        run.run.info.name = "base";
        run.run.info.preset = "base";
        run.run.info.configJson =
            sentiment::experiment::ExperimentPlan::lecture("base").toJson().dump();
        run.run.info.parameters = 2'592'105;
        run.run.testAccuracy = 0.5;
        run.run.testLoss = 0.69;
        run.epochs.push_back({1, 0.69, 0.5, 0.69, 0.5, 0.5, 0.5, 30, 1000, true});
        std::map<std::int64_t, std::shared_ptr<const sentiment::experiment::TestEvaluation>>
            evaluations;
        evaluations[1] = std::make_shared<const sentiment::experiment::TestEvaluation>(
            std::vector<sentiment::storage::TestPrediction>{
                {"test/pos/1_9.txt", true, 9, 40, 0.9, ""},
                {"test/neg/1_1.txt", false, 1, 40, 0.9, "Awful."}});
        const auto contents = sentiment::experiment::RunsOverview::of(
            sentiment::storage::RunComparison({run}), {}, evaluations, {});
        const QString html = ReportWriter::html(contents);
        for (const char* part :
             {"IMDb 감성 분석: 과제 보고서", "과제 1 · 5 에포크 학습한 기본 RNN",
              "과제 5 · 2층 양방향 LSTM의 파라미터 수",
              "모델: 100차원 단어 임베딩 위의 은닉 유닛 256개짜리 1층 RNN",
              "강의와 비교:", "우연 수준", "긍정으로 판정", "모델이 틀리는 곳"}) {
            QVERIFY2(html.contains(QString::fromUtf8(part)), part);
        }
        QVERIFY(!html.contains(QStringLiteral("Assignment 1")));
    }

    // The core's errors (its sentiment::Message templates) come out in Korean too, with the file
    // names, numbers and nested reasons in place.
    void coreMessagesInKorean() {
        namespace data = sentiment::data;
        const auto missing = data::ImdbReader().read("/nonexistent/aclImdb_v1.tar.gz");
        QVERIFY(!missing);
        QCOMPARE(CoreText::of(missing.error()),
                 QStringLiteral("/nonexistent/aclImdb_v1.tar.gz: 없습니다. aclImdb_v1.tar.gz나 "
                                "압축을 푼 aclImdb 폴더를 고르세요"));
        const auto bad = data::VectorsTextParser().parse("the 0.1 0.2\nof 0.3\n", "v.txt");
        QVERIFY(!bad);
        QCOMPARE(CoreText::of(bad.error()),
                 QStringLiteral("v.txt, 2번째 줄: 값이 1개입니다. 2개여야 합니다"));
        const auto nested =
            sentiment::Message::tr("the download failed its check and was deleted: %1")
                .arg(sentiment::Error::at(
                         "x.zip", sentiment::Message::tr("the CRC-32 check failed: the file is "
                                                         "corrupt (download it again)"))
                         .sentence());
        QCOMPARE(CoreText::of(nested),
                 QStringLiteral(
                     "내려받은 파일이 검사를 통과하지 못해 삭제했습니다: x.zip: CRC-32 검사에 "
                     "실패했습니다. 파일이 손상되었습니다(다시 내려받으세요)"));
        const auto cancelled =
            sentiment::Message::tr(
                "download cancelled after %1; the part is kept in %2 and the next "
                "download resumes it")
                .bytes(5'000'000)
                .arg("/d/x.part");
        QVERIFY2(CoreText::of(cancelled).startsWith(
                     QStringLiteral("5.0 MB 받은 뒤 내려받기를 취소했습니다")),
                 qPrintable(CoreText::of(cancelled)));
        // A run store that is a folder: the storage layer's message.
        const auto store = sentiment::storage::RunStore::open(QDir::tempPath().toStdString());
        QVERIFY(!store);
        QVERIFY2(CoreText::of(store.error())
                     .endsWith(QStringLiteral("폴더입니다. 실행 저장소는 파일이어야 합니다")),
                 qPrintable(CoreText::of(store.error())));
        // A template without a translation stays English; arguments are never read as templates.
        QCOMPARE(CoreText::of(sentiment::Message::tr("not in any catalogue: %1").arg("100%1")),
                 QStringLiteral("not in any catalogue: 100%1"));
    }

    // A run whose loss diverges is diagnosed from the failure's kind, not from its (translated)
    // text: vectors of 3e38 overflow FastText's first batch, and the advice comes in Korean.
    void aDivergedLossIsDiagnosedInKorean() {
        QCOMPARE(Language::install(*QCoreApplication::instance(), QStringLiteral("ko")),
                 QStringLiteral("ko"));
        const QString glove = home_.filePath(QStringLiteral("glove.huge.4d.txt"));
        {
            QFile f(glove);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (const char* w :
                 {"the", "a", "and", "of", "to", "is", "movie", "film", "this", "it"}) {
                f.write(QByteArray(w) + " 3e38 -3e38 3e38 3e38\n");
            }
        }
        DatasetController datasets;
        QSignalSpy loaded(&datasets, &DatasetController::loaded);
        datasets.load(QString());
        QVERIFY(loaded.wait(60000));
        QSignalSpy vectorsLoaded(&datasets, &DatasetController::vectorsLoaded);
        datasets.loadVectors(glove, 0);
        QVERIFY(vectorsLoaded.wait(30000));
        TestWindow t(&datasets);
        auto& training = t.training;
        auto& window = t.window;
        window.modelPage()->applyPreset(QStringLiteral("fasttext"));
        window.modelPage()->setEpochs(1);
        window.trainPage()->setBatchesPerEpoch(3);
        QSignalSpy failed(&training, &TrainingController::failed);
        window.trainPage()->startTraining();
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.first().at(1).value<sentiment::ErrorKind>(),
                 sentiment::ErrorKind::NonFiniteLoss);
        const QString advice = QStringLiteral(
            "손실이 NaN 또는 무한대가 되었습니다: 학습률을 낮추거나 그래디언트 클리핑을 켜세요.");
        QVERIFY2(named<QLabel>(window.trainPage(), "diagnosisLabel")->text().contains(advice),
                 qPrintable(named<QLabel>(window.trainPage(), "diagnosisLabel")->text()));
    }

private:
    sentiment::test::PrivateHome home_;
};

QTEST_MAIN(LanguageTest)
#include "LanguageTest.moc"
