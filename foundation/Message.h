#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sentiment {

/// A sentence for the user, kept as an English template with %1..%9 and its arguments, so that a
/// front end can show it in another language: the GUI looks the template up in its translations
/// (lupdate finds every `Message::tr("...")` in the core), the CLI and the log print english().
/// The core stays free of Qt.
///
///     Message::tr("cannot read the archive after %1 entries: %2").arg(entries).arg(why)
class Message {
public:
    struct Arg;

    Message() = default;

    /// A template to translate. `format` is English with %1..%9 for the arguments.
    static Message tr(const char* format);
    /// A template read back from a file (it was a tr() template when it was written).
    static Message stored(std::string format);
    /// Text that is shown as it is in every language (a library's or the system's own words).
    static Message verbatim(std::string text);
    /// `parts`, each translated in its turn, one after the other with `separator` between them
    /// (" · ", "; ", or nothing); an empty message for no parts.
    static Message joined(const std::vector<Message>& parts, std::string_view separator);

    Message& arg(std::string_view text);
    Message& arg(const char* text) { return arg(std::string_view(text)); }
    Message& arg(const std::string& text) { return arg(std::string_view(text)); }
    /// A whole number (a count, a line number).
    template <class N>
    requires std::is_integral_v<N> Message& arg(N number) {
        return addNumber(static_cast<std::int64_t>(number), Kind::Integer);
    }
    /// Another message, translated in its turn.
    Message& arg(Message nested);
    /// A size in bytes, written the way the reader's language writes sizes ("84.1 MB").
    Message& bytes(std::uint64_t size) {
        return addNumber(static_cast<std::int64_t>(size), Kind::Bytes);
    }

    const std::string& format() const { return format_; }
    const std::vector<Arg>& args() const { return args_; }
    bool empty() const { return format_.empty(); }

    /// The English sentence.
    std::string english() const;
    /// `size` in English: "512 bytes" below a MiB, "84.1 MB" below a GB, else "1.53 GB".
    static std::string englishBytes(std::uint64_t size);

    /// Replaces %1..%9 in `format` by `args` (a %N with no argument stays as it is).
    static std::string substitute(const std::string& format, const std::vector<std::string>& args);

    enum class Kind : std::uint8_t { Text, Integer, Bytes, Nested };

private:
    Message& addNumber(std::int64_t number, Kind kind);

    std::string format_;
    std::vector<Arg> args_;
};

struct Message::Arg {
    Kind kind = Kind::Text;
    std::string text;                       ///< Kind::Text
    std::int64_t number = 0;                ///< Kind::Integer, Kind::Bytes
    std::shared_ptr<const Message> nested;  ///< Kind::Nested
};

}  // namespace sentiment
