#include "data/table/TableReader.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <numeric>
#include <optional>
#include <unordered_map>

#include "data/dataset/Random.h"
#include "data/imdb/GzipInflater.h"
#include "data/imdb/ReviewCollector.h"
#include "data/io/MappedFile.h"
#include "data/table/ClassFolders.h"
#include "data/table/LabelMap.h"
#include "data/text/Utf8.h"

namespace sentiment::data {

namespace {

constexpr std::size_t kSampleRows = 20;
constexpr std::size_t kChunkBytes = 1 << 20;

// Natural order of labels: numbers by value before words, words by their bytes.
bool naturalLess(const std::string& a, const std::string& b) {
    const auto x = LabelMap::numberOf(a), y = LabelMap::numberOf(b);
    if (x && y) return *x < *y || (*x == *y && a < b);
    if (x || y) return x.has_value();
    return a < b;
}

std::string extensionOf(const std::filesystem::path& path) {
    auto p = path;
    if (utf8::toLower(p.extension().string()) == ".gz") p = p.stem();
    return utf8::toLower(p.extension().string());
}

// Hands the file's text to `each` in chunks, inflating a gzip'd file as it goes.
template <typename Each>
Status forEachChunk(const std::filesystem::path& path, ProgressObserver* observer,
                    std::stop_token stop, Each&& each) {
    auto file = MappedFile::open(path);
    if (!file) return file.error();
    const auto bytes = file->bytes();
    const auto cancelled = [&] {
        return Error::at(path.string(), Message::tr("reading was cancelled"));
    };
    if (GzipInflater::looksLikeGzip(bytes)) {
        GzipInflater inflater(bytes, path.string());
        while (true) {
            if (stop.stop_requested()) return cancelled();
            auto chunk = inflater.next();
            if (!chunk) return chunk.error();
            if (chunk->empty()) return Done{};
            if (auto ok = each(
                    std::string_view(reinterpret_cast<const char*>(chunk->data()), chunk->size()));
                !ok)
                return ok;
            if (observer != nullptr)
                observer->onProgress(double(inflater.consumed()), double(bytes.size()));
        }
    }
    for (std::size_t at = 0; at < bytes.size(); at += kChunkBytes) {
        if (stop.stop_requested()) return cancelled();
        const auto n = std::min(kChunkBytes, bytes.size() - at);
        if (auto ok = each(std::string_view(reinterpret_cast<const char*>(bytes.data() + at), n));
            !ok)
            return ok;
        if (observer != nullptr) observer->onProgress(double(at + n), double(bytes.size()));
    }
    return Done{};
}

// The delimiter whose field count is the same, and above one, on most of the first lines.
char sniffDelimiter(std::string_view head) {
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start < head.size() && lines.size() < kSampleRows;) {
        const auto end = head.find('\n', start);
        if (end == std::string_view::npos) break;  // the last line may be cut
        if (end > start) lines.push_back(head.substr(start, end - start));
        start = end + 1;
    }
    if (lines.empty()) lines.push_back(head);
    for (const char d : {'\t', ',', ';', '|'}) {
        const auto count = [d](std::string_view l) { return std::count(l.begin(), l.end(), d); };
        const auto first = count(lines.front());
        if (first == 0) continue;
        const auto same = std::count_if(lines.begin(), lines.end(),
                                        [&](std::string_view l) { return count(l) == first; });
        if (same * 10 >= static_cast<long>(lines.size()) * 9) return d;
    }
    return 0;
}

const std::vector<std::string>& textNames() {
    static const std::vector<std::string> names{"text",    "review",  "document", "sentence",
                                                "content", "comment", "body",     "tweet"};
    return names;
}
const std::vector<std::string>& labelNames() {
    static const std::vector<std::string> names{"label", "rating",   "sentiment", "class",
                                                "stars", "polarity", "target",    "score"};
    return names;
}

}  // namespace

