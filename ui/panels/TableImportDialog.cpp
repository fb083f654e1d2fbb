#include "ui/panels/TableImportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/controllers/DatasetController.h"

namespace sentiment::ui {

namespace {
constexpr int kRows = 100;   // rows read for the preview
constexpr int kLabels = 24;  // labels listed by name; more are counted

QComboBox* combo(const char* name) {
    auto* c = new QComboBox;
    c->setObjectName(QString::fromLatin1(name));
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(12);
    return c;
}
}  // namespace

TableImportDialog::TableImportDialog(const QString& path, const TableChoice& initial,
                                     QWidget* parent)
    : QDialog(parent), path_(path), choice_(initial) {
    setObjectName(QStringLiteral("tableImport"));
    setWindowTitle(tr("Open %1").arg(QFileInfo(path).fileName()));
    format_ = new QLabel;
    format_->setWordWrap(true);

    delimiter_ = combo("tableDelimiter");
    delimiter_->addItem(tr("Found from the file"), 0);
    delimiter_->addItem(tr("Tab"), int('\t'));
    delimiter_->addItem(tr("Comma"), int(','));
    delimiter_->addItem(tr("Semicolon"), int(';'));
    delimiter_->addItem(tr("Vertical bar"), int('|'));
    delimiter_->setCurrentIndex(std::max(0, delimiter_->findData(int(choice_.delimiter))));
    header_ = combo("tableHeader");
    header_->addItem(tr("Found from the file"), 0);
    header_->addItem(tr("Names the columns"), 1);
    header_->addItem(tr("Is a review like the others"), 2);
    header_->setCurrentIndex(std::clamp(choice_.header, 0, 2));
    text_ = combo("tableText");
    label_ = combo("tableLabel");
    split_ = combo("tableSplit");
    split_->setToolTip(tr("A column saying \"train\" or \"test\" on each row"));
    group_ = combo("tableGroup");
    group_->setToolTip(
        tr("Rows with the same value here (one movie's reviews) are kept on one "
           "side of the split, so that the test has only unseen groups"));
    labelMap_ = new QLineEdit(choice_.labelMap);
    labelMap_->setObjectName(QStringLiteral("tableLabelMap"));
    labelMap_->setPlaceholderText(tr("each label is a class; e.g. 1-4=negative,9-10=positive"));
    labelMap_->setToolTip(
        tr("Labels, or ranges of numbers, to classes: \"1-4=negative,9-10="
           "positive\" keeps two classes and drops the labels it does not "
           "name; \"pos=positive,neg=negative\" renames them"));
    testFile_ = new QLineEdit(choice_.testFile);
    testFile_->setObjectName(QStringLiteral("tableTestFile"));
    testFile_->setReadOnly(true);
    testFile_->setPlaceholderText(tr("none: held out from this file"));
    chooseTest_ = new QPushButton(tr("Choose…"));
    clearTest_ = new QPushButton(tr("Clear"));
    testShare_ = new QDoubleSpinBox;
    testShare_->setObjectName(QStringLiteral("tableTestShare"));
    testShare_->setRange(5, 50);
    testShare_->setDecimals(0);
    testShare_->setSuffix(QStringLiteral(" %"));
    testShare_->setValue(choice_.testFraction * 100);
    testShare_->setToolTip(
        tr("Of each class (or of the groups), chosen at random with a fixed "
           "seed: the same reviews every time"));

    rows_ = new QTableWidget;
    rows_->setObjectName(QStringLiteral("tableRows"));
    rows_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rows_->setWordWrap(false);
    rows_->verticalHeader()->setDefaultSectionSize(rows_->fontMetrics().height() + 6);
    labels_ = new QLabel;
    labels_->setObjectName(QStringLiteral("tableLabels"));
    labels_->setWordWrap(true);
    labels_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_ = new QLabel;
    error_->setObjectName(QStringLiteral("tableError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b00020"));
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Open"));

    auto* left = new QFormLayout;
    left->addRow(tr("Delimiter:"), delimiter_);
    left->addRow(tr("The first row:"), header_);
    left->addRow(tr("Text column:"), text_);
    left->addRow(tr("Label column:"), label_);
    auto* right = new QFormLayout;
    right->addRow(tr("Split column:"), split_);
    right->addRow(tr("Group column:"), group_);
    right->addRow(tr("Label map:"), labelMap_);
    auto* test = new QHBoxLayout;
    test->addWidget(testFile_, 1);
    test->addWidget(chooseTest_);
    test->addWidget(clearTest_);
    right->addRow(tr("Test file:"), test);
    right->addRow(tr("Held out for the test:"), testShare_);
    auto* forms = new QHBoxLayout;
    forms->addLayout(left, 1);
    forms->addSpacing(16);
    forms->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(format_);
    layout->addLayout(forms);
    layout->addWidget(rows_, 1);
    layout->addWidget(labels_);
    layout->addWidget(error_);
    layout->addWidget(buttons_);
    resize(960, 640);

    const auto columnChosen = [this](QComboBox* box, QString TableChoice::*field) {
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, field] {
            if (filling_) return;
            choice_.*field = columnName(box->currentData().toInt());
            refresh();
        });
    };
    columnChosen(text_, &TableChoice::textColumn);
    columnChosen(label_, &TableChoice::labelColumn);
    columnChosen(split_, &TableChoice::splitColumn);
    columnChosen(group_, &TableChoice::groupColumn);
    connect(delimiter_, &QComboBox::currentIndexChanged, this, [this] {
        if (filling_) return;
        choice_.delimiter = char(delimiter_->currentData().toInt());
        // Other fields: the columns are found again.
        choice_.textColumn = choice_.labelColumn = choice_.splitColumn = choice_.groupColumn = {};
        refresh();
    });
    connect(header_, &QComboBox::currentIndexChanged, this, [this] {
        if (filling_) return;
        choice_.header = header_->currentData().toInt();
        choice_.textColumn = choice_.labelColumn = choice_.splitColumn = choice_.groupColumn = {};
        refresh();
    });
    auto* typing = new QTimer(this);  // the label map is read again once typing pauses
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(labelMap_, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] {
        choice_.labelMap = labelMap_->text().trimmed();
        refresh();
    });
    connect(testShare_, &QDoubleSpinBox::valueChanged, this,
            [this](double percent) { choice_.testFraction = percent / 100; });
    connect(chooseTest_, &QPushButton::clicked, this, &TableImportDialog::chooseTestFile);
    connect(clearTest_, &QPushButton::clicked, this, [this] {
        choice_.testFile.clear();
        testFile_->clear();
        refresh();
    });
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

