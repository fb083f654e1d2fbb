#include "ui/pages/PredictPage.h"
#include "ui/controllers/RunChoice.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>

#include "foundation/TextFormat.h"
#include "ui/controllers/RunsController.h"
#include "ui/panels/AttentionPanel.h"

namespace sentiment::ui {

namespace {

// Blue and vermillion (Okabe and Ito's palette): told apart with every common colour-vision
// deficiency, unlike green and red. One pair for the tokens, the legend, the gauge and the verdict.
const QColor kPositive(0, 114, 178);
const QColor kNegative(213, 94, 0);

QString occlusionLegend() {
    return PredictPage::tr(
        "<span style='background:%1'>&nbsp;pushes to positive&nbsp;</span> "
        "<span style='background:%2'>&nbsp;pushes to negative&nbsp;</span> "
        "<u><i>underlined</i></u>: not in the vocabulary "
        "(&lt;unk&gt;). Importance: how much P(positive) drops when the token is replaced by "
        "&lt;unk&gt;. Point at a token for its figure.");
}

// More than two classes: the colours say towards or away from the class called (%3).
QString classLegend() {
    return PredictPage::tr(
        "<span style='background:%1'>&nbsp;pushes towards %3&nbsp;</span> "
        "<span style='background:%2'>&nbsp;pushes away from %3&nbsp;</span> "
        "<u><i>underlined</i></u>: not in the vocabulary. Each class has its own logit; the "
        "colours explain the logit of the class called. Point at a token for its figure.");
}

QString exactLegend() {
    return PredictPage::tr(
        "<span style='background:%1'>&nbsp;pushes to positive&nbsp;</span> "
        "<span style='background:%2'>&nbsp;pushes to negative&nbsp;</span> "
        "<u><i>underlined</i></u>: not in the vocabulary. Exact: each token's share of its words' "
        "and "
        "n-grams' weight × log-count ratio; the shares and the bias add up to the logit. Point at "
        "a "
        "token for its figure.");
}

/// `full` blended into white: `share` 0 is white, 1 the colour itself.
QColor tint(const QColor& full, double share) {
    const auto mix = [share](int c) { return int(std::lround(255 + (c - 255) * share)); };
    return QColor(mix(full.red()), mix(full.green()), mix(full.blue()));
}

}  // namespace

QStringList PredictPage::examples() {
    return {QStringLiteral("This film is great"),
            QStringLiteral("This film is terrible"),
            QStringLiteral("Not terrible, it's great."),
            QStringLiteral("Not great, it's terrible."),
            QStringLiteral("I expected a masterpiece and got two hours of boredom. The acting is "
                           "wooden and the plot makes "
                           "no sense, although the music is lovely."),
            QStringLiteral("A quiet, moving story. The two leads are wonderful together, and the "
                           "ending stayed with me for "
                           "days.")};
}

PredictPage::PredictPage(RunsController* runs, PredictController* predictor, QWidget* parent)
    : QWidget(parent), runs_(runs), predictor_(predictor) {
    makeWidgets();
    layOut();
    connectInputs();
    connectControllers();
}

void PredictPage::makeWidgets() {
    model_ = new QComboBox;
    model_->setObjectName(QStringLiteral("modelBox"));
    model_->setMinimumContentsLength(40);
    model_->setPlaceholderText(tr("No trained model yet: train one on the Train page"));
    modelInfo_ = new QLabel;
    examples_ = new QComboBox;
    examples_->addItem(tr("Try an example…"));
    for (const auto& e : examples())
        examples_->addItem(e.size() > 60 ? e.left(57) + QStringLiteral("…") : e, e);
    text_ = new QPlainTextEdit;
    text_->setObjectName(QStringLiteral("textEdit"));
    text_->setPlaceholderText(tr("Type or paste a movie review…"));
    text_->setMinimumHeight(110);
    explain_ = new QCheckBox(tr("Explain: colour each token by how much it moves the verdict"));
    explain_->setObjectName(QStringLiteral("explainBox"));
    explain_->setChecked(true);
    gauge_ = new QProgressBar;
    gauge_->setObjectName(QStringLiteral("gauge"));
    gauge_->setRange(0, 1000);
    gauge_->setValue(500);
    gauge_->setTextVisible(true);
    gauge_->setFormat(tr("P(positive)"));
    gauge_->setMinimumHeight(28);
    gauge_->setAlignment(Qt::AlignCenter);
    verdict_ = new QLabel(tr("–"));
    QFont big = verdict_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    verdict_->setFont(big);
    verdict_->setMinimumWidth(160);
    classes_ = new QLabel;
    classes_->setObjectName(QStringLiteral("classProbabilities"));
    classes_->setTextFormat(Qt::RichText);
    classes_->setVisible(false);
    tokens_ = new QTextBrowser;
    tokens_->setObjectName(QStringLiteral("tokensView"));
    // A token's tooltip (its HTML title) says which way and how far it moves the verdict;
    // QTextBrowser keeps it in the character format but shows it only when asked.
    tokens_->viewport()->installEventFilter(this);
    legend_ = new QLabel(
        occlusionLegend().arg(tint(kPositive, 0.45).name(), tint(kNegative, 0.45).name()));
    legend_->setObjectName(QStringLiteral("legendLabel"));
    legend_->setWordWrap(true);
    save_ = new QPushButton(tr("Save prediction"));
    save_->setObjectName(QStringLiteral("saveButton"));
    save_->setToolTip(tr("Keep this review and its verdict with the run in the run store"));
    save_->setEnabled(false);
}

// The model, the review, the verdict and the tokens, top to bottom.
void PredictPage::layOut() {
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Model:")));
    top->addWidget(model_, 1);
    top->addWidget(modelInfo_);
    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(examples_);
    inputRow->addWidget(explain_);
    inputRow->addStretch();
    inputRow->addWidget(save_);
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(verdict_);
    verdictRow->addWidget(gauge_, 1);
    note_ = new QLabel;
    note_->setObjectName(QStringLiteral("noteLabel"));
    note_->setWordWrap(true);
    note_->setVisible(false);
    note_->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; }"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note_);
    layout->addWidget(text_, 2);
    layout->addLayout(inputRow);
    layout->addLayout(verdictRow);
    layout->addWidget(classes_);
    layout->addWidget(new QLabel(tr("Tokens as the model sees them:")));
    ngrams_ = new QTextBrowser;
    ngrams_->setObjectName(QStringLiteral("ngramsView"));
    ngrams_->setVisible(false);
    // A Transformer's attention beside the tokens (NBSVM's n-grams take that place for it).
    attention_ = new AttentionPanel;
    attention_->setObjectName(QStringLiteral("attentionPanel"));
    attention_->setVisible(false);
    auto* explained = new QHBoxLayout;
    explained->addWidget(tokens_, 3);
    explained->addWidget(ngrams_, 2);
    explained->addWidget(attention_, 4);
    layout->addLayout(explained, 3);
    layout->addWidget(legend_);
}