std::string TableOptions::key() const {
    const auto q = quoting ? std::to_string(int(*quoting)) : std::string("-");
    return "table|" + textColumn + "|" + labelColumn + "|" + splitColumn + "|" + groupColumn + "|" +
           std::to_string(int(delimiter)) + "|" + std::to_string(int(header)) + "|" + q + "|" +
           labelMap + "|" +
           (testFile.empty() ? std::string() : std::filesystem::absolute(testFile).string()) + "|" +
           std::to_string(testFraction) + "|" + std::to_string(seed);
}

// Every row read so far, its text in one buffer.
struct TableReader::Rows {
    struct Row {
        std::uint64_t offset = 0;
        std::uint32_t size = 0;
        std::uint32_t line = 0;
        std::uint32_t label = 0;  ///< a raw label's id, or the class with a label map
        std::uint32_t group = 0;
        std::int8_t split = -1;  ///< -1: not yet known, else Split
        bool testFile = false;
    };
    std::string texts;
    std::vector<Row> rows;
    std::vector<std::string> labels;  ///< raw labels by id (no label map)
    std::unordered_map<std::string, std::uint32_t> labelIds;
    std::unordered_map<std::string, std::uint32_t> groupIds;
    std::size_t dropped = 0;  ///< rows whose label the map does not name
    /// Rows whose text is empty: skipped before the classes and the split are made, so that no
    /// class is left without the training review it seemed to have; the first one's place.
    std::size_t emptyTexts = 0;
    std::string firstEmpty;
    std::optional<LabelMap> map;
    /// Each row's file in a folder of class folders ("train/positive/1.txt"); empty for tables.
    std::vector<std::string> names;

    /// Gives `row` the class of `label` (or, without a map, the label's id); false when the
    /// map drops it (counted).
    bool classify(Row& row, const std::string& label) {
        if (map) {
            const auto c = map->classOf(label);
            if (!c) {
                ++dropped;
                return false;
            }
            row.label = static_cast<std::uint32_t>(*c);
        } else {
            auto [it, added] = labelIds.try_emplace(label, std::uint32_t(labels.size()));
            if (added) labels.push_back(label);
            row.label = it->second;
        }
        return true;
    }
};

