#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sentiment::ui {

/// How to read a labelled table, as the import dialog chooses it: the GUI's side of
/// data::TableOptions. Empty choices are found from the file.
struct TableChoice {
    QString textColumn;  ///< a header name or a 1-based number
    QString labelColumn;
    QString splitColumn;  ///< optional: "train" or "test" on each row
    QString groupColumn;  ///< optional: one group's rows (a movie's) stay on one side
    char delimiter = 0;   ///< 0: sniffed; '\t', ',', ';' or '|'
    int header = 0;       ///< 0: recognised, 1: the first row names the columns, 2: it is data
    QString labelMap;     ///< "1-4=negative,9-10=positive"; empty: each label is a class
    QString testFile;     ///< the test reviews in a file of their own
    double testFraction = 0.2;  ///< held out per class when neither a test file nor a column
    bool operator==(const TableChoice&) const = default;

    /// The choice as one line of JSON (Settings keeps the last one per file), and back; a line
    /// that does not read gives the default choice.
    QString toJson() const;
    static TableChoice fromJson(const QString& json);
    /// The choice `path` was last read with, when it is the dataset the settings remember (the
    /// last one opened); else the default (everything found from the file).
    static TableChoice lastFor(const QString& path);
};

/// The first rows of a table read with a TableChoice, and what their labels become.
struct TablePreviewView {
    QString error;  ///< empty when the rows were read
    QStringList columns;
    QList<QStringList> rows;
    bool jsonLines = false;
    char delimiter = 0;
    bool header = false;
    int textColumn = -1;  ///< 0-based, as chosen or found
    int labelColumn = -1;
    int splitColumn = -1;  ///< -1: none
    int groupColumn = -1;
    struct Label {
        QString label;
        int rows = 0;
        int classIndex = -1;  ///< -1: the label map drops it
    };
    QList<Label> labels;  ///< the previewed rows' labels, in natural order
    QStringList classes;
};

}  // namespace sentiment::ui
