#include "ui/pages/TrainPage.h"

#include "experiment/PlanInWords.h"

#include "ui/charts/QCustomPlotHeader.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

#include "data/vectors/WordVectors.h"
#include "experiment/LectureReference.h"
#include "experiment/PlanInWords.h"
#include "foundation/TextFormat.h"
#include "model/ModelConfig.h"
#include "training/TrainingConfig.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/EpochPlot.h"
#include "ui/charts/TableExport.h"
#include "ui/controllers/DatasetController.h"
#include "ui/controllers/ModelController.h"
#include "ui/controllers/TrainingController.h"
#include "ui/controllers/TrainingRequest.h"
#include "ui/platform/CoreText.h"
#include "ui/platform/CourseReference.h"
#include "ui/platform/PresetNames.h"

namespace sentiment::ui {

namespace {

QString minutesSeconds(double seconds) {
    return QString::fromStdString(sentiment::minutesSeconds(seconds));
}
QString percent(double fraction) {
    return QString::fromStdString(sentiment::percent(fraction));
}

QCustomPlot* makePlot(const QString& yLabel) {
    auto* plot = new QCustomPlot;
    plot->setMinimumHeight(220);
    EpochPlot::style(*plot, yLabel);
    return plot;
}

QCPGraph* addGraph(QCustomPlot* plot, const QString& name, const QColor& color, bool points) {
    auto* g = plot->addGraph();
    g->setName(name);
    g->setPen(QPen(color, points ? 2 : 1.5));
    if (points) g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    return g;
}

}  // namespace

// The run's own colours, and the lecture's curves in lighter shades of them.
const QColor kTrainColour(31, 119, 180), kValidColour(255, 127, 14);

TrainPage::TrainPage(DatasetController* datasets, ModelController* models,
                     TrainingController* training, const CourseReference* reference,
                     QString storePath, QString checkpointDir, QWidget* parent)
    : QWidget(parent),
      datasets_(datasets),
      models_(models),
      training_(training),
      reference_(reference),
      storePath_(std::move(storePath)),
      checkpointDir_(std::move(checkpointDir)),
      lossReference_(nullptr, ReferenceCurves::Metric::Loss),
      accuracyReference_(nullptr, ReferenceCurves::Metric::Accuracy) {
    auto* controls = makeControls();
    auto* status = makeStatus();
    auto* plots = makePlots();
    makeResults();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(status);
    layout->addLayout(plots, 3);
    bottom_ = new QHBoxLayout;
    bottom_->addWidget(table_, 3);
    layout->addLayout(bottom_, 2);
    layout->addWidget(result_);
    layout->addWidget(diagnosis_);

    ChartExport::attach(lossPlot_, QStringLiteral("loss"));
    ChartExport::attach(accuracyPlot_, QStringLiteral("accuracy"));
    TableExport::attach(table_, QStringLiteral("epochs"));

    connectControls();
    connectControllers();
    start_->setEnabled(datasets_->dataset() != nullptr);
    runPreset_ = QString::fromStdString(models_->choice().preset);
    describeExperiment();
    resetCharts();
}

// What will train, with Change…, the batches per epoch, Start and Stop.
QHBoxLayout* TrainPage::makeControls() {
    experiment_ = new QLabel;
    experiment_->setObjectName(QStringLiteral("experimentLabel"));
    experiment_->setWordWrap(true);
    experiment_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    change_ = new QPushButton(tr("Change…"));
    change_->setToolTip(tr("Every setting of the model and its training is on the Model page"));
    maxBatches_ = new QSpinBox;
    maxBatches_->setRange(0, 100000);
    maxBatches_->setSpecialValueText(tr("all"));
    maxBatches_->setToolTip(tr("Train at most this many batches per epoch (for a quick look)"));
    start_ = new QPushButton(tr("Start"));
    start_->setObjectName(QStringLiteral("startButton"));
    start_->setDefault(true);
    stop_ = new QPushButton(tr("Stop"));
    stop_->setObjectName(QStringLiteral("stopButton"));
    stop_->setEnabled(false);
    auto* controls = new QHBoxLayout;
    controls->addWidget(experiment_, 1);
    controls->addWidget(change_);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Batches per epoch:")));
    controls->addWidget(maxBatches_);
    controls->addWidget(start_);
    controls->addWidget(stop_);

    return controls;
}

// The progress of the epoch, the speed and the smoothing of the per-batch loss.
QHBoxLayout* TrainPage::makeStatus() {
    progress_ = new QProgressBar;
    progress_->setFormat(tr("Ready"));
    progress_->setValue(0);
    speed_ = new QLabel;
    smoothing_ = new QSlider(Qt::Horizontal);
    smoothing_->setRange(0, 99);
    smoothing_->setValue(90);
    smoothing_->setMaximumWidth(160);
    smoothing_->setToolTip(
        tr("Smoothing of the per-batch training loss (exponential moving average, debiased)"));
    auto* status = new QHBoxLayout;
    status->addWidget(progress_, 1);
    status->addWidget(speed_);
    status->addWidget(new QLabel(tr("Smoothing:")));
    status->addWidget(smoothing_);

    return status;
}

// Loss and accuracy per epoch, the smoothed per-batch loss, chance and the course's curves.
QHBoxLayout* TrainPage::makePlots() {
    // Legends where the curves rarely go: losses fall towards the right, accuracies rise.
    lossPlot_ = makePlot(tr("loss"));
    lossPlot_->setObjectName(QStringLiteral("lossPlot"));
    addGraph(lossPlot_, tr("train"), kTrainColour, true);
    addGraph(lossPlot_, tr("valid"), kValidColour, true);
    addGraph(lossPlot_, tr("train, per batch (smoothed)"), QColor(31, 119, 180, 110), false);
    // The learning rate on the right axis, shown once it changes (a schedule or a warm-up).
    rateGraph_ = lossPlot_->addGraph(lossPlot_->xAxis, lossPlot_->yAxis2);
    rateGraph_->setName(tr("learning rate (right axis)"));
    rateGraph_->setPen(QPen(QColor(0, 158, 115), 1.5, Qt::DashLine));
    rateGraph_->setVisible(false);
    rateGraph_->removeFromLegend();
    lossPlot_->yAxis2->setLabel(tr("learning rate"));
    lossPlot_->yAxis2->setNumberFormat(QStringLiteral("gb"));
    accuracyPlot_ = makePlot(tr("accuracy (%)"));
    accuracyPlot_->setObjectName(QStringLiteral("accuracyPlot"));
    addGraph(accuracyPlot_, tr("train"), kTrainColour, true);
    addGraph(accuracyPlot_, tr("valid"), kValidColour, true);
    auto* chance = addGraph(accuracyPlot_, tr("chance (%1 %)").arg(50), Qt::gray, false);
    chance->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    lossReference_ = ReferenceCurves(lossPlot_, ReferenceCurves::Metric::Loss);
    accuracyReference_ = ReferenceCurves(accuracyPlot_, ReferenceCurves::Metric::Accuracy);
    auto* plots = new QHBoxLayout;
    plots->addWidget(lossPlot_);
    plots->addWidget(accuracyPlot_);

    return plots;
}

// The epochs table, the result and the diagnosis under the charts.
void TrainPage::makeResults() {
    table_ = new QTableWidget(0, 6);
    table_->setObjectName(QStringLiteral("epochTable"));
    table_->setHorizontalHeaderLabels({tr("Epoch"), tr("Train Loss"), tr("Train Acc"),
                                       tr("Val. Loss"), tr("Val. Acc"), tr("Time")});
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setMinimumHeight(120);
    result_ = new QLabel;
    result_->setObjectName(QStringLiteral("resultLabel"));
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    result_->setWordWrap(true);
    diagnosis_ = new QLabel;
    diagnosis_->setObjectName(QStringLiteral("diagnosisLabel"));
    diagnosis_->setTextFormat(Qt::RichText);
    connect(diagnosis_, &QLabel::linkActivated, this,
            [this] { Q_EMIT gradientFlowRequested(runId_); });
    diagnosis_->setWordWrap(true);
    diagnosis_->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; }"));
}

