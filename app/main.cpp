// sentiment-lab: the desktop workbench. Starts on the embedded demo sample.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include "model/Runtime.h"
#include "ui/Automation.h"
#include "ui/RunsPage.h"
#include "ui/DataPage.h"
#include "ui/Language.h"
#include "ui/Settings.h"
#include "ui/Workbench.h"

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
    QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Show this page first: data, model, train, runs, predict or words."),
                            QStringLiteral("name"), QStringLiteral("data"));
    QCommandLineOption train(QStringLiteral("train"),
                             QStringLiteral("Once the dataset is loaded, train this preset (base, advanced, fasttext, cnn); with "
                                            "--screenshot the picture is taken when the run ends."),
                             QStringLiteral("preset"));
    QCommandLineOption epochs(QStringLiteral("epochs"), QStringLiteral("Epochs for --train."), QStringLiteral("n"),
                              QStringLiteral("1"));
    QCommandLineOption batches(QStringLiteral("max-batches"), QStringLiteral("Batches per epoch for --train (0: all)."),
                               QStringLiteral("n"), QStringLiteral("0"));
    QCommandLineOption sweep(QStringLiteral("sweep"),
                             QStringLiteral("With --train: queue a sweep of one setting instead (KNOB=V1,V2,..., as the Model "
                                            "page's Queue box); with --screenshot the picture is taken during the second run."),
                             QStringLiteral("knob=values"));
    QCommandLineOption tab(QStringLiteral("data-tab"), QStringLiteral("Data page tab to show: tokens, reviews or vectors."),
                           QStringLiteral("name"), QStringLiteral("tokens"));
    QCommandLineOption predictText(QStringLiteral("predict-text"),
                                   QStringLiteral("Type this review into the Predict page (with --page predict)."),
                                   QStringLiteral("text"));
    QCommandLineOption runsTab(QStringLiteral("runs-tab"),
                               QStringLiteral("With --page runs: show this tab under the charts: epochs, differences, errors or gradients."),
                               QStringLiteral("name"));
    QCommandLineOption word(QStringLiteral("word"),
                            QStringLiteral("With --page words: the word whose neighbours to find (GloVe beside the newest run "
                                           "when both are there); three words: an analogy a - b + c."),
                            QStringLiteral("word"));
    QCommandLineOption report(QStringLiteral("report"),
                              QStringLiteral("With --page runs: write the assignment report of every run to this PDF, then quit."),
                              QStringLiteral("file"));
    QCommandLineOption mistakes(QStringLiteral("mistakes"),
                                QStringLiteral("With --page runs: select the newest run with a test result and show where "
                                               "its model is wrong; with --page predict: open its surest mistake there."));
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: en or ko (default: the setting, else the system's)."),
                            QStringLiteral("code"));
    QCommandLineOption quitWhenShown(QStringLiteral("quit-when-shown"),
                                     QStringLiteral("Quit as soon as the window is shown (start-up benchmarks)."));
    parser.addOptions({data, demo, vectors, dim, threads, screenshot, page, train, epochs, batches, sweep, tab, predictText, runsTab, word, report,
                       mistakes, lang, quitWhenShown});
    parser.process(app);
    sentiment::ui::Language::install(app, parser.isSet(lang) ? parser.value(lang) : sentiment::ui::Settings().language());

    using sentiment::model::Runtime;
    Runtime::configure(parser.value(threads).toInt());
    const auto info = Runtime::info();
    const QString runtime = QObject::tr("LibTorch %1 · CPU, %2 threads%3")
                                .arg(QString::fromStdString(info.libtorchVersion))
                                .arg(info.threads)
                                .arg(info.cudaAvailable ? QObject::tr(" · CUDA available")
                                     : info.cudaBuilt   ? QObject::tr(" · built with CUDA, no GPU here")
                                                        : QString());

    sentiment::ui::Workbench workbench(runtime);
    auto& window = workbench.window();
    auto& controller = workbench.datasets();
    window.show();
    if (parser.isSet(quitWhenShown)) QTimer::singleShot(0, &window, [] { QApplication::quit(); });
    window.showPage(parser.value(page));
    window.dataPage()->showTab(parser.value(tab));
    const sentiment::ui::Settings settings;
    QString vectorsPath = parser.isSet(vectors) ? parser.value(vectors) : settings.lastVectors();
    if (!vectorsPath.isEmpty() && !QFileInfo::exists(vectorsPath)) vectorsPath.clear();
    sentiment::ui::Automation::Options script;
    script.page = parser.value(page);
    if (parser.isSet(train)) script.train = parser.value(train);
    script.epochs = parser.value(epochs).toInt();
    script.batches = parser.value(batches).toInt();
    if (parser.isSet(sweep)) script.sweep = parser.value(sweep);
    if (parser.isSet(predictText)) script.predictText = parser.value(predictText);
    if (parser.isSet(word)) script.word = parser.value(word);
    if (parser.isSet(runsTab)) window.runsPage()->showTable(parser.value(runsTab));
    if (parser.isSet(screenshot)) script.screenshot = parser.value(screenshot);
    if (parser.isSet(report)) script.report = parser.value(report);
    script.mistakes = parser.isSet(mistakes);
    script.vectors = !vectorsPath.isEmpty();
    sentiment::ui::Automation automation(workbench, script);
    // The dataset first: the vectors' coverage is computed against its vocabulary.
    QString dataPath = parser.isSet(demo) ? QString() : parser.isSet(data) ? parser.value(data) : settings.lastDataset();
    if (!dataPath.isEmpty() && !QFileInfo::exists(dataPath)) dataPath.clear();
    if (!vectorsPath.isEmpty()) {
        const int dimension = parser.value(dim).toInt();
        QObject::connect(&controller, &sentiment::ui::DatasetController::loaded, &window, [&controller, vectorsPath, dimension] {
            if (!controller.vectors() && !controller.vectorsBusy()) controller.loadVectors(vectorsPath, dimension);
        });
    }
    controller.load(dataPath);
    return QApplication::exec();
}
