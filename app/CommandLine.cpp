#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

#include "model/Runtime.h"

namespace sentiment::app {

namespace {

QCommandLineOption option(const char* name, const char* description, const char* value = nullptr,
                          const char* defaultValue = nullptr) {
    QCommandLineOption o(QString::fromLatin1(name), QString::fromUtf8(description));
    if (value != nullptr) o.setValueName(QString::fromLatin1(value));
    if (defaultValue != nullptr) o.setDefaultValue(QString::fromLatin1(defaultValue));
    return o;
}

void print(std::FILE* stream, const QString& text) {
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

QString programOf(const QStringList& arguments) {
    return arguments.isEmpty() ? QStringLiteral("sentiment-lab")
                               : QFileInfo(arguments.first()).fileName();
}

// The options, defined once for both readings.
struct Parser {
    QCommandLineParser parser;
    QCommandLineOption help = parser.addHelpOption();
    QCommandLineOption version = parser.addVersionOption();
    QCommandLineOption data = option(
        "data",
        "Open this dataset: IMDb's archive or folder, a labelled table (CSV, TSV, JSON Lines) or a "
        "folder of class folders (default: the last one opened, or the demo sample).",
        "path");
    QCommandLineOption demo = option("demo", "Open the embedded demo sample.");
    QCommandLineOption vectors = option(
        "vectors", "Open these word vectors (GloVe .txt or glove.6B.zip; default: the last ones).",
        "path");
    QCommandLineOption dim = option("dim", "Dimension to read from glove.6B.zip.", "n", "100");
    QCommandLineOption threads =
        option("threads", "LibTorch threads (default: one per core).", "n", "0");
    QCommandLineOption screenshot = option(
        "screenshot", "Save a PNG of the window once the dataset is loaded, then quit.", "file");
    QCommandLineOption page =
        option("page", "Show this page first: data, model, train, runs, predict or words.", "name",
               "data");
    QCommandLineOption train = option(
        "train",
        "Once the dataset is loaded, train this preset (base, advanced, fasttext, cnn); with "
        "--screenshot the picture is taken when the run ends.",
        "preset");
    QCommandLineOption epochs = option("epochs", "Epochs for --train.", "n", "1");
    QCommandLineOption batches =
        option("max-batches", "Batches per epoch for --train (0: all).", "n", "0");
    QCommandLineOption sweep =
        option("sweep",
               "With --train: queue a sweep of one setting instead (KNOB=V1,V2,..., as the Model "
               "page's Queue box); with --screenshot the picture is taken during the second run.",
               "knob=values");
    QCommandLineOption tab =
        option("data-tab", "Data page tab to show: tokens, reviews or vectors.", "name", "tokens");
    QCommandLineOption predictText = option(
        "predict-text", "Type this review into the Predict page (with --page predict).", "text");
    QCommandLineOption attention =
        option("attention",
               "With --page predict and a Transformer's run: show its attention as heatmap (the "
               "top layer's heads averaged), lines (the same as lines) or rollout (all layers).",
               "view");
    QCommandLineOption runsTab =
        option("runs-tab",
               "With --page runs: show this tab under the charts: epochs, differences, errors or "
               "gradients.",
               "name");
    QCommandLineOption word =
        option("word",
               "With --page words: the word whose neighbours to find (GloVe beside the newest run "
               "when both are there); three words: an analogy a - b + c.",
               "word");
    QCommandLineOption report =
        option("report",
               "With --page runs: write the assignment report of every run to this PDF, then quit.",
               "file");
    QCommandLineOption mistakes =
        option("mistakes",
               "With --page runs: select the newest run with a test result and show where its "
               "model is wrong; with --page predict: open its surest mistake there.");
    QCommandLineOption lang = option(
        "lang", "Interface language: en or ko (default: the setting, else the system's).", "code");
    QCommandLineOption tableDialog =
        option("table-dialog",
               "With a labelled table as --data: show the dialog that chooses its columns and "
               "labels first (a table given as the plain argument always shows it); with "
               "--screenshot: a PNG of the dialog, then quit.");
    QCommandLineOption quitWhenShown =
        option("quit-when-shown", "Quit as soon as the window is shown (start-up benchmarks).");

    Parser() {
        parser.setApplicationDescription(
            QStringLiteral("Sentiment-analysis workbench for the IMDb lecture"));
        parser.addOptions({data,  demo,   vectors,  dim,   threads,     screenshot,    page,
                           train, epochs, batches,  sweep, tab,         predictText,   runsTab,
                           word,  report, mistakes, lang,  tableDialog, quitWhenShown, attention});
        parser.addPositionalArgument(QStringLiteral("dataset"),
                                     QStringLiteral("The same as --data."),
                                     QStringLiteral("[dataset]"));
    }
};

}  // namespace

std::optional<int> answerBeforeTheWindowSystem(const QStringList& arguments) {
    Parser p;
    p.parser.parse(arguments);  // a failure may be an option of Qt's own: readCommandLine() judges
    const bool all = p.parser.isSet(QStringLiteral("help-all"));
    if (p.parser.isSet(p.help) || all) {
        // Qt names the program "<executable_name>" while no application object exists.
        QString text =
            p.parser.helpText().replace(QStringLiteral("<executable_name>"), programOf(arguments));
        if (all) {
            text += QStringLiteral(
                "\nQt's own options are accepted too, for example -platform NAME (offscreen, xcb, "
                "wayland), "
                "-style NAME, -reverse: see the QGuiApplication and QApplication documentation.\n");
        }
        print(stdout, text);
        return 0;
    }
    if (p.parser.isSet(p.version)) {
        model::Runtime::configure(0);
        print(stdout, QStringLiteral("sentiment-lab %1\n%2\n")
                          .arg(QStringLiteral(SENTIMENT_LAB_VERSION),
                               QString::fromStdString(model::describe(model::Runtime::info()))));
        return 0;
    }
    return std::nullopt;
}

std::variant<StartOptions, int> readCommandLine(const QStringList& arguments) {
    Parser p;
    const QString program = programOf(arguments);
    if (!p.parser.parse(arguments)) {
        print(stderr,
              QStringLiteral("%1: %2\nTry '%1 --help'.\n").arg(program, p.parser.errorText()));
        return 1;
    }
    const QStringList plain = p.parser.positionalArguments();
    if (plain.size() > 1)
        print(stderr,
              QStringLiteral("%1: opens one dataset; '%2' is left out\n").arg(program, plain[1]));
    StartOptions o;
    o.data = p.parser.isSet(p.data) ? p.parser.value(p.data) : plain.value(0);
    o.demo = p.parser.isSet(p.demo);
    o.vectors = p.parser.value(p.vectors);
    o.dimension = p.parser.value(p.dim).toInt();
    o.threads = p.parser.value(p.threads).toInt();
    o.language = p.parser.value(p.lang);
    o.dataTab = p.parser.value(p.tab);
    o.runsTab = p.parser.value(p.runsTab);
    o.quitWhenShown = p.parser.isSet(p.quitWhenShown);
    // A file opened from a file manager (the plain argument) is a person's choice: ask how to
    // read it, unless the command line scripts the app.
    const bool scripted = p.parser.isSet(p.screenshot) || p.parser.isSet(p.train) ||
                          p.parser.isSet(p.report) || o.quitWhenShown;
    o.script.tableDialog =
        p.parser.isSet(p.tableDialog) || (!p.parser.isSet(p.data) && !plain.isEmpty() && !scripted);
    auto& script = o.script;
    script.page = p.parser.value(p.page);
    script.train = p.parser.value(p.train);
    script.epochs = p.parser.value(p.epochs).toInt();
    script.batches = p.parser.value(p.batches).toInt();
    script.sweep = p.parser.value(p.sweep);
    script.predictText = p.parser.value(p.predictText);
    script.attention = p.parser.value(p.attention);
    script.word = p.parser.value(p.word);
    script.screenshot = p.parser.value(p.screenshot);
    script.report = p.parser.value(p.report);
    script.mistakes = p.parser.isSet(p.mistakes);
    return o;
}

}  // namespace sentiment::app
