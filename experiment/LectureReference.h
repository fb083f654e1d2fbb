#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "foundation/Message.h"
#include "foundation/Result.h"
#include "storage/RunRecords.h"

namespace sentiment::experiment {

/// One epoch of the lecture's printed output.
struct ReferenceEpoch {
    double trainLoss = 0;
    double trainAccuracy = 0;  ///< 0..1
    double validLoss = 0;
    double validAccuracy = 0;
};

/// The lecture's figures for one preset: its per-epoch lines (when the notebook printed them)
/// and its test result, with the test results of other runs of the same notebook.
struct PresetReference {
    std::string
        name;  ///< as the course calls it ("advanced BiLSTM"); the preset's key when unnamed
    std::vector<ReferenceEpoch> epochs;
    std::optional<double> testLoss;
    double testAccuracy = 0;
    std::vector<double> otherTestAccuracies;
    bool chance = false;  ///< the lecture's model stays at chance (the base RNN)

    /// The lowest and the highest test accuracy of the lecture's runs.
    std::pair<double, double> testRange() const;
};

/// Where a run's test accuracy falls against the lecture's.
enum class Verdict { Within, Above, Below, AtChance };

/// The first epoch at which a run's validation accuracy fell under the lecture's band.
struct EpochGap {
    int epoch = 0;               ///< 1-based
    double validAccuracy = 0;    ///< the run's
    double lectureAccuracy = 0;  ///< the lecture's at that epoch
};

struct Judgement {
    Verdict verdict = Verdict::Within;
    double low = 0, high = 0;            ///< the band the run was judged against
    std::optional<EpochGap> fellBehind;  ///< where the run first fell under the lecture's curve
};

/// A course's reference results (docs/LECTURE_REFERENCE.md describes the file): the lecture's
/// own, shipped in resources/lecture/, or a teacher's file for their course.
class LectureReference {
public:
    /// The tolerance beyond the spread of the lecture's own runs, each side: ±2 points, about
    /// twice the seed-to-seed spread of our advanced and CNN runs (until seed groups measure it).
    static constexpr double kBand = 0.02;
    /// A test accuracy in this range is chance on IMDb's balanced test set, whatever the model.
    static constexpr double kChanceLow = 0.45, kChanceHigh = 0.55;
    /// The band around the lecture's validation accuracy at each epoch, each side: ±5 points.
    /// Runs differ more early than at the end (our advanced run and the lecture's are 13 points
    /// apart after epoch 1 and 0.7 after epoch 3), so the band is wider than the test's.
    static constexpr double kEpochBand = 0.05;

    /// Reads a reference from JSON text; errors name `file` and, for a syntax error, the line.
    static Result<LectureReference> parse(std::string_view json, const std::string& file);
    static Result<LectureReference> load(const std::filesystem::path& file);
    /// The lecture's own figures (resources/lecture/bentrevett-imdb.json, built in).
    static const LectureReference& lecture();

    const std::string& course() const { return course_; }
    const std::string& source() const { return source_; }
    /// The figures for `preset`, or null when the course has none.
    const PresetReference* preset(std::string_view name) const;
    /// Judges a run of `preset` by its test accuracy, and by its per-epoch validation accuracies
    /// (when given) where it fell behind the lecture's curve; nothing when the course has no
    /// figures for `preset`.
    std::optional<Judgement> judge(std::string_view preset, double testAccuracy,
                                   std::span<const double> validAccuracies = {}) const;
    /// The band drawn around the lecture's validation accuracy at `epoch`, clamped to 0..1.
    static std::pair<double, double> epochBand(const ReferenceEpoch& epoch);
    /// The verdict as a sentence for people: "above the lecture's range for advanced
    /// (82.79-89.07 %): 89.08 %"; a run below it says where it fell behind.
    static Message describe(const Judgement& judgement, std::string_view preset,
                            double testAccuracy);
    /// judge() and describe() in one, the preset called by the course's name for it: the
    /// sentence for a run, nothing without figures for `preset`.
    std::optional<Message> verdict(std::string_view preset, double testAccuracy,
                                   std::span<const double> validAccuracies = {}) const;
    /// The verdict on a recorded run (its preset, test accuracy and per-epoch validation
    /// accuracies); nothing without a test result or figures for its preset.
    std::optional<Message> verdict(const storage::RunDetails& run) const;
    /// True when a run on `datasetSource` can be judged against the course: IMDb (the archive,
    /// its folder or the demo sample), not a student's own table.
    static bool judges(const std::string& datasetSource);
    /// The verdict's one-word name for JSON: within, above, below, chance.
    static const char* name(Verdict verdict);

private:
    std::string course_, source_;
    std::vector<std::pair<std::string, PresetReference>> presets_;
};

}  // namespace sentiment::experiment
