#include "modules/language/glossary.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <set>
#include <stdexcept>

#include <libstemmer.h>
#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace rt::language {

extern char const k_glossary_en[];

namespace {

std::vector<Term> parse_tsv(std::string_view text)
{
    std::vector<Term> terms;
    bool header = true;
    while (!text.empty()) {
        auto const end = text.find('\n');
        auto line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view {} : text.substr(end + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (header || line.empty()) {
            header = false;
            continue;
        }
        auto const first = line.find('\t');
        auto const second = line.find('\t', first + 1);
        if (first == std::string_view::npos || second == std::string_view::npos)
            throw std::logic_error("glossary_en.tsv: a line without three fields");
        terms.push_back({ std::string { line.substr(0, first) }, std::string { line.substr(first + 1, second - first - 1) },
            std::string { line.substr(second + 1) }, true, "shipped" });
    }
    return terms;
}

std::string lowercase(std::string_view text)
{
    bool ascii = std::ranges::all_of(text, [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        std::string out { text };
        for (auto& c : out)
            c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        return out;
    }
    std::string out;
    icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))).toLower(icu::Locale::getRoot()).toUTF8String(out);
    return out;
}

// Straight and curly apostrophes are the same for matching; "carers'" is "carers".
std::string matching_form(std::string_view word)
{
    std::string out = lowercase(word);
    std::string cleaned;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out.compare(i, 3, "\xE2\x80\x99") == 0) {
            cleaned.push_back('\'');
            i += 2;
        } else {
            cleaned.push_back(out[i]);
        }
    }
    return cleaned;
}

// Words that are written in capitals but need no explaining.
constexpr std::array<std::string_view, 6> k_known_capitals { "OK", "UK", "TV", "AM", "PM", "ID" };

bool only_space_or_hyphen(std::u16string_view gap)
{
    int hyphens = 0;
    for (char16_t const c : gap) {
        if (c == u'-' || c == u'\u2010' || c == u'\u2011')
            ++hyphens;
        else if (!(c == u' ' || c == u'\n' || c == u'\r' || c == u'\t' || c == u'\u00A0'))
            return false;
    }
    return hyphens <= 1;
}

}

std::vector<Term> const& shipped_glossary()
{
    static std::vector<Term> const terms = parse_tsv(k_glossary_en);
    return terms;
}

bool is_acronym_term(std::string_view term)
{
    int upper = 0;
    for (char const c : term) {
        if (c >= 'a' && c <= 'z')
            return false;
        if (c >= 'A' && c <= 'Z')
            ++upper;
    }
    return upper >= 2 || (upper == 1 && term.size() > 1 && std::ranges::any_of(term, [](char c) { return c >= '0' && c <= '9'; }));
}

std::string term_key(std::string_view term)
{
    return is_acronym_term(term) ? std::string { term } : lowercase(term);
}

std::vector<Term> merge_glossary(std::vector<Term> const& partnership_terms)
{
    std::vector<Term> merged;
    std::set<std::string> replaced;
    for (auto const& term : partnership_terms)
        replaced.insert(term_key(term.term));
    for (auto const& term : shipped_glossary())
        if (!replaced.contains(term_key(term.term)))
            merged.push_back(term);
    for (auto const& term : partnership_terms)
        merged.push_back(term);
    std::ranges::sort(merged, [](Term const& a, Term const& b) { return lowercase(a.term) < lowercase(b.term); });
    return merged;
}

namespace {

std::unordered_map<std::string, std::string>& stem_cache()
{
    thread_local std::unordered_map<std::string, std::string> cache;
    return cache;
}

}

namespace {

// Inflectional endings of English words (a possessive counts as one).
constexpr std::array<std::string_view, 9> k_endings { "", "s", "es", "d", "ed", "ing", "'s", "s'", "'" };

bool is_ending(std::string_view rest)
{
    return std::ranges::find(k_endings, rest) != k_endings.end();
}

// "committed" is "commit" + "t" + "ed": a doubled last consonant before an ending.
bool is_doubled_ending(std::string_view stem_part, std::string_view rest)
{
    return !stem_part.empty() && rest.size() >= 2 && rest.front() == stem_part.back() && (rest.substr(1) == "ed" || rest.substr(1) == "ing");
}

bool endings_agree(std::string_view common, std::string_view a, std::string_view b)
{
    if (is_ending(a) && is_ending(b))
        return true;
    for (int pass = 0; pass < 2; ++pass) {
        // triangulate / triangulating: a silent e dropped before an ending.
        if (a == "e" && (b == "ing" || b == "ed" || b == "es"))
            return true;
        // community / communities, identify / identified.
        if (a == "y" && (b == "ies" || b == "ied"))
            return true;
        if (is_ending(a) && is_doubled_ending(common, b))
            return true;
        std::swap(a, b);
    }
    return false;
}

}

