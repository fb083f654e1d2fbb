#pragma once

#include <exception>
#include <string>

namespace sentiment::model {

/// What an exception says, for a message: LibTorch's errors (c10::Error) without the C++
/// backtrace they carry. The front ends catch std::exception and ask here, so that none of
/// them compiles LibTorch's headers.
struct ExceptionText {
    std::string text;
    bool fromLibTorch = false;  ///< a c10::Error (the front ends say "LibTorch failed")

    static ExceptionText of(const std::exception& e);
};

}  // namespace sentiment::model
