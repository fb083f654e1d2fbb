#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace sentiment::ui {

/// A model's parameters as the Model page shows them: every tensor, the per-layer formulas a
/// student can check by hand (assignment 5), and the totals. Plain values made off the GUI thread.
struct ParameterSummary {
    struct Tensor {
        QString name, shape;
        qint64 count = 0;
    };
    struct Formula {
        QString layer, formula;
        qint64 count = 0;
    };
    QList<Tensor> tensors;
    QList<Formula> formulas;
    qint64 trainable = 0;
    qint64 total = 0;
    qint64 vocabSize = 0;
    qint64 embeddingDim = 0;
    bool vocabExact =
        true;  ///< false: the vocabulary is not built yet and its size is the limit chosen
    quint64 expectedPeakBytes = 0;  ///< training::MemoryEstimate of a run of this model
};

}  // namespace sentiment::ui

Q_DECLARE_METATYPE(sentiment::ui::ParameterSummary)
