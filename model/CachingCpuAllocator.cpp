#include "model/CachingCpuAllocator.h"

#include <sys/mman.h>

#include <c10/core/CPUAllocator.h>

#include <cstdlib>
#include <string>

namespace sentiment::model {

CachingCpuAllocator& CachingCpuAllocator::instance() {
    static auto* allocator = [] {
        auto* a = new CachingCpuAllocator();  // lives as long as any tensor may: never destroyed
        a->fallback_ = c10::GetDefaultCPUAllocator();
        return a;
    }();
    return *allocator;
}

void CachingCpuAllocator::install() {
    static const bool installed = [] {
        c10::SetCPUAllocator(&instance(), /*priority=*/1);
        return true;
    }();
    (void)installed;
}

std::size_t CachingCpuAllocator::cacheCap() {
    static const std::size_t cap = [] {
        const char* mib = std::getenv("SENTIMENT_LAB_ALLOCATOR_CACHE_MIB");
        std::size_t value = kDefaultCacheMiB;
        if (mib != nullptr) {
            try {
                value = std::stoul(mib);
            } catch (const std::exception&) {  // not a number: the default
            }
        }
        return value << 20;
    }();
    return cap;
}

std::size_t CachingCpuAllocator::sizeClass(std::size_t bytes) {
    // 2^k, 1.25 * 2^k, 1.5 * 2^k, 1.75 * 2^k, rounded to whole 2 MiB huge pages.
    std::size_t power = kMinCached;
    while (power * 2 <= bytes) power *= 2;
    std::size_t size = power;
    while (size < bytes) size += power / 4;
    constexpr std::size_t kHuge = std::size_t(2) << 20;
    return (size + kHuge - 1) / kHuge * kHuge;
}

c10::DataPtr CachingCpuAllocator::allocate(std::size_t bytes) SENTIMENT_LAB_ALLOCATE_CONST {
    if (bytes < kMinCached) return fallback_->allocate(bytes);
    const std::size_t size = sizeClass(bytes);
    void* block = nullptr;
    {
        const std::lock_guard lock(mutex_);
        // The smallest cached block that fits, if it is at most twice the size: batches of
        // falling lengths (evaluation runs longest first) keep reusing the first batch's blocks.
        if (auto it = free_.lower_bound(size); it != free_.end() && it->first <= 2 * size) {
            block = it->second;
            cached_ -= it->first;
            free_.erase(it);
        }
    }
    if (block == nullptr) {
        block = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (block == MAP_FAILED) {
            const_cast<CachingCpuAllocator*>(this)
                ->release();  // try again with the cache given back
            block = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (block == MAP_FAILED) throw std::bad_alloc();
        }
        madvise(block, size, MADV_HUGEPAGE);
        const std::lock_guard lock(mutex_);
        sizes_[block] = size;
    }
    return {block, block, &CachingCpuAllocator::free, c10::Device(c10::DeviceType::CPU)};
}

void CachingCpuAllocator::free(void* context) {
    auto& self = instance();
    std::size_t size = 0;
    {
        const std::lock_guard lock(self.mutex_);
        size = self.sizes_.at(context);
    }
    self.give(context, size);
}

void CachingCpuAllocator::rawFree(void* data) {
    auto& self = instance();
    bool ours = false;
    {
        const std::lock_guard lock(self.mutex_);
        ours = self.sizes_.count(data) > 0;
    }
    if (ours) {
        free(data);
    } else {
        // The fallback (LibTorch's default allocator) gives blocks whose context is the data.
        self.fallback_->raw_deleter()(data);
    }
}

void CachingCpuAllocator::give(void* block, std::size_t bytes) const {
    {
        const std::lock_guard lock(mutex_);
        if (cached_ + bytes <= cacheCap()) {
            free_.emplace(bytes, block);
            cached_ += bytes;
            return;
        }
        sizes_.erase(block);
    }
    munmap(block, bytes);
}

std::size_t CachingCpuAllocator::cachedBytes() const {
    const std::lock_guard lock(mutex_);
    return cached_;
}

void CachingCpuAllocator::release() {
    std::multimap<std::size_t, void*> blocks;
    {
        const std::lock_guard lock(mutex_);
        blocks.swap(free_);
        for (const auto& [size, block] : blocks) sizes_.erase(block);
        cached_ = 0;
    }
    for (const auto& [size, block] : blocks) munmap(block, size);
}

}  // namespace sentiment::model
