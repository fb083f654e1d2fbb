#pragma once

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sentiment::ui {

/// What the Data page shows about a loaded dataset; plain values made on the worker thread.
struct DatasetSummary {
    QString source;
    bool demo = false;
    /// The class names by index (IMDb: "negative", "positive"), and each split's reviews of each
    /// class: [train, valid, test][class].
    QStringList classes;
    QList<QList<int>> counts{{}, {}, {}};
    int vocabSize = 0;
    qint64 tokens = 0;
    double paddingBucketed = 0;
    double paddingRandom = 0;
    double seconds = 0;
    bool cacheUsed = false;
    QList<QPair<QString, qint64>> mostCommon;
    /// Review lengths (tokens) of the train split: bins of `lengthBinWidth` from 0, the last bin
    /// also counting everything longer.
    QList<double> lengthCounts;
    int lengthBinWidth = 25;
    int medianLength = 0;
    int maxLength = 0;
    QStringList warnings;
    /// The script of most letters ("Hangul") and its share, when most letters are not Latin and
    /// the reviews were cut by English rules: the Unicode tokenizer would split them better.
    QString unicodeScript;
    double unicodeScriptShare = 0;
};

}  // namespace sentiment::ui

Q_DECLARE_METATYPE(sentiment::ui::DatasetSummary)
