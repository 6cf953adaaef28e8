#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "modules/language/readability.hpp"

// The jargon glossary: the shipped English list, a partnership's own terms
// over it, and finding terms in a text by their Snowball stems
// (docs/readability.md, "Glossary").
namespace rt::language {

struct Term {
    std::string term;
    std::string plain;
    std::string explanation;
    bool enabled { true };
    std::string source { "shipped" }; // shipped | partnership
};

// The list shipped with Roundtable (glossary_en.tsv, built in).
[[nodiscard]] std::vector<Term> const& shipped_glossary();

// The shipped list with a partnership's changes: a term of the same name
// (ignoring case) replaces the shipped one; a switched-off term stays listed.
[[nodiscard]] std::vector<Term> merge_glossary(std::vector<Term> const& partnership_terms);

// A term's key: lowercase for words, as written for acronyms.
[[nodiscard]] std::string term_key(std::string_view term);
[[nodiscard]] bool is_acronym_term(std::string_view term);

class CompiledGlossary {
public:
    explicit CompiledGlossary(std::vector<Term> const& terms); // enabled terms only

    struct Entry {
        std::vector<std::string> stems;
        std::vector<std::string> words; // lowercase, as the term writes them
        Term const* term;
    };
    [[nodiscard]] std::vector<Entry const*> const* starting_with(std::string const& stem) const;
    [[nodiscard]] Term const* acronym(std::string const& text) const;

private:
    std::vector<Term> m_terms;
    std::vector<Entry> m_entries;
    std::unordered_map<std::string, std::vector<Entry const*>> m_by_first_stem; // longest first
    std::unordered_map<std::string, Term const*> m_acronyms;
};

struct JargonHit {
    Span span;
    std::string found;            // as written in the text
    Term const* term { nullptr }; // the glossary's entry (owned by the CompiledGlossary); null for an unknown acronym
    std::string_view kind;        // glossary | acronym
    bool explained { false };     // an acronym spelled out in the text

    [[nodiscard]] std::string_view name() const { return term ? std::string_view { term->term } : std::string_view { found }; }
    [[nodiscard]] std::string_view plain() const { return term ? std::string_view { term->plain } : std::string_view {}; }
    [[nodiscard]] std::string_view explanation() const { return term ? std::string_view { term->explanation } : std::string_view {}; }
};

[[nodiscard]] std::vector<JargonHit> find_jargon(Analysis const& analysis, CompiledGlossary const& glossary);

// Whether two lowercase words are forms of one word: the same, or differing
// only by an inflection ("triangulate", "triangulated", "triangulating";
// "community", "communities"; "commit", "committed"). A shared stem alone is
// not enough: "local" is not a form of "locality".
[[nodiscard]] bool is_inflection_of(std::string_view word, std::string_view term_word);

// The Snowball English stem of a lowercase word (thread-safe; cached per
// thread: the reference stays valid until the thread's next trim_stems()).
[[nodiscard]] std::string const& stem(std::string const& lowercase_word);
void trim_stems();

}