void TrainPage::connectControls() {
    replotTimer_ = new QTimer(this);
    replotTimer_->setObjectName(QStringLiteral("replotTimer"));
    replotTimer_->setSingleShot(true);
    replotTimer_->setInterval(40);  // at most 25 redraws a second
    connect(replotTimer_, &QTimer::timeout, this, &TrainPage::replot);
    connect(start_, &QPushButton::clicked, this, &TrainPage::startTraining);
    connect(stop_, &QPushButton::clicked, this, [this] {
        training_->stop();
        stop_->setEnabled(false);
        progress_->setFormat(tr("Stopping after this batch…"));
    });
    connect(smoothing_, &QSlider::valueChanged, this, [this] {
        updateSmoothing();
        scheduleReplot(true, false);
    });
}

void TrainPage::connectControllers() {
    connect(training_, &TrainingController::batch, this, &TrainPage::onBatch);
    connect(training_, &TrainingController::evaluation, this, &TrainPage::onEvaluation);
    connect(training_, &TrainingController::epoch, this, &TrainPage::onEpoch);
    connect(training_, &TrainingController::finished, this, &TrainPage::onFinished);
    connect(training_, &TrainingController::failed, this, &TrainPage::onFailed);
    connect(training_, &TrainingController::runRecorded, this, [this](qint64 id) { runId_ = id; });
    connect(datasets_, &DatasetController::started, this, [this] { start_->setEnabled(false); });
    connect(datasets_, &DatasetController::loaded, this,
            [this] { start_->setEnabled(!training_->running()); });
    connect(datasets_, &DatasetController::failed, this,
            [this] { start_->setEnabled(datasets_->dataset() && !training_->running()); });
    connect(change_, &QPushButton::clicked, this, &TrainPage::changeExperimentRequested);
    connect(models_, &ModelController::choiceChanged, this, &TrainPage::describeExperiment);
    connect(models_, &ModelController::choiceChanged, this, [this] {
        // Before a run, the charts show the lecture's curves for the preset chosen.
        if (!training_->running() && epochsSeen_.isEmpty()) {
            runPreset_ = QString::fromStdString(models_->choice().preset);
            showReference();
        }
    });
    connect(reference_, &CourseReference::changed, this, &TrainPage::showReference);
    connect(models_, &ModelController::parametersCounted, this, [this](const ParameterSummary& s) {
        parameters_ = s.trainable;
        describeExperiment();
    });
    connect(datasets_, &DatasetController::vectorsLoaded, this, &TrainPage::describeExperiment);
}

