#include "modules/language/service.hpp"

#include <algorithm>
#include <cmath>

#include <boost/json.hpp>
#include <fmt/format.h>

#include "core/crypto.hpp"
#include "core/form.hpp"
#include "core/language_tag.hpp"
#include "core/time.hpp"
#include "modules/partnership/forms.hpp"
#include "modules/privacy/audit.hpp"

namespace rt::language {

namespace {

double two_places(double value)
{
    return std::round(value * 100.0) / 100.0;
}

std::vector<Term> partnership_terms(soci::session& sql, std::string const& partnership_id)
{
    std::vector<Term> terms;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT term, plain, explanation, enabled FROM glossary_terms WHERE partnership_id = :p",
        soci::use(partnership_id));
    for (auto const& row : rows)
        terms.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::integer_at(row, 3) != 0, "partnership" });
    return terms;
}

}

Result<CheckForm> CheckForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "text", "locale", "easy_read" });
    CheckForm form;
    auto const* text = body.if_contains("text");
    if (!text || !text->is_string() || text->get_string().empty())
        reader.add_error("text", "Enter the text to check.");
    else
        form.text = std::string { text->get_string() };
    form.locale = reader.text("locale", { .presence = Presence::Optional, .max_length = 35 }).value_or("en");
    if (form.locale.empty())
        form.locale = "en";
    if (auto canonical = canonical_language_tag(form.locale))
        form.locale = std::move(*canonical);
    else
        reader.add_error("locale", "Use a BCP 47 language tag like en, pl, ar or ti.");
    if (auto const* easy = body.if_contains("easy_read"); easy && !easy->is_null()) {
        if (!easy->is_bool())
            reader.add_error("easy_read", "Must be true or false.");
        else
            form.easy_read = easy->get_bool();
    }
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return form;
}

Result<TermForm> TermForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "term", "plain", "explanation", "enabled" });
    TermForm form;
    form.term.term = reader.text("term", { .presence = Presence::Required, .min_length = 2, .max_length = 80 }).value_or("");
    form.term.plain = reader.text("plain", { .presence = Presence::Optional, .max_length = 200 }).value_or("");
    form.term.explanation = reader.text("explanation", { .presence = Presence::Optional, .max_length = 500 }).value_or("");
    form.term.source = "partnership";
    if (auto const* enabled = body.if_contains("enabled"); enabled && !enabled->is_null()) {
        if (!enabled->is_bool())
            reader.add_error("enabled", "Must be true or false.");
        else
            form.term.enabled = enabled->get_bool();
    }
    // A new term needs its plain words; switching a known one on or off does not (checked when saving).
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return form;
}

CheckResult check_text(CheckForm const& form, std::shared_ptr<CompiledGlossary const> glossary)
{
    CheckResult result;
    result.glossary = std::move(glossary);
    auto const analysis = analyse(form.text, form.locale);
    result.locale = form.locale;
    result.scores = score(analysis);
    result.target.easy_read = form.easy_read;
    result.target.min_reading_ease = form.min_reading_ease;
    // Easy Read: short sentences and an easier score (our choice, documented).
    if (form.easy_read) {
        result.target.max_sentence_words = 15;
        result.target.min_reading_ease = 70;
    }
    bool const english = analysis.language == "en";
    for (auto const& sentence : analysis.sentences) {
        SentenceNote note { analysis.span(sentence.begin, sentence.end), sentence.token_count, std::nullopt };
        if (english)
            note.reading_ease = two_places(flesch_reading_ease(static_cast<double>(sentence.token_count), 1, sentence.syllables));
        if (sentence.token_count > result.target.max_sentence_words)
            result.long_sentences.push_back(note);
        if (note.reading_ease && *note.reading_ease < result.target.min_reading_ease)
            result.hard_sentences.push_back(note);
    }
    std::ranges::stable_sort(result.hard_sentences, [](SentenceNote const& a, SentenceNote const& b) { return *a.reading_ease < *b.reading_ease; });
    if (result.hard_sentences.size() > 10)
        result.hard_sentences.resize(10);
    result.jargon = find_jargon(analysis, *result.glossary);
    result.passive = passive_hints(analysis);

    auto const unexplained = std::ranges::count_if(result.jargon, [](JargonHit const& hit) { return !hit.explained; });
    if (unexplained > 0)
        result.reasons.push_back(fmt::format("{} {} of jargon or unexplained abbreviations.", unexplained, unexplained == 1 ? "use" : "uses"));
    // The score is judged as it is reported, to two places: a Reading Ease
    // shown as 60.00 meets a target of 60, whatever the third place was.
    auto const reported_ease = result.scores.reading_ease ? std::optional<double> { two_places(*result.scores.reading_ease) } : std::nullopt;
    bool const ease_below = english && reported_ease && *reported_ease < result.target.min_reading_ease;
    if (ease_below)
        result.reasons.push_back(fmt::format("Reading ease is {:.2f}; the target is {:.0f} or more.", *reported_ease, result.target.min_reading_ease));
    if (result.scores.pisarek && *result.scores.pisarek > result.target.max_pisarek)
        result.reasons.push_back(fmt::format("Pisarek index is {:.1f}; the target is {:.0f} or less.", *result.scores.pisarek, result.target.max_pisarek));
    if (!result.long_sentences.empty())
        result.reasons.push_back(fmt::format("{} {} longer than {} words.", result.long_sentences.size(),
            result.long_sentences.size() == 1 ? "sentence is" : "sentences are", result.target.max_sentence_words));
    // English keeps long sentences as advice unless the text is Easy Read;
    // other languages have no published English-style score, so length counts.
    bool const length_counts = !english || form.easy_read;
    result.meets_target = unexplained == 0 && !ease_below
        && (!result.scores.pisarek || *result.scores.pisarek <= result.target.max_pisarek) && (!length_counts || result.long_sentences.empty());
    return result;
}