// Typing, the examples and the explain box predict again (debounced); the model list loads a model.
void PredictPage::connectInputs() {
    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(150);
    connect(debounce_, &QTimer::timeout, this, [this] {
        if (predictor_->hasModel() && !text_->toPlainText().trimmed().isEmpty()) {
            predictor_->predict(text_->toPlainText(), explain_->isChecked());
        }
    });
    connect(text_, &QPlainTextEdit::textChanged, debounce_, qOverload<>(&QTimer::start));
    // The note on a review from the test set stays while it is that review.
    connect(text_, &QPlainTextEdit::textChanged, this, [this] {
        if (note_->isVisible() && text_->toPlainText() != noteText_) note_->setVisible(false);
    });
    connect(explain_, &QCheckBox::toggled, debounce_, qOverload<>(&QTimer::start));
    connect(examples_, &QComboBox::activated, this, [this](int index) {
        if (index > 0) text_->setPlainText(examples_->itemData(index).toString());
        examples_->setCurrentIndex(0);
    });
    connect(model_, &QComboBox::currentIndexChanged, this, [this](int index) {
        const qint64 run = index < 0 ? 0 : model_->itemData(index).toLongLong();
        if (run == 0 || run == requested_) return;  // a refreshed list with the same model keeps it
        requested_ = run;
        modelInfo_->setText(tr("loading…"));
        predictor_->loadModel(model_->itemData(index, Qt::UserRole + 1).toString(), run);
    });
    connect(save_, &QPushButton::clicked, this, [this] {
        if (predictor_->run() > 0 && !last_.text.isEmpty()) {
            runs_->savePrediction(predictor_->run(), last_.text, last_.probability);
            save_->setEnabled(false);
            save_->setText(tr("Saved"));
        }
    });
}

