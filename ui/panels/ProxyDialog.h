#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace sentiment::ui {

/// File > Network proxy…: the proxy downloads go through. The system's settings (the default),
/// none, or an address typed in; checked before it is accepted.
class ProxyDialog : public QDialog {
    Q_OBJECT
public:
    /// `setting` as Settings::proxy keeps it: "", "none" or an address.
    explicit ProxyDialog(const QString& setting, QWidget* parent = nullptr);
    QString setting() const;

private:
    void update();

    QRadioButton* system_;
    QRadioButton* none_;
    QRadioButton* manual_;
    QLineEdit* address_;
    QLabel* hint_;
    QDialogButtonBox* buttons_;
};

}  // namespace sentiment::ui
