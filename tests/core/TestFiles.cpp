#include "TestFiles.h"

#include <archive.h>
#include <archive_entry.h>
#include <unistd.h>

#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace sentiment::test {

TempDir::TempDir() {
    std::string tmpl =
        (std::filesystem::temp_directory_path() / "sentiment-lab-test-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

void writeFile(const std::filesystem::path& path, const std::string& content) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << content;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeArchive(const std::filesystem::path& path, const Entries& entries,
                  const std::string& format, const std::string& filter) {
    archive* a = archive_write_new();
    if (format == "zip") {
        archive_write_set_format_zip(a);
        if (filter == "none")
            archive_write_set_options(a, "zip:compression=store");  // stored members
    } else {
        archive_write_set_format_by_name(a, format.c_str());
        if (filter == "gzip") archive_write_add_filter_gzip(a);
    }
    if (archive_write_open_filename(a, path.c_str()) != ARCHIVE_OK)
        throw std::runtime_error(archive_error_string(a));
    for (const auto& [name, content] : entries) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.c_str());
        archive_entry_set_size(e, static_cast<la_int64_t>(content.size()));
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_write_header(a, e);
        archive_write_data(a, content.data(), content.size());
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
}

Entries smallImdb(int perClass, const std::string& prefix) {
    static const char* good[] = {"A wonderful, moving film. I loved it!",
                                 "Great acting and a superb story.",
                                 "One of the best movies I've seen; brilliant."};
    static const char* bad[] = {"A terrible, boring film. I hated it.",
                                "Awful acting and a dull story.",
                                "One of the worst movies ever; don't watch it."};
    Entries entries;
    for (const char* split : {"train", "test"}) {
        for (int i = 0; i < perClass; ++i) {
            entries.emplace_back(prefix + split + "/pos/" + std::to_string(i) + "_" +
                                     std::to_string(7 + i % 4) + ".txt",
                                 good[i % 3]);
            entries.emplace_back(prefix + split + "/neg/" + std::to_string(i) + "_" +
                                     std::to_string(1 + i % 4) + ".txt",
                                 bad[i % 3]);
        }
    }
    entries.emplace_back(prefix + "train/unsup/0_0.txt", "unlabelled, must be ignored");
    entries.emplace_back(prefix + "imdb.vocab", "the\nand\n");
    entries.emplace_back(prefix + "README", "readme");
    return entries;
}

}  // namespace sentiment::test
