#include "cli/ReferenceArgument.h"

#include <cstdio>

namespace sentiment::cli {

void ReferenceArgument::addTo(CLI::App& command) {
    command.add_option(
        "--reference", path,
        "a course's reference figures to judge the run against (default: the lecture's; format in "
        "docs/LECTURE_REFERENCE.md)");
}

std::optional<experiment::LectureReference> ReferenceArgument::load() const {
    if (path.empty()) return experiment::LectureReference::lecture();
    auto read = experiment::LectureReference::load(path);
    if (!read) {
        std::fprintf(stderr, "error: %s\n", read.error().message.c_str());
        return std::nullopt;
    }
    return std::move(*read);
}

}  // namespace sentiment::cli
