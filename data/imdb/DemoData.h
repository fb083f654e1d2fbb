#pragma once

#include <span>
#include <string_view>

namespace sentiment::data {

/// The demo sample compiled into the program: a small real sample of IMDb (1,000 training and
/// 500 test reviews per class, cut from aclImdb_v1.tar.gz by resources/demo/make_demo_sample.py)
/// in the aclImdb layout, so everything runs on a fresh machine with no download.
class DemoData {
public:
    static constexpr std::string_view kName = "demo sample";
    /// The embedded aclImdb-layout .tar.gz.
    static std::span<const unsigned char> archive();
};

}  // namespace sentiment::data
