#include "ui/pages/ModelPage.h"

#include "experiment/Presets.h"

#include "ui/platform/PresetNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>

#include "foundation/TextFormat.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/ModelController.h"
#include "ui/panels/KnobForm.h"
#include "ui/platform/CoreText.h"
#include "ui/platform/Settings.h"

namespace sentiment::ui {

namespace {
QSpinBox* spin(int low, int high, int step = 1) {
    auto* s = new QSpinBox;
    s->setRange(low, high);
    s->setSingleStep(step);
    s->setGroupSeparatorShown(true);
    return s;
}
// A table at least as tall as its first `rows` rows (all of them when fewer), whatever height
// their wrapped text gives them at the current width: on a short screen (a 1366 x 768 laptop)
// the page's scroll area scrolls instead of the layout squeezing the rows out of sight. With
// AdjustToContents the view asks its layout again whenever its rows change height.
class RowsTable final : public QTableWidget {
public:
    RowsTable(const QStringList& headers, int rows)
        : QTableWidget(0, int(headers.size())), rows_(rows) {
        setHorizontalHeaderLabels(headers);
        setEditTriggers(QAbstractItemView::NoEditTriggers);
        verticalHeader()->setVisible(false);
        verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        horizontalHeader()->setStretchLastSection(true);
        setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setWordWrap(true);
    }
    QSize minimumSizeHint() const override {
        int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
        for (int r = 0; r < std::min(rowCount(), rows_); ++r) height += rowHeight(r);
        return {QTableWidget::minimumSizeHint().width(), height};
    }
    QSize sizeHint() const override {
        return {QTableWidget::sizeHint().width(), minimumSizeHint().height()};
    }

private:
    int rows_;
};
QTableWidgetItem* countItem(qint64 n) {
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
}  // namespace

ModelPage::ModelPage(ModelController* models, DatasetController* datasets, QWidget* parent)
    : QWidget(parent), models_(models), datasets_(datasets), knobs_(new KnobForm(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(makeKnobsColumn());
    layout->addWidget(makeRightColumn(), 1);
    {
        // The app measures the gradient flow unless asked not to (the CLI only with
        // --gradient-flow).
        auto first = experiment::ExperimentPlan::lecture(Settings().lastPreset().toStdString());
        first.training.gradientFlow = true;
        fill(first);
    }
    connect(preset_, &QComboBox::currentIndexChanged, this, [this] {
        if (!filling_) applyPreset(preset_->currentData().toString());
    });
    connect(knobs_, &KnobForm::changed, this, &ModelPage::knobsChanged);
    connectModels();
    connect(datasets_, &DatasetController::vectorsLoaded, this, &ModelPage::updateEnabled);
    models_->setChoice(read());
}

// The machine's own rows: which precisions this CPU has, and the threads set at start-up.
void ModelPage::adaptToThisMachine() {
    auto* precision = qobject_cast<QComboBox*>(knobs_->editor("precision"));
    const bool bf16 = ModelController::bf16TrainingAvailable();
    precision->setItemText(
        0, bf16 ? tr("auto (bfloat16 on this CPU)") : tr("auto (float32 on this CPU)"));
    if (!bf16) {
        precision->setItemText(2, tr("bfloat16 (needs AVX-512 BF16 or AMX)"));
        qobject_cast<QStandardItemModel*>(precision->model())->item(2)->setEnabled(false);
    }
    precision->setToolTip(
        tr("bfloat16: the recurrent layers multiply in bf16 with float sums where the CPU has "
           "AVX-512 BF16 or AMX; weights, gradients and Adam's state stay float"));
    // LibTorch's threads are process-wide: set once at start-up, never by a run.
    threads_ = new QSpinBox;
    threads_->setRange(0, 256);
    threads_->setSpecialValueText(tr("one per core (%1)").arg(QThread::idealThreadCount()));
    threads_->setValue(ModelController::threads());
    threads_->setEnabled(false);
    threads_->setToolTip(tr("Set once when Sentiment Lab starts (sentiment-lab --threads N)"));
}

// The knobs in their three boxes (experiment::knobs() in its order), scrolling on a short screen.
QWidget* ModelPage::makeKnobsColumn() {
    preset_ = new QComboBox;
    for (const auto p : experiment::kPresets)
        preset_->addItem(presetDisplayName(p), QString::fromLatin1(p.data(), qsizetype(p.size())));
    adaptToThisMachine();
    using Section = experiment::Knob::Section;
    auto* modelBox = new QGroupBox(tr("Model"));
    auto* mf = new QFormLayout(modelBox);
    mf->addRow(tr("Preset:"), preset_);
    knobs_->addRows(*mf, Section::Model);
    auto* trainBox = new QGroupBox(tr("Training"));
    auto* tf = new QFormLayout(trainBox);
    knobs_->addRows(*tf, Section::Training);
    tf->insertRow(tf->rowCount() - 1, tr("Threads:"), threads_);  // before the diagnostics
    auto* dataBox = new QGroupBox(tr("Data"));
    auto* df = new QFormLayout(dataBox);
    knobs_->addRows(*df, Section::Data);
    auto* knobs = new QWidget;
    auto* kl = new QVBoxLayout(knobs);
    kl->addWidget(modelBox);
    kl->addWidget(trainBox);
    kl->addWidget(dataBox);
    kl->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(knobs);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(knobs->sizeHint().width() + 24);
    return scroll;
}

// The parameters (assignment 5), the time and memory on this machine, and the queue.
QWidget* ModelPage::makeRightColumn() {
    total_ = new QLabel;
    total_->setObjectName(QStringLiteral("totalLabel"));
    QFont big = total_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    total_->setFont(big);
    total_->setWordWrap(true);
    // Every layer of the lecture's models (assignment 5); the tensors' first rows, the rest by
    // scrolling the table, so that the time and queue boxes stay in view on a 900-line screen.
    tensors_ = new RowsTable({tr("Tensor"), tr("Shape"), tr("Parameters")}, 6);
    tensors_->setObjectName(QStringLiteral("tensorTable"));
    formulas_ = new RowsTable({tr("Layer"), tr("Parameters"), tr("Formula")}, 12);
    formulas_->setObjectName(QStringLiteral("formulaTable"));
    auto* paramsBox = new QGroupBox(tr("Parameters"));
    auto* pl = new QVBoxLayout(paramsBox);
    pl->addWidget(total_);
    pl->addWidget(
        new QLabel(tr("Per layer, by formula (e: input size, h: hidden units, V: vocabulary):")));
    pl->addWidget(formulas_);
    pl->addWidget(new QLabel(tr("Per tensor:")));
    pl->addWidget(tensors_);

    measure_ = new QPushButton(tr("Estimate time per epoch"));
    measure_->setObjectName(QStringLiteral("measureButton"));
    measure_->setToolTip(
        tr("Trains a few batches of the loaded dataset with these settings and extrapolates"));
    timing_ = new QLabel(tr("Not measured yet."));
    timing_->setObjectName(QStringLiteral("timingLabel"));
    timing_->setWordWrap(true);
    memory_ = new QLabel;
    memory_->setWordWrap(true);
    memory_->setToolTip(tr(
        "The program, the dataset, the weights with their gradients and Adam's state, and what the "
        "largest micro-batch keeps for its backward pass"));
    auto* timeBox = new QGroupBox(tr("Time and memory on this machine"));
    auto* tl = new QGridLayout(timeBox);
    tl->addWidget(measure_, 0, 0);
    tl->addWidget(timing_, 0, 1);
    tl->addWidget(memory_, 1, 1);
    tl->setColumnStretch(1, 1);

    // The right column scrolls too: on a short screen its tables keep their rows and the column
    // scrolls, rather than every box being squeezed below its size.
    auto* rightColumn = new QWidget;
    auto* right = new QVBoxLayout(rightColumn);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(paramsBox);
    right->addWidget(timeBox);
    right->addWidget(makeQueueBox());
    right->addStretch(1);
    auto* rightScroll = new QScrollArea;
    rightScroll->setWidget(rightColumn);
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    rightScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Its labels wrap: where the column fits only without a scroll bar, showing the bar makes
    // it too tall and hiding it makes it fit, and QScrollArea resized it back and forth until the
    // stack ran out (seen with Noto CJK's metrics at 1366 x 768). A bar always there cannot flip.
    rightScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    return rightScroll;
}

void ModelPage::connectModels() {
    connect(measure_, &QPushButton::clicked, this, [this] {
        if (models_->measuring()) {
            models_->cancelMeasure();
        } else {
            models_->measure();
        }
    });
    connect(models_, &ModelController::parametersCounted, this, &ModelPage::showParameters);
    connect(models_, &ModelController::parametersFailed, this, [this](const QString& message) {
        total_->setText(message);
        tensors_->setRowCount(0);
        formulas_->setRowCount(0);
    });
    connect(models_, &ModelController::measureStarted, this, [this] {
        measure_->setText(tr("Cancel"));
        timing_->setText(tr("Training a few batches…"));
    });
    connect(models_, &ModelController::measured, this, &ModelPage::showTiming);
    connect(models_, &ModelController::measureFailed, this, [this](const QString& message) {
        measure_->setText(tr("Estimate time per epoch"));
        timing_->setText(message);
    });
}

QWidget* ModelPage::makeQueueBox() {
    auto* box = new QGroupBox(tr("Queue"));
    box->setToolTip(
        tr("Queued runs train one after another on the Train page while you use the rest of the "
           "window; "
           "the queue is kept when Sentiment Lab closes"));
    queue_ = new QPushButton(tr("Add to the queue"));
    queue_->setToolTip(tr("Train these settings after the runs already queued"));
    sweepKnob_ = new QComboBox;
    sweepKnob_->setObjectName(QStringLiteral("sweepKnobBox"));
    // The knobs that can be swept, as `train --sweep` spells them.
    for (const auto* knob : experiment::sweepableKnobs()) {
        sweepKnob_->addItem(CoreText::of(knob->sweepLabel), QString::fromStdString(knob->name));
    }
    sweepValues_ = new QLineEdit;
    sweepValues_->setObjectName(QStringLiteral("sweepValuesEdit"));
    sweepValues_->setToolTip(
        tr("Values separated by commas; each becomes one run of a sweep group"));
    queueSweep_ = new QPushButton(tr("Queue the sweep"));
    queueSweep_->setObjectName(QStringLiteral("sweepButton"));
    seedCount_ = spin(2, 50);
    seedCount_->setValue(3);
    seedCount_->setSuffix(tr(" seeds"));
    varySplit_ = new QCheckBox(tr("new split each"));
    varySplit_->setToolTip(
        tr("Off: only the training changes (initialisation, shuffling, dropout); the split, the "
           "vocabulary and the vectors stay"));
    queueSeeds_ = new QPushButton(tr("Queue the seeds"));
    auto* form = new QGridLayout(box);
    form->addWidget(queue_, 0, 0, 1, 2);
    form->addWidget(new QLabel(tr("Sweep:")), 1, 0);
    form->addWidget(sweepKnob_, 1, 1);
    form->addWidget(sweepValues_, 1, 2);
    form->addWidget(queueSweep_, 1, 3);
    form->addWidget(new QLabel(tr("Repeat:")), 2, 0);
    form->addWidget(seedCount_, 2, 1);
    form->addWidget(varySplit_, 2, 2);
    form->addWidget(queueSeeds_, 2, 3);
    form->setColumnStretch(2, 1);
    // Values a student would try first.
    const auto suggest = [this] {
        const auto* knob = experiment::findKnob(sweepKnob_->currentData().toString().toStdString());
        sweepValues_->setText(knob != nullptr ? QString::fromStdString(knob->sweepValues)
                                              : QString());
    };
    suggest();
    connect(sweepKnob_, &QComboBox::currentIndexChanged, this, suggest);
    connect(queue_, &QPushButton::clicked, this, [this] { Q_EMIT queueRequested(read()); });
    connect(queueSweep_, &QPushButton::clicked, this, [this] {
        // The values as typed, spaces dropped: "16, 32" is "16,32".
        QString values = sweepValues_->text();
        values.remove(QLatin1Char(' '));
        Q_EMIT sweepRequested(read(),
                              sweepKnob_->currentData().toString() + QLatin1Char('=') + values);
    });
    connect(queueSeeds_, &QPushButton::clicked, this, [this] {
        Q_EMIT seedsRequested(read(), seedCount_->value(), varySplit_->isChecked());
    });
    return box;
}

void ModelPage::applyPreset(const QString& preset) {
    auto c = experiment::ExperimentPlan::lecture(preset.toStdString());
    // What belongs to the machine, not to the lecture's preset, stays as chosen.
    const auto now = read();
    c.training.device = now.training.device;
    c.training.precision = now.training.precision;
    c.training.threads = now.training.threads;
    c.training.seed = now.training.seed;
    c.training.gradientFlow = now.training.gradientFlow;
    fill(c);
    models_->setChoice(read());
    Settings().setLastPreset(preset);
}

void ModelPage::setEpochs(int epochs) {
    static_cast<QSpinBox*>(knobs_->editor("epochs"))->setValue(epochs);
}

void ModelPage::applyPlan(const experiment::ExperimentPlan& plan) {
    fill(plan);
    models_->setChoice(read());
}

void ModelPage::fill(const experiment::ExperimentPlan& c) {
    filling_ = true;
    preset_->setCurrentIndex(std::max(0, preset_->findData(QString::fromStdString(c.preset))));
    knobs_->fill(c);
    filling_ = false;
    updateEnabled();
}

experiment::ExperimentPlan ModelPage::read() const {
    auto c = experiment::ExperimentPlan::lecture(preset_->currentData().toString().toStdString());
    knobs_->readInto(c);
    c.training.threads = threads_->value();
    return c;
}

void ModelPage::knobsChanged() {
    if (filling_) return;
    updateEnabled();
    models_->setChoice(read());
    if (!models_->measuring()) timing_->setText(tr("Settings changed: measure again."));
}

void ModelPage::updateEnabled() {
    const auto plan = read();
    knobs_->enableFor(plan);
    // Beyond what the plan says: the vectors must be loaded, and then they set the embedding's
    // size.
    const bool nbsvm = plan.model.architecture == model::Architecture::NbSvm;
    const bool vectors = datasets_->vectors() != nullptr && !nbsvm;
    auto* useVectors = knobs_->editor("use-vectors");
    useVectors->setEnabled(vectors);
    useVectors->setToolTip(nbsvm     ? tr("NBSVM counts its features; it uses no word vectors")
                           : vectors ? QString()
                                     : tr("Open word vectors on the Data page first"));
    const bool fixedBySize = vectors && plan.useVectors;
    auto* embedding = knobs_->editor("embedding-dim");
    if (fixedBySize) embedding->setEnabled(false);
    embedding->setToolTip(
        fixedBySize
            ? tr("Set by the word vectors (%1 dimensions)").arg(datasets_->vectors()->dimension())
            : QString());
}

void ModelPage::showParameters(const ParameterSummary& s) {
    const QLocale locale;
    const quint64 available = ModelController::availableBytes();
    QString memory = tr("Expected peak memory of a run: about <b>%1</b>")
                         .arg(locale.formattedDataSize(qint64(s.expectedPeakBytes)));
    if (available > 0)
        memory += tr(" (%1 free now)").arg(locale.formattedDataSize(qint64(available)));
    if (available > 0 && s.expectedPeakBytes > available) {
        memory += QStringLiteral("<br><span style='color:#8a4b00'>%1</span>")
                      .arg(tr("More than the free memory: close other programs, or choose fewer "
                              "hidden units or layers."));
    }
    if (const auto& plan = models_->choice();
        plan.model.architecture == model::Architecture::Transformer) {
        memory += QStringLiteral("<br>") +
                  tr("Attention keeps a score for every pair of tokens: its memory grows with the "
                     "square of the maximum length (%1 tokens now).")
                      .arg(locale.toString(qulonglong(plan.data.length.maxLength)));
    }
    memory_->setText(memory);
    total_->setText(
        tr("The model has %1 trainable parameters%2")
            .arg(locale.toString(s.trainable),
                 s.vocabExact ? tr(" (vocabulary of %1 entries)").arg(locale.toString(s.vocabSize))
                              : tr(" (with a vocabulary of at most %1 entries; exact once built)")
                                    .arg(locale.toString(s.vocabSize))));
    constexpr qint64 kLectureVocab = experiment::ExperimentPlan::kLectureVocabulary;
    if (s.vocabExact && s.vocabSize != kLectureVocab &&
        preset_->currentData().toString().toStdString() != experiment::kBaselinePreset) {
        total_->setText(total_->text() + QLatin1Char('\n') +
                        tr("with the lecture's 25,002-entry IMDb vocabulary: %1")
                            .arg(locale.toString(s.trainable +
                                                 (kLectureVocab - s.vocabSize) * s.embeddingDim)));
    }
    tensors_->setRowCount(int(s.tensors.size()));
    for (int i = 0; i < s.tensors.size(); ++i) {
        tensors_->setItem(i, 0, new QTableWidgetItem(s.tensors[i].name));
        tensors_->setItem(i, 1, new QTableWidgetItem(s.tensors[i].shape));
        tensors_->setItem(i, 2, countItem(s.tensors[i].count));
    }
    formulas_->setRowCount(int(s.formulas.size()));
    for (int i = 0; i < s.formulas.size(); ++i) {
        formulas_->setItem(i, 0, new QTableWidgetItem(s.formulas[i].layer));
        formulas_->setItem(i, 1, countItem(s.formulas[i].count));
        formulas_->setItem(i, 2, new QTableWidgetItem(s.formulas[i].formula));
    }
}

void ModelPage::showTiming(double epochSeconds, double tokensPerSecond, int batches) {
    measure_->setText(tr("Estimate time per epoch"));
    const QLocale locale;
    const int epochs = read().training.epochs;
    QString text =
        tr("About <b>%1</b> per epoch (%2 for %3 epochs), from %4 timed batches at %5 tokens/s.")
            .arg(QString::fromStdString(minutesSeconds(epochSeconds)),
                 QString::fromStdString(minutesSeconds(epochSeconds * epochs)),
                 locale.toString(epochs), locale.toString(batches),
                 locale.toString(qint64(tokensPerSecond)));
    if (epochSeconds > 15 * 60) {
        text += QStringLiteral("<br><span style='color:#8a4b00'>%1</span>")
                    .arg(tr("That is more than 15 minutes an epoch. To go faster: keep the padded "
                            "RNN input (packed "
                            "sequences are about 27 times slower on a CPU), use fewer hidden units "
                            "or one direction, "
                            "or try the FastText preset (seconds per epoch, about as accurate)."));
    }
    timing_->setText(text);
}

void ModelPage::queueSweep(const QString& knob, const QString& values) {
    sweepKnob_->setCurrentIndex(sweepKnob_->findData(knob));
    sweepValues_->setText(values);
    queueSweep_->click();
}

}  // namespace sentiment::ui
