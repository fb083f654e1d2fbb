// LibTorch's process-wide settings, once, before any test: as the front ends do at start-up
// (Debian's LibTorch starts with one thread).
#include <gtest/gtest.h>

#include "model/Runtime.h"

namespace {

class RuntimeEnvironment : public ::testing::Environment {
public:
    void SetUp() override { sentiment::model::Runtime::configure(0); }
};

const auto* const kRuntime = ::testing::AddGlobalTestEnvironment(new RuntimeEnvironment);

}  // namespace
