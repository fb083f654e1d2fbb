#pragma once

#include <QMetaType>
#include <QString>

#include "foundation/Error.h"

namespace sentiment::ui {

/// Live progress inside an epoch, as plain values for the GUI thread.
struct BatchUpdate {
    int epoch = 0, epochs = 0;
    qint64 batch = 0, batches = 0;
    qint64 step = 0;
    double loss = 0, accuracy = 0;
    double tokensPerSecond = 0;
    double epochEtaSeconds = 0, runEtaSeconds = 0;
    double learningRate = 0;  ///< of this batch's step
};

/// How far the validation or the test pass has come.
struct EvaluationUpdate {
    bool test = false;  ///< the test pass (else an epoch's validation)
    int epoch = 0;
    qint64 reviews = 0, total = 0;
};

/// One finished epoch.
struct EpochUpdate {
    int epoch = 0;
    double trainLoss = 0, trainAccuracy = 0, validLoss = 0, validAccuracy = 0;
    double seconds = 0;
    bool best = false;
};

/// How a run ended.
struct RunSummary {
    qint64 runId = 0;  ///< in the run store (0: not recorded)
    qint64 parameters = 0;
    bool stopped = false;
    bool tested = false;
    double testLoss = 0, testAccuracy = 0;
    /// More than two classes: how many, and the test's macro-F1 (the mean of the classes' F1).
    int classes = 2;
    double testMacroF1 = 0;
    int bestEpoch = 0;
    double tokensPerSecond = 0;  ///< training throughput over the whole run
    QString checkpoint;
    QString storeWarning;  ///< why recording stopped, if it did
};

}  // namespace sentiment::ui

Q_DECLARE_METATYPE(sentiment::ui::BatchUpdate)
Q_DECLARE_METATYPE(sentiment::ui::EpochUpdate)
Q_DECLARE_METATYPE(sentiment::ui::EvaluationUpdate)
Q_DECLARE_METATYPE(sentiment::ui::RunSummary)
Q_DECLARE_METATYPE(sentiment::ErrorKind)
