#pragma once

#include <c10/core/Allocator.h>
#include <torch/version.h>

#include <cstddef>
#include <map>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace sentiment::model {

/// LibTorch's CPU allocator with a cache for big blocks, like the one LibTorch uses on CUDA.
///
/// Training a recurrent model allocates and frees hundreds of megabytes per batch (gates,
/// states, their gradients). glibc hands blocks that big straight back to the kernel, so each
/// batch faults all of it in again; on the virtual machines measured here a fresh 4 KiB page
/// costs ~12 µs, which made page faults a third of an LSTM batch. This allocator keeps freed
/// blocks of 1 MiB and more (sizes rounded up to 2 MiB, mapped with transparent huge pages) for
/// reuse, up to a cap; smaller blocks go to LibTorch's default allocator. Sizes are rounded up
/// to classes four per doubling (at most 19 % more than asked), and a request takes the smallest
/// cached block of at least its class and at most twice it, so the varying batch lengths of an
/// epoch find their blocks again.
// LibTorch 2.3 made `allocate` non-const and copying part of the allocator interface.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 3)
#define SENTIMENT_LAB_ALLOCATE_CONST
#define SENTIMENT_LAB_ALLOCATOR_COPIES 1
#else
#define SENTIMENT_LAB_ALLOCATE_CONST const
#define SENTIMENT_LAB_ALLOCATOR_COPIES 0
#endif

class CachingCpuAllocator final : public c10::Allocator {
public:
    /// Installs it as LibTorch's CPU allocator (once; later calls do nothing).
    static void install();
    static CachingCpuAllocator& instance();

    c10::DataPtr allocate(std::size_t bytes) SENTIMENT_LAB_ALLOCATE_CONST override;
    /// Frees what raw_allocate() gave (oneDNN's convolutions allocate that way): blocks of either
    /// size, this cache's or the fallback's.
    c10::DeleterFnPtr raw_deleter() const override { return &CachingCpuAllocator::rawFree; }
#if SENTIMENT_LAB_ALLOCATOR_COPIES
    void copy_data(void* dest, const void* src, std::size_t count) const override {
        default_copy_data(dest, src, count);
    }
#endif

    /// Bytes held in the cache, not in use.
    std::size_t cachedBytes() const;
    /// Returns the cached blocks to the system.
    void release();

private:
    static void free(void* context);
    static void rawFree(void* data);
    void give(void* block, std::size_t bytes) const;

    static std::size_t sizeClass(std::size_t bytes);

    static constexpr std::size_t kMinCached = std::size_t(1) << 20;
    /// Idle bytes kept at most: kDefaultCacheMiB, or SENTIMENT_LAB_ALLOCATOR_CACHE_MIB (for
    /// measurements). Idle blocks stay resident: measured on 40 bf16 batches of the advanced
    /// model, a cap of 1,536 MiB peaked at 1,878-1,904 MiB, 768 at 1,445 MiB at the same speed,
    /// 512 at 1,305 MiB and 0 at 1,056 MiB but 11 % slower (docs/BENCHMARKS.md).
    static std::size_t cacheCap();
    static constexpr std::size_t kDefaultCacheMiB = 768;

    mutable std::mutex mutex_;
    mutable std::multimap<std::size_t, void*> free_;  // size class -> block
    mutable std::unordered_map<void*, std::size_t> sizes_;
    mutable std::size_t cached_ = 0;
    c10::Allocator* fallback_ = nullptr;
};

}  // namespace sentiment::model
