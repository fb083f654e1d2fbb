#pragma once

// The one place where oneDNN's two C++ APIs differ for this project: 2.x (Debian 12's
// libdnnl-dev) builds a primitive descriptor from an operation descriptor (`lstm_forward::desc`);
// 3.x (Debian 13, PyTorch's 2.x builds, Intel's wheels) removed those and takes the same
// arguments directly, the engine first. A backward descriptor takes the forward one as a hint in
// both. Only files that link oneDNN include this (model/DnnlRecurrentLayer.cpp,
// bench/lstm_layer_bench.cpp).

#include <oneapi/dnnl/dnnl.hpp>

namespace sentiment::model::dnnl_api {

/// `Primitive::primitive_desc` for the operation's arguments `args` (as 2.x's `Primitive::desc`
/// takes them: propagation kind, direction, memory descriptors).
template <class Primitive, class... Args>
typename Primitive::primitive_desc forward(const dnnl::engine& engine,
                                           const dnnl::primitive_attr& attr, const Args&... args) {
#if DNNL_VERSION_MAJOR >= 3
    return typename Primitive::primitive_desc(engine, args..., attr);
#else
    return typename Primitive::primitive_desc(typename Primitive::desc(args...), attr, engine);
#endif
}

/// The backward `Primitive::primitive_desc` for `args`, with the forward pass's descriptor.
template <class Primitive, class Forward, class... Args>
typename Primitive::primitive_desc backward(const dnnl::engine& engine,
                                            const dnnl::primitive_attr& attr,
                                            const Forward& forward, const Args&... args) {
#if DNNL_VERSION_MAJOR >= 3
    return typename Primitive::primitive_desc(engine, args..., forward, attr);
#else
    return typename Primitive::primitive_desc(typename Primitive::desc(args...), attr, engine,
                                              forward);
#endif
}

}  // namespace sentiment::model::dnnl_api