void TrainPage::addSidePanel(QWidget* panel) {
    bottom_->addWidget(panel, 2);
}

void TrainPage::describeExperiment() {
    const auto& c = queued_ ? *queued_ : models_->choice();
    const auto vectors = datasets_->vectors();
    experiment::PlanInWords::Facts facts;
    facts.bf16 = models_->trainsInBf16();
    facts.vectorsDimension = vectors ? int(vectors->dimension()) : 0;
    facts.parameters = queued_ ? 0 : parameters_;
    QStringList parts;
    const QString preset =
        QStringLiteral("<b>%1</b>").arg(presetDisplayName(c.preset).toHtmlEscaped());
    parts << (queued_ ? tr("Queued: %1").arg(preset) : preset);
    for (const auto& part : experiment::PlanInWords::brief(c, facts))
        parts << CoreText::of(part).toHtmlEscaped();
    experiment_->setText(parts.join(QStringLiteral(" · ")));
}

void TrainPage::setBatchesPerEpoch(std::size_t batches) {
    maxBatches_->setValue(int(batches));
}

std::size_t TrainPage::batchesPerEpoch() const {
    return std::size_t(maxBatches_->value());
}

experiment::ExperimentPlan TrainPage::withBatchesPerEpoch(experiment::ExperimentPlan plan) const {
    plan.training.maxBatches = batchesPerEpoch();
    return plan;
}

void TrainPage::startTraining() {
    start(0, QString());
}

void TrainPage::continueRun(qint64 run, const QString& checkpoint) {
    start(run, checkpoint);
}

void TrainPage::start(qint64 continueRun, const QString& checkpoint) {
    if (training_->running() || !datasets_->dataset()) return;
    const quint64 expected = models_->expectedPeakBytes(parameters_);
    const quint64 available = ModelController::availableBytes();
    if (available > 0 && expected > available) {
        const QLocale locale;
        const auto answer =
            QMessageBox::warning(this, tr("Not enough free memory"),
                                 tr("This run is expected to need about %1 at its peak, and the "
                                    "system has %2 free now. It may make the "
                                    "computer swap, or be stopped by the system. Close other "
                                    "programs, or choose a smaller model on the "
                                    "Model page.")
                                     .arg(locale.formattedDataSize(qint64(expected)),
                                          locale.formattedDataSize(qint64(available))),
                                 QMessageBox::Cancel | QMessageBox::Ignore, QMessageBox::Cancel);
        if (answer != QMessageBox::Ignore) return;
    }
    TrainingRequest request;
    request.choice = withBatchesPerEpoch(models_->choice());
    request.setup.continueRun = continueRun;
    request.setup.continueCheckpoint = checkpoint.toStdString();
    launch(std::move(request));
}

