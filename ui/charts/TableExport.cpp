#include "ui/charts/TableExport.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QTableWidget>

namespace sentiment::ui {

namespace {
QStringList headers(const QTableWidget* t) {
    QStringList h;
    for (int c = 0; c < t->columnCount(); ++c) {
        const auto* item = t->horizontalHeaderItem(c);
        h << (item ? item->text() : QString::number(c + 1));
    }
    return h;
}
QString cell(const QTableWidget* t, int r, int c) {
    const auto* item = t->item(r, c);
    return item ? item->text() : QString();
}
QString csvField(QString s) {
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
        s.contains(QLatin1Char('\n'))) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}
}  // namespace

QString TableExport::csv(const QTableWidget* t) {
    QString out;
    QStringList row;
    for (const auto& h : headers(t)) row << csvField(h);
    out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < t->rowCount(); ++r) {
        row.clear();
        for (int c = 0; c < t->columnCount(); ++c) row << csvField(cell(t, r, c));
        out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString TableExport::markdown(const QTableWidget* t) {
    auto line = [](const QStringList& cells) {
        QStringList escaped;
        for (auto c : cells) escaped << c.replace(QStringLiteral("|"), QStringLiteral("\\|"));
        return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    };
    QString out = line(headers(t));
    QStringList rule;
    for (int c = 0; c < t->columnCount(); ++c) rule << QStringLiteral("---");
    out += line(rule);
    for (int r = 0; r < t->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < t->columnCount(); ++c) cells << cell(t, r, c);
        out += line(cells);
    }
    return out;
}

QString TableExport::tsv(const QTableWidget* t) {
    QString out = headers(t).join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (int r = 0; r < t->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < t->columnCount(); ++c)
            cells << cell(t, r, c).replace(QLatin1Char('\t'), QLatin1Char(' '));
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

QString TableExport::html(const QTableWidget* t) {
    QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr>");
    for (const auto& h : headers(t)) out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    out += QStringLiteral("</tr>");
    for (int r = 0; r < t->rowCount(); ++r) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < t->columnCount(); ++c)
            out += QStringLiteral("<td>%1</td>").arg(cell(t, r, c).toHtmlEscaped());
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

bool TableExport::save(const QTableWidget* t, const QString& file, QString* error) {
    const QString suffix = QFileInfo(file).suffix().toLower();
    QString text;
    if (suffix == QStringLiteral("csv")) {
        text = csv(t);
    } else if (suffix == QStringLiteral("md") || suffix == QStringLiteral("markdown")) {
        text = markdown(t);
    } else {
        if (error != nullptr) *error = QObject::tr("%1: choose a .csv or .md file name").arg(file);
        return false;
    }
    QSaveFile out(file);  // written whole or not at all
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit()) {
        if (error != nullptr)
            *error = QObject::tr("%1 could not be written: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

void TableExport::copy(const QTableWidget* t) {
    auto* mime = new QMimeData;
    mime->setText(tsv(t));
    mime->setHtml(html(t));
    QApplication::clipboard()->setMimeData(mime);
}

void TableExport::attach(QTableWidget* table, const QString& name) {
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        table, &QWidget::customContextMenuRequested, table, [table, name](const QPoint& at) {
            QMenu menu(table);
            auto saveAs = [table, name](const QString& suffix, const QString& filter) {
                const QString file = QFileDialog::getSaveFileName(
                    table, QObject::tr("Save table"), name + QLatin1Char('.') + suffix, filter);
                if (file.isEmpty()) return;
                QString error;
                if (!save(table, file, &error))
                    QMessageBox::warning(table, QObject::tr("Save table"), error);
            };
            menu.addAction(QObject::tr("Save as CSV…"), table,
                           [=] { saveAs(QStringLiteral("csv"), QObject::tr("CSV (*.csv)")); });
            menu.addAction(QObject::tr("Save as Markdown…"), table,
                           [=] { saveAs(QStringLiteral("md"), QObject::tr("Markdown (*.md)")); });
            menu.addSeparator();
            menu.addAction(QObject::tr("Copy as a table"), table, [table] { copy(table); });
            menu.exec(table->viewport()->mapToGlobal(at));
        });
}

}  // namespace sentiment::ui
