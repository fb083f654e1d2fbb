#pragma once

#include "data/text/Tokenizer.h"

namespace sentiment::data {

/// Words of any script by Unicode's word boundaries (ICU's break iterator, UAX #29, with
/// dictionaries for Chinese, Japanese, Thai, Khmer, Lao and Burmese): a Korean review splits at
/// its spaces and punctuation ("영화가 정말 재밌어요!" → 영화가 · 정말 · 재밌어요 · !), a
/// Japanese one into dictionary words. Every segment that is not white space is a token, so
/// punctuation and emoji count, as in the English tokenizer. Lower-casing (optional) follows
/// Unicode's rules (ÉCOLE → école).
class UnicodeTokenizer final : public Tokenizer {
public:
    explicit UnicodeTokenizer(bool lowercase) : lowercase_(lowercase) {}

    void tokenize(std::string_view text, const TokenSink& sink) const override;
    TokenizerOptions options() const override { return {TokenizerKind::Unicode, lowercase_}; }

private:
    bool lowercase_;
};

}  // namespace sentiment::data
