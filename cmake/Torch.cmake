# Which LibTorch the project is built against, decided here once; everything else links the
# target `sentiment::libtorch` and reads SENTIMENT_LAB_TORCH_VERSION (its version, for messages).
#
# - Default: the system's LibTorch (Debian's libtorch-dev: 1.13 on Debian 12, 2.6 on Debian 13),
#   found by its own CMake files. Nothing to download beyond apt.
# - SENTIMENT_LAB_TORCH_WHEEL=DIR: the LibTorch inside a pip-installed PyTorch 2.x (DIR is its
#   `torch` package folder; packaging/install-deps.sh --torch2 makes .torch2/torch). PyPI's Linux
#   wheel is built with CUDA, and its CMake files refuse to load without a CUDA toolkit; nothing
#   of ours is CUDA code, so its libraries are taken directly: the CPU part (libtorch_cpu, libc10)
#   by default, and with SENTIMENT_LAB_TORCH_CUDA=ON the CUDA part too (libtorch_cuda,
#   libc10_cuda: loaded whether or not a symbol of theirs is used, since loading them is what
#   registers CUDA with LibTorch). Neither needs a CUDA toolkit: the CUDA libraries come with the
#   wheel (pip's nvidia-* packages), found through its own run paths. The CPU part still loads
#   the two that libtorch_cpu itself names (libcudart, libcupti), but none of CUDA's maths.
set(SENTIMENT_LAB_TORCH_WHEEL "" CACHE PATH "PyTorch's torch package folder to take LibTorch from (empty: the system's)")
option(SENTIMENT_LAB_TORCH_CUDA "Link the CUDA part of PyTorch's LibTorch (SENTIMENT_LAB_TORCH_WHEEL; no CUDA toolkit needed)" OFF)

add_library(sentiment_libtorch INTERFACE)
add_library(sentiment::libtorch ALIAS sentiment_libtorch)

if(SENTIMENT_LAB_TORCH_WHEEL)
  set(_wheel "${SENTIMENT_LAB_TORCH_WHEEL}")
  # The version PyTorch's own CMake files state (the header of each release moved about).
  set(_version_file "${_wheel}/share/cmake/Torch/TorchConfigVersion.cmake")
  if(NOT EXISTS "${_version_file}")
    message(FATAL_ERROR "SENTIMENT_LAB_TORCH_WHEEL=${_wheel} holds no LibTorch (${_version_file} is missing): "
                        "run packaging/install-deps.sh --torch2, or point it at a pip-installed torch package folder")
  endif()
  file(STRINGS "${_version_file}" _version_line REGEX "set\\(PACKAGE_VERSION \"[0-9.]+")
  string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" SENTIMENT_LAB_TORCH_VERSION "${_version_line}")
  set(_libs torch_cpu c10)
  if(SENTIMENT_LAB_TORCH_CUDA)
    list(APPEND _libs torch_cuda c10_cuda)
  endif()
  foreach(_lib ${_libs})
    find_library(SENTIMENT_LAB_LIB_${_lib} NAMES ${_lib} PATHS "${_wheel}/lib" NO_DEFAULT_PATH)
    if(NOT SENTIMENT_LAB_LIB_${_lib})
      message(FATAL_ERROR "${_wheel}/lib has no lib${_lib}.so (with SENTIMENT_LAB_TORCH_CUDA: is this PyTorch built with CUDA?)")
    endif()
  endforeach()
  target_link_libraries(sentiment_libtorch INTERFACE ${SENTIMENT_LAB_LIB_torch_cpu} ${SENTIMENT_LAB_LIB_c10})
  if(SENTIMENT_LAB_TORCH_CUDA)
    # As LibTorch's own CMake files link it: kept even by a linker that drops unused libraries.
    target_link_libraries(sentiment_libtorch INTERFACE
      "-Wl,--no-as-needed,${SENTIMENT_LAB_LIB_torch_cuda},${SENTIMENT_LAB_LIB_c10_cuda},--as-needed")
    set(SENTIMENT_LAB_TORCH_KIND "PyTorch's ${SENTIMENT_LAB_TORCH_VERSION} with CUDA")
  else()
    set(SENTIMENT_LAB_TORCH_KIND "PyTorch's ${SENTIMENT_LAB_TORCH_VERSION}, CPU part")
  endif()
  # The wheel's include folder also holds the third-party headers PyTorch was built with (fmt 12,
  # oneDNN 3.13, protobuf, pybind11, ...). Searched before /usr/include, its fmt would replace the
  # one Debian's spdlog is built for, and its oneDNN headers the library we link: LibTorch's own
  # headers are seen through a folder of links that leaves those out.
  set(_include "${CMAKE_BINARY_DIR}/libtorch-include")
  file(REMOVE_RECURSE "${_include}")
  file(MAKE_DIRECTORY "${_include}")
  file(GLOB _entries RELATIVE "${_wheel}/include" "${_wheel}/include/*")
  foreach(_entry ${_entries})
    if(NOT _entry MATCHES "^(fmt|oneapi|dnnl.*|pybind11|google)$")
      file(CREATE_LINK "${_wheel}/include/${_entry}" "${_include}/${_entry}" SYMBOLIC)
    endif()
  endforeach()
  target_include_directories(sentiment_libtorch SYSTEM INTERFACE "${_include}" "${_wheel}/include/torch/csrc/api/include")
else()
  if(SENTIMENT_LAB_TORCH_CUDA)
    message(FATAL_ERROR "SENTIMENT_LAB_TORCH_CUDA=ON needs SENTIMENT_LAB_TORCH_WHEEL (PyTorch's LibTorch with CUDA)")
  endif()
  find_package(Torch REQUIRED)
  set(SENTIMENT_LAB_TORCH_VERSION "${Torch_VERSION}")
  target_link_libraries(sentiment_libtorch INTERFACE ${TORCH_LIBRARIES})
  target_include_directories(sentiment_libtorch SYSTEM INTERFACE ${TORCH_INCLUDE_DIRS})
  set(SENTIMENT_LAB_TORCH_KIND "the system's ${SENTIMENT_LAB_TORCH_VERSION}")
endif()
message(STATUS "LibTorch: ${SENTIMENT_LAB_TORCH_KIND}")