void PredictPage::connectControllers() {
    connect(runs_, &RunsController::listed, this, &PredictPage::showRuns);
    connect(predictor_, &PredictController::modelLoaded, this, [this](const QString& description) {
        modelInfo_->setText(description);
        const bool linear = !predictor_->strongestPositive().isEmpty() ||
                            !predictor_->strongestNegative().isEmpty();
        ngrams_->setVisible(linear);
        attention_->setVisible(false);  // until a verdict brings attention
        legend_->setText((linear ? exactLegend() : occlusionLegend())
                             .arg(tint(kPositive, 0.45).name(), tint(kNegative, 0.45).name()));
        explain_->setText(linear
                              ? tr("Explain: colour each token by its exact share of the verdict")
                              : tr("Explain: colour each token by how much it moves the verdict"));
        showNgrams(nullptr);
        debounce_->start();
    });
    connect(predictor_, &PredictController::predicted, this, &PredictPage::showPrediction);
    connect(predictor_, &PredictController::explained, this, &PredictPage::showTokens);
    connect(predictor_, &PredictController::failed, this,
            [this](const QString& m) { modelInfo_->setText(m); });
}

void PredictPage::showReview(qint64 run, const QString& text, const QString& note) {
    const int index = model_->findData(run);
    if (index >= 0 && index != model_->currentIndex()) model_->setCurrentIndex(index);
    explain_->setChecked(true);
    noteText_ = text;
    note_->setText(
        index >= 0
            ? note
            : note + QLatin1Char(' ') +
                  tr("(Run %1's model cannot be loaded: its checkpoint is missing.)").arg(run));
    note_->setVisible(true);
    setText(text);
}

void PredictPage::showRuns(const std::shared_ptr<const std::vector<storage::RunRow>>& runs) {
    fillRunChoice(
        *model_, *runs, [](const storage::RunRow&) { return true; },
        [](const storage::RunRow& r) {
            return r.testAccuracy
                       ? tr(" · test %1").arg(QString::fromStdString(percent(*r.testAccuracy)))
                       : QString();
        });
}

void PredictPage::showPrediction(const PredictionView& v) {
    if (v.text != text_->toPlainText()) return;  // an older text's verdict
    last_ = v;
    attention_->setVisible(!v.attention.empty());
    if (!v.attention.empty()) attention_->showAttention(v.attention);
    classes_->setVisible(!v.classes.isEmpty());
    if (!v.classes.isEmpty()) return showClasses(v);
    const bool positive = v.probability >= 0.5;
    gauge_->setValue(int(std::lround(v.probability * 1000)));
    gauge_->setFormat(
        tr("P(positive) = %1 %").arg(QLocale().toString(v.probability * 100, 'f', 1)));
    const QColor colour = positive ? kPositive : kNegative;
    gauge_->setStyleSheet(
        QStringLiteral("QProgressBar::chunk { background: %1; }").arg(colour.name()));
    verdict_->setText(positive ? tr("Positive") : tr("Negative"));
    verdict_->setStyleSheet(QStringLiteral("color: %1").arg(colour.darker(115).name()));
    save_->setEnabled(predictor_->run() > 0);
    save_->setText(tr("Save prediction"));
    showTokens(v);
}

