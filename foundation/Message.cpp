#include "foundation/Message.h"

#include <cstdio>

namespace sentiment {

Message Message::tr(const char* format) {
    Message m;
    m.format_ = format;
    return m;
}

Message Message::stored(std::string format) {
    Message m;
    m.format_ = std::move(format);
    return m;
}

Message Message::verbatim(std::string text) {
    Message m;
    m.format_ = "%1";
    m.args_.push_back(Arg{Kind::Text, std::move(text), 0, nullptr});
    return m;
}

Message Message::joined(const std::vector<Message>& parts, std::string_view separator) {
    if (parts.empty()) return verbatim("");
    Message out = parts.front();
    for (std::size_t i = 1; i < parts.size(); ++i) {
        Message pair = stored("%1" + std::string(separator) + "%2");
        pair.arg(std::move(out)).arg(parts[i]);
        out = std::move(pair);
    }
    return out;
}

Message& Message::arg(std::string_view text) {
    args_.push_back(Arg{Kind::Text, std::string(text), 0, nullptr});
    return *this;
}

Message& Message::arg(Message nested) {
    args_.push_back(Arg{Kind::Nested, {}, 0, std::make_shared<const Message>(std::move(nested))});
    return *this;
}

Message& Message::addNumber(std::int64_t number, Kind kind) {
    args_.push_back(Arg{kind, {}, number, nullptr});
    return *this;
}

std::string Message::englishBytes(std::uint64_t size) {
    char buf[32];
    if (size >= 1'000'000'000u) {
        std::snprintf(buf, sizeof buf, "%.2f GB", static_cast<double>(size) / 1e9);
    } else if (size >= (1u << 20)) {
        std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(size) / 1e6);
    } else {
        std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(size));
    }
    return buf;
}

std::string Message::substitute(const std::string& format, const std::vector<std::string>& args) {
    std::string out;
    for (std::size_t i = 0; i < format.size(); ++i) {
        if (format[i] == '%' && i + 1 < format.size() && format[i + 1] >= '1' &&
            format[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(format[i + 1] - '1');
            if (index < args.size()) {
                out += args[index];
                ++i;
                continue;
            }
        }
        out += format[i];
    }
    return out;
}

std::string Message::english() const {
    std::vector<std::string> rendered;
    rendered.reserve(args_.size());
    for (const auto& a : args_) {
        switch (a.kind) {
            case Kind::Text:
                rendered.push_back(a.text);
                break;
            case Kind::Integer:
                rendered.push_back(std::to_string(a.number));
                break;
            case Kind::Bytes:
                rendered.push_back(englishBytes(static_cast<std::uint64_t>(a.number)));
                break;
            case Kind::Nested:
                rendered.push_back(a.nested ? a.nested->english() : std::string());
                break;
        }
    }
    return substitute(format_, rendered);
}

}  // namespace sentiment
