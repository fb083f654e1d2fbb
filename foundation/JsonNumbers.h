#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace sentiment::checked {

/// `value` as the integer type T, for JSON read from files. nlohmann's get<T>() converts a
/// floating-point number with a plain cast, which is undefined behaviour when it does not fit
/// (1e113 for an int64, found by the plan_json fuzz target): here a number that is not an
/// integer in T's range throws nlohmann's own type_error, which every reader already catches.
template <typename T>
T integer(const nlohmann::json& value) {
    static_assert(std::is_integral_v<T>);
    if (value.is_number_float()) {
        const double d = value.get<double>();
        // The range test is exact: both bounds are powers of two, representable as doubles.
        const double low =
            std::is_signed_v<T> ? -std::ldexp(1.0, std::numeric_limits<T>::digits) : 0.0;
        const double high = std::ldexp(1.0, std::numeric_limits<T>::digits);
        if (!(d >= low && d < high) || d != std::trunc(d)) {
            throw nlohmann::json::type_error::create(
                302, "the number " + value.dump() + " is not a whole number in range", &value);
        }
        return static_cast<T>(d);
    }
    if (value.is_number_unsigned()) {
        const auto u = value.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(std::numeric_limits<T>::max())) {
            throw nlohmann::json::type_error::create(
                302, "the number " + value.dump() + " is out of range", &value);
        }
        return static_cast<T>(u);
    }
    if (value.is_number_integer()) {
        const auto i = value.get<std::int64_t>();
        if ((std::is_unsigned_v<T> && i < 0) ||
            (std::is_signed_v<T> &&
             (i < static_cast<std::int64_t>(std::numeric_limits<T>::min()) ||
              i > static_cast<std::int64_t>(std::numeric_limits<T>::max())))) {
            throw nlohmann::json::type_error::create(
                302, "the number " + value.dump() + " is out of range", &value);
        }
        return static_cast<T>(i);
    }
    return value.get<T>();  // not a number: nlohmann's own type_error
}

/// `object[key]` as T when present, else `fallback`.
template <typename T>
T integerOr(const nlohmann::json& object, const char* key, T fallback) {
    const auto found = object.find(key);
    return found == object.end() ? fallback : integer<T>(*found);
}

/// A JSON array of integers of type T.
template <typename T>
std::vector<T> integers(const nlohmann::json& array) {
    if (!array.is_array()) return array.get<std::vector<T>>();  // nlohmann's own type_error
    std::vector<T> out;
    out.reserve(array.size());
    for (const auto& v : array) out.push_back(integer<T>(v));
    return out;
}

}  // namespace sentiment::checked
