// sentiment-lab: the desktop workbench. Starts on the embedded demo sample.
#include <QApplication>
#include <QIcon>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>
#include <memory>
#include <QScreen>
#include <QSpinBox>
#include <QTimer>

#include "model/Runtime.h"
#include "ui/DataPage.h"
#include "ui/DatasetController.h"
#include "ui/MainWindow.h"
#include "ui/ModelController.h"
#include "ui/ModelPage.h"
#include "ui/PredictController.h"
#include "ui/PredictPage.h"
#include "ui/RunsController.h"
#include "ui/RunsPage.h"
#include "ui/Language.h"
#include "ui/Settings.h"
#include "ui/TrainPage.h"
#include "ui/TrainingController.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("sentiment-lab"));
    QApplication::setApplicationName(QStringLiteral("Sentiment Lab"));
    QApplication::setApplicationVersion(QStringLiteral(SENTIMENT_LAB_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sentiment-lab.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sentimentlab.SentimentLab"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sentiment-analysis workbench for the IMDb lecture"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Open this IMDb archive or folder (default: the last one opened, or the demo sample)."),
                            QStringLiteral("path"));
    QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the embedded demo sample."));
    QCommandLineOption vectors(QStringLiteral("vectors"),
                               QStringLiteral("Open these word vectors (GloVe .txt or glove.6B.zip; default: the last ones)."),
                               QStringLiteral("path"));
    QCommandLineOption dim(QStringLiteral("dim"), QStringLiteral("Dimension to read from glove.6B.zip."),
                           QStringLiteral("n"), QStringLiteral("100"));
    QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("LibTorch threads (default: one per core)."),
                               QStringLiteral("n"), QStringLiteral("0"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a PNG of the window once the dataset is loaded, then quit."),
                                  QStringLiteral("file"));
    QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Show this page first: data, model, train, runs or predict."),
                            QStringLiteral("name"), QStringLiteral("data"));
    QCommandLineOption train(QStringLiteral("train"),
                             QStringLiteral("Once the dataset is loaded, train this preset (base, advanced, fasttext, cnn); with "
                                            "--screenshot the picture is taken when the run ends."),
                             QStringLiteral("preset"));
    QCommandLineOption epochs(QStringLiteral("epochs"), QStringLiteral("Epochs for --train."), QStringLiteral("n"),
                              QStringLiteral("1"));
    QCommandLineOption batches(QStringLiteral("max-batches"), QStringLiteral("Batches per epoch for --train (0: all)."),
                               QStringLiteral("n"), QStringLiteral("0"));
    QCommandLineOption tab(QStringLiteral("data-tab"), QStringLiteral("Data page tab to show: tokens, reviews or vectors."),
                           QStringLiteral("name"), QStringLiteral("tokens"));
    QCommandLineOption predictText(QStringLiteral("predict-text"),
                                   QStringLiteral("Type this review into the Predict page (with --page predict)."),
                                   QStringLiteral("text"));
    QCommandLineOption report(QStringLiteral("report"),
                              QStringLiteral("With --page runs: write the assignment report of every run to this PDF, then quit."),
                              QStringLiteral("file"));
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: en or ko (default: the setting, else the system's)."),
                            QStringLiteral("code"));
    QCommandLineOption quitWhenShown(QStringLiteral("quit-when-shown"),
                                     QStringLiteral("Quit as soon as the window is shown (start-up benchmarks)."));
    parser.addOptions({data, demo, vectors, dim, threads, screenshot, page, train, epochs, batches, tab, predictText, report, lang,
                       quitWhenShown});
    parser.process(app);
    sentiment::ui::Language::install(app, parser.isSet(lang) ? parser.value(lang) : sentiment::ui::Settings().language());

    using sentiment::model::Runtime;
    Runtime::configure(parser.value(threads).toInt());
    const auto info = Runtime::info();
    const QString runtime = QObject::tr("LibTorch %1 · CPU, %2 threads%3")
                                .arg(QString::fromStdString(info.libtorchVersion))
                                .arg(info.threads)
                                .arg(info.cudaAvailable ? QObject::tr(" · CUDA available") : QString());

    sentiment::ui::DatasetController controller;
    sentiment::ui::ModelController models(&controller);
    sentiment::ui::TrainingController training;
    sentiment::ui::MainWindow window(&controller, &models, &training, runtime);
    window.show();
    if (parser.isSet(quitWhenShown)) QTimer::singleShot(0, &window, [] { QApplication::quit(); });
    window.showPage(parser.value(page));
    window.dataPage()->showTab(parser.value(tab));
    using sentiment::ui::DatasetController;
    using sentiment::ui::TrainingController;
    const sentiment::ui::Settings settings;
    QString vectorsPath = parser.isSet(vectors) ? parser.value(vectors) : settings.lastVectors();
    if (!vectorsPath.isEmpty() && !QFileInfo::exists(vectorsPath)) vectorsPath.clear();
    if (parser.isSet(train)) {
        auto* modelPage = window.modelPage();
        modelPage->applyPreset(parser.value(train));
        modelPage->epochsBox()->setValue(parser.value(epochs).toInt());
        window.trainPage()->batchesBox()->setValue(parser.value(batches).toInt());
        // With vectors, training starts once both are in (or the vectors failed: the run then starts from a random
        // embedding, and the failure is on the Data page and in the log); otherwise once the dataset is.
        auto* trainPage = window.trainPage();
        auto vectorsSettled = std::make_shared<bool>(vectorsPath.isEmpty());
        auto started = std::make_shared<bool>(false);  // --train starts one run, once
        auto startWhenReady = [&controller, trainPage, vectorsSettled, started] {
            if (*started || !controller.dataset() || !*vectorsSettled) return;
            *started = true;
            trainPage->startTraining();
        };
        QObject::connect(&controller, &DatasetController::loaded, trainPage, startWhenReady, Qt::QueuedConnection);
        auto settle = [vectorsSettled, startWhenReady] {
            *vectorsSettled = true;
            startWhenReady();
        };
        QObject::connect(&controller, &DatasetController::vectorsLoaded, trainPage, settle, Qt::QueuedConnection);
        QObject::connect(&controller, &DatasetController::vectorsFailed, trainPage, settle, Qt::QueuedConnection);
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto grab = [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        };
        if (parser.value(page) == QStringLiteral("runs")) {
            // Every run selected: their curves overlaid and their differences listed.
            QObject::connect(window.runsController(), &sentiment::ui::RunsController::listed, &window, [&window](const auto& rows) {
                QList<qint64> ids;
                for (const auto& r : *rows) ids << r.id;
                window.runsPage()->selectRuns(ids);
            });
            QObject::connect(window.runsController(), &sentiment::ui::RunsController::compared, &window, grab);
        } else if (parser.value(page) == QStringLiteral("predict")) {
            QObject::connect(window.predictController(), &sentiment::ui::PredictController::explained, &window, grab);
            QObject::connect(window.predictController(), &sentiment::ui::PredictController::failed, &window, grab);
        } else if (parser.isSet(train)) {
            QObject::connect(&training, &TrainingController::finished, &window, grab);
            QObject::connect(&training, &TrainingController::failed, &window, grab);
        } else if (!vectorsPath.isEmpty()) {
            QObject::connect(&controller, &DatasetController::vectorsLoaded, &window, grab);
            QObject::connect(&controller, &DatasetController::vectorsFailed, &window, grab);
        } else {
            QObject::connect(&controller, &DatasetController::loaded, &window, grab);
        }
        QObject::connect(&controller, &DatasetController::failed, &window, grab);
    }
    if (parser.isSet(report)) {
        QObject::connect(window.runsController(), &sentiment::ui::RunsController::listed, &window, [&window](const auto& rows) {
            QList<qint64> ids;
            for (auto it = rows->rbegin(); it != rows->rend(); ++it) ids << it->id;  // oldest first
            window.runsPage()->selectRuns(ids);
        });
        QObject::connect(window.runsController(), &sentiment::ui::RunsController::compared, &window,
                         [&window, file = parser.value(report)] {
                             const bool ok = window.runsPage()->writeReport(file);
                             std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(file));
                             QApplication::exit(ok ? 0 : 1);
                         });
    }
    if (parser.isSet(predictText)) window.predictPage()->textEdit()->setPlainText(parser.value(predictText));
    // The dataset first: the vectors' coverage is computed against its vocabulary.
    QString dataPath = parser.isSet(demo) ? QString() : parser.isSet(data) ? parser.value(data) : settings.lastDataset();
    if (!dataPath.isEmpty() && !QFileInfo::exists(dataPath)) dataPath.clear();
    if (!vectorsPath.isEmpty()) {
        const int dimension = parser.value(dim).toInt();
        QObject::connect(&controller, &DatasetController::loaded, &window, [&controller, vectorsPath, dimension] {
            if (!controller.vectors() && !controller.vectorsBusy()) controller.loadVectors(vectorsPath, dimension);
        });
    }
    controller.load(dataPath);
    return QApplication::exec();
}