namespace {

// The layout found from the first rows: where the columns are.
struct Layout {
    std::vector<std::string> columns;
    bool header = false;
    std::size_t text = 0, label = 0;
    std::optional<std::size_t> split, group;
};

Result<std::size_t> findColumn(const std::string& wanted, const std::vector<std::string>& columns,
                               bool header, const char* what) {
    if (auto n = LabelMap::numberOf(wanted); n && *n >= 1 && *n == std::floor(*n)) {
        if (*n > double(columns.size())) {
            return Error::at({}, Message::tr("there is no %1 column %2: the file has %3 columns")
                                     .arg(what)
                                     .arg(wanted)
                                     .arg(columns.size()));
        }
        return std::size_t(*n) - 1;
    }
    if (header) {
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (utf8::toLower(columns[i]) == utf8::toLower(wanted)) return i;
    }
    std::string all;
    for (const auto& c : columns) all += (all.empty() ? "" : ", ") + c;
    return Error::at({}, Message::tr("there is no column named \"%1\" for the %2; the columns are: "
                                     "%3")
                             .arg(wanted)
                             .arg(what)
                             .arg(header ? all
                                         : std::string("1 to ") + std::to_string(columns.size()) +
                                               " (the file has no header)"));
}

// The columns' names and whether the first row names them; which column is which comes after
// (layoutOf).
Layout columnsOf(const TableOptions& o, const std::vector<std::vector<std::string>>& sample,
                 bool jsonLines) {
    Layout l;
    const auto& first = sample.front();
    if (jsonLines) {
        l.columns = first;  // the keys, given as the first "row"
        l.header = true;
    } else {
        l.header = o.header == TableOptions::Header::Yes;
        if (o.header == TableOptions::Header::Auto) {
            // A header names a known column, or a column whose every later value is a number
            // does not hold one on the first row.
            for (const auto& f : first) {
                const auto n = utf8::toLower(f);
                if (std::find(textNames().begin(), textNames().end(), n) != textNames().end() ||
                    std::find(labelNames().begin(), labelNames().end(), n) != labelNames().end() ||
                    (!o.textColumn.empty() && n == utf8::toLower(o.textColumn)) ||
                    (!o.labelColumn.empty() && n == utf8::toLower(o.labelColumn)))
                    l.header = true;
            }
            for (std::size_t c = 0; c < first.size() && !l.header && sample.size() > 1; ++c) {
                bool numbers = true;
                for (std::size_t r = 1; r < sample.size() && numbers; ++r)
                    numbers = c < sample[r].size() && LabelMap::numberOf(sample[r][c]).has_value();
                if (numbers && !LabelMap::numberOf(first[c])) l.header = true;
            }
        }
        if (l.header) {
            l.columns = first;
        } else {
            for (std::size_t i = 0; i < first.size(); ++i)
                l.columns.push_back(std::to_string(i + 1));
        }
    }
    return l;
}

Result<Layout> layoutOf(const TableOptions& o, const std::vector<std::vector<std::string>>& sample,
                        bool jsonLines) {
    Layout l = columnsOf(o, sample, jsonLines);
    const auto guess = [&](const std::vector<std::string>& names) -> std::optional<std::size_t> {
        if (!l.header) return std::nullopt;
        for (const auto& n : names)
            for (std::size_t i = 0; i < l.columns.size(); ++i)
                if (utf8::toLower(l.columns[i]) == n) return i;
        return std::nullopt;
    };
    const std::size_t dataStart = jsonLines || l.header ? 1 : 0;  // the first data row
    if (!o.textColumn.empty()) {
        auto c = findColumn(o.textColumn, l.columns, l.header, "text");
        if (!c) return c.error();
        l.text = *c;
    } else if (auto g = guess(textNames())) {
        l.text = *g;
    } else {
        // The column with the longest values.
        std::vector<std::size_t> length(l.columns.size(), 0);
        for (std::size_t r = dataStart; r < sample.size(); ++r)
            for (std::size_t c = 0; c < sample[r].size() && c < length.size(); ++c)
                length[c] += sample[r][c].size();
        l.text = std::size_t(std::max_element(length.begin(), length.end()) - length.begin());
    }
    if (!o.labelColumn.empty()) {
        auto c = findColumn(o.labelColumn, l.columns, l.header, "label");
        if (!c) return c.error();
        l.label = *c;
    } else if (auto g = guess(labelNames())) {
        l.label = *g;
    } else if (l.columns.size() == 2) {
        l.label = 1 - l.text;
    } else {
        return Error::at({}, Message::tr("cannot tell which column holds the labels: name it "
                                         "(--label-column)"));
    }
    if (l.label == l.text)
        return Error::at({}, Message::tr("the text and the label are the same column"));
    if (!o.splitColumn.empty()) {
        auto c = findColumn(o.splitColumn, l.columns, l.header, "split");
        if (!c) return c.error();
        l.split = *c;
    }
    if (!o.groupColumn.empty()) {
        auto c = findColumn(o.groupColumn, l.columns, l.header, "group");
        if (!c) return c.error();
        l.group = *c;
    }
    return l;
}

// Feeds records (fields and line) from a delimited file or JSON Lines, sampling the first rows
// before the layout is known.
class RecordReader {
public:
    using Each = std::function<Status(const std::vector<std::string>&, std::uint64_t)>;

    RecordReader(const TableOptions& options, std::size_t maxFieldBytes)
        : options_(options), maxFieldBytes_(maxFieldBytes) {}