bool TrainPage::trainQueued(const experiment::ExperimentPlan& plan, qint64 group,
                            const QString& value) {
    if (training_->running() || !datasets_->dataset()) return false;
    TrainingRequest request;
    request.choice = plan;  // its own batches per epoch, as queued
    request.setup.group = group;
    request.setup.groupValue = value.toStdString();
    queued_ = plan;
    if (launch(std::move(request))) {
        describeExperiment();
        return true;
    }
    queued_.reset();
    return false;
}

bool TrainPage::launch(TrainingRequest request) {
    request.dataset = datasets_->dataset();
    request.vectors = datasets_->vectors();
    runEpochs_ = request.choice.training.epochs;
    runPreset_ = QString::fromStdString(request.choice.preset);
    request.storePath = storePath_.toStdString();
    request.setup.checkpointDirectory = checkpointDir_.toStdString();
    resetCharts();
    table_->setRowCount(0);
    result_->clear();
    diagnosis_->clear();
    epochsSeen_.clear();
    lossDiverged_ = false;
    runId_ = 0;
    if (!training_->start(request)) return false;
    setRunning(true);
    return true;
}

void TrainPage::setRunning(bool running) {
    start_->setEnabled(!running && datasets_->dataset() != nullptr);
    stop_->setEnabled(running);
    change_->setEnabled(!running);
    maxBatches_->setEnabled(!running);
    if (running) progress_->setFormat(tr("Starting…"));
}

void TrainPage::resetCharts() {
    batchSteps_.clear();
    batchLosses_.clear();
    firstRate_ = topRate_ = 0;
    rateGraph_->setVisible(false);
    rateGraph_->removeFromLegend();
    lossPlot_->yAxis2->setVisible(false);
    for (auto* plot : {lossPlot_, accuracyPlot_}) {
        for (int i = 0; i < plot->graphCount(); ++i) plot->graph(i)->data()->clear();
    }
    const double epochs = runEpochs_;
    // Chance is one class in two, or in N (and a model at chance has a loss of ln N).
    const auto dataset = datasets_->dataset();
    const double classes = dataset ? double(dataset->classes().size()) : 2.0;
    const double chance = 100.0 / classes;
    accuracyPlot_->graph(2)->setName(
        tr("chance (%1 %)").arg(QLocale().toString(chance, 'f', chance == 50 ? 0 : 1)));
    accuracyPlot_->graph(2)->setData({0, epochs + 0.2}, {chance, chance});
    for (auto* plot : {lossPlot_, accuracyPlot_}) plot->xAxis->setRange(0, epochs + 0.2);
    lossPlot_->yAxis->setRange(0, std::max(1.0, 1.1 * std::log(classes)));
    accuracyPlot_->yAxis->setRange(std::min(40.0, std::max(0.0, chance - 10)), 100);
    showReference();
}

bool TrainPage::onLectureData() const {
    const auto dataset = datasets_->dataset();
    return !dataset || experiment::LectureReference::judges(dataset->sourceName);
}

void TrainPage::showReference() {
    lossReference_.clear();
    accuracyReference_.clear();
    // The course's curves belong beside runs on its data, not on a student's own table.
    const auto* r = onLectureData() ? reference_->preset(runPreset_) : nullptr;
    lossReference_.add(r, ReferenceCurves::Split::Train, kTrainColour.lighter(130), false);
    lossReference_.add(r, ReferenceCurves::Split::Valid, kValidColour.lighter(115), false);
    accuracyReference_.add(r, ReferenceCurves::Split::Train, kTrainColour.lighter(130), false);
    accuracyReference_.add(r, ReferenceCurves::Split::Valid, kValidColour.lighter(115), true);
    scheduleReplot();
}

