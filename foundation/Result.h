#pragma once

#include <stdexcept>
#include <utility>
#include <variant>

#include "foundation/Error.h"

namespace sentiment {

/// A value or an expected failure (C++20 has no std::expected yet).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit on purpose
    Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit on purpose

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    /// The value; calling it on a failure is a programming error and throws.
    T& value() & { return checked(); }
    const T& value() const& { return const_cast<Result*>(this)->checked(); }
    T&& value() && { return std::move(checked()); }
    T* operator->() { return &checked(); }
    const T* operator->() const { return &const_cast<Result*>(this)->checked(); }
    T& operator*() & { return checked(); }
    const T& operator*() const& { return const_cast<Result*>(this)->checked(); }
    T&& operator*() && { return std::move(checked()); }

    const Error& error() const {
        if (ok()) throw std::logic_error("Result::error() called on a value");
        return std::get<Error>(state_);
    }

private:
    T& checked() {
        if (!ok())
            throw std::logic_error("Result::value() on an error: " +
                                   std::get<Error>(state_).message);
        return std::get<T>(state_);
    }
    std::variant<T, Error> state_;
};

/// Result of an operation that returns nothing on success.
struct Done {};
using Status = Result<Done>;

}  // namespace sentiment
