#include "storage/BatchPointSampler.h"

#include <algorithm>
#include <utility>

namespace sentiment::storage {

void BatchPointSampler::add(std::uint64_t step, std::uint64_t totalSteps, int epoch, double loss,
                            double accuracy) {
    if (stride_ == 0)
        stride_ = std::max<std::uint64_t>(
            1, (totalSteps + maxPoints_ - 1) / std::max<std::size_t>(1, maxPoints_));
    const auto bucket = step / stride_;
    if (bucket_ && *bucket_ != bucket) flush();
    if (!bucket_) {
        bucket_ = bucket;
        open_ = BatchPoint{step, epoch, 0, 0};
        count_ = 0;
    }
    open_.step = step;
    open_.epoch = epoch;
    open_.loss += loss;
    open_.accuracy += accuracy;
    ++count_;
}

void BatchPointSampler::flush() {
    if (!bucket_ || count_ == 0) return;
    auto p = open_;
    p.loss /= static_cast<double>(count_);
    p.accuracy /= static_cast<double>(count_);
    ready_.push_back(p);
    bucket_.reset();
    count_ = 0;
}

std::vector<BatchPoint> BatchPointSampler::take() {
    return std::exchange(ready_, {});
}

}  // namespace sentiment::storage
