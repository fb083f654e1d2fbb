// sentiment-lab: the desktop workbench. Starts on the embedded demo sample.
#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTimer>

#include "model/Runtime.h"
#include "ui/DataPage.h"
#include "ui/DatasetController.h"
#include "ui/MainWindow.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("sentiment-lab"));
    QApplication::setApplicationName(QStringLiteral("Sentiment Lab"));
    QApplication::setApplicationVersion(QStringLiteral(SENTIMENT_LAB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sentiment-analysis workbench for the IMDb lecture"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Open this IMDb archive or folder instead of the demo sample."),
                            QStringLiteral("path"));
    QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("LibTorch threads (default: one per core)."),
                               QStringLiteral("n"), QStringLiteral("0"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a PNG of the window once the dataset is loaded, then quit."),
                                  QStringLiteral("file"));
    parser.addOptions({data, threads, screenshot});
    parser.process(app);

    using sentiment::model::Runtime;
    Runtime::configure(parser.value(threads).toInt());
    const auto info = Runtime::info();
    const QString runtime = QObject::tr("LibTorch %1 · CPU, %2 threads%3")
                                .arg(QString::fromStdString(info.libtorchVersion))
                                .arg(info.threads)
                                .arg(info.cudaAvailable ? QObject::tr(" · CUDA available") : QString());

    sentiment::ui::DatasetController controller;
    sentiment::ui::MainWindow window(&controller, runtime);
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto grab = [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        };
        QObject::connect(&controller, &sentiment::ui::DatasetController::loaded, &window, grab);
        QObject::connect(&controller, &sentiment::ui::DatasetController::failed, &window, grab);
    }
    controller.load(parser.value(data));
    return QApplication::exec();
}
