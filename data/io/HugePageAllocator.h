#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentiment::data {

/// Allocator for the big buffers of the pipeline (tens of MB of token ids and text). Large
/// blocks are mapped with transparent huge pages: on the virtual machines measured here a
/// first touch of fresh 4 KiB pages cost ~12 µs each (160 ms for 56 MB), with huge pages 5 ms.
/// With `ValueInit` false, resize() leaves new elements of trivial types unwritten (for
/// buffers the caller fills completely right away: no second pass of zeros over 50 MB).
template <typename T, bool ValueInit = true>
struct HugePageAllocator {
    using value_type = T;
    static constexpr std::size_t kThreshold = std::size_t(4) << 20;
    template <typename U>
    struct rebind {
        using other = HugePageAllocator<U, ValueInit>;
    };

    HugePageAllocator() noexcept = default;
    template <typename U>
    HugePageAllocator(const HugePageAllocator<U, ValueInit>&) noexcept {}  // NOLINT: rebinding

    template <typename U, typename... Args>
    void construct(U* p, Args&&... args) {
        if constexpr (!ValueInit && sizeof...(Args) == 0 &&
                      std::is_trivially_default_constructible_v<U>) {
            ::new (static_cast<void*>(p)) U;  // default-initialised: left as the memory was
        } else {
            ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
        }
    }

    T* allocate(std::size_t n) {
        const std::size_t bytes = n * sizeof(T);
        if (bytes < kThreshold) return static_cast<T*>(::operator new(bytes));
        void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) throw std::bad_alloc();
        madvise(p, bytes, MADV_HUGEPAGE);
        return static_cast<T*>(p);
    }
    void deallocate(T* p, std::size_t n) noexcept {
        const std::size_t bytes = n * sizeof(T);
        if (bytes < kThreshold) {
            ::operator delete(p);
        } else {
            munmap(p, bytes);
        }
    }
    template <typename U>
    bool operator==(const HugePageAllocator<U, ValueInit>&) const noexcept {
        return true;
    }
};

/// A vector whose large storage lives on huge pages.
template <typename T>
using HugeBuffer = std::vector<T, HugePageAllocator<T>>;

/// A huge-page vector whose resize() does not write the new elements (the caller must).
template <typename T>
using UninitHugeBuffer = std::vector<T, HugePageAllocator<T, false>>;

}  // namespace sentiment::data
