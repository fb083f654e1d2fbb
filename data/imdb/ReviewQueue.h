#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace sentiment::data {

/// Hands reviews from the reading thread to tokenizing threads while reading continues, so that
/// a two-core machine inflates the archive on one core and tokenizes on the other.
///
/// The reader appends texts to one buffer and pushes chunks of (offset, size) in arrival
/// order. A consumer pops a chunk with `pop()`, reads the texts through the base pointer it is
/// given, and calls `done()`. Before the reader's buffer moves (it outgrew its reservation), the
/// reader calls `pause()`: that waits for consumers to put down what they read and holds back
/// further chunks until `finish()` gives the final base. Chunk k holds arrivals
/// [k * kChunk, (k + 1) * kChunk).
class ReviewQueue {
public:
    static constexpr std::size_t kChunk = 256;

    struct Item {
        std::uint64_t offset = 0;
        std::uint64_t size = 0;
    };
    struct Chunk {
        std::size_t index = 0;
        std::vector<Item> items;
    };
    struct Lease {
        Chunk chunk;
        const char* base = nullptr;
    };

    /// Reader: the buffer the offsets point into, before the first push (finish() gives the final
    /// one).
    void start(const char* base);
    /// Reader: one more chunk of texts, already in the buffer.
    void push(Chunk chunk);
    /// Reader: the buffer is about to move; returns once no consumer is reading it.
    void pause();
    /// Reader: no more chunks; `base` is where the buffer ended up.
    void finish(const char* base);
    /// Anyone: stop handing out chunks (an error or a cancel); pop() returns nullopt.
    void abort();
    /// Reader, before its buffer goes away unfinished: abort() and wait for readers to let go.
    void close();

    /// Consumer: the next chunk, waiting for one; nullopt when finished and drained, or aborted.
    std::optional<Lease> pop();
    /// Consumer: finished reading the texts of the chunk it popped.
    void done();

    /// Chunks pushed so far and chunks handed out (for progress).
    std::size_t pushed() const;
    std::size_t handedOut() const;

private:
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Chunk> chunks_;
    const char* base_ = nullptr;
    std::size_t pushed_ = 0;
    std::size_t handedOut_ = 0;
    std::size_t busy_ = 0;
    bool paused_ = false;
    bool finished_ = false;
    bool aborted_ = false;
};

}  // namespace sentiment::data
