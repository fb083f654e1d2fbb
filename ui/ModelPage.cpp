#include "ui/ModelPage.h"

#include "experiment/Presets.h"

#include "ui/PresetNames.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>

#include <algorithm>
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

#include "foundation/TextFormat.h"
#include "ui/DatasetController.h"
#include "ui/ModelController.h"
#include "ui/Settings.h"

namespace sentiment::ui {

namespace {
QSpinBox* spin(int low, int high, int step = 1) {
    auto* s = new QSpinBox;
    s->setRange(low, high);
    s->setSingleStep(step);
    s->setGroupSeparatorShown(true);
    return s;
}
QDoubleSpinBox* real(double low, double high, double step, int decimals) {
    auto* s = new QDoubleSpinBox;
    s->setRange(low, high);
    s->setSingleStep(step);
    s->setDecimals(decimals);
    return s;
}
// A table at least as tall as its first `rows` rows (all of them when fewer), whatever height
// their wrapped text gives them at the current width: on a short screen (a 1366 x 768 laptop)
// the page's scroll area scrolls instead of the layout squeezing the rows out of sight. With
// AdjustToContents the view asks its layout again whenever its rows change height.
class RowsTable final : public QTableWidget {
public:
    RowsTable(const QStringList& headers, int rows) : QTableWidget(0, int(headers.size())), rows_(rows) {
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
    QSize sizeHint() const override { return {QTableWidget::sizeHint().width(), minimumSizeHint().height()}; }

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
    : QWidget(parent), models_(models), datasets_(datasets) {
    preset_ = new QComboBox;
    for (const auto p : experiment::kPresets) preset_->addItem(presetDisplayName(p), QString::fromLatin1(p.data(), qsizetype(p.size())));
    cell_ = new QComboBox;
    cell_->addItem(tr("LSTM"), QStringLiteral("lstm"));
    cell_->addItem(tr("GRU"), QStringLiteral("gru"));
    cell_->addItem(tr("Elman RNN (tanh)"), QStringLiteral("rnn"));
    layers_ = spin(1, 8);
    hidden_ = spin(1, 4096, 32);
    bidirectional_ = new QCheckBox(tr("read both ways"));
    dropout_ = real(0, 0.95, 0.05, 2);
    embedding_ = spin(1, 2048, 10);
    useVectors_ = new QCheckBox(tr("start from the loaded word vectors"));
    freeze_ = new QCheckBox(tr("freeze the embedding"));
    freezeEpochs_ = spin(0, 1000);
    freezeEpochs_->setSpecialValueText(tr("never"));
    freezeEpochs_->setSuffix(tr(" epochs"));
    freezeEpochs_->setToolTip(tr("Keep the embedding fixed for the first N epochs, then train it too"));
    rnnInput_ = new QComboBox;
    rnnInput_->addItem(tr("padded, length-bucketed (fast on CPU)"), QStringLiteral("padded"));
    rnnInput_->addItem(tr("packed sequences (the lecture's code path, slow on CPU)"), QStringLiteral("packed"));
    rnnInput_->setToolTip(tr("Both give each review's true last state and never look at padding"));
    ngrams_ = new QComboBox;
    ngrams_->addItem(tr("words"), 1);
    ngrams_->addItem(tr("words and bigrams (the paper's)"), 2);
    ngrams_->addItem(tr("words, bigrams and trigrams"), 3);
    ngrams_->setToolTip(tr("NBSVM: the features of a review, each counted once however often it occurs"));
    nbAlpha_ = real(0.01, 100, 0.25, 2);
    nbAlpha_->setToolTip(tr("NBSVM: added to every n-gram's count in each class before the log-count ratio "
                            "(the paper's 1)"));
    nbBeta_ = real(0, 1, 0.05, 2);
    nbBeta_->setToolTip(tr("NBSVM: when predicting, mix each weight with the mean weight magnitude: "
                           "w' = (1 - beta) * mean|w| + beta * w. 1 = none; the paper's SVM used 0.25"));

    optimizer_ = new QComboBox;
    optimizer_->addItem(tr("Adam"), QStringLiteral("adam"));
    optimizer_->addItem(tr("SGD"), QStringLiteral("sgd"));
    lr_ = real(1e-6, 100, 1e-4, 6);
    schedule_ = new QComboBox;
    schedule_->addItem(tr("constant (the lecture)"), QStringLiteral("constant"));
    schedule_->addItem(tr("linear decay to 0 (fastText)"), QStringLiteral("linear"));
    momentum_ = real(0, 0.999, 0.1, 3);
    weightDecay_ = real(0, 1, 1e-5, 6);
    clip_ = real(0, 1000, 0.5, 2);
    clip_->setSpecialValueText(tr("off"));
    epochs_ = spin(1, 1000);
    batchSize_ = spin(1, 4096, 8);
    seed_ = spin(0, 2'000'000'000);
    device_ = new QComboBox;
    device_->addItem(tr("auto (CUDA when available)"), QStringLiteral("auto"));
    device_->addItem(tr("CPU"), QStringLiteral("cpu"));
    device_->addItem(tr("CUDA"), QStringLiteral("cuda"));
    precision_ = new QComboBox;
    const bool bf16 = ModelController::bf16TrainingAvailable();
    precision_->addItem(bf16 ? tr("auto (bfloat16 on this CPU)") : tr("auto (float32 on this CPU)"), QStringLiteral("auto"));
    precision_->addItem(tr("float32"), QStringLiteral("fp32"));
    precision_->addItem(bf16 ? tr("bfloat16") : tr("bfloat16 (needs AVX-512 BF16 or AMX)"), QStringLiteral("bf16"));
    if (!bf16) qobject_cast<QStandardItemModel*>(precision_->model())->item(2)->setEnabled(false);
    precision_->setToolTip(tr("bfloat16: the recurrent layers multiply in bf16 with float sums where the CPU has "
                              "AVX-512 BF16 or AMX; weights, gradients and Adam's state stay float"));
    threads_ = spin(0, 256);
    threads_->setSpecialValueText(tr("one per core (%1)").arg(QThread::idealThreadCount()));
    // LibTorch's threads are process-wide: set once at start-up, never by a run.
    threads_->setValue(ModelController::threads());
    threads_->setEnabled(false);
    threads_->setToolTip(tr("Set once when Sentiment Lab starts (sentiment-lab --threads N)"));

    maxVocab_ = spin(0, 5'000'000, 5000);
    maxVocab_->setSpecialValueText(tr("no limit"));
    maxVocab_->setToolTip(tr("Most frequent training tokens kept (FastText and NBSVM: words and n-grams together); "
                             "the rest become <unk>"));
    tokenizer_ = new QComboBox;
    tokenizer_->addItem(tr("English, spaCy-like (the lecture's)"), QStringLiteral("english"));
    tokenizer_->addItem(tr("basic_english (torchtext)"), QStringLiteral("basic_english"));
    lowercase_ = new QCheckBox(tr("lower-case every token"));
    trainFraction_ = real(0.05, 1, 0.05, 2);
    trainFraction_->setToolTip(tr("Share of the 25,000 training reviews trained on; the rest is the validation split. "
                                  "1: all of them, no validation (the last epoch is tested)"));

    auto* modelBox = new QGroupBox(tr("Model"));
    auto* mf = new QFormLayout(modelBox);
    mf->addRow(tr("Preset:"), preset_);
    mf->addRow(tr("Recurrent cell:"), cell_);
    mf->addRow(tr("Layers:"), layers_);
    mf->addRow(tr("Hidden units:"), hidden_);
    mf->addRow(tr("Bidirectional:"), bidirectional_);
    mf->addRow(tr("Dropout:"), dropout_);
    mf->addRow(tr("Embedding size:"), embedding_);
    mf->addRow(tr("Vectors:"), useVectors_);
    mf->addRow(tr("Embedding:"), freeze_);
    mf->addRow(tr("Freeze for:"), freezeEpochs_);
    mf->addRow(tr("RNN input:"), rnnInput_);
    mf->addRow(tr("N-grams:"), ngrams_);
    mf->addRow(tr("Smoothing (alpha):"), nbAlpha_);
    mf->addRow(tr("Interpolation (beta):"), nbBeta_);
    gradientFlow_ = new QCheckBox(tr("Measure the gradient flow"));
    gradientFlow_->setChecked(true);
    gradientFlow_->setToolTip(tr("Before training and after each epoch, measure how much gradient reaches each step of a "
                                 "review (recurrent models; the Runs page shows it). It changes none of the run's numbers."));
    auto* trainBox = new QGroupBox(tr("Training"));
    auto* tf = new QFormLayout(trainBox);
    tf->addRow(tr("Optimizer:"), optimizer_);
    tf->addRow(tr("Learning rate:"), lr_);
    tf->addRow(tr("Schedule:"), schedule_);
    tf->addRow(tr("Momentum (SGD):"), momentum_);
    tf->addRow(tr("Weight decay (Adam):"), weightDecay_);
    tf->addRow(tr("Gradient clipping:"), clip_);
    tf->addRow(tr("Epochs:"), epochs_);
    tf->addRow(tr("Batch size:"), batchSize_);
    tf->addRow(tr("Seed:"), seed_);
    tf->addRow(tr("Device:"), device_);
    tf->addRow(tr("Precision:"), precision_);
    tf->addRow(tr("Threads:"), threads_);
    tf->addRow(tr("Diagnostics:"), gradientFlow_);
    auto* dataBox = new QGroupBox(tr("Data"));
    auto* df = new QFormLayout(dataBox);
    df->addRow(tr("Max vocabulary:"), maxVocab_);
    df->addRow(tr("Tokenizer:"), tokenizer_);
    df->addRow(QString(), lowercase_);
    df->addRow(tr("Train share:"), trainFraction_);
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

    total_ = new QLabel;
    QFont big = total_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    total_->setFont(big);
    total_->setWordWrap(true);
    // Every layer of the lecture's models (assignment 5); the tensors' first rows, the rest by
    // scrolling the table, so that the time and queue boxes stay in view on a 900-line screen.
    tensors_ = new RowsTable({tr("Tensor"), tr("Shape"), tr("Parameters")}, 6);
    formulas_ = new RowsTable({tr("Layer"), tr("Parameters"), tr("Formula")}, 12);
    auto* paramsBox = new QGroupBox(tr("Parameters"));
    auto* pl = new QVBoxLayout(paramsBox);
    pl->addWidget(total_);
    pl->addWidget(new QLabel(tr("Per layer, by formula (e: input size, h: hidden units, V: vocabulary):")));
    pl->addWidget(formulas_);
    pl->addWidget(new QLabel(tr("Per tensor:")));
    pl->addWidget(tensors_);

    measure_ = new QPushButton(tr("Estimate time per epoch"));
    measure_->setToolTip(tr("Trains a few batches of the loaded dataset with these settings and extrapolates"));
    timing_ = new QLabel(tr("Not measured yet."));
    timing_->setWordWrap(true);
    memory_ = new QLabel;
    memory_->setWordWrap(true);
    memory_->setToolTip(tr("The program, the dataset, the weights with their gradients and Adam's state, and what the "
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
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(rightScroll, 1);

    {
        // The app measures the gradient flow unless asked not to (the CLI only with --gradient-flow).
        auto first = experiment::ExperimentPlan::lecture(Settings().lastPreset().toStdString());
        first.training.gradientFlow = true;
        fill(first);
    }
    connect(preset_, &QComboBox::currentIndexChanged, this, [this] {
        if (!filling_) applyPreset(preset_->currentData().toString());
    });
    for (auto* box : {cell_, rnnInput_, optimizer_, schedule_, device_, precision_, tokenizer_, ngrams_}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ModelPage::knobsChanged);
    }
    for (auto* box : {layers_, hidden_, embedding_, epochs_, batchSize_, maxVocab_, threads_, seed_, freezeEpochs_}) {
        connect(box, &QSpinBox::valueChanged, this, &ModelPage::knobsChanged);
    }
    for (auto* box : {bidirectional_, useVectors_, freeze_, lowercase_, gradientFlow_}) {
        connect(box, &QCheckBox::toggled, this, &ModelPage::knobsChanged);
    }
    for (auto* box : {dropout_, lr_, momentum_, weightDecay_, clip_, trainFraction_, nbAlpha_, nbBeta_}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, &ModelPage::knobsChanged);
    }
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
    connect(datasets_, &DatasetController::vectorsLoaded, this, &ModelPage::updateEnabled);
    models_->setChoice(read());
}

QWidget* ModelPage::makeQueueBox() {
    auto* box = new QGroupBox(tr("Queue"));
    box->setToolTip(tr("Queued runs train one after another on the Train page while you use the rest of the window; "
                       "the queue is kept when Sentiment Lab closes"));
    queue_ = new QPushButton(tr("Add to the queue"));
    queue_->setToolTip(tr("Train these settings after the runs already queued"));
    sweepKnob_ = new QComboBox;
    // The knob as `train --sweep` spells it, and values a student would try first.
    const std::pair<QString, QString> knobs[] = {
        {tr("learning rate"), QStringLiteral("lr")},       {tr("layers"), QStringLiteral("layers")},
        {tr("hidden units"), QStringLiteral("hidden")},    {tr("cell"), QStringLiteral("cell")},
        {tr("dropout"), QStringLiteral("dropout")},        {tr("batch size"), QStringLiteral("batch-size")},
        {tr("epochs"), QStringLiteral("epochs")},          {tr("optimizer"), QStringLiteral("optimizer")},
        {tr("embedding size"), QStringLiteral("embedding-dim")}, {tr("seed"), QStringLiteral("seed")}};
    for (const auto& [label, knob] : knobs) sweepKnob_->addItem(label, knob);
    sweepValues_ = new QLineEdit;
    sweepValues_->setToolTip(tr("Values separated by commas; each becomes one run of a sweep group"));
    queueSweep_ = new QPushButton(tr("Queue the sweep"));
    seedCount_ = spin(2, 50);
    seedCount_->setValue(3);
    seedCount_->setSuffix(tr(" seeds"));
    varySplit_ = new QCheckBox(tr("new split each"));
    varySplit_->setToolTip(tr("Off: only the training changes (initialisation, shuffling, dropout); the split, the "
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
    const auto suggest = [this] {
        const QString knob = sweepKnob_->currentData().toString();
        static const QHash<QString, QString> values{
            {QStringLiteral("lr"), QStringLiteral("1e-2,1e-3,1e-4")}, {QStringLiteral("layers"), QStringLiteral("1,2,3")},
            {QStringLiteral("hidden"), QStringLiteral("64,128,256")},  {QStringLiteral("cell"), QStringLiteral("lstm,gru,rnn")},
            {QStringLiteral("dropout"), QStringLiteral("0.2,0.5")},    {QStringLiteral("batch-size"), QStringLiteral("32,64,128")},
            {QStringLiteral("epochs"), QStringLiteral("1,3,5")},       {QStringLiteral("optimizer"), QStringLiteral("adam,sgd")},
            {QStringLiteral("embedding-dim"), QStringLiteral("50,100,200")}, {QStringLiteral("seed"), QStringLiteral("1,2,3")}};
        sweepValues_->setText(values.value(knob));
    };
    suggest();
    connect(sweepKnob_, &QComboBox::currentIndexChanged, this, suggest);
    connect(queue_, &QPushButton::clicked, this, [this] { Q_EMIT queueRequested(read()); });
    connect(queueSweep_, &QPushButton::clicked, this, [this] {
        QString values = sweepValues_->text();
        values.remove(QLatin1Char(' '));
        Q_EMIT sweepRequested(read(), sweepKnob_->currentData().toString() + QLatin1Char('=') + values);
    });
    connect(queueSeeds_, &QPushButton::clicked, this,
            [this] { Q_EMIT seedsRequested(read(), seedCount_->value(), varySplit_->isChecked()); });
    return box;
}

void ModelPage::applyPreset(const QString& preset) {
    auto c = experiment::ExperimentPlan::lecture(preset.toStdString());
    // What belongs to the machine, not to the lecture's preset, stays as chosen.
    c.training.device = device_->currentData().toString().toStdString();
    c.training.precision = *training::parsePrecision(precision_->currentData().toString().toStdString());
    c.training.threads = threads_->value();
    c.training.seed = std::uint64_t(seed_->value());
    c.training.gradientFlow = gradientFlow_->isChecked();
    fill(c);
    models_->setChoice(read());
    Settings().setLastPreset(preset);
}

void ModelPage::setEpochs(int epochs) { epochs_->setValue(epochs); }

void ModelPage::applyPlan(const experiment::ExperimentPlan& plan) {
    fill(plan);
    models_->setChoice(read());
}

void ModelPage::fill(const experiment::ExperimentPlan& c) {
    filling_ = true;
    auto select = [](QComboBox* box, const QString& value) { box->setCurrentIndex(std::max(0, box->findData(value))); };
    select(preset_, QString::fromStdString(c.preset));
    select(cell_, QString::fromLatin1(model::toString(c.model.cell).data()));
    layers_->setValue(int(c.model.layers));
    hidden_->setValue(int(c.model.hidden));
    bidirectional_->setChecked(c.model.bidirectional);
    dropout_->setValue(c.model.dropout);
    embedding_->setValue(int(c.model.embeddingDim));
    useVectors_->setChecked(c.useVectors);
    freeze_->setChecked(c.training.freezeEmbeddings);
    gradientFlow_->setChecked(c.training.gradientFlow);
    freezeEpochs_->setValue(c.training.freezeEpochs);
    select(rnnInput_, QString::fromLatin1(model::toString(c.model.rnnInput).data()));
    ngrams_->setCurrentIndex(std::max(0, ngrams_->findData(int(c.model.ngrams))));
    nbAlpha_->setValue(c.model.nbAlpha);
    nbBeta_->setValue(c.model.nbBeta);
    select(optimizer_, c.training.optimizer == training::OptimizerKind::Adam ? QStringLiteral("adam") : QStringLiteral("sgd"));
    lr_->setValue(c.training.learningRate);
    select(schedule_, c.training.schedule == training::LrSchedule::Linear ? QStringLiteral("linear") : QStringLiteral("constant"));
    momentum_->setValue(c.training.momentum);
    weightDecay_->setValue(c.training.weightDecay);
    clip_->setValue(c.training.clipNorm);
    epochs_->setValue(c.training.epochs);
    batchSize_->setValue(int(c.training.batchSize));
    seed_->setValue(int(c.training.seed));
    select(device_, QString::fromStdString(c.training.device));
    select(precision_, QString::fromLatin1(training::toString(c.training.precision).data()));
    maxVocab_->setValue(int(c.data.maxVocab));
    select(tokenizer_, QString::fromLatin1(data::toString(c.data.tokenizer.kind).data()));
    lowercase_->setChecked(c.data.tokenizer.lowercase);
    trainFraction_->setValue(c.data.trainFraction);
    filling_ = false;
    updateEnabled();
}

experiment::ExperimentPlan ModelPage::read() const {
    auto c = experiment::ExperimentPlan::lecture(preset_->currentData().toString().toStdString());
    c.model.cell = *model::parseCell(cell_->currentData().toString().toStdString());
    c.model.layers = layers_->value();
    c.model.hidden = hidden_->value();
    c.model.bidirectional = bidirectional_->isChecked();
    c.model.dropout = dropout_->value();
    c.model.embeddingDim = embedding_->value();
    c.model.rnnInput = *model::parseRnnInput(rnnInput_->currentData().toString().toStdString());
    c.model.ngrams = ngrams_->currentData().toInt();
    c.model.nbAlpha = nbAlpha_->value();
    c.model.nbBeta = nbBeta_->value();
    c.useVectors = useVectors_->isChecked();
    c.training.freezeEmbeddings = freeze_->isChecked();
    c.training.gradientFlow = gradientFlow_->isChecked();
    c.training.freezeEpochs = freezeEpochs_->value();
    c.training.optimizer = optimizer_->currentData() == QStringLiteral("adam") ? training::OptimizerKind::Adam
                                                                              : training::OptimizerKind::Sgd;
    c.training.learningRate = lr_->value();
    c.training.schedule = schedule_->currentData() == QStringLiteral("linear") ? training::LrSchedule::Linear
                                                                               : training::LrSchedule::Constant;
    c.training.momentum = momentum_->value();
    c.training.weightDecay = weightDecay_->value();
    c.training.clipNorm = clip_->value();
    c.training.epochs = epochs_->value();
    c.training.batchSize = std::size_t(batchSize_->value());
    c.training.seed = std::uint64_t(seed_->value());
    c.training.device = device_->currentData().toString().toStdString();
    c.training.precision = *training::parsePrecision(precision_->currentData().toString().toStdString());
    c.training.threads = threads_->value();
    c.data.maxVocab = std::size_t(maxVocab_->value());
    c.data.tokenizer.kind = data::parseTokenizerKind(tokenizer_->currentData().toString().toStdString()).value_or(
        data::TokenizerKind::English);
    c.data.tokenizer.lowercase = lowercase_->isChecked();
    c.data.trainFraction = trainFraction_->value();
    return c;
}

void ModelPage::knobsChanged() {
    if (filling_) return;
    updateEnabled();
    models_->setChoice(read());
    if (!models_->measuring()) timing_->setText(tr("Settings changed: measure again."));
}

void ModelPage::updateEnabled() {
    const QString p = preset_->currentData().toString();
    const bool recurrent = p == QStringLiteral("advanced");
    cell_->setEnabled(recurrent);
    layers_->setEnabled(recurrent);
    bidirectional_->setEnabled(recurrent);
    rnnInput_->setEnabled(recurrent);
    hidden_->setEnabled(recurrent || p == QStringLiteral("base"));
    dropout_->setEnabled(recurrent || p == QStringLiteral("cnn"));
    const bool nbsvm = p == QStringLiteral("nbsvm");
    ngrams_->setEnabled(nbsvm);
    nbAlpha_->setEnabled(nbsvm);
    nbBeta_->setEnabled(nbsvm);
    const bool vectors = datasets_->vectors() != nullptr && !nbsvm;
    useVectors_->setEnabled(vectors);
    useVectors_->setToolTip(nbsvm     ? tr("NBSVM counts its features; it uses no word vectors")
                            : vectors ? QString()
                                      : tr("Open word vectors on the Data page first"));
    const bool fixedBySize = vectors && useVectors_->isChecked();
    embedding_->setEnabled(!fixedBySize && !nbsvm);
    freeze_->setEnabled(!nbsvm);
    embedding_->setToolTip(fixedBySize ? tr("Set by the word vectors (%1 dimensions)").arg(datasets_->vectors()->dimension())
                                       : QString());
    freezeEpochs_->setEnabled(!freeze_->isChecked() && !nbsvm);
    const bool sgd = optimizer_->currentData() == QStringLiteral("sgd");
    momentum_->setEnabled(sgd);
    weightDecay_->setEnabled(!sgd);
}

void ModelPage::showParameters(const ParameterSummary& s) {
    const QLocale locale;
    const quint64 available = ModelController::availableBytes();
    QString memory = tr("Expected peak memory of a run: about <b>%1</b>").arg(locale.formattedDataSize(qint64(s.expectedPeakBytes)));
    if (available > 0) memory += tr(" (%1 free now)").arg(locale.formattedDataSize(qint64(available)));
    if (available > 0 && s.expectedPeakBytes > available) {
        memory += QStringLiteral("<br><span style='color:#8a4b00'>%1</span>")
                      .arg(tr("More than the free memory: close other programs, or choose fewer hidden units or layers."));
    }
    memory_->setText(memory);
    total_->setText(tr("The model has %1 trainable parameters%2")
                        .arg(locale.toString(s.trainable),
                             s.vocabExact ? tr(" (vocabulary of %1 entries)").arg(locale.toString(s.vocabSize))
                                          : tr(" (with a vocabulary of at most %1 entries; exact once built)")
                                                .arg(locale.toString(s.vocabSize))));
    constexpr qint64 kLectureVocab = experiment::ExperimentPlan::kLectureVocabulary;
    if (s.vocabExact && s.vocabSize != kLectureVocab && preset_->currentData() != QStringLiteral("nbsvm")) {
        total_->setText(total_->text() + QLatin1Char('\n') +
                        tr("with the lecture's 25,002-entry IMDb vocabulary: %1")
                            .arg(locale.toString(s.trainable + (kLectureVocab - s.vocabSize) * s.embeddingDim)));
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
    const int epochs = epochs_->value();
    QString text = tr("About <b>%1</b> per epoch (%2 for %3 epochs), from %4 timed batches at %5 tokens/s.")
                       .arg(QString::fromStdString(minutesSeconds(epochSeconds)),
                            QString::fromStdString(minutesSeconds(epochSeconds * epochs)), locale.toString(epochs),
                            locale.toString(batches), locale.toString(qint64(tokensPerSecond)));
    if (epochSeconds > 15 * 60) {
        text += QStringLiteral("<br><span style='color:#8a4b00'>%1</span>")
                    .arg(tr("That is more than 15 minutes an epoch. To go faster: keep the padded RNN input (packed "
                            "sequences are about 27 times slower on a CPU), use fewer hidden units or one direction, "
                            "or try the FastText preset (seconds per epoch, about as accurate)."));
    }
    timing_->setText(text);
}

}  // namespace sentiment::ui