QString TableImportDialog::columnName(int index) const {
    if (index < 0 || index >= view_.columns.size()) return {};
    const QString& name = view_.columns[index];
    // A header's name, unless it reads as a number or is not unique: then the column's number.
    bool number = false;
    (void)name.toDouble(&number);
    if (view_.header && !number && !name.trimmed().isEmpty() && view_.columns.count(name) == 1)
        return name;
    return QString::number(index + 1);
}

void TableImportDialog::chooseTestFile() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("The test reviews, in the same layout"), QFileInfo(path_).absolutePath(),
        tr("Labelled texts (*.csv *.tsv *.txt *.jsonl *.ndjson *.gz);;All files (*)"));
    if (file.isEmpty()) return;
    choice_.testFile = file;
    testFile_->setText(file);
    refresh();
}

void TableImportDialog::refresh() {
    view_ = DatasetController::preview(path_, choice_, kRows);
    fillColumns();
    fillRows();
    describeLabels();
    const bool ok = view_.error.isEmpty();
    error_->setText(view_.error);
    error_->setVisible(!ok);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(ok);
    delimiter_->setEnabled(!view_.jsonLines);
    header_->setEnabled(!view_.jsonLines);
    clearTest_->setEnabled(!choice_.testFile.isEmpty());
    testShare_->setEnabled(choice_.testFile.isEmpty() && view_.splitColumn < 0);
    if (!ok) {
        format_->setText(
            QStringLiteral("<b>%1</b>").arg(QFileInfo(path_).fileName().toHtmlEscaped()));
        return;
    }
    QString format;
    if (view_.jsonLines) {
        format = tr("JSON Lines, %n key(s) per line", nullptr, int(view_.columns.size()));
    } else {
        const QString delimiter = view_.delimiter == '\t'  ? tr("tab-separated")
                                  : view_.delimiter == ',' ? tr("comma-separated")
                                  : view_.delimiter == ';' ? tr("semicolon-separated")
                                                           : tr("separated by vertical bars");
        format = tr("%1, %n column(s), ", nullptr, int(view_.columns.size())).arg(delimiter) +
                 (view_.header ? tr("the first row names them") : tr("no header row"));
    }
    format_->setText(tr("<b>%1</b>: %2. The first %n row(s):", nullptr, int(view_.rows.size()))
                         .arg(QFileInfo(path_).fileName().toHtmlEscaped(), format));
}

