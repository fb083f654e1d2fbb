#include "data/dataset/Fingerprint.h"
#include "data/table/ClassFolders.h"

#include <sys/stat.h>

#include <cinttypes>
#include <cstdio>
#include <fstream>
#include <vector>

#include "data/text/TokenInterner.h"

namespace sentiment::data {

namespace fs = std::filesystem;

namespace {
std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    return TokenInterner::hash(std::string_view(reinterpret_cast<const char*>(&v), sizeof v)) ^
           (h * 0x9E3779B97F4A7C15ull);
}
std::int64_t mtimeOf(const fs::path& p) {
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0) return 0;
    return std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}
std::string hex(std::uint64_t v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016" PRIx64, v);
    return buf;
}
}  // namespace

Result<Fingerprint> Fingerprint::of(const fs::path& path) {
    std::error_code ec;
    Fingerprint fp;
    fp.source = fs::absolute(path, ec).lexically_normal().string();
    if (fs::is_directory(path, ec) && !ClassFolders::isImdb(path)) {
        // Class folders: every file's name, size and time.
        auto files = ClassFolders::list(path);
        if (!files) return files.error();
        std::uint64_t names = 0;
        for (const auto& f : *files) {
            names = mix(names, TokenInterner::hash(f.name));
            fp.size += f.size;
            fp.mtimeNs = std::max(fp.mtimeNs, mtimeOf(f.path));
        }
        fp.contentHash = mix(names, files->size());
        return fp;
    }
    if (fs::is_directory(path, ec)) {
        fs::path root = path;
        if (!fs::is_directory(root / "train", ec)) root /= "aclImdb";
        std::uint64_t files = 0;
        for (const char* sub : {"train/pos", "train/neg", "test/pos", "test/neg"}) {
            for (const auto& e : fs::directory_iterator(root / sub, ec)) {
                ++files;
                fp.size += e.is_regular_file(ec) ? e.file_size(ec) : 0;
                fp.mtimeNs = std::max(fp.mtimeNs, mtimeOf(e.path()));
            }
        }
        fp.contentHash = mix(files, fp.size);
        return fp;
    }
    fp.size = fs::file_size(path, ec);
    if (ec) return Error::at(path.string(), Message::tr("cannot read: %1").arg(ec.message()));
    fp.mtimeNs = mtimeOf(path);
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error::at(path.string(), Message::tr("cannot open"));
    constexpr std::size_t kMiB = 1 << 20;
    std::vector<char> buf(std::min<std::uint64_t>(kMiB, fp.size));
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    std::uint64_t h =
        TokenInterner::hash(std::string_view(buf.data(), static_cast<std::size_t>(in.gcount())));
    if (fp.size > kMiB) {
        in.seekg(
            static_cast<std::streamoff>(fp.size - std::min<std::uint64_t>(kMiB, fp.size - kMiB)));
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        h = mix(h, TokenInterner::hash(
                       std::string_view(buf.data(), static_cast<std::size_t>(in.gcount()))));
    }
    fp.contentHash = h;
    return fp;
}

Fingerprint Fingerprint::ofBytes(std::span<const unsigned char> bytes, std::string name) {
    Fingerprint fp;
    fp.source = std::move(name);
    fp.size = bytes.size();
    fp.contentHash = TokenInterner::hash(
        std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    return fp;
}

std::string Fingerprint::key(std::string_view salt) const {
    std::uint64_t h = TokenInterner::hash(salt);
    h = mix(h, size);
    h = mix(h, static_cast<std::uint64_t>(mtimeNs));
    h = mix(h, contentHash);
    h = mix(h, TokenInterner::hash(source));
    return hex(h);
}

std::string Fingerprint::describe() const {
    return std::to_string(size) + " bytes, hash " + hex(contentHash);
}

}  // namespace sentiment::data
