#include "ui/charts/ChartExport.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>

#include "ui/charts/QCustomPlotHeader.h"

namespace sentiment::ui {

bool ChartExport::save(QCustomPlot* plot, const QString& file, QString* error) {
    const QString suffix = QFileInfo(file).suffix().toLower();
    const int w = plot->width(), h = plot->height();
    bool ok = false;
    if (suffix == QStringLiteral("png")) {
        ok = plot->savePng(file, w, h, 2.0);
    } else if (suffix == QStringLiteral("pdf")) {
        ok = plot->savePdf(file, w, h);
    } else if (suffix == QStringLiteral("svg")) {
        QSvgGenerator svg;
        svg.setFileName(file);
        svg.setSize(QSize(w, h));
        svg.setViewBox(QRect(0, 0, w, h));
        svg.setTitle(plot->yAxis->label());
        QCPPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            plot->toPainter(&painter, w, h);
            ok = painter.end();
        }
        ok = ok && QFileInfo(file).size() > 0;
    } else {
        if (error != nullptr)
            *error = QObject::tr("%1: choose a .png, .pdf or .svg file name").arg(file);
        return false;
    }
    if (!ok && error != nullptr) *error = QObject::tr("%1 could not be written").arg(file);
    return ok;
}

void ChartExport::copy(QCustomPlot* plot) {
    QApplication::clipboard()->setPixmap(plot->toPixmap(plot->width(), plot->height(), 2.0));
}

void ChartExport::attach(QCustomPlot* plot, const QString& name) {
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        plot, &QWidget::customContextMenuRequested, plot, [plot, name](const QPoint& at) {
            QMenu menu(plot);
            auto saveAs = [plot, name](const QString& suffix, const QString& filter) {
                const QString file = QFileDialog::getSaveFileName(
                    plot, QObject::tr("Save chart"), name + QLatin1Char('.') + suffix, filter);
                if (file.isEmpty()) return;
                QString error;
                if (!save(plot, file, &error))
                    QMessageBox::warning(plot, QObject::tr("Save chart"), error);
            };
            menu.addAction(QObject::tr("Save as PNG…"), plot, [=] {
                saveAs(QStringLiteral("png"), QObject::tr("PNG image (*.png)"));
            });
            menu.addAction(QObject::tr("Save as PDF…"), plot,
                           [=] { saveAs(QStringLiteral("pdf"), QObject::tr("PDF (*.pdf)")); });
            menu.addAction(QObject::tr("Save as SVG…"), plot,
                           [=] { saveAs(QStringLiteral("svg"), QObject::tr("SVG (*.svg)")); });
            menu.addSeparator();
            menu.addAction(QObject::tr("Copy"), plot, [plot] { copy(plot); });
            menu.exec(plot->mapToGlobal(at));
        });
}

}  // namespace sentiment::ui
