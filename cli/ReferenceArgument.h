#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "experiment/LectureReference.h"

namespace sentiment::cli {

/// `--reference FILE`: the course reference a run is judged against (default: the lecture's own,
/// built in; docs/LECTURE_REFERENCE.md describes the file).
struct ReferenceArgument {
    std::string path;

    void addTo(CLI::App& command);
    /// The file given, or the lecture's figures; nothing (and the reason, naming the file and
    /// line, on stderr) when the file does not read.
    std::optional<experiment::LectureReference> load() const;
};

}  // namespace sentiment::cli