    // The first chunk decides the format.
    Status start(std::string_view head, const std::filesystem::path& path) {
        if (head.substr(0, std::min<std::size_t>(head.size(), 1 << 16)).find('\0') !=
            std::string_view::npos) {
            return Error::at({}, Message::tr("it is a binary file, not text"));
        }
        auto first = head;
        if (first.starts_with("\xEF\xBB\xBF")) first.remove_prefix(3);
        while (!first.empty() &&
               (first.front() == ' ' || first.front() == '\n' || first.front() == '\r'))
            first.remove_prefix(1);
        const auto ext = extensionOf(path);
        jsonLines_ =
            ext == ".jsonl" || ext == ".ndjson" || (!first.empty() && first.front() == '{');
        if (jsonLines_) return Done{};
        delimiter_ = options_.delimiter != 0 ? options_.delimiter
                     : ext == ".tsv"         ? '\t'
                                             : sniffDelimiter(first);
        if (delimiter_ == 0 && ext == ".csv") delimiter_ = ',';
        if (delimiter_ == 0) {
            return Error::at({}, Message::tr("cannot tell how the columns are separated (tab, "
                                             "comma, semicolon or bar): name it (--delimiter)"));
        }
        const auto quoting =
            options_.quoting.value_or(delimiter_ == '\t' ? Quoting::None : Quoting::Double);
        parser_.emplace(delimiter_, quoting, maxFieldBytes_);
        return Done{};
    }

    Status feed(std::string_view bytes, const Each& each) {
        if (!bom_) {
            bom_ = true;
            if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
        }
        if (!jsonLines_) return parser_->feed(bytes, each);
        for (const char c : bytes) {
            if (c == '\n') {
                if (auto ok = jsonLine(each); !ok) return ok;
                ++line_;
                continue;
            }
            if (pending_.size() >= maxFieldBytes_) {
                return Error::at({},
                                 Message::tr("a line is longer than %1 MiB")
                                     .arg(static_cast<std::uint64_t>(maxFieldBytes_ >> 20)),
                                 static_cast<long>(line_));
            }
            pending_.push_back(c);
        }
        return Done{};
    }

    Status finish(const Each& each) {
        if (!jsonLines_) return parser_->finish(each);
        return jsonLine(each);
    }

    bool jsonLines() const { return jsonLines_; }
    char delimiter() const { return delimiter_; }

private:
    // One JSON object per line; the first one's keys are the columns (its "header" record).
    Status jsonLine(const Each& each) {
        std::string text;
        text.swap(pending_);
        if (text.find_first_not_of(" \t\r") == std::string::npos) return Done{};
        const auto json = nlohmann::ordered_json::parse(text, nullptr, false);
        if (json.is_discarded() || !json.is_object()) {
            return Error::at({}, Message::tr("this line is not a JSON object"),
                             static_cast<long>(line_));
        }
        if (keys_.empty()) {
            for (const auto& [key, value] : json.items()) keys_.push_back(key);
            if (auto ok = each(keys_, 0); !ok) return ok;
        }
        std::vector<std::string> fields;
        fields.reserve(keys_.size());
        for (const auto& key : keys_) {
            const auto it = json.find(key);
            if (it == json.end()) {
                fields.emplace_back();  // a missing label is named by the reader
            } else if (it->is_string()) {
                fields.push_back(it->get<std::string>());
            } else if (it->is_null()) {
                fields.emplace_back();
            } else {
                fields.push_back(it->dump());
            }
        }
        return each(fields, line_);
    }

    const TableOptions& options_;
    std::size_t maxFieldBytes_;
    bool jsonLines_ = false;
    bool bom_ = false;
    char delimiter_ = 0;
    std::optional<DelimitedParser> parser_;
    std::string pending_;
    std::vector<std::string> keys_;
    std::uint64_t line_ = 1;
};

}  // namespace

TableReader::TableReader(TableOptions options, std::size_t maxReviewBytes)
    : options_(std::move(options)), maxReviewBytes_(maxReviewBytes) {}

bool TableReader::looksLikeTable(const std::filesystem::path& path) {
    const auto ext = extensionOf(path);
    return ext == ".csv" || ext == ".tsv" || ext == ".txt" || ext == ".jsonl" || ext == ".ndjson";
}

bool TableReader::reads(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return !ClassFolders::isImdb(path);
    return looksLikeTable(path);
}

