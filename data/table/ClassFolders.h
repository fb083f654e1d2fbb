#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "foundation/Result.h"

namespace sentiment::data {

/// A folder with one sub-folder per class, each file in it one text (`positive/001.txt`), and
/// optionally `train/` and `test/` above the class folders, as IMDb has. Hidden entries (a
/// leading dot) and files beside the class folders are left alone; links are not followed.
class ClassFolders {
public:
    struct File {
        std::filesystem::path path;
        std::string name;        ///< relative to the folder: "train/positive/001.txt"
        std::string label;       ///< the class folder's name
        std::int8_t split = -1;  ///< -1: not given (a made split), else data::Split
        std::uintmax_t size = 0;
    };

    /// The files in a stable order (split, class folder, file name), or an error naming the
    /// folder: not one, unreadable, or without a class folder holding a file.
    static Result<std::vector<File>> list(const std::filesystem::path& root);

    /// True when `path` is IMDb's extracted folder (train/ and test/ with pos/ and neg/, and
    /// IMDb's `imdb.vocab` or its review names): ImdbReader reads it, stars and all.
    static bool isImdb(const std::filesystem::path& path);
};

}  // namespace sentiment::data
