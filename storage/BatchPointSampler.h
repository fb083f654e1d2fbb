#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "storage/RunRecords.h"

namespace sentiment::storage {

/// Turns the trainer's progress reports into at most about `maxPoints` curve points per run:
/// the run's steps are cut into equal buckets and each point is the mean loss and accuracy of
/// the reports in its bucket (a smoothed curve, not a sample of noisy single batches).
class BatchPointSampler {
public:
    explicit BatchPointSampler(std::size_t maxPoints = 2000) : maxPoints_(maxPoints) {}

    /// A progress report: `step` batches done of `totalSteps` in the run.
    void add(std::uint64_t step, std::uint64_t totalSteps, int epoch, double loss, double accuracy);
    /// Closes the open bucket (at the end of an epoch) so that its point is written with it.
    void flush();
    /// The finished points since the last call.
    std::vector<BatchPoint> take();

private:
    std::size_t maxPoints_;
    std::uint64_t stride_ = 0;
    std::optional<std::uint64_t> bucket_;
    BatchPoint open_;
    std::size_t count_ = 0;
    std::vector<BatchPoint> ready_;
};

}  // namespace sentiment::storage
