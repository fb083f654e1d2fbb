#include "data/VectorsSubset.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace sentiment::data {

Result<VectorsSubset::Written> VectorsSubset::write(const WordVectors& vectors, std::span<const std::int64_t> sourceRows,
                                                    const std::filesystem::path& target) {
    std::vector<std::int64_t> rows;
    rows.reserve(sourceRows.size());
    for (const auto row : sourceRows) {
        if (row >= 0 && static_cast<std::size_t>(row) < vectors.size()) rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());

    const std::filesystem::path temp = target.string() + ".tmp" + std::to_string(::getpid());
    std::FILE* out = std::fopen(temp.c_str(), "wb");
    if (!out) return Error::at(target.string(), Message::tr("cannot create the file: %1").arg(std::strerror(errno)));
    std::string line;
    char number[32];
    bool good = true;
    for (const auto row : rows) {
        line.assign(vectors.word(static_cast<std::size_t>(row)));
        for (const float value : vectors.vector(static_cast<std::size_t>(row))) {
            // Shortest round-trip form: read back by any correct parser, it is the same float.
            const auto [end, ec] = std::to_chars(number, number + sizeof number, value);
            line += ' ';
            line.append(number, end);
        }
        line += '\n';
        if (std::fwrite(line.data(), 1, line.size(), out) != line.size()) {
            good = false;
            break;
        }
    }
    good = std::fflush(out) == 0 && good;
    good = ::fsync(::fileno(out)) == 0 && good;
    good = std::fclose(out) == 0 && good;
    std::error_code ec;
    if (!good) {
        std::filesystem::remove(temp, ec);
        return Error::at(target.string(), Message::tr("cannot write the vectors (disk full?)"));
    }
    std::filesystem::rename(temp, target, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        return Error::at(target.string(), Message::tr("cannot put the file in place: %1").arg(ec.message()));
    }
    return Written{rows.size(), std::filesystem::file_size(target, ec)};
}

}  // namespace sentiment::data
