#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "storage/RunStatus.h"

namespace sentiment::storage {

/// What is known about a run when it starts.
struct RunInfo {
    std::string name;
    std::string preset;
    std::string configJson = "{}";  ///< the full model, training and data configuration
    std::uint64_t seed = 0;
    std::string datasetSource;      ///< a path, or "demo sample"
    std::uint64_t datasetSize = 0;  ///< bytes
    std::string datasetHash;        ///< the data library's fingerprint hash
    std::uint64_t trainSize = 0, validSize = 0, testSize = 0;
    std::uint64_t vocabSize = 0;
    std::string vectorsPath;  ///< empty when the embedding started random
    std::optional<double> vectorsCoverage;
    std::int64_t parameters = 0;
    std::string device;
    int threads = 0;
    std::string appVersion, torchVersion;
    std::int64_t groupId = 0;  ///< the group the run belongs to (0: none)
    std::string
        groupValue;  ///< its value of the group's setting ("1e-3"; the seed for a seeds group)
    std::string cardJson;  ///< the reproducibility card (experiment::ReproducibilityCard)
};

/// Runs that belong together: one plan repeated with other seeds, or one setting swept.
struct RunGroup {
    enum class Kind { Seeds, Sweep };
    std::int64_t id = 0;
    Kind kind = Kind::Seeds;
    std::string knob;  ///< the swept setting ("lr", "layers", "cell"); empty for seeds
    std::string name;
    std::string createdAt;
    std::string uid;  ///< stays with the group in other stores (RunIdentity)
};

/// The gradient flow a run measured after one epoch (0: before training): the mean norm of
/// dLoss/dh_t by the distance of step t from the state the classifier reads.
struct GradientFlowRecord {
    int epoch = 0;
    std::vector<double> norms;
};

/// A plan waiting in the run queue, running, or done.
struct QueueEntry {
    enum class Status { Waiting, Running, Done, Failed };
    std::int64_t id = 0;
    std::string planJson;
    std::int64_t groupId = 0;
    std::string groupValue;
    Status status = Status::Waiting;
    std::int64_t runId = 0;  ///< the run it became (0: not yet)
    std::string createdAt;
};

/// How a run ended.
struct RunOutcome {
    RunStatus status = RunStatus::Completed;
    int bestEpoch = 0;
    std::optional<double> testLoss, testAccuracy;
    std::optional<double> testMacroF1;  ///< the mean over classes of the test's F1
    std::string checkpointPath, checkpointSha256;
    std::string error;
};

/// One row of the runs table with everything about the run but its curves.
struct RunRow {
    std::int64_t id = 0;
    std::string
        uid;  ///< stays with the run in other stores (RunIdentity); `id` is this store's row
    RunInfo info;
    std::string createdAt, finishedAt;  ///< ISO 8601 UTC; finishedAt empty while running
    RunStatus status = RunStatus::Running;
    int bestEpoch = 0;
    std::optional<double> testLoss, testAccuracy;
    std::optional<double> testMacroF1;  ///< none: two classes before schema 5, or no test
    std::string checkpointPath, checkpointSha256;
    std::string error;
    std::string notes;
    std::vector<std::string> tags;
    int epochs = 0;                           ///< committed epochs
    std::optional<double> bestValidAccuracy;  ///< highest of the committed epochs
    std::string host;                         ///< the machine that trained it (last)
    std::string importedFrom;  ///< the store it was imported from (empty: trained into this one)
    std::string importedAt;    ///< ISO 8601 UTC
};

/// One finished epoch as stored.
struct EpochRecord {
    int epoch = 0;
    double trainLoss = 0, trainAccuracy = 0, validLoss = 0, validAccuracy = 0;
    double trainLectureAccuracy = 0,
           validLectureAccuracy = 0;  ///< the lecture's mean of batch accuracies
    double seconds = 0;
    double tokensPerSecond = 0;
    bool best = false;
    /// The mean over classes of F1 on the validation split (none: recorded before schema 5).
    std::optional<double> validMacroF1;
};

/// A point of the (downsampled) training curve.
struct BatchPoint {
    std::uint64_t step = 0;  ///< batches done in the whole run
    int epoch = 0;
    double loss = 0, accuracy = 0;
};

/// A review typed into the prediction box, with the verdict the run's model gave.
struct PredictionRecord {
    std::int64_t id = 0;
    std::string text;
    double probability = 0;
    std::string createdAt;
};

/// One test review's prediction by a run's model.
struct TestPrediction {
    std::string review;     ///< its path in the dataset, "test/pos/123_9.txt"
    bool positive = false;  ///< two classes: its label
    int rating = 0;         ///< IMDb stars, 1-10 (0: unknown)
    std::uint32_t tokens = 0;
    /// Two classes: P(positive), the model's; more: the probability of the class it called.
    double probability = 0;
    std::string text;  ///< kept only for the most confident mistakes; empty otherwise
    /// More than two classes: its class and the class it was called, by index. -1 with two
    /// (read from `positive` and `probability`, as rows were stored before issue 41).
    int label = -1;
    int called = -1;

    bool binary() const { return called < 0; }
    int truth() const { return label >= 0 ? label : positive ? 1 : 0; }
    int call() const { return called >= 0 ? called : probability >= 0.5 ? 1 : 0; }
    bool correct() const { return truth() == call(); }
    /// How sure the model was of its verdict: 0.5 (a coin toss) to 1 with two classes; the
    /// probability of its call with more.
    double confidence() const {
        if (!binary()) return probability;
        return probability >= 0.5 ? probability : 1 - probability;
    }
};

/// A run with its curves and predictions.
struct RunDetails {
    RunRow run;
    std::vector<EpochRecord> epochs;
    std::vector<BatchPoint> points;
    std::vector<PredictionRecord> predictions;
    std::vector<GradientFlowRecord> gradientFlow;  ///< by epoch
};

/// Which runs to list, and in what order.
struct RunFilter {
    enum class Sort { Created, Name, Preset, Status, TestAccuracy };
    std::optional<RunStatus> status;
    std::string preset;      ///< empty: any
    std::string text;        ///< found in the name or the notes (case-insensitive); empty: any
    std::string tag;         ///< empty: any
    std::int64_t group = 0;  ///< 0: any
    Sort sort = Sort::Created;
    bool descending = true;
    std::size_t limit = 0;  ///< 0: all
};

}  // namespace sentiment::storage