void TrainPage::onBatch(const BatchUpdate& u) {
    progress_->setRange(0, static_cast<int>(u.batches));
    progress_->setValue(static_cast<int>(u.batch));
    progress_->setFormat(tr("Epoch %1 of %2 · batch %3 of %4")
                             .arg(u.epoch)
                             .arg(u.epochs)
                             .arg(u.batch)
                             .arg(u.batches));
    speed_->setText(tr("%L1 tokens/s · epoch ends in %2 · run in %3")
                        .arg(u.tokensPerSecond, 0, 'f', 0)
                        .arg(minutesSeconds(u.epochEtaSeconds), minutesSeconds(u.runEtaSeconds)));
    const double batches = std::max<double>(1, static_cast<double>(u.batches));
    // Plotted in epochs: batch b of epoch e sits at e - 1 + b / batches; the epoch's points at e.
    batchSteps_.push_back(u.epoch - 1 + static_cast<double>(u.batch) / batches);
    batchLosses_.push_back(u.loss);
    if (u.learningRate > 0) {
        rateGraph_->addData(batchSteps_.back(), u.learningRate);
        topRate_ = std::max(topRate_, u.learningRate);
        if (!rateGraph_->visible() && firstRate_ > 0 && u.learningRate != firstRate_) {
            rateGraph_->setVisible(true);
            rateGraph_->addToLegend();
            lossPlot_->yAxis2->setVisible(true);
        }
        if (firstRate_ == 0) firstRate_ = u.learningRate;
        lossPlot_->yAxis2->setRange(0, topRate_ * 1.1);
    }
    updateSmoothing();
    scheduleReplot(true, false);
}

// After an epoch's batches, the validation pass has a progress of its own (on the full IMDb it
// takes tens of seconds), and so has the test at the end: not "batch 22 of 22, ends in 0 s".
void TrainPage::onEvaluation(const EvaluationUpdate& u) {
    const QLocale locale;
    progress_->setRange(0, static_cast<int>(u.total));
    progress_->setValue(static_cast<int>(u.reviews));
    progress_->setFormat(u.test ? tr("Testing the best epoch · %1 of %2 reviews")
                                      .arg(locale.toString(u.reviews), locale.toString(u.total))
                                : tr("Epoch %1 of %2 · validating · %3 of %4 reviews")
                                      .arg(u.epoch)
                                      .arg(runEpochs_)
                                      .arg(locale.toString(u.reviews), locale.toString(u.total)));
    speed_->setText(u.test ? tr("scoring the test reviews with the best epoch's weights")
                           : tr("scoring the validation reviews"));
}

void TrainPage::updateSmoothing() {
    // TensorBoard's smoothing: an exponential moving average divided by 1 - beta^n so the first
    // points are not pulled towards zero.
    const double beta = smoothing_->value() / 100.0;
    QVector<double> smoothed;
    smoothed.reserve(batchLosses_.size());
    double ema = 0, weight = 0;
    for (const double loss : batchLosses_) {
        ema = beta * ema + (1 - beta) * loss;
        weight = beta * weight + (1 - beta);
        smoothed.push_back(ema / weight);
    }
    lossPlot_->graph(2)->setData(batchSteps_, smoothed, true);
}

void TrainPage::onEpoch(const EpochUpdate& u) {
    epochsSeen_.push_back(u);
    lossPlot_->graph(0)->addData(u.epoch, u.trainLoss);
    lossPlot_->graph(1)->addData(u.epoch, u.validLoss);
    accuracyPlot_->graph(0)->addData(u.epoch, 100 * u.trainAccuracy);
    accuracyPlot_->graph(1)->addData(u.epoch, 100 * u.validAccuracy);
    const int row = table_->rowCount();
    table_->insertRow(row);
    const QStringList cells{QStringLiteral("%1%2")
                                .arg(u.epoch, 2, 10, QLatin1Char('0'))
                                .arg(u.best ? QStringLiteral(" ★") : QString()),
                            QString::number(u.trainLoss, 'f', 3),
                            percent(u.trainAccuracy),
                            QString::number(u.validLoss, 'f', 3),
                            percent(u.validAccuracy),
                            minutesSeconds(u.seconds)};
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(row, c, item);
    }
    table_->scrollToBottom();
    diagnose();
    scheduleReplot();
}