namespace {

// An error found inside `path` (its line, when it has one), now naming the file.
Error inFile(const std::filesystem::path& path, const Error& e) {
    if (!e.file.empty()) return e;
    return Error::at(path.string(), e.what.empty() ? Message::verbatim(e.message) : e.what, e.line);
}

}  // namespace

Status TableReader::readFile(const std::filesystem::path& path, bool test, Rows& rows,
                             ProgressObserver* observer, std::stop_token stop) const {
    RecordReader records(options_, maxReviewBytes_ * 4);
    std::vector<std::vector<std::string>> sample;
    std::vector<std::uint64_t> sampleLines;
    std::optional<Layout> layout;
    bool started = false;

    const auto add = [&](const std::vector<std::string>& f, std::uint64_t line) -> Status {
        if (f.size() != layout->columns.size()) {
            return Error::at({},
                             Message::tr("this row has %1 fields where the header has %2 (a "
                                         "stray delimiter or line break?)")
                                 .arg(f.size())
                                 .arg(layout->columns.size()),
                             static_cast<long>(line));
        }
        Rows::Row row;
        row.line = static_cast<std::uint32_t>(line);
        row.testFile = test;
        const auto& label = f[layout->label];
        if (label.find_first_not_of(" \t") == std::string::npos) {
            return Error::at({},
                             Message::tr("this row has no label (column %1)")
                                 .arg(layout->columns[layout->label]),
                             static_cast<long>(line));
        }
        if (f[layout->text].empty()) {
            if (rows.emptyTexts++ == 0)
                rows.firstEmpty = path.string() + ", line " + std::to_string(line);
            return Done{};
        }
        if (!rows.classify(row, label)) return Done{};
        if (test) {
            row.split = std::int8_t(Split::Test);
        } else if (!options_.testFile.empty()) {
            row.split = std::int8_t(Split::Train);  // the test reviews are in their own file
        } else if (layout->split) {
            const auto s = utf8::toLower(f[*layout->split]);
            if (s == "test") {
                row.split = std::int8_t(Split::Test);
            } else if (s == "train" || s == "valid" || s == "validation" || s == "dev") {
                row.split = std::int8_t(Split::Train);
            } else {
                return Error::at({},
                                 Message::tr("the split column says \"%1\"; it can say train, "
                                             "valid or test")
                                     .arg(f[*layout->split]),
                                 static_cast<long>(line));
            }
        }
        if (layout->group) {
            auto [it, added] =
                rows.groupIds.try_emplace(f[*layout->group], std::uint32_t(rows.groupIds.size()));
            row.group = it->second;
        }
        const auto& text = f[layout->text];
        row.offset = rows.texts.size();
        row.size = static_cast<std::uint32_t>(text.size());
        rows.texts += text;
        rows.rows.push_back(row);
        return Done{};
    };
    const auto settle = [&]() -> Status {
        if (layout || sample.empty()) return Done{};
        auto found = layoutOf(options_, sample, records.jsonLines());
        if (!found) return found.error();
        layout = std::move(*found);
        const std::size_t from = layout->header ? 1 : 0;
        for (std::size_t i = from; i < sample.size(); ++i)
            if (auto ok = add(sample[i], sampleLines[i]); !ok) return ok;
        sample.clear();
        return Done{};
    };
    const RecordReader::Each each = [&](const std::vector<std::string>& f,
                                        std::uint64_t line) -> Status {
        if (layout) return add(f, line);
        sample.push_back(f);
        sampleLines.push_back(line);
        return sample.size() > kSampleRows ? settle() : Status(Done{});
    };
    if (observer != nullptr) observer->onPhase("read");
    auto ok = forEachChunk(path, observer, stop, [&](std::string_view chunk) -> Status {
        if (!started) {
            started = true;
            if (auto s = records.start(chunk, path); !s) return s;
        }
        return records.feed(chunk, each);
    });
    if (ok && started) ok = records.finish(each);
    if (ok) ok = settle();
    if (!ok) return inFile(path, ok.error());
    if (!started || !layout) return Error::at(path.string(), Message::tr("the file is empty"));
    return Done{};
}

