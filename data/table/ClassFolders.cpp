#include "data/table/ClassFolders.h"

#include <algorithm>

#include "data/imdb/Review.h"
#include "data/imdb/ReviewCollector.h"

namespace sentiment::data {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) {
    const auto name = p.filename().string();
    return name.empty() || name.front() == '.';
}

// The sub-folders of `dir` (not links, not hidden), by name.
Result<std::vector<fs::path>> foldersIn(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (hidden(it->path()) || it->is_symlink(ec)) continue;
        if (it->is_directory(ec)) out.push_back(it->path());
    }
    if (ec)
        return Error::at(dir.string(), Message::tr("cannot list the folder: %1").arg(ec.message()));
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

Result<std::vector<ClassFolders::File>> ClassFolders::list(const fs::path& root) {
    std::error_code ec;
    if (!fs::is_directory(root, ec))
        return Error::at(root.string(), Message::tr("is not a folder"));
    // train/ and test/ above the classes, or the classes themselves.
    struct Part {
        fs::path dir;
        std::string prefix;
        std::int8_t split;
    };
    std::vector<Part> parts;
    if (fs::is_directory(root / "train", ec)) {
        parts.push_back({root / "train", "train/", std::int8_t(Split::Train)});
        if (fs::is_directory(root / "test", ec))
            parts.push_back({root / "test", "test/", std::int8_t(Split::Test)});
    } else {
        parts.push_back({root, "", -1});
    }
    std::vector<File> files;
    for (const auto& part : parts) {
        auto classes = foldersIn(part.dir);
        if (!classes) return classes.error();
        if (classes->empty()) {
            return Error::at(part.dir.string(),
                             Message::tr("has no class folders: put each class's texts in a "
                                         "folder of its own (positive/, negative/, ...)"));
        }
        for (const auto& dir : *classes) {
            const auto label = dir.filename().string();
            std::vector<File> inClass;
            for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
                if (hidden(it->path()) || it->is_symlink(ec) || !it->is_regular_file(ec)) continue;
                File f;
                f.path = it->path();
                f.name = part.prefix + label + "/" + it->path().filename().string();
                f.label = label;
                f.split = part.split;
                f.size = it->file_size(ec);
                if (ec) break;
                inClass.push_back(std::move(f));
            }
            if (ec) {
                return Error::at(dir.string(),
                                 Message::tr("cannot list the folder: %1").arg(ec.message()));
            }
            std::sort(inClass.begin(), inClass.end(),
                      [](const File& a, const File& b) { return a.name < b.name; });
            files.insert(files.end(), std::make_move_iterator(inClass.begin()),
                         std::make_move_iterator(inClass.end()));
        }
    }
    if (files.empty()) {
        return Error::at(root.string(),
                         Message::tr("its class folders hold no files (one text per file)"));
    }
    return files;
}

bool ClassFolders::isImdb(const fs::path& path) {
    std::error_code ec;
    fs::path root = path;
    if (!fs::is_directory(root / "train", ec) && fs::is_directory(root / "aclImdb", ec))
        root /= "aclImdb";
    for (const char* sub : {"train/pos", "train/neg", "test/pos", "test/neg"})
        if (!fs::is_directory(root / sub, ec)) return false;
    if (fs::exists(root / "imdb.vocab", ec)) return true;
    // IMDb's review names: <id>_<stars>.txt.
    for (fs::directory_iterator it(root / "train/pos", ec), end; !ec && it != end;
         it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        return ReviewCollector::classify("train/pos/" + it->path().filename().string()).has_value();
    }
    return false;
}

}  // namespace sentiment::data