LanguageSettings load_settings(soci::session& sql, std::string const& partnership_id)
{
    LanguageSettings settings;
    int hard = 0, ease = 60;
    sql << "SELECT hard_rule, min_reading_ease FROM language_settings WHERE partnership_id = :p", soci::into(hard), soci::into(ease),
        soci::use(partnership_id);
    if (sql.got_data()) {
        settings.hard_rule = hard != 0;
        settings.min_reading_ease = ease;
    }
    return settings;
}

namespace {

CheckResult check_with_settings(soci::session& sql, Actor const& actor, CheckForm form)
{
    form.min_reading_ease = load_settings(sql, actor.partnership_id).min_reading_ease;
    return check_text(form, std::make_shared<CompiledGlossary const>(merge_glossary(partnership_terms(sql, actor.partnership_id))));
}

}

CheckResult check_in(soci::session& sql, Actor const& actor, CheckForm form)
{
    return check_with_settings(sql, actor, std::move(form));
}

Result<CheckResult> check(db::Database& database, Actor const& actor, CheckForm const& form)
{
    return database.read([&](soci::session& sql) -> Result<CheckResult> { return check_with_settings(sql, actor, form); });
}

Status record_published(soci::session& sql, Actor const& actor, Published const& published)
{
    if (published.text.empty()) {
        // Nothing to check or publish; but a translation of what the text used to say is now out of date.
        auto const hash = sha256_hex(published.text);
        sql << "UPDATE published_texts SET text_hash = :hash WHERE partnership_id = :p AND subject_type = :type AND subject_id = :id AND field = :field",
            soci::use(hash), soci::use(actor.partnership_id), soci::use(published.subject_type), soci::use(published.subject_id),
            soci::use(published.field);
        return {};
    }
    CheckForm form;
    form.text = published.text;
    form.locale = published.locale;
    auto const settings = load_settings(sql, actor.partnership_id);
    // Under the hard rule each other text is refused on its own field, so the
    // person is shown which action to reword.
    if (settings.hard_rule) {
        for (auto const& [field, text] : published.checked_with) {
            CheckForm part = form;
            part.text = text;
            auto const checked = check_with_settings(sql, actor, part);
            if (checked.meets_target)
                continue;
            std::string reasons;
            for (auto const& reason : checked.reasons)
                reasons += (reasons.empty() ? "" : " ") + reason;
            return std::unexpected(Error::invalid_field(field, "This partnership publishes only text that meets its plain-language target. " + reasons));
        }
    }
    // The figures count the other texts too: each on its own line, as its own sentence.
    for (auto const& [field, text] : published.checked_with)
        form.text += "\n" + text;
    auto const result = check_with_settings(sql, actor, form);
    if (settings.hard_rule && !result.meets_target) {
        std::string reasons;
        for (auto const& reason : result.reasons)
            reasons += (reasons.empty() ? "" : " ") + reason;
        return std::unexpected(Error::invalid_field(published.field,
            "This partnership publishes only text that meets its plain-language target. " + reasons));
    }
    int const meets = result.meets_target ? 1 : 0;
    long long const unexplained = std::ranges::count_if(result.jargon, [](JargonHit const& hit) { return !hit.explained; });
    auto const ease = result.scores.reading_ease ? fmt::format("{:.2f}", *result.scores.reading_ease) : std::string {};
    auto const project = published.project_id.value_or("");
    auto project_indicator = published.project_id ? soci::i_ok : soci::i_null;
    auto const at = now_text();
    // The wording's fingerprint: a translation made from another wording is out of date.
    auto const hash = sha256_hex(published.text);
    sql << "INSERT INTO published_texts (partnership_id, project_id, subject_type, subject_id, field, locale, meets_target, reading_ease, "
           "unexplained_jargon, published_by, published_at, text_hash) "
           "VALUES (:p, :project, :type, :id, :field, :locale, :meets, :ease, :jargon, :by, :at, :hash) "
           "ON CONFLICT (subject_type, subject_id, field) DO UPDATE SET locale = excluded.locale, meets_target = excluded.meets_target, "
           "reading_ease = excluded.reading_ease, unexplained_jargon = excluded.unexplained_jargon, published_by = excluded.published_by, "
           "published_at = excluded.published_at, text_hash = excluded.text_hash",
        soci::use(actor.partnership_id), soci::use(project, project_indicator), soci::use(published.subject_type), soci::use(published.subject_id),
        soci::use(published.field), soci::use(published.locale), soci::use(meets), soci::use(ease), soci::use(unexplained),
        soci::use(actor.person_id), soci::use(at), soci::use(hash);
    if (!result.meets_target)
        privacy::record(sql, actor.partnership_id, actor.person_id, { "text.published_below_target", published.subject_type, published.subject_id,
            std::nullopt, std::nullopt, { published.field } });
    return {};
}

