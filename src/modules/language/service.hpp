#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/actor.hpp"
#include "core/cursor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/language/glossary.hpp"
#include "modules/language/readability.hpp"

namespace rt::language {

struct CheckForm {
    std::string text;
    std::string locale { "en" };
    bool easy_read { false };
    double min_reading_ease { 60 }; // the partnership's target (not from the request)

    [[nodiscard]] static Result<CheckForm> read(boost::json::object const& body);
};

struct TermForm {
    Term term;

    [[nodiscard]] static Result<TermForm> read(boost::json::object const& body);
};

// The targets a text is checked against (docs/readability.md, "Targets").
struct Target {
    double min_reading_ease { 60 };   // English
    double max_pisarek { 10 };        // Polish
    std::size_t max_sentence_words { 25 };
    bool easy_read { false };
};

struct SentenceNote {
    Span span;
    std::size_t words { 0 };
    std::optional<double> reading_ease;
};

struct CheckResult {
    std::shared_ptr<CompiledGlossary const> glossary; // owns the terms the jargon points to
    std::string locale;
    Scores scores;
    Target target;
    std::vector<SentenceNote> long_sentences;
    std::vector<SentenceNote> hard_sentences; // the ones that pull the score down, hardest first
    std::vector<JargonHit> jargon;
    std::vector<PassiveHint> passive;
    std::vector<std::string> reasons; // why the target is not met, in plain words
    bool meets_target { false };
};

// Pure: the figures and the verdict for a text, with a glossary.
[[nodiscard]] CheckResult check_text(CheckForm const& form, std::shared_ptr<CompiledGlossary const> glossary);

[[nodiscard]] Result<CheckResult> check(db::Database& database, Actor const& actor, CheckForm const& form);
// The same inside a caller's transaction.
[[nodiscard]] CheckResult check_in(soci::session& sql, Actor const& actor, CheckForm form);
[[nodiscard]] Result<std::vector<Term>> list_glossary(db::Database& database, Actor const& actor);
[[nodiscard]] Result<Term> save_term(db::Database& database, Actor const& actor, TermForm const& form);

[[nodiscard]] boost::json::object check_json(CheckResult const& result);

// What a text being published to participants looks like: checked against
// the partnership's glossary and target, recorded (the barometer's
// plain-language figure counts these), and refused with a 422 naming
// `field` when the partnership has made the target a hard rule.
struct Published {
    std::string subject_type; // project | activity | minutes | proposal | survey | contribution_response
    std::string subject_id;
    std::string field;        // the request field the text came from
    std::string text;
    std::optional<std::string> project_id;
    std::string locale { "en" };
    // Other published wording checked with the text and counted in its
    // figures, though translations follow `text` alone: the actions agreed in
    // minutes, named by their fields (`actions[0].text`).
    std::vector<std::pair<std::string, std::string>> checked_with;
};
[[nodiscard]] Status record_published(soci::session& sql, Actor const& actor, Published const& published);

// The translation of a published text into `language` made from its current
// wording; nothing when there is none, or only one of an earlier wording.
[[nodiscard]] std::optional<std::string> translation_in(soci::session& sql, std::string_view partnership_id, std::string_view subject_type,
    std::string_view subject_id, std::string_view field, std::string_view language);

// The translations and the Easy Read version of one published text. Each
// is `outdated` when it was made from another wording than the one it is
// read against: `wording_hash` (the SHA-256 of the words a reader is shown,
// which may be an older version's or a draft's), or else the text as
// published now.
struct TextTranslation {
    std::string field;
    std::string language;
    std::string text;
    std::string updated_at;
    bool outdated { false };
};
struct EasyReadText {
    std::string field;
    std::string lines; // JSON: [{text, pictogram}]
    bool meets_target { false };
    std::string updated_at;
    bool outdated { false };
};
struct TextVersions {
    std::vector<TextTranslation> translations; // by field, then language
    std::vector<EasyReadText> easy_read;       // by field
};
[[nodiscard]] TextVersions versions_of(soci::session& sql, std::string const& partnership_id, std::string const& subject_type,
    std::string const& subject_id, std::optional<std::string> const& wording_hash = std::nullopt);
// {translations[], easy_read[]} as GET /translations answers it.
[[nodiscard]] boost::json::object versions_json(TextVersions const& versions);

// Published texts of a project that lack (or have an outdated) translation
// into a language its members read: {member_languages[], items[], next_cursor}, one page of items newest published first.
[[nodiscard]] Result<boost::json::object> translations_needed(db::Database& database, Actor const& actor, std::string const& project_id,
    PageRequest const& page);

// For the barometer, counted over the project's published texts: how many,
// how many met the target with no unexplained jargon, the languages its
// members read besides English, and for every text and such language
// whether a translation of the current wording exists; and how many texts
// have an Easy Read version of their current wording.
struct BarometerCounts {
    long long published { 0 };
    long long plain { 0 };
    std::vector<std::string> member_languages;
    long long translation_pairs { 0 };
    long long translated_pairs { 0 };
    long long easy_read { 0 };
};
[[nodiscard]] BarometerCounts barometer_counts(soci::session& sql, std::string_view partnership_id, std::string_view project_id);

struct LanguageSettings {
    bool hard_rule { false };
    int min_reading_ease { 60 };
};
[[nodiscard]] LanguageSettings load_settings(soci::session& sql, std::string const& partnership_id);

}
