#include "data/imdb/ReviewQueue.h"

namespace sentiment::data {

void ReviewQueue::start(const char* base) {
    const std::lock_guard lock(mutex_);
    base_ = base;
}

void ReviewQueue::push(Chunk chunk) {
    {
        const std::lock_guard lock(mutex_);
        chunks_.push_back(std::move(chunk));
        ++pushed_;
    }
    changed_.notify_one();
}

void ReviewQueue::pause() {
    std::unique_lock lock(mutex_);
    paused_ = true;
    changed_.wait(lock, [&] { return busy_ == 0; });
}

void ReviewQueue::finish(const char* base) {
    {
        const std::lock_guard lock(mutex_);
        base_ = base;
        paused_ = false;
        finished_ = true;
    }
    changed_.notify_all();
}

void ReviewQueue::abort() {
    {
        const std::lock_guard lock(mutex_);
        aborted_ = true;
    }
    changed_.notify_all();
}

void ReviewQueue::close() {
    std::unique_lock lock(mutex_);
    aborted_ = true;
    changed_.notify_all();
    changed_.wait(lock, [&] { return busy_ == 0; });
}

std::optional<ReviewQueue::Lease> ReviewQueue::pop() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return aborted_ || finished_ || (!paused_ && !chunks_.empty()); });
    if (aborted_ || chunks_.empty()) return std::nullopt;
    Lease lease{std::move(chunks_.front()), base_};
    chunks_.pop_front();
    ++busy_;
    ++handedOut_;
    return lease;
}

void ReviewQueue::done() {
    {
        const std::lock_guard lock(mutex_);
        --busy_;
    }
    changed_.notify_all();
}

std::size_t ReviewQueue::pushed() const {
    const std::lock_guard lock(mutex_);
    return pushed_;
}

std::size_t ReviewQueue::handedOut() const {
    const std::lock_guard lock(mutex_);
    return handedOut_;
}

}  // namespace sentiment::data