// More than two classes: the class called, its probability on the gauge, and every class's
// probability as a bar, in the classes' order (stars stay in order).
void PredictPage::showClasses(const PredictionView& v) {
    const auto& name = v.classes.value(v.called);
    gauge_->setValue(int(std::lround(v.probability * 1000)));
    gauge_->setFormat(
        tr("P(%1) = %2 %").arg(name, QLocale().toString(v.probability * 100, 'f', 1)));
    gauge_->setStyleSheet(
        QStringLiteral("QProgressBar::chunk { background: %1; }").arg(kPositive.name()));
    verdict_->setText(name);
    verdict_->setStyleSheet(QStringLiteral("color: %1").arg(kPositive.darker(115).name()));
    legend_->setText(classLegend().arg(tint(kPositive, 0.45).name(), tint(kNegative, 0.45).name(),
                                       name.toHtmlEscaped()));
    QString rows;
    for (qsizetype c = 0; c < v.classes.size() && c < v.probabilities.size(); ++c) {
        const double p = v.probabilities[c];
        const int width = std::max(1, int(std::lround(p * 240)));
        rows += QStringLiteral(
                    "<tr><td align='right'>%1&nbsp;</td><td><table cellspacing=0 "
                    "cellpadding=0><tr><td width=%2 bgcolor='%3'>&nbsp;</td></tr>"
                    "</table></td><td>&nbsp;%4 %</td></tr>")
                    .arg((c == v.called ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1"))
                             .arg(v.classes[c].toHtmlEscaped()))
                    .arg(width)
                    .arg(c == v.called ? kPositive.name() : tint(kPositive, 0.45).name())
                    .arg(QLocale().toString(p * 100, 'f', 1));
    }
    classes_->setText(QStringLiteral("<table cellspacing=1>%1</table>").arg(rows));
    save_->setEnabled(predictor_->run() > 0);
    save_->setText(tr("Save prediction"));
    showTokens(v);
}

void PredictPage::showTokens(const PredictionView& v) {
    if (v.text != text_->toPlainText()) return;
    if (!v.exact && !v.importance.isEmpty() && !attention_->isHidden())
        attention_->showImportance(v.importance);
    double scale = 0;
    for (const double d : v.importance) scale = std::max(scale, std::abs(d));
    QString html;
    for (qsizetype i = 0; i < v.tokens.size(); ++i) {
        QString token = v.tokens[i].toHtmlEscaped();
        if (i < v.unknown.size() && v.unknown[i])
            token = QStringLiteral("<u><i>%1</i></u>").arg(token);
        if (i < v.importance.size() && scale > 0) {
            const double s = v.importance[i] / scale;  // -1 .. 1
            // Qt's rich text takes #rrggbb: the colour blended into white by the token's share.
            const QColor shade =
                tint(s >= 0 ? kPositive : kNegative, std::min(1.0, std::abs(s)) * 0.7);
            // The direction in words too, for whoever cannot tell the colours apart.
            const QString figure = QLocale().toString(100 * std::abs(v.importance[i]), 'f', 1);
            const QString logit = QLocale().toString(std::abs(v.importance[i]), 'f', 3);
            const QString towards = v.classes.value(v.called);
            const bool up = v.importance[i] >= 0;
            const QString tip =
                !towards.isEmpty()
                    ? (v.exact ? (up ? tr("Pushes towards %1: adds %2 to its logit")
                                     : tr("Pushes away from %1: takes %2 from its logit"))
                                     .arg(towards, logit)
                               : (up ? tr("Pushes towards %1: without it P(%1) drops by %2 points")
                                     : tr("Pushes away from %1: without it P(%1) rises by %2 "
                                          "points"))
                                     .arg(towards, figure))
                : v.exact ? (v.importance[i] >= 0
                                 ? tr("Pushes to positive: adds %1 to the logit").arg(logit)
                                 : tr("Pushes to negative: takes %1 from the logit").arg(logit))
                : v.importance[i] >= 0
                    ? tr("Pushes to positive: without it P(positive) drops by %1 points")
                          .arg(figure)
                    : tr("Pushes to negative: without it P(positive) rises by %1 points")
                          .arg(figure);
            token = QStringLiteral("<span style='background-color:%1' title='%2'>%3</span>")
                        .arg(shade.name(), tip.toHtmlEscaped(), token);
        }
        html += token + QLatin1Char(' ');
    }
    QString footer =
        v.importance.isEmpty() || v.exact
            ? tr("%1 tokens · %2 ms").arg(v.tokens.size()).arg(v.milliseconds, 0, 'f', 1)
            : tr("%1 tokens · explained in %2 ms")
                  .arg(v.tokens.size())
                  .arg(v.milliseconds, 0, 'f', 0);
    if (v.truncated)
        footer +=
            QLatin1String(" · ") +
            tr("the text is longer: only its first %1 tokens were scored").arg(v.tokens.size());
    html += QStringLiteral("<p style='color:gray'>%1</p>").arg(footer);
    tokens_->setHtml(html);
    if (!ngrams_->isHidden()) showNgrams(v.exact ? &v : nullptr);
}

void PredictPage::showNgrams(const PredictionView* v) {
    const QLocale locale;
    auto value = [&](double x) {
        return (x >= 0 ? QStringLiteral("+") : QStringLiteral("−")) +
               locale.toString(std::abs(x), 'f', 3);
    };
    // Two columns: towards positive and towards negative (with more classes: towards the class
    // called and away from it), each n-gram on its colour.
    const QString called = v != nullptr ? v->classes.value(v->called) : QString();
    auto table = [&](const QList<NgramWeight>& up, const QList<NgramWeight>& down, int rows) {
        QString html =
            QStringLiteral(
                "<table cellspacing='0' cellpadding='2' width='100%'><tr><th align='left'>%1</th>"
                "<th align='left'>%2</th></tr>")
                .arg(called.isEmpty() ? tr("towards positive") : tr("towards %1").arg(called),
                     called.isEmpty() ? tr("towards negative") : tr("away from %1").arg(called));
        auto cell = [&](const QList<NgramWeight>& list, int i, const QColor& colour) {
            if (i >= list.size()) return QStringLiteral("<td></td>");
            return QStringLiteral("<td><span style='background-color:%1'>%2</span> %3</td>")
                .arg(tint(colour, 0.35).name(), list[i].ngram.toHtmlEscaped(),
                     value(list[i].value));
        };
        for (int i = 0; i < rows && (i < up.size() || i < down.size()); ++i) {
            html += QStringLiteral("<tr>%1%2</tr>")
                        .arg(cell(up, i, kPositive), cell(down, i, kNegative));
        }
        return html + QStringLiteral("</table>");
    };
    QString html;
    if (v != nullptr) {
        QList<NgramWeight> up, down;
        for (const auto& t : v->terms) (t.value >= 0 ? up : down).push_back(t);
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("Exactly why"),
                         tr("logit %1 = bias %2 + the contributions of this review's %3 distinct "
                            "words and n-grams, each "
                            "its weight × log-count ratio")
                             .arg(value(v->logit), value(v->bias), locale.toString(v->ngrams)));
        html += table(up, down, 6);
    }
    // The model's strongest n-grams are positive's and negative's: two classes only.
    if (v != nullptr && !v->classes.isEmpty()) return ngrams_->setHtml(html);
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(tr("The model's strongest n-grams"),
                     tr("What each adds to the logit wherever it occurs (once per review)"));
    html += table(predictor_->strongestPositive(), predictor_->strongestNegative(),
                  PredictController::kStrongest);
    ngrams_->setHtml(html);
}

void PredictPage::showAttentionAs(const QString& view) {
    attention_->prefer(view);
}

void PredictPage::setText(const QString& text) {
    text_->setPlainText(text);
}

bool PredictPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == tokens_->viewport() && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = tokens_->cursorForPosition(help->pos()).charFormat().toolTip();
        if (tip.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), tip, tokens_->viewport());
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace sentiment::ui
