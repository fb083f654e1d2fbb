#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "data/text/TokenizerOptions.h"

namespace sentiment::data {

/// Receives each token; the view is valid only during the call.
using TokenSink = std::function<void(std::string_view)>;

/// Cuts text into tokens. Implementations are stateless and safe to share between threads.
/// Input is UTF-8; invalid bytes become U+FFFD, never a crash.
class Tokenizer {
public:
    virtual ~Tokenizer() = default;

    /// Calls `sink` for every token of `text`, in order.
    virtual void tokenize(std::string_view text, const TokenSink& sink) const = 0;

    /// Convenience form that copies the tokens.
    std::vector<std::string> tokenize(std::string_view text) const;

    /// The options this tokenizer was made from.
    virtual TokenizerOptions options() const = 0;

    /// Makes the tokenizer for `options`.
    static std::unique_ptr<Tokenizer> create(const TokenizerOptions& options);
};

}  // namespace sentiment::data