Status TableReader::readFolder(const std::filesystem::path& path, bool test, Rows& rows,
                               ProgressObserver* observer, std::stop_token stop) const {
    auto files = ClassFolders::list(path);
    if (!files) return files.error();
    if (observer != nullptr) observer->onPhase("read");
    std::string text;
    std::size_t done = 0;
    for (const auto& f : *files) {
        if (stop.stop_requested())
            return Error::at(path.string(), Message::tr("reading was cancelled"));
        if (observer != nullptr && (++done & 255) == 0)
            observer->onProgress(double(done), double(files->size()));
        Rows::Row row;
        row.line = static_cast<std::uint32_t>(rows.names.size() + 1);
        row.testFile = test;
        row.split = test                         ? std::int8_t(Split::Test)
                    : !options_.testFile.empty() ? std::int8_t(Split::Train)
                                                 : f.split;
        std::ifstream in(f.path, std::ios::binary);
        if (!in) return Error::at(f.path.string(), Message::tr("cannot open the file"));
        text.resize(std::min<std::uintmax_t>(f.size, maxReviewBytes_) + 1);
        in.read(text.data(), static_cast<std::streamsize>(text.size()));
        if (in.bad()) return Error::at(f.path.string(), Message::tr("cannot read the file"));
        const auto n = static_cast<std::size_t>(in.gcount());
        if (n > maxReviewBytes_) {
            return Error::at(
                f.path.string(),
                Message::tr("is longer than %1 MiB: one text per file").arg(maxReviewBytes_ >> 20));
        }
        const std::string_view read(text.data(), n);
        if (read.find('\0') != std::string_view::npos)
            return Error::at(f.path.string(), Message::tr("it is a binary file, not text"));
        if (read.empty()) {
            if (rows.emptyTexts++ == 0) rows.firstEmpty = f.path.string();
            continue;
        }
        if (!rows.classify(row, f.label)) continue;
        row.offset = rows.texts.size();
        row.size = static_cast<std::uint32_t>(n);
        rows.texts += read;
        rows.rows.push_back(row);
        rows.names.push_back(f.name);
    }
    return Done{};
}

Result<ImdbData> TableReader::read(const std::filesystem::path& path, ProgressObserver* observer,
                                   std::stop_token stop, ReviewQueue* queue) const {
    Rows rows;
    if (!options_.labelMap.empty()) {
        auto map = LabelMap::parse(options_.labelMap);
        if (!map) return map.error();
        rows.map = std::move(*map);
    }
    const auto readAny = [&](const std::filesystem::path& p, bool test) {
        std::error_code ec;
        return std::filesystem::is_directory(p, ec) ? readFolder(p, test, rows, observer, stop)
                                                    : readFile(p, test, rows, observer, stop);
    };
    if (auto ok = readAny(path, false); !ok) return ok.error();
    if (!options_.testFile.empty()) {
        if (auto ok = readAny(options_.testFile, true); !ok) return ok.error();
    }
    const auto source = path.string();
    if (rows.rows.empty()) {
        return Error::at(
            source, rows.dropped > 0
                        ? Message::tr("the label map leaves no row (%1 dropped)").arg(rows.dropped)
                        : Message::tr("there is no labelled row"));
    }
    // Classes: the map's, or each label in natural order.
    std::vector<std::string> classes;
    std::vector<std::uint32_t> classOfLabel;
    if (rows.map) {
        classes = rows.map->classes();
    } else {
        std::vector<std::uint32_t> order(rows.labels.size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return naturalLess(rows.labels[a], rows.labels[b]);
        });
        classOfLabel.resize(rows.labels.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            classOfLabel[order[i]] = std::uint32_t(i);
            classes.push_back(rows.labels[order[i]]);
        }
        for (auto& r : rows.rows) r.label = classOfLabel[r.label];
    }
    std::vector<std::size_t> perClass(classes.size(), 0);
    for (const auto& r : rows.rows) ++perClass[r.label];
    std::string named;
    for (std::size_t c = 0; c < classes.size(); ++c)
        if (perClass[c] > 0) named += (named.empty() ? "\"" : ", \"") + classes[c] + "\"";
    const auto used = std::count_if(perClass.begin(), perClass.end(), [](auto n) { return n > 0; });
    if (used < 2) {
        return Error::at(source, Message::tr("every row has the same label (%1): a classifier "
                                             "needs two classes or more")
                                     .arg(named));
    }
    if (classes.size() > kMaxClasses) {
        return Error::at(source,
                         Message::tr("it has %1 classes, more than the %2 a model can tell apart "
                                     "here: is the label column the right one? A label map can "
                                     "bin them (for example --label-map \"1-4=negative,9-10="
                                     "positive\")")
                             .arg(classes.size())
                             .arg(kMaxClasses));
    }
    // Splits: given by the test file or the column, else made per class (or per group).
    holdOut(rows, classes.size());
    for (std::uint32_t c = 0; c < classes.size(); ++c) {
        const bool trained = std::any_of(rows.rows.begin(), rows.rows.end(), [&](const auto& r) {
            return r.label == c && r.split == std::int8_t(Split::Train);
        });
        if (!trained) {
            return Error::at(
                source, Message::tr("the class \"%1\" has no training example").arg(classes[c]));
        }
    }
    const bool tested = std::any_of(rows.rows.begin(), rows.rows.end(), [](const auto& r) {
        return r.split == std::int8_t(Split::Test);
    });
    if (!tested) {
        return Error::at(source, Message::tr("no row is left for the test: give a test file "
                                             "(--test-data) or more rows"));
    }
    return collect(rows, classes, source, queue);
}

