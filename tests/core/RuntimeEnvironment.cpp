// LibTorch's process-wide settings, once, before any test: as the front ends do at start-up
// (Debian's LibTorch starts with one thread). SENTIMENT_LAB_TEST_THREADS overrides the count:
// the tsan preset runs on one thread, so that LibTorch's uninstrumented OpenMP threads do not
// turn every access into a (suppressed, but slow) race report.
#include <gtest/gtest.h>

#include <cstdlib>

#include "model/Runtime.h"

namespace {

class RuntimeEnvironment : public ::testing::Environment {
public:
    void SetUp() override {
        const char* threads = std::getenv("SENTIMENT_LAB_TEST_THREADS");
        sentiment::model::Runtime::configure(threads != nullptr ? std::atoi(threads) : 0);
    }
};

const auto* const kRuntime = ::testing::AddGlobalTestEnvironment(new RuntimeEnvironment);

}  // namespace
