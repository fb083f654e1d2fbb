#pragma once

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace sentiment::ui {

/// What the Data page shows about loaded word vectors against the loaded vocabulary.
struct VectorsSummary {
    QString source;
    int dimension = 0;
    qint64 words = 0;
    double seconds = 0;
    bool cacheUsed = false;
    qint64 vocabSize = 0;
    qint64 found = 0;
    qint64 foundLowercase = 0;
    double coverage = 0;
    QList<QPair<QString, qint64>> mostFrequentMissing;  ///< word, training count
};

}  // namespace sentiment::ui

Q_DECLARE_METATYPE(sentiment::ui::VectorsSummary)