void TrainPage::onFinished(const RunSummary& s) {
    setRunning(false);
    queued_.reset();
    describeExperiment();
    progress_->setFormat(s.stopped ? tr("Stopped") : tr("Done"));
    if (s.tokensPerSecond > 0)
        speed_->setText(tr("%L1 tokens/s over the run").arg(s.tokensPerSecond, 0, 'f', 0));
    QStringList lines;
    if (s.tested) {
        lines << tr("Test Loss: %1 | Test Acc: %2  (best-valid checkpoint, epoch %3)")
                     .arg(QString::number(s.testLoss, 'f', 3), percent(s.testAccuracy))
                     .arg(s.bestEpoch);
        if (s.classes > 2) {
            lines << tr("%1 classes: macro-F1 %2 (each class's F1 counted alike; the Runs page "
                        "shows where it is wrong, class by class)")
                         .arg(s.classes)
                         .arg(QString::number(s.testMacroF1, 'f', 3));
        }
        // The epochs from the first on, as the lecture counts them (a continued run shows only its
        // new ones).
        std::vector<double> valid;
        for (int i = 0; i < epochsSeen_.size() && epochsSeen_[i].epoch == i + 1; ++i)
            valid.push_back(epochsSeen_[i].validAccuracy);
        const QString verdict =
            onLectureData() ? reference_->verdict(runPreset_, s.testAccuracy, valid) : QString();
        if (!verdict.isEmpty()) lines << tr("Against the lecture: %1").arg(verdict);
    } else if (s.stopped) {
        lines << tr("Stopped: the finished epochs are kept; no test was run.");
    }
    lines << tr("The model has %1 trainable parameters")
                 .arg(QString::fromStdString(withCommas(static_cast<std::uint64_t>(s.parameters))));
    if (s.runId > 0) lines << tr("Recorded as run %1 in the run store.").arg(s.runId);
    if (!s.storeWarning.isEmpty()) lines << tr("Not recorded: %1").arg(s.storeWarning);
    result_->setText(lines.join(QLatin1Char('\n')));
    scheduleReplot();
}

void TrainPage::onFailed(const QString& message, sentiment::ErrorKind kind) {
    setRunning(false);
    queued_.reset();
    describeExperiment();
    lossDiverged_ = kind == ErrorKind::NonFiniteLoss;
    progress_->setFormat(tr("Failed"));
    result_->setText(tr("The run failed: %1").arg(message));
    diagnose();
}

void TrainPage::diagnose() {
    QStringList notes;
    if (!epochsSeen_.isEmpty()) {
        const auto& last = epochsSeen_.back();
        if (std::abs(last.trainLoss - std::log(2.0)) < 0.01 &&
            std::abs(last.validAccuracy - 0.5) < 0.03) {
            notes << tr("Loss stays at 0.693 = ln 2 and accuracy near 50 %: the model predicts "
                        "chance. The lecture's base "
                        "RNN does this; try the advanced preset (Adam, an LSTM) or more epochs.")
                             .toHtmlEscaped() +
                         QStringLiteral(" <a href=\"gradients\">%1</a>")
                             .arg(tr("Why? Vanishing gradients: see how much gradient reaches each "
                                     "step")
                                      .toHtmlEscaped());
        }
        if (epochsSeen_.size() >= 2) {
            const auto& prev = epochsSeen_[epochsSeen_.size() - 2];
            int best = 0;
            for (const auto& e : epochsSeen_) best = e.best ? e.epoch : best;
            if (last.validLoss > prev.validLoss && last.trainLoss < prev.trainLoss) {
                notes << tr("Validation loss is rising while training loss falls: the model starts "
                            "to overfit. The test "
                            "uses the best checkpoint (epoch %1).")
                             .arg(best)
                             .toHtmlEscaped();
            }
        }
    }
    if (lossDiverged_) {
        notes << tr("The loss became NaN or infinite: lower the learning rate or enable gradient "
                    "clipping.")
                     .toHtmlEscaped();
    }
    diagnosis_->setText(notes.join(QStringLiteral("<br>")));
}

void TrainPage::scheduleReplot(bool loss, bool accuracy) {
    lossDirty_ = lossDirty_ || loss;
    accuracyDirty_ = accuracyDirty_ || accuracy;
    if (!replotTimer_->isActive()) replotTimer_->start();
}

void TrainPage::replot() {
    bool found = false;
    const auto lossRange = lossPlot_->graph(2)->data()->valueRange(found);
    double top = found ? lossRange.upper : 1.0;
    for (const auto& e : epochsSeen_) top = std::max({top, e.trainLoss, e.validLoss});
    lossPlot_->yAxis->setRange(0, std::max(0.8, top * 1.1));
    if (lossDirty_) lossPlot_->replot(QCustomPlot::rpQueuedReplot);
    if (accuracyDirty_) accuracyPlot_->replot(QCustomPlot::rpQueuedReplot);
    lossDirty_ = accuracyDirty_ = false;
}

}  // namespace sentiment::ui
