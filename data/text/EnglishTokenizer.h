#pragma once

#include "data/text/Tokenizer.h"

namespace sentiment::data {

/// English tokenizer modelled on spaCy's (the tokenizer the lecture used). The rules, in order:
///
///  1. Normalisation: Windows-1252 punctuation stored as C1 controls (IMDb has U+0096 for an
///     en dash, U+0091/U+0092 for quotes) becomes what it meant; HTML line breaks (`<br>`, `<br/>`,
///     `<br />`, any case) become spaces (the lecture's spaCy run leaked `/><br` as a token); curly
///     and modifier apostrophes (U+2018, U+2019, U+02BC) and the acute accent used as one (U+00B4)
///     become `'`; every Unicode space becomes a space; invalid UTF-8 becomes U+FFFD. Case is kept.
///  2. The text is split on spaces into chunks; each chunk is cut as below.
///  3. Whole-chunk exceptions stay one token: emoticons (`:)`, `:-(`, `;)`, `:D`, `<3` ...),
///     a lone contraction (`'s`, `n't` ...), `...`. `cannot` becomes `can` `not` (as spaCy).
///  4. URLs (`http://`, `https://`, `ftp://`, `www.`) and e-mail addresses (`a@b.c`) stay one
///     token, once surrounding punctuation is cut off.
///  5. Prefixes are cut off the front, one token each: ASCII punctuation and symbols such as
///     `( " ' $ # * -` and non-ASCII symbols (`“ « £ € …` emoji). A run of two or more dots
///     is one token (`...`), a run of two or more hyphens is one token (`--`).
///  6. Suffixes are cut off the end the same way (`) " ! ? , ; : % .` ...), with three rules:
///     a final `.` stays on abbreviations (`Mr.`, `Dr.`, `vs.`, `etc.`), on single letters
///     (`J.`) and on dotted forms (`U.S.`, `e.g.`); contractions are split after a word:
///     `'s 'm 're 've 'll 'd` (`it's` -> `it` `'s`, `I'm` -> `I` `'m`) and `n't` with spaCy's
///     stems (`don't` -> `do` `n't`, `can't` -> `ca` `n't`, `won't` -> `wo` `n't`).
///  7. Infixes split what is left: runs of dots (`wait...what`) and of hyphens (`this--that`),
///     em and en dashes, non-ASCII symbols; a single hyphen between letters or digits
///     (`well-made` -> `well` `-` `made`, as spaCy does; `1-2` likewise); a comma between
///     letters (not between digits: `1,000` stays); a period between a lower-case and an
///     upper-case letter (`end.The`); `: < > = /` between a letter or digit and a letter
///     (`and/or`; `10/10` stays); and, beyond spaCy, because IMDb reviews often lack the space
///     after them, `! ? ; ( ) [ ] { } "` anywhere inside a chunk (`great!The`).
///  8. Numbers keep their decimal point and thousands commas (`3.5`, `1,000`, `$10.50` ->
///     `$` `10.50`, `10%` -> `10` `%`); non-ASCII letters stay inside words (`café`, `Noël`).
///  9. With `lowercase`, every token is lower-cased after cutting (the rules above see case).
class EnglishTokenizer final : public Tokenizer {
public:
    explicit EnglishTokenizer(bool lowercase = false) : lowercase_(lowercase) {}

    void tokenize(std::string_view text, const TokenSink& sink) const override;
    using Tokenizer::tokenize;
    TokenizerOptions options() const override { return {TokenizerKind::English, lowercase_}; }

private:
    bool lowercase_;
};

}  // namespace sentiment::data
