# What keeps a fresh build within CI's time (docs/BENCHMARKS.md, "Build time"): LibTorch's
# umbrella header precompiled once and shared by every target whose code runs models, Qt's
# precompiled once for the GUI and its tests, and
# ccache when it is installed (packaging/install-deps.sh installs it; CI builds on the
# developer's own machine, so one build's cache serves the next).

# ccache: keyed on the preprocessed source and the flags. Paths under the source folder are
# hashed relative to it, and the build folder is not hashed, so a fresh clone elsewhere (CI's)
# hits the cache that the developer's build filled. A precompiled header is used through ccache
# only with -fpch-preprocess and these sloppinesses (ccache's manual, "Precompiled headers").
option(SENTIMENT_LAB_CCACHE "Compile through ccache when it is installed" ON)
find_program(SENTIMENT_LAB_CCACHE_PROGRAM ccache)
if(SENTIMENT_LAB_CCACHE AND SENTIMENT_LAB_CCACHE_PROGRAM)
  set(_sentiment_lab_launcher ${CMAKE_COMMAND} -E env
      CCACHE_BASEDIR=${PROJECT_SOURCE_DIR} CCACHE_NOHASHDIR=1
      CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
      ${SENTIMENT_LAB_CCACHE_PROGRAM})
  set(CMAKE_C_COMPILER_LAUNCHER ${_sentiment_lab_launcher})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${_sentiment_lab_launcher})
  message(STATUS "Compiling through ccache (${SENTIMENT_LAB_CCACHE_PROGRAM})")
endif()

# <torch/torch.h> is most of the time of every file that includes it. It is precompiled by a
# target of its own, with the flags every user of it shares (no OpenMP, no -O3: the files that
# need those skip it), and reused (GCC checks that a precompiled header fits; -Winvalid-pch,
# which CMake adds, says so when one does not, and the header is then read as text: slower,
# never wrong).
option(SENTIMENT_LAB_PCH "Precompile LibTorch's header once for the targets that run models" ON)
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/cmake/torch_users.py)

# What every target that makes or uses a precompiled header needs: ccache caches such a file only
# when the preprocessor names the header instead of expanding it.
function(sentiment_lab_pch_options target)
  if(CMAKE_CXX_COMPILER_LAUNCHER)
    target_compile_options(${target} PRIVATE -fpch-preprocess)
  endif()
endfunction()

if(SENTIMENT_LAB_PCH AND NOT SENTIMENT_LAB_FUZZ AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  add_library(sentiment_torch_pch OBJECT ${PROJECT_SOURCE_DIR}/cmake/TorchPch.cpp)
  target_link_libraries(sentiment_torch_pch PRIVATE sentiment::libtorch)
  target_precompile_headers(sentiment_torch_pch PRIVATE <torch/torch.h>)
  sentiment_lab_pch_options(sentiment_torch_pch)
  sentiment_lab_warnings(sentiment_torch_pch)
endif()

# Makes `target`'s sources use the precompiled header of `owner` (which must have one).
function(sentiment_lab_reuse_pch target owner)
  target_precompile_headers(${target} REUSE_FROM ${owner})
  sentiment_lab_pch_options(${target})
endfunction()

# Makes `target`'s sources that reach LibTorch's headers use the precompiled one. The others
# skip it: loading it (and emitting what its headers define) costs a file that does not need
# LibTorch about eleven seconds, more than that file's own compilation (docs/BENCHMARKS.md).
# Which files reach LibTorch is read from their includes when CMake configures.
function(sentiment_lab_torch_pch target)
  if(NOT TARGET sentiment_torch_pch)
    return()
  endif()
  sentiment_lab_reuse_pch(${target} sentiment_torch_pch)
  get_target_property(sources ${target} SOURCES)
  get_target_property(dir ${target} SOURCE_DIR)
  set(paths "")
  foreach(source IN LISTS sources)
    cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${dir} OUTPUT_VARIABLE path)
    list(APPEND paths ${path})
  endforeach()
  execute_process(COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/cmake/torch_users.py ${PROJECT_SOURCE_DIR} --without ${paths}
                  OUTPUT_VARIABLE without OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
  if(without)
    string(REPLACE "\n" ";" without "${without}")
    set_source_files_properties(${without} TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  endif()
endfunction()

# The GUI's own: Qt Widgets and QCustomPlot, precompiled by the ui library and reused by the
# GUI tests (whose extra Qt Test definitions are not used by these headers).
function(sentiment_lab_qt_pch target)
  if(NOT SENTIMENT_LAB_PCH OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    return()
  endif()
  if(target STREQUAL "sentiment_ui")
    target_precompile_headers(sentiment_ui PRIVATE <QtWidgets> "${PROJECT_SOURCE_DIR}/ui/charts/QCustomPlotHeader.h")
    sentiment_lab_pch_options(sentiment_ui)
  else()
    sentiment_lab_reuse_pch(${target} sentiment_ui)
  endif()
endfunction()
