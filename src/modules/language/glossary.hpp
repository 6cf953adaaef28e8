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
    std::string found;       // as written in the text
    std::string term;        // the glossary's term, or the acronym
    std::string plain;       // the suggestion; empty for an unknown acronym
    std::string explanation;
    std::string kind;        // glossary | acronym
    bool explained { false }; // an acronym spelled out in the text
};

[[nodiscard]] std::vector<JargonHit> find_jargon(Analysis const& analysis, CompiledGlossary const& glossary);

// The Snowball English stem of a lowercase word (thread-safe; cached).
[[nodiscard]] std::string stem(std::string const& lowercase_word);

}
