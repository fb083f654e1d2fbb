#pragma once

#include <QString>

class QTableWidget;

namespace sentiment::ui {

/// A table of the window as a report wants it: CSV (RFC 4180), Markdown, and the clipboard as
/// tab-separated text plus an HTML table, so it pastes into a word processor as a table.
/// `attach` gives a table the right-click menu that offers all of it.
class TableExport {
public:
    static QString csv(const QTableWidget* table);
    static QString markdown(const QTableWidget* table);
    static QString tsv(const QTableWidget* table);
    static QString html(const QTableWidget* table);
    /// Writes CSV or Markdown (by the extension: .csv, .md); false with `error` naming the file.
    static bool save(const QTableWidget* table, const QString& file, QString* error = nullptr);
    static void copy(const QTableWidget* table);
    static void attach(QTableWidget* table, const QString& name);
};

}  // namespace sentiment::ui