void TableImportDialog::fillColumns() {
    filling_ = true;
    const auto fill = [this](QComboBox* box, int chosen, bool optional) {
        box->clear();
        if (optional) {
            box->addItem(tr("(none)"), -1);
        } else if (chosen < 0) {
            box->addItem(tr("(choose a column)"), -1);
        }
        for (int i = 0; i < view_.columns.size(); ++i) {
            const QString shown = view_.header ? view_.columns[i] : tr("column %1").arg(i + 1);
            box->addItem(shown, i);
        }
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
        box->setEnabled(view_.error.isEmpty() || !view_.columns.isEmpty());
    };
    fill(text_, view_.textColumn, false);
    fill(label_, view_.labelColumn, false);
    fill(split_, view_.splitColumn, true);
    fill(group_, view_.groupColumn, true);
    filling_ = false;
}

void TableImportDialog::fillRows() {
    rows_->clear();
    rows_->setColumnCount(int(view_.columns.size()));
    rows_->setRowCount(int(view_.rows.size()));
    QStringList headers;
    for (int c = 0; c < view_.columns.size(); ++c) {
        QString name = view_.header ? view_.columns[c] : tr("column %1").arg(c + 1);
        if (c == view_.textColumn) name = tr("%1 (text)").arg(name);
        if (c == view_.labelColumn) name = tr("%1 (label)").arg(name);
        if (c == view_.splitColumn) name = tr("%1 (split)").arg(name);
        if (c == view_.groupColumn) name = tr("%1 (group)").arg(name);
        headers << name;
    }
    rows_->setHorizontalHeaderLabels(headers);
    QColor tint = palette().highlight().color();
    tint.setAlpha(40);
    QSet<QString> dropped;  // rows the label map leaves out are greyed
    for (const auto& l : view_.labels)
        if (l.classIndex < 0) dropped.insert(l.label);
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (int r = 0; r < view_.rows.size(); ++r) {
        const auto& row = view_.rows[r];
        const bool left = dropped.contains(row.value(view_.labelColumn));
        for (int c = 0; c < row.size() && c < view_.columns.size(); ++c) {
            auto* item = new QTableWidgetItem(row[c].left(500));
            if (c == view_.textColumn || c == view_.labelColumn) item->setBackground(tint);
            if (left) item->setForeground(grey);
            rows_->setItem(r, c, item);
        }
    }
    auto* header = rows_->horizontalHeader();
    for (int c = 0; c < view_.columns.size(); ++c) {
        header->setSectionResizeMode(
            c, c == view_.textColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
}

void TableImportDialog::describeLabels() {
    if (!view_.error.isEmpty() || view_.labels.isEmpty()) {
        labels_->clear();
        return;
    }
    QStringList parts;
    int dropped = 0;
    for (int i = 0; i < view_.labels.size(); ++i) {
        const auto& l = view_.labels[i];
        if (l.classIndex < 0) dropped += l.rows;
        if (i >= kLabels) continue;
        const QString label = l.label.toHtmlEscaped();
        if (l.classIndex < 0) {
            parts << tr("<s>%1</s> ×%2 dropped").arg(label).arg(l.rows);
        } else if (view_.classes.value(l.classIndex) != l.label) {
            parts << tr("%1 ×%2 → <b>%3</b>")
                         .arg(label)
                         .arg(l.rows)
                         .arg(view_.classes.value(l.classIndex).toHtmlEscaped());
        } else {
            parts << tr("<b>%1</b> ×%2").arg(label).arg(l.rows);
        }
    }
    if (view_.labels.size() > kLabels)
        parts << tr("and %n more label(s)", nullptr, int(view_.labels.size() - kLabels));
    QString text = tr("Labels in these rows: %1.").arg(parts.join(QStringLiteral(", ")));
    QStringList classes;
    for (const auto& c : view_.classes) classes << c.toHtmlEscaped();
    text += QLatin1Char(' ') + tr("Classes: %1 (%n class(es)).", nullptr, int(classes.size()))
                                   .arg(classes.join(QStringLiteral(", ")));
    if (dropped > 0)
        text += QLatin1Char(' ') + tr("The label map drops %n of these rows.", nullptr, dropped);
    if (view_.classes.size() > 100)
        text += QLatin1Char(' ') + tr("More than 100 classes cannot be told apart: bin them "
                                      "with a label map.");
    labels_->setText(text);
}

}  // namespace sentiment::ui
