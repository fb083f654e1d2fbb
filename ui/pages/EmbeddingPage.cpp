#include "ui/pages/EmbeddingPage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "foundation/TextFormat.h"
#include "ui/charts/TableExport.h"
#include "ui/controllers/RunChoice.h"
#include "ui/controllers/RunsController.h"

namespace sentiment::ui {

namespace {

// The space combo's entries.
enum SpaceChoice { kVectors = 0, kRun = 1, kBoth = 2 };

QTableWidgetItem* cosineItem(double c) {
    auto* item = new QTableWidgetItem(QLocale().toString(c, 'f', 3));
    item->setData(Qt::UserRole, c);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

EmbeddingPage::EmbeddingPage(RunsController* runs, EmbeddingController* controller, QWidget* parent)
    : QWidget(parent), runs_(runs), controller_(controller) {
    auto* intro = new QLabel(tr(
        "Words are points in the embedding: words used alike lie close together. Ask which words "
        "lie "
        "nearest to one (cosine similarity: 1 is the same direction, 0 unrelated), complete an "
        "analogy (king − man + woman ≈ queen), or see how training moved a word: its neighbours in "
        "GloVe beside its neighbours after a run trained on the reviews."));
    intro->setWordWrap(true);

    summary_ = new QLabel;
    summary_->setObjectName(QStringLiteral("summaryLabel"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    table_ = new QTableWidget(0, 2);
    table_->setObjectName(QStringLiteral("table"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    TableExport::attach(table_, tr("nearest-words"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(makeQueryForm());
    layout->addWidget(summary_);
    layout->addWidget(table_, 1);

    connectInputs();
    connectControllers();
    updateChoices();
}

// What to search in (vectors, a run, both) and the question: nearest words or an analogy.
QFormLayout* EmbeddingPage::makeQueryForm() {
    space_ = new QComboBox;
    space_->setObjectName(QStringLiteral("spaceBox"));
    space_->addItem(tr("Word vectors (loaded on the Data page)"), kVectors);
    space_->addItem(tr("A run's trained embedding"), kRun);
    space_->addItem(tr("How training moved a word: GloVe beside the run"), kBoth);
    run_ = new QComboBox;
    run_->setObjectName(QStringLiteral("runBox"));
    run_->setMinimumContentsLength(30);
    run_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    runInfo_ = new QLabel;
    runInfo_->setWordWrap(true);

    nearest_ = new QRadioButton(tr("Nearest words to"));
    nearest_->setChecked(true);
    analogy_ = new QRadioButton(tr("Analogy"));
    analogy_->setObjectName(QStringLiteral("analogyButton"));
    auto* mode = new QButtonGroup(this);
    mode->addButton(nearest_);
    mode->addButton(analogy_);
    word_ = new QLineEdit(QStringLiteral("great"));
    word_->setObjectName(QStringLiteral("wordEdit"));
    word_->setPlaceholderText(tr("a word"));
    auto* nearestRow = new QHBoxLayout;
    nearestRow->addWidget(nearest_);
    nearestRow->addWidget(word_, 1);
    auto* analogyRow = new QHBoxLayout;
    analogyRow->addWidget(analogy_);
    const char* examples[3] = {"king", "man", "woman"};
    for (int i = 0; i < 3; ++i) {
        abc_[i] = new QLineEdit(QString::fromLatin1(examples[i]));
        analogyRow->addWidget(abc_[i], 1);
        if (i < 2)
            analogyRow->addWidget(new QLabel(i == 0 ? QStringLiteral("−") : QStringLiteral("+")));
    }
    k_ = new QSpinBox;
    k_->setObjectName(QStringLiteral("countBox"));
    k_->setRange(1, 100);
    k_->setValue(10);
    find_ = new QPushButton(tr("&Find"));
    find_->setObjectName(QStringLiteral("findButton"));
    find_->setDefault(true);
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(new QLabel(tr("How many words:")));
    findRow->addWidget(k_);
    findRow->addStretch(1);
    findRow->addWidget(find_);

    auto* form = new QFormLayout;
    form->addRow(tr("Search in:"), space_);
    form->addRow(tr("Run:"), run_);
    form->addRow(QString(), runInfo_);
    form->addRow(nearestRow);
    form->addRow(analogyRow);
    form->addRow(findRow);

    return form;
}

// Enter in a word field asks; editing one chooses its kind of question.
void EmbeddingPage::connectInputs() {
    connect(find_, &QPushButton::clicked, this, &EmbeddingPage::find);
    connect(word_, &QLineEdit::returnPressed, this, [this] {
        nearest_->setChecked(true);
        find();
    });
    for (auto* edit : abc_) {
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            analogy_->setChecked(true);
            find();
        });
        connect(edit, &QLineEdit::textEdited, this, [this] { analogy_->setChecked(true); });
    }
    connect(word_, &QLineEdit::textEdited, this, [this] { nearest_->setChecked(true); });
    connect(space_, &QComboBox::currentIndexChanged, this, [this] { updateChoices(); });
    connect(run_, &QComboBox::currentIndexChanged, this, [this] {
        if (run_->currentIndex() < 0) return;
        runInfo_->setText(tr("Loading run %1's embedding…").arg(run_->currentData().toLongLong()));
        controller_->loadRun(run_->currentData().toLongLong(),
                             run_->currentData(Qt::UserRole + 1).toString());
    });
}

void EmbeddingPage::connectControllers() {
    connect(runs_, &RunsController::listed, this, &EmbeddingPage::showRuns);
    connect(controller_, &EmbeddingController::runLoaded, this,
            [this](qint64 run, const QString& description) {
                runInfo_->setText(tr("Run %1: %2").arg(run).arg(description));
                updateChoices();
            });
    connect(controller_, &EmbeddingController::vectorsChanged, this, [this] { updateChoices(); });
    connect(controller_, &EmbeddingController::failed, this, [this](const QString& message) {
        runInfo_->setText(message);
        updateChoices();
    });
    connect(controller_, &EmbeddingController::answered, this, &EmbeddingPage::showAnswer);
}

EmbeddingQuery::Space EmbeddingPage::chosenSpace() const {
    switch (space_->currentData().toInt()) {
        case kRun:
            return EmbeddingQuery::Space::Run;
        case kBoth:
            return EmbeddingQuery::Space::Both;
        default:
            return EmbeddingQuery::Space::Vectors;
    }
}

void EmbeddingPage::updateChoices() {
    const auto space = chosenSpace();
    run_->setEnabled(space != EmbeddingQuery::Space::Vectors);
    const bool vectors = controller_->hasVectors();
    const bool run = controller_->hasRun();
    QString missing;
    if (space != EmbeddingQuery::Space::Run && !vectors) {
        missing =
            tr("No word vectors are loaded: open GloVe on the Data page (glove.6B.100d.txt, or "
               "glove.6B.zip).");
    } else if (space != EmbeddingQuery::Space::Vectors && run_->count() == 0) {
        missing = tr("No completed run with a word embedding yet: train one on the Train page.");
    } else if (space != EmbeddingQuery::Space::Vectors && !run) {
        missing = tr("Choose a run whose embedding to search.");
    }
    find_->setEnabled(missing.isEmpty());
    if (!missing.isEmpty()) summary_->setText(missing);
}

void EmbeddingPage::showRuns(const std::shared_ptr<const std::vector<storage::RunRow>>& runs) {
    // NBSVM keeps one fixed ratio per n-gram: no embedding to explore.
    fillRunChoice(
        *run_, *runs, [](const storage::RunRow& r) { return r.info.preset != "nbsvm"; },
        [](const storage::RunRow& r) {
            return r.info.vectorsPath.empty()
                       ? QString()
                       : tr(" · from %1")
                             .arg(QFileInfo(QString::fromStdString(r.info.vectorsPath)).fileName());
        });
    updateChoices();
}

void EmbeddingPage::ask(EmbeddingQuery::Space space, const QStringList& words) {
    const int choice = space == EmbeddingQuery::Space::Run    ? kRun
                       : space == EmbeddingQuery::Space::Both ? kBoth
                                                              : kVectors;
    space_->setCurrentIndex(space_->findData(choice));
    if (words.size() == 3) {
        for (int i = 0; i < 3; ++i) abc_[i]->setText(words[i]);
        analogy_->setChecked(true);
    } else {
        word_->setText(words.join(QLatin1Char(' ')));
        nearest_->setChecked(true);
    }
    find();
}

bool EmbeddingPage::offersRuns() const {
    return run_->count() > 0;
}

void EmbeddingPage::find() {
    EmbeddingQuery query;
    query.space = chosenSpace();
    query.k = k_->value();
    if (analogy_->isChecked()) {
        for (auto* edit : abc_) query.words << edit->text().trimmed();
    } else {
        query.words << word_->text().trimmed();
    }
    if (query.words.contains(QString())) {
        summary_->setText(analogy_->isChecked() ? tr("Type three words: a − b + c.")
                                                : tr("Type a word."));
        return;
    }
    summary_->setText(tr("Searching…"));
    controller_->ask(query);
}

void EmbeddingPage::showAnswer(const EmbeddingAnswer& answer) {
    if (!answer.error.isEmpty()) {
        summary_->setText(answer.error);
        table_->setRowCount(0);
        return;
    }
    const auto& q = answer.query;
    const bool two = q.space == EmbeddingQuery::Space::Both;
    const QString what =
        q.words.size() == 3 ? QStringLiteral("%1 − %2 + %3").arg(q.words[0], q.words[1], q.words[2])
                            : QStringLiteral("“%1”").arg(q.words[0]);
    const QString run = tr("run %1").arg(controller_->run());
    QStringList headers;
    if (two) {
        headers << (q.words.size() == 3 ? tr("In GloVe") : tr("In GloVe, among the run's words"))
                << tr("Cosine") << tr("After training (%1)").arg(run) << tr("Cosine");
    } else {
        headers << (q.space == EmbeddingQuery::Space::Run
                        ? tr("In the trained embedding (%1)").arg(run)
                        : tr("In the word vectors"))
                << tr("Cosine");
    }
    table_->clear();
    table_->setColumnCount(int(headers.size()));
    table_->setHorizontalHeaderLabels(headers);
    const auto rows = std::max(answer.first.size(), answer.second.size());
    table_->setRowCount(int(rows));
    for (int i = 0; i < int(rows); ++i) {
        if (i < answer.first.size()) {
            table_->setItem(i, 0, new QTableWidgetItem(answer.first[i].word));
            table_->setItem(i, 1, cosineItem(answer.first[i].cosine));
        }
        if (two && i < answer.second.size()) {
            auto* item = new QTableWidgetItem(answer.second[i].word);
            const bool kept =
                std::any_of(answer.first.begin(), answer.first.end(), [&](const NeighbourView& n) {
                    return n.word.compare(answer.second[i].word, Qt::CaseInsensitive) == 0;
                });
            if (!kept) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setToolTip(tr("New: not among the word's neighbours before training"));
            }
            table_->setItem(i, 2, item);
            table_->setItem(i, 3, cosineItem(answer.second[i].cosine));
        }
    }
    const QString ms = QLocale().toString(answer.milliseconds, 'f', 1);
    if (two && q.words.size() == 1) {
        summary_->setText(
            tr("How training moved %1: %2 of its %3 nearest words are still its neighbours (new "
               "ones in bold); "
               "its trained vector points %4 the way its GloVe vector did (cosine %5). %6 ms.")
                .arg(what)
                .arg(answer.shared)
                .arg(q.k)
                .arg(answer.cosineToStart > 0.9   ? tr("almost exactly")
                     : answer.cosineToStart > 0.6 ? tr("mostly")
                                                  : tr("only partly"))
                .arg(QLocale().toString(answer.cosineToStart, 'f', 3))
                .arg(ms));
    } else {
        summary_->setText(tr("The %1 words nearest to %2 (%3 ms).").arg(rows).arg(what).arg(ms));
    }
}

}  // namespace sentiment::ui
