#include "ui/panels/ReviewBrowser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "ui/controllers/DatasetController.h"

namespace sentiment::ui {

ReviewBrowser::ReviewBrowser(DatasetController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    split_ = new QComboBox;
    split_->addItems({tr("Train"), tr("Validation"), tr("Test")});
    // Validation first: its reviews were not used for the vocabulary, so some words show as <unk>.
    split_->setCurrentIndex(1);
    index_ = new QSpinBox;
    index_->setRange(1, 1);
    index_->setMinimumWidth(90);
    auto* random = new QPushButton(tr("Random"));
    info_ = new QLabel;
    info_->setObjectName(QStringLiteral("infoLabel"));
    text_ = new QTextBrowser;
    tokens_ = new QTextBrowser;
    tokens_->setObjectName(QStringLiteral("tokensView"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Split:")));
    top->addWidget(split_);
    top->addWidget(new QLabel(tr("Review:")));
    top->addWidget(index_);
    top->addWidget(random);
    top->addWidget(info_, 1);
    auto* panes = new QSplitter;
    auto addPane = [panes](const QString& title, QWidget* view) {
        auto* box = new QWidget;
        auto* l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(new QLabel(title));
        l->addWidget(view);
        panes->addWidget(box);
    };
    addPane(tr("Raw text"), text_);
    addPane(tr("Tokens (<span style='background:#ffc9c9'>marked</span> = not in the vocabulary, "
               "becomes &lt;unk&gt;)"),
            tokens_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(panes, 1);

    connect(split_, &QComboBox::currentIndexChanged, this, [this] {
        index_->setRange(1, std::max(1, controller_->reviewCount(split_->currentIndex())));
        refresh();
    });
    connect(index_, &QSpinBox::valueChanged, this, &ReviewBrowser::refresh);
    connect(random, &QPushButton::clicked, this, [this] {
        const int n = controller_->reviewCount(split_->currentIndex());
        if (n > 0) index_->setValue(1 + int(QRandomGenerator::global()->bounded(n)));
    });
    connect(controller_, &DatasetController::loaded, this, [this] {
        index_->setRange(1, std::max(1, controller_->reviewCount(split_->currentIndex())));
        refresh();
    });
}

void ReviewBrowser::show(int split, int row) {
    split_->setCurrentIndex(split);
    index_->setValue(row + 1);
    refresh();
}

void ReviewBrowser::refresh() {
    const auto view = controller_->review(split_->currentIndex(), index_->value() - 1);
    if (!view.valid) {
        info_->clear();
        text_->clear();
        tokens_->clear();
        return;
    }
    const QLocale locale;
    info_->setText(tr("%1 · %2 tokens · %3 not in the vocabulary")
                       .arg(view.positive ? tr("positive") : tr("negative"),
                            locale.toString(qsizetype(view.tokens.size())),
                            locale.toString(view.unknownCount)));
    text_->setPlainText(view.text);
    QString html;
    html.reserve(view.tokens.size() * 12);
    for (qsizetype i = 0; i < view.tokens.size(); ++i) {
        const QString token = view.tokens[i].toHtmlEscaped();
        if (view.unknown[i]) {
            html +=
                QStringLiteral("<span style='background:#ffc9c9' title='&lt;unk&gt;'>%1</span> ")
                    .arg(token);
        } else {
            html += token + QLatin1Char(' ');
        }
    }
    tokens_->setHtml(html);
}

}  // namespace sentiment::ui
