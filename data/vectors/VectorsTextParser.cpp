#include "data/vectors/VectorsTextParser.h"

#include <fast_float/fast_float.h>

#include <cmath>
#include <optional>
#include <thread>

#include "data/io/HugePageAllocator.h"
#include "data/text/Utf8.h"

namespace sentiment::data {

namespace {

struct LineError {
    std::size_t line = 0;  // 1-based within the chunk
    Message what;
};

struct Chunk {
    std::string_view text;
    std::size_t lines = 0;  // newline-terminated lines seen (for numbering)
    std::vector<std::string> words;
    HugeBuffer<float> values;
    std::optional<LineError> error;
};

std::string_view trimLineEnd(std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
    return line;
}

std::size_t countFields(std::string_view line) {
    std::size_t n = 0;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && line[i] == ' ') ++i;
        if (i == line.size()) break;
        ++n;
        while (i < line.size() && line[i] != ' ') ++i;
    }
    return n;
}

std::string shorten(std::string_view s) {
    return std::string(utf8::truncate(s, 40)) + (s.size() > 40 ? "..." : "");
}

// Parses one line into `chunk`; returns an error message or nothing.
std::optional<Message> parseLine(std::string_view line, std::size_t dim, Chunk& chunk) {
    const auto firstSpace = line.find(' ');
    if (firstSpace == std::string_view::npos || firstSpace == 0) {
        return Message::tr("expected a word followed by %1 numbers").arg(dim);
    }
    const std::size_t rowStart = chunk.values.size();
    chunk.values.resize(rowStart + dim);
    float* row = chunk.values.data() + rowStart;
    const char* const end = line.data() + line.size();

    // Fast path: the word is the first field and exactly D finite numbers follow.
    const char* p = line.data() + firstSpace;
    std::size_t k = 0;
    bool finite = true;
    while (k < dim) {
        while (p < end && *p == ' ') ++p;
        if (p == end) break;
        const auto r = fast_float::from_chars(p, end, row[k]);
        if (r.ec != std::errc() || (r.ptr != end && *r.ptr != ' ')) break;
        finite = finite && std::isfinite(row[k]);
        p = r.ptr;
        ++k;
    }
    while (p < end && *p == ' ') ++p;
    if (k == dim && p == end && finite) {
        chunk.words.emplace_back(line.substr(0, firstSpace));
        return std::nullopt;
    }

    // General path: the last D fields are the vector, everything before them is the word.
    std::vector<std::string_view> fields;
    for (std::size_t i = 0; i < line.size();) {
        while (i < line.size() && line[i] == ' ') ++i;
        const std::size_t b = i;
        while (i < line.size() && line[i] != ' ') ++i;
        if (i > b) fields.push_back(line.substr(b, i - b));
    }
    if (fields.size() < dim + 1) {
        chunk.values.resize(rowStart);
        return Message::tr("has %1 values, expected %2").arg(fields.size() - 1).arg(dim);
    }
    const std::size_t wordFields = fields.size() - dim;
    for (std::size_t j = 0; j < dim; ++j) {
        const std::string_view f = fields[wordFields + j];
        const auto r = fast_float::from_chars(f.data(), f.data() + f.size(), row[j]);
        if (r.ec != std::errc() || r.ptr != f.data() + f.size()) {
            chunk.values.resize(rowStart);
            return Message::tr("'%1' (value %2) is not a number").arg(shorten(f)).arg(j + 1);
        }
        if (!std::isfinite(row[j])) {
            chunk.values.resize(rowStart);
            return Message::tr("value %1 ('%2') is not a finite number").arg(j + 1).arg(shorten(f));
        }
    }
    const std::string_view last = fields[wordFields - 1];
    chunk.words.emplace_back(
        line.substr(0, static_cast<std::size_t>(last.data() + last.size() - line.data())));
    return std::nullopt;
}

void parseChunk(Chunk& chunk, std::size_t dim) {
    std::size_t pos = 0;
    const auto text = chunk.text;
    while (pos < text.size()) {
        auto nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        ++chunk.lines;
        const auto line = trimLineEnd(text.substr(pos, nl - pos));
        pos = nl + 1;
        if (line.empty()) continue;
        if (auto err = parseLine(line, dim, chunk)) {
            chunk.error = LineError{chunk.lines, std::move(*err)};
            return;
        }
    }
}

