// sentiment-lab: the desktop workbench. Starts on the embedded demo sample.
#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <variant>

#include "app/CommandLine.h"
#include "model/Runtime.h"
#include "ui/pages/DataPage.h"
#include "ui/pages/RunsPage.h"
#include "ui/platform/Settings.h"
#include "ui/window/Automation.h"
#include "ui/window/Language.h"
#include "ui/window/Workbench.h"

namespace {

QStringList argumentsOf(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

QString runtimeLine() {
    const auto info = sentiment::model::Runtime::info();
    return QObject::tr("LibTorch %1 · CPU, %2 threads%3")
        .arg(QString::fromStdString(info.libtorchVersion))
        .arg(info.threads)
        .arg(info.cudaAvailable ? QObject::tr(" · CUDA available")
             : info.cudaBuilt   ? QObject::tr(" · built with CUDA, no GPU here")
                                : QString());
}

}  // namespace

int main(int argc, char** argv) {
    if (const auto answered = sentiment::app::answerBeforeTheWindowSystem(argumentsOf(argc, argv)))
        return *answered;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("sentiment-lab"));
    QApplication::setApplicationName(QStringLiteral("Sentiment Lab"));
    QApplication::setApplicationVersion(QStringLiteral(SENTIMENT_LAB_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sentiment-lab.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sentimentlab.SentimentLab"));
    auto read = sentiment::app::readCommandLine(QApplication::arguments());
    if (const int* status = std::get_if<int>(&read)) return *status;
    auto& options = std::get<sentiment::app::StartOptions>(read);
    const sentiment::ui::Settings settings;
    sentiment::ui::Language::install(
        app, options.language.isEmpty() ? settings.language() : options.language);
    sentiment::model::Runtime::configure(options.threads);

    sentiment::ui::Workbench workbench(runtimeLine());
    auto& window = workbench.window();
    auto& controller = workbench.datasets();
    window.show();
    if (options.quitWhenShown) QTimer::singleShot(0, &window, [] { QApplication::quit(); });
    window.showPage(options.script.page);
    window.dataPage()->showTab(options.dataTab);
    if (!options.runsTab.isEmpty()) window.runsPage()->showTable(options.runsTab);
    QString vectorsPath = options.vectors.isEmpty() ? settings.lastVectors() : options.vectors;
    if (!vectorsPath.isEmpty() && !QFileInfo::exists(vectorsPath)) vectorsPath.clear();
    options.script.vectors = !vectorsPath.isEmpty();
    sentiment::ui::Automation automation(workbench, options.script);
    // The dataset first: the vectors' coverage is computed against its vocabulary.
    QString dataPath = options.demo             ? QString()
                       : options.data.isEmpty() ? settings.lastDataset()
                                                : options.data;
    if (!dataPath.isEmpty() && !QFileInfo::exists(dataPath)) dataPath.clear();
    if (!vectorsPath.isEmpty()) {
        const int dimension = options.dimension;
        QObject::connect(&controller, &sentiment::ui::DatasetController::loaded, &window,
                         [&controller, vectorsPath, dimension] {
                             if (!controller.vectors() && !controller.vectorsBusy())
                                 controller.loadVectors(vectorsPath, dimension);
                         });
    }
    if (options.script.tableDialog && sentiment::ui::DatasetController::looksLikeTable(dataPath)) {
        window.dataPage()->openDataset(dataPath);  // loads once the dialog is answered
        return QApplication::exec();
    }
    // The last dataset, a table, opens as it was read then (its columns, labels and split).
    controller.load(dataPath, sentiment::ui::TableChoice::lastFor(dataPath));
    return QApplication::exec();
}