Result<std::vector<Term>> list_glossary(db::Database& database, Actor const& actor)
{
    return merge_glossary(database.read([&](soci::session& sql) { return partnership_terms(sql, actor.partnership_id); }));
}

Result<Term> save_term(db::Database& database, Actor const& actor, TermForm const& form)
{
    if (!actor.is_convener())
        return std::unexpected(Error::forbidden("Only conveners change the partnership's glossary."));
    return database.write([&](soci::session& sql) -> Result<Term> {
        auto const key = term_key(form.term.term);
        // Switching a term off keeps its words, so switching it on again needs nothing retyped.
        auto term = form.term;
        if (term.plain.empty() || term.explanation.empty()) {
            for (auto const& known : merge_glossary(partnership_terms(sql, actor.partnership_id))) {
                if (term_key(known.term) != key)
                    continue;
                if (term.plain.empty())
                    term.plain = known.plain;
                if (term.explanation.empty())
                    term.explanation = known.explanation;
            }
        }
        if (term.enabled && term.plain.empty())
            return std::unexpected(Error::invalid_field("plain", "Say what to write instead."));
        auto const at = now_text();
        int const enabled = form.term.enabled ? 1 : 0;
        sql << "INSERT INTO glossary_terms (partnership_id, term_key, term, plain, explanation, enabled, updated_by, updated_at) "
               "VALUES (:p, :key, :term, :plain, :explanation, :enabled, :by, :at) "
               "ON CONFLICT (partnership_id, term_key) DO UPDATE SET term = excluded.term, plain = excluded.plain, "
               "explanation = excluded.explanation, enabled = excluded.enabled, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
            soci::use(actor.partnership_id), soci::use(key), soci::use(term.term), soci::use(term.plain),
            soci::use(term.explanation), soci::use(enabled), soci::use(actor.person_id), soci::use(at);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "glossary.term_saved", "glossary_term", key });
        return term;
    });
}

boost::json::object check_json(CheckResult const& result)
{
    auto const& scores = result.scores;
    auto optional_number = [](std::optional<double> value) { return value ? boost::json::value(two_places(*value)) : boost::json::value(nullptr); };
    auto note_json = [](SentenceNote const& note) {
        boost::json::object object { { "offset", note.span.offset }, { "length", note.span.length }, { "words", note.words } };
        if (note.reading_ease)
            object["reading_ease"] = *note.reading_ease;
        return object;
    };
    boost::json::array long_sentences, hard_sentences, jargon, passive, reasons;
    for (auto const& note : result.long_sentences)
        long_sentences.push_back(note_json(note));
    for (auto const& note : result.hard_sentences)
        hard_sentences.push_back(note_json(note));
    for (auto const& hit : result.jargon)
        jargon.push_back({ { "term", hit.name() }, { "found", hit.found }, { "offset", hit.span.offset }, { "length", hit.span.length },
            { "suggestion", hit.plain() }, { "explanation", hit.explanation() }, { "kind", hit.kind }, { "explained", hit.explained } });
    for (auto const& hint : result.passive)
        passive.push_back({ { "offset", hint.span.offset }, { "length", hint.span.length }, { "text", hint.text } });
    for (auto const& reason : result.reasons)
        reasons.emplace_back(reason);
    double const share = scores.words ? static_cast<double>(scores.long_words) / static_cast<double>(scores.words) : 0.0;
    double const long_share = scores.sentences ? static_cast<double>(result.long_sentences.size()) / static_cast<double>(scores.sentences) : 0.0;
    return {
        { "locale", result.locale },
        { "sentences", scores.sentences },
        { "words", scores.words },
        { "syllables", scores.syllables },
        { "average_sentence_length", two_places(scores.average_sentence_length) },
        { "flesch_reading_ease", optional_number(scores.reading_ease) },
        { "flesch_kincaid_grade", optional_number(scores.grade) },
        { "pisarek", optional_number(scores.pisarek) },
        { "pisarek_linear", optional_number(scores.pisarek_linear) },
        { "long_words", { { "count", scores.long_words }, { "share", two_places(share) } } },
        { "long_sentence_share", two_places(long_share) },
        { "long_sentences", std::move(long_sentences) },
        { "hard_sentences", std::move(hard_sentences) },
        { "jargon", std::move(jargon) },
        { "passive", std::move(passive) },
        { "target", { { "min_reading_ease", result.target.min_reading_ease }, { "max_pisarek", result.target.max_pisarek },
                        { "max_sentence_words", result.target.max_sentence_words }, { "easy_read", result.target.easy_read } } },
        { "reasons", std::move(reasons) },
        { "meets_target", result.meets_target },
    };
}

}