bool isHeader(std::string_view line) {
    if (countFields(line) != 2) return false;
    return line.find_first_not_of("0123456789 ") == std::string_view::npos;
}

}  // namespace

VectorsTextParser::VectorsTextParser(unsigned threads)
    : threads_(threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : threads) {}

Result<WordVectors> VectorsTextParser::parse(std::string_view text,
                                             const std::string& source) const {
    VectorsInfo info;
    info.source = source;
    // Skip a UTF-8 byte order mark.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::size_t firstLineNumber = 1;
    auto firstEnd = text.find('\n');
    std::string_view first = trimLineEnd(text.substr(0, firstEnd));
    if (first.empty() && text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return Error::at(source, Message::tr("the vectors file is empty"));
    }
    if (isHeader(first)) {
        info.header = true;
        text.remove_prefix(firstEnd == std::string_view::npos ? text.size() : firstEnd + 1);
        firstLineNumber = 2;
        firstEnd = text.find('\n');
        first = trimLineEnd(text.substr(0, firstEnd));
    }
    const std::size_t fields = countFields(first);
    if (fields < 2) {
        return Error::at(
            source,
            Message::tr("expected 'word v1 v2 ... vD' (GloVe's text format), found '%1'")
                .arg(shorten(first)),
            long(firstLineNumber));
    }
    info.dimension = fields - 1;
    const std::size_t dim = info.dimension;
    // Published vectors have 25 to 1,024 values (GloVe 50-300, fastText and word2vec 300). A line
    // of millions of columns is not a vectors file, and taken as one it would ask the embedding
    // for terabytes (its rows times the vocabulary): refused here, naming the line.
    if (dim > kMaxDimension) {
        return Error::at(
            source,
            Message::tr(
                "a line of %1 values: more than the %2 this reads (is this a vectors file?)")
                .arg(dim)
                .arg(kMaxDimension),
            long(firstLineNumber));
    }

    // Cut at line boundaries into one chunk per thread.
    const std::size_t parts =
        std::max<std::size_t>(1, std::min<std::size_t>(threads_, text.size() / (1 << 20) + 1));
    std::vector<Chunk> chunks(parts);
    std::size_t start = 0;
    for (std::size_t i = 0; i < parts; ++i) {
        std::size_t end = i + 1 == parts ? text.size() : text.size() * (i + 1) / parts;
        if (end < start) end = start;
        while (end < text.size() && end > 0 && text[end - 1] != '\n') ++end;
        chunks[i].text = text.substr(start, end - start);
        chunks[i].values.reserve(chunks[i].text.size() / 9);
        start = end;
    }
    {
        std::vector<std::jthread> workers;
        for (std::size_t i = 1; i < parts; ++i)
            workers.emplace_back([&, i] { parseChunk(chunks[i], dim); });
        parseChunk(chunks[0], dim);
    }
    std::size_t lineBase = firstLineNumber - 1;
    for (const auto& c : chunks) {
        if (c.error) return Error::at(source, c.error->what, long(lineBase + c.error->line));
        lineBase += c.lines;
    }

    // Merge; the first occurrence of a word wins.
    TokenInterner words;
    std::size_t total = 0;
    for (const auto& c : chunks) total += c.words.size();
    auto rows = std::make_shared<HugeBuffer<float>>();
    rows->reserve(total * dim);
    for (auto& c : chunks) {
        for (std::size_t i = 0; i < c.words.size(); ++i) {
            const auto before = words.size();
            words.intern(c.words[i]);
            if (words.size() == before) {
                ++info.duplicates;
                continue;
            }
            rows->insert(rows->end(), c.values.begin() + static_cast<std::ptrdiff_t>(i * dim),
                         c.values.begin() + static_cast<std::ptrdiff_t>((i + 1) * dim));
        }
        decltype(c.values)().swap(c.values);
        std::vector<std::string>().swap(c.words);
    }
    info.lines = total;
    if (total == 0) return Error::at(source, Message::tr("the vectors file has no vector lines"));
    const float* data = rows->data();
    return WordVectors(std::move(words), data, std::move(rows), std::move(info));
}

}  // namespace sentiment::data