bool is_inflection_of(std::string_view word, std::string_view term_word)
{
    if (word == term_word)
        return true;
    auto const [word_end, term_end] = std::ranges::mismatch(word, term_word);
    auto const common = static_cast<std::size_t>(word_end - word.begin());
    // Too little in common to be one word ("as" and "a").
    if (common < 2)
        return false;
    return endings_agree(word.substr(0, common), word.substr(common), term_word.substr(common));
}

void trim_stems()
{
    if (stem_cache().size() > 200000)
        stem_cache().clear();
}

std::string const& stem(std::string const& word)
{
    thread_local std::unique_ptr<sb_stemmer, void (*)(sb_stemmer*)> stemmer { sb_stemmer_new("english", "UTF_8"), sb_stemmer_delete };
    auto& cache = stem_cache();
    if (auto const found = cache.find(word); found != cache.end())
        return found->second;
    if (!stemmer)
        throw std::runtime_error("Snowball English stemmer unavailable");
    auto const* stemmed = sb_stemmer_stem(stemmer.get(), reinterpret_cast<sb_symbol const*>(word.data()), static_cast<int>(word.size()));
    std::string result { reinterpret_cast<char const*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(stemmer.get())) };
    return cache.emplace(word, std::move(result)).first->second;
}

CompiledGlossary::CompiledGlossary(std::vector<Term> const& terms)
{
    for (auto const& term : terms)
        if (term.enabled)
            m_terms.push_back(term);
    m_entries.reserve(m_terms.size());
    for (auto const& term : m_terms) {
        if (is_acronym_term(term.term)) {
            m_acronyms.emplace(term.term, &term);
            continue;
        }
        Entry entry { {}, {}, &term };
        auto const analysis = analyse(term.term, "en");
        for (auto const& piece : analysis.pieces) {
            entry.words.push_back(matching_form(analysis.utf8(piece.begin, piece.end)));
            entry.stems.push_back(stem(entry.words.back()));
        }
        if (!entry.stems.empty())
            m_entries.push_back(std::move(entry));
    }
    for (auto const& entry : m_entries)
        m_by_first_stem[entry.stems.front()].push_back(&entry);
    for (auto& [first, list] : m_by_first_stem)
        std::ranges::stable_sort(list, [](Entry const* a, Entry const* b) { return a->stems.size() > b->stems.size(); });
}

std::vector<CompiledGlossary::Entry const*> const* CompiledGlossary::starting_with(std::string const& first_stem) const
{
    auto const found = m_by_first_stem.find(first_stem);
    return found == m_by_first_stem.end() ? nullptr : &found->second;
}

Term const* CompiledGlossary::acronym(std::string const& text) const
{
    if (auto const found = m_acronyms.find(text); found != m_acronyms.end())
        return found->second;
    // A plural: GPs, KPIs.
    if (text.size() > 2 && text.back() == 's')
        if (auto const found = m_acronyms.find(text.substr(0, text.size() - 1)); found != m_acronyms.end())
            return found->second;
    return nullptr;
}

