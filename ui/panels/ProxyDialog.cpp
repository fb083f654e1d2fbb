#include "ui/panels/ProxyDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "ui/platform/ProxyChoice.h"

namespace sentiment::ui {

ProxyDialog::ProxyDialog(const QString& setting, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Network proxy"));
    auto* intro =
        new QLabel(tr("Downloads of IMDb and GloVe go through this proxy. Nothing is downloaded "
                      "unless you ask."));
    intro->setWordWrap(true);
    system_ = new QRadioButton(tr("Use the system's proxy settings"));
    none_ = new QRadioButton(tr("No proxy"));
    manual_ = new QRadioButton(tr("This proxy:"));
    address_ = new QLineEdit;
    address_->setPlaceholderText(tr("http://proxy.example.edu:3128"));
    hint_ = new QLabel;
    hint_->setWordWrap(true);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    if (setting.isEmpty()) {
        system_->setChecked(true);
    } else if (setting == QLatin1String("none")) {
        none_->setChecked(true);
    } else {
        manual_->setChecked(true);
        address_->setText(setting);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(system_);
    layout->addWidget(none_);
    layout->addWidget(manual_);
    layout->addWidget(address_);
    layout->addWidget(hint_);
    layout->addWidget(buttons_);
    for (auto* b : {system_, none_, manual_})
        connect(b, &QRadioButton::toggled, this, &ProxyDialog::update);
    connect(address_, &QLineEdit::textChanged, this, &ProxyDialog::update);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString ProxyDialog::setting() const {
    if (none_->isChecked()) return QStringLiteral("none");
    if (manual_->isChecked()) return address_->text().trimmed();
    return {};
}

void ProxyDialog::update() {
    address_->setEnabled(manual_->isChecked());
    const bool ok = !manual_->isChecked() ||
                    (!address_->text().trimmed().isEmpty() && ProxyChoice::valid(address_->text()));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(ok);
    if (manual_->isChecked() && !ok) {
        hint_->setText(
            tr("Write the proxy as an address: http://host:port or socks5h://host:port."));
    } else {
        hint_->setText(
            tr("For https://ai.stanford.edu: %1")
                .arg(ProxyChoice::describe(
                    setting(),
                    ProxyChoice::resolve(setting(), QStringLiteral("https://ai.stanford.edu/")))));
    }
}

}  // namespace sentiment::ui
