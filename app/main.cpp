// sentiment-lab: the desktop workbench. Starts on the embedded demo sample.
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QScreen>
#include <QSpinBox>
#include <QTimer>

#include "model/Runtime.h"
#include "ui/DataPage.h"
#include "ui/DatasetController.h"
#include "ui/MainWindow.h"
#include "ui/TrainPage.h"
#include "ui/TrainingController.h"

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
    QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Show this page first: data or train."),
                            QStringLiteral("name"), QStringLiteral("data"));
    QCommandLineOption train(QStringLiteral("train"),
                             QStringLiteral("Once the dataset is loaded, train this preset (base, advanced, cnn); with "
                                            "--screenshot the picture is taken when the run ends."),
                             QStringLiteral("preset"));
    QCommandLineOption epochs(QStringLiteral("epochs"), QStringLiteral("Epochs for --train."), QStringLiteral("n"),
                              QStringLiteral("1"));
    QCommandLineOption batches(QStringLiteral("max-batches"), QStringLiteral("Batches per epoch for --train (0: all)."),
                               QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({data, threads, screenshot, page, train, epochs, batches});
    parser.process(app);

    using sentiment::model::Runtime;
    Runtime::configure(parser.value(threads).toInt());
    const auto info = Runtime::info();
    const QString runtime = QObject::tr("LibTorch %1 · CPU, %2 threads%3")
                                .arg(QString::fromStdString(info.libtorchVersion))
                                .arg(info.threads)
                                .arg(info.cudaAvailable ? QObject::tr(" · CUDA available") : QString());

    sentiment::ui::DatasetController controller;
    sentiment::ui::TrainingController training;
    sentiment::ui::MainWindow window(&controller, &training, runtime);
    window.show();
    window.showPage(parser.value(page));
    using sentiment::ui::DatasetController;
    using sentiment::ui::TrainingController;
    if (parser.isSet(train)) {
        auto* trainPage = window.trainPage();
        trainPage->presetBox()->setCurrentIndex(trainPage->presetBox()->findData(parser.value(train)));
        trainPage->epochsBox()->setValue(parser.value(epochs).toInt());
        trainPage->batchesBox()->setValue(parser.value(batches).toInt());
        QObject::connect(&controller, &DatasetController::loaded, trainPage, [trainPage] { trainPage->startTraining(); },
                         Qt::QueuedConnection);
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto grab = [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        };
        if (parser.isSet(train)) {
            QObject::connect(&training, &TrainingController::finished, &window, grab);
            QObject::connect(&training, &TrainingController::failed, &window, grab);
        } else {
            QObject::connect(&controller, &DatasetController::loaded, &window, grab);
        }
        QObject::connect(&controller, &DatasetController::failed, &window, grab);
    }
    controller.load(parser.value(data));
    return QApplication::exec();
}