std::vector<JargonHit> find_jargon(Analysis const& analysis, CompiledGlossary const& glossary)
{
    std::vector<JargonHit> hits;
    std::u16string_view const text { analysis.text };

    // Terms: consecutive pieces whose stems match, with only spaces or one hyphen between.
    auto const& pieces = analysis.pieces;
    trim_stems();
    static std::string const k_none;
    std::vector<std::string const*> stems;
    stems.reserve(pieces.size());
    for (auto const& piece : pieces) {
        auto const word = analysis.view(piece.begin, piece.end);
        // A plural abbreviation (KPIs) is one too.
        auto const singular = word.size() > 2 && word.back() == u's' ? word.substr(0, word.size() - 1) : word;
        bool const capitals = std::ranges::none_of(singular, [](char16_t c) { return u_islower(c); })
            && std::ranges::count_if(singular, [](char16_t c) { return u_isupper(c); }) >= 2;
        // Acronyms are matched as written, never by stem (SEND is not "send").
        if (capitals) {
            stems.push_back(&k_none);
            continue;
        }
        stems.push_back(piece.info ? &piece.info->stem : &stem(matching_form(analysis.utf8(piece.begin, piece.end))));
    }
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (stems[i]->empty())
            continue;
        auto const* candidates = glossary.starting_with(*stems[i]);
        if (!candidates)
            continue;
        for (auto const* entry : *candidates) {
            auto const length = entry->stems.size();
            if (i + length > pieces.size())
                continue;
            // Stems find the candidates; each word must then be a form of the term's word.
            bool match = is_inflection_of(matching_form(analysis.utf8(pieces[i].begin, pieces[i].end)), entry->words[0]);
            for (std::size_t k = 1; k < length && match; ++k) {
                match = *stems[i + k] == entry->stems[k]
                    && only_space_or_hyphen(text.substr(pieces[i + k - 1].end, pieces[i + k].begin - pieces[i + k - 1].end))
                    && is_inflection_of(matching_form(analysis.utf8(pieces[i + k].begin, pieces[i + k].end)), entry->words[k]);
            }
            if (!match)
                continue;
            auto const begin = pieces[i].begin, end = pieces[i + length - 1].end;
            std::string found;
            icu::UnicodeString(false, reinterpret_cast<UChar const*>(text.data()) + begin, static_cast<int32_t>(end - begin)).toUTF8String(found);
            hits.push_back({ analysis.span(begin, end), std::move(found), entry->term, "glossary", false });
            i += length - 1;
            break;
        }
    }

    // Acronyms: in the glossary or not, explained when spelled out in the text.
    auto const& tokens = analysis.tokens;
    auto skip_spaces = [&](std::size_t position) {
        while (position < text.size() && (text[position] == u' ' || text[position] == u'\u00A0'))
            ++position;
        return position;
    };
    auto spelled_out = [&](Token const& token) {
        // "ICB (Integrated Care Board)"
        auto const after = skip_spaces(token.end);
        if (after < text.size() && text[after] == u'(' && after + 1 < text.size() && u_isalpha(text[after + 1]))
            return true;
        // "Integrated Care Board (ICB)"
        if (token.begin > 0 && text[token.begin - 1] == u'(' && token.end < text.size() && text[token.end] == u')') {
            std::size_t before = token.begin - 1;
            while (before > 0 && (text[before - 1] == u' ' || text[before - 1] == u'\u00A0'))
                --before;
            return before > 0 && u_isalpha(text[before - 1]);
        }
        return false;
    };
    // Text in capitals throughout ("PLEASE COME") is shouting, not acronyms.
    std::vector<std::size_t> capitals_per_sentence(analysis.sentences.size(), 0);
    for (auto const& token : tokens)
        if (token.kind == TokenKind::Acronym)
            ++capitals_per_sentence[token.sentence];
    std::set<std::string> explained;
    for (auto const& token : tokens)
        if (token.kind == TokenKind::Acronym && spelled_out(token))
            explained.insert(analysis.utf8(token.begin, token.end));
    std::vector<JargonHit> acronyms;
    for (auto const& token : tokens) {
        if (token.kind != TokenKind::Acronym)
            continue;
        auto const written = analysis.utf8(token.begin, token.end);
        if (std::ranges::find(k_known_capitals, written) != k_known_capitals.end())
            continue;
        auto const& sentence = analysis.sentences[token.sentence];
        if (sentence.token_count >= 3 && capitals_per_sentence[token.sentence] * 10 > sentence.token_count * 6)
            continue;
        auto const* term = glossary.acronym(written);
        bool const is_explained = explained.contains(written) || (term && explained.contains(term->term));
        acronyms.push_back({ analysis.span(token.begin, token.end), written, term, "acronym", is_explained });
    }
    hits.insert(hits.end(), std::make_move_iterator(acronyms.begin()), std::make_move_iterator(acronyms.end()));
    std::ranges::stable_sort(hits, [](JargonHit const& a, JargonHit const& b) { return a.span.offset < b.span.offset; });
    return hits;
}

}