void TableReader::holdOut(Rows& rows, std::size_t classes) const {
    Random random(options_.seed);
    const auto share = [&](std::size_t n) {
        return std::size_t(double(n) * options_.testFraction + 0.5);
    };
    if (!rows.groupIds.empty()) {
        // Whole groups (a movie's reviews) go to one side.
        std::vector<std::uint32_t> groups(rows.groupIds.size());
        std::iota(groups.begin(), groups.end(), 0u);
        random.shuffle(groups);
        std::vector<char> testGroup(groups.size(), 0);
        for (std::size_t i = 0; i < share(groups.size()); ++i) testGroup[groups[i]] = 1;
        for (auto& r : rows.rows)
            if (r.split < 0) r.split = std::int8_t(testGroup[r.group] ? Split::Test : Split::Train);
        return;
    }
    for (std::uint32_t c = 0; c < classes; ++c) {
        std::vector<std::size_t> members;
        for (std::size_t i = 0; i < rows.rows.size(); ++i)
            if (rows.rows[i].split < 0 && rows.rows[i].label == c) members.push_back(i);
        random.shuffle(members);
        const auto test = share(members.size());
        for (std::size_t k = 0; k < members.size(); ++k)
            rows.rows[members[k]].split = std::int8_t(k < test ? Split::Test : Split::Train);
    }
}

Result<ImdbData> TableReader::collect(const Rows& rows, const std::vector<std::string>& classes,
                                      const std::string& source, ReviewQueue* queue) const {
    // The reviews, in the corpus's terms: a class is its index (with two, the first is negative
    // and the second positive).
    ReviewCollector collector(source, maxReviewBytes_, rows.texts.size(), queue);
    collector.setClasses(classes);
    const auto testName = options_.testFile.string();
    for (std::size_t i = 0; i < rows.rows.size(); ++i) {
        const auto& r = rows.rows[i];
        ReviewInfo info;
        info.id = static_cast<std::int32_t>(r.line);
        info.label = classLabel(r.label);
        info.split = static_cast<Split>(r.split);
        if (!rows.map) {
            if (const auto n = LabelMap::numberOf(classes[r.label]); n && *n >= 1 && *n <= 10)
                info.rating = static_cast<std::int8_t>(*n);
        }
        const auto& file = r.testFile ? testName : source;
        const auto where = rows.names.empty() ? file + ", line " + std::to_string(r.line)
                                              : file + "/" + rows.names[i];
        collector.add(info, where, std::string_view(rows.texts).substr(r.offset, r.size), false);
    }
    auto data = collector.finish();
    if (!data) return data.error();
    if (rows.dropped > 0) {
        data->report.warnings.push_back(
            Message::tr("%1 rows were left out: the label map does not name their labels")
                .arg(rows.dropped));
    }
    if (rows.emptyTexts > 0) {
        data->report.emptyReviews += rows.emptyTexts;
        data->report.warnings.push_back(
            Message::tr("%1 rows with an empty text were skipped (the first: %2)")
                .arg(rows.emptyTexts)
                .arg(rows.firstEmpty));
    }
    return data;
}

Result<TablePreview> TableReader::preview(const std::filesystem::path& path,
                                          std::size_t count) const {
    RecordReader records(options_, maxReviewBytes_ * 4);
    std::vector<std::vector<std::string>> sample;
    bool started = false;
    const RecordReader::Each each = [&](const std::vector<std::string>& f,
                                        std::uint64_t) -> Status {
        sample.push_back(f);
        if (sample.size() > count + 1) return Error::at({}, Message::verbatim("enough rows"));
        return Done{};
    };
    auto ok = forEachChunk(path, nullptr, {}, [&](std::string_view chunk) -> Status {
        if (!started) {
            started = true;
            if (auto s = records.start(chunk, path); !s) return s;
        }
        return records.feed(chunk, each);
    });
    const bool enough = !ok && sample.size() > count + 1;
    if (ok && started) ok = records.finish(each);
    if (!ok && !enough) return inFile(path, ok.error());
    if (sample.empty()) return Error::at(path.string(), Message::tr("the file is empty"));
    std::optional<LabelMap> map;
    if (!options_.labelMap.empty()) {
        auto parsed = LabelMap::parse(options_.labelMap);
        if (!parsed) return parsed.error();
        map = std::move(*parsed);
    }
    TablePreview p;
    auto layout = layoutOf(options_, sample, records.jsonLines());
    if (!layout) {
        // The rows as they are, with what keeps them from being read this way.
        const auto l = columnsOf(options_, sample, records.jsonLines());
        p.columns = l.columns;
        p.header = l.header;
        p.jsonLines = records.jsonLines();
        p.delimiter = records.delimiter();
        p.textColumn = p.labelColumn = l.columns.size();
        for (std::size_t i = l.header ? 1 : 0; i < sample.size() && p.rows.size() < count; ++i)
            p.rows.push_back(sample[i]);
        p.problem = inFile(path, layout.error());
        return p;
    }
    p.columns = layout->columns;
    p.jsonLines = records.jsonLines();
    p.delimiter = records.delimiter();
    p.header = layout->header;
    p.textColumn = layout->text;
    p.labelColumn = layout->label;
    const std::size_t from = layout->header ? 1 : 0;
    p.splitColumn = layout->split;
    p.groupColumn = layout->group;
    for (std::size_t i = from; i < sample.size() && p.rows.size() < count; ++i)
        p.rows.push_back(sample[i]);
    std::map<std::string, std::size_t> seen;
    for (const auto& row : p.rows)
        if (layout->label < row.size()) ++seen[row[layout->label]];
    for (auto& [label, rows] : seen) p.labels.push_back({label, rows, std::nullopt});
    std::sort(p.labels.begin(), p.labels.end(),
              [](const auto& a, const auto& b) { return naturalLess(a.label, b.label); });
    if (map) {
        p.classes = map->classes();
        for (auto& l : p.labels) l.classIndex = map->classOf(l.label);
    } else {
        for (std::size_t i = 0; i < p.labels.size(); ++i) {
            p.labels[i].classIndex = i;
            p.classes.push_back(p.labels[i].label);
        }
    }
    return p;
}

}  // namespace sentiment::data
