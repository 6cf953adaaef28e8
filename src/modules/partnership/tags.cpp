#include "modules/partnership/tags.hpp"

#include <memory>
#include <mutex>

#include <boost/json.hpp>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "core/form.hpp"
#include "core/language_tag.hpp"
#include "core/time.hpp"
#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"
#include "modules/privacy/audit.hpp"

namespace rt::partnership {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;

constexpr std::size_t k_max_label_length = 80;
constexpr std::size_t k_max_languages = 20;

constexpr auto k_organisation_tags = "SELECT interests, communities FROM organisations WHERE partnership_id = :p";
// NOTE: the projects table is the projects module's; its tag columns are read
// here in the same pass as organisations' and people's, because a tag's count
// of uses is over every record that carries it, and one query a kind keeps the
// list one read.
constexpr auto k_project_tags = "SELECT interests, communities FROM projects WHERE partnership_id = :p";
constexpr auto k_people_tags = "SELECT interests FROM people WHERE partnership_id = :p";
constexpr auto k_labels = "SELECT tag, language, label FROM tag_labels WHERE partnership_id = :p";
constexpr auto k_labels_of_tag = "SELECT language, label FROM tag_labels WHERE partnership_id = :p AND tag = :tag";
constexpr auto k_delete_labels = "DELETE FROM tag_labels WHERE partnership_id = :p AND tag = :tag";
constexpr auto k_insert_label = "INSERT INTO tag_labels (partnership_id, tag, language, label, updated_by, updated_at) "
                                "VALUES (:p, :tag, :language, :label, :by, :at)";

void count_tags(soci::session& sql, char const* query, std::string const& partnership_id, bool both_columns, std::map<std::string, TagInUse>& tags)
{
    soci::rowset<soci::row> rows = (sql.prepare << query, soci::use(partnership_id));
    for (auto const& row : rows) {
        // One record counts once per tag, even when it is both an interest and a community.
        std::vector<std::string> seen;
        for (std::size_t column = 0; column < (both_columns ? 2u : 1u); ++column)
            for (auto& tag : from_json_text(db::text_at(row, column)))
                if (std::ranges::find(seen, tag) == seen.end())
                    seen.push_back(std::move(tag));
        for (auto const& tag : seen) {
            auto& entry = tags[tag];
            entry.tag = tag;
            ++entry.uses;
        }
    }
}

boost::json::object to_json(TagInUse const& tag)
{
    boost::json::object labels;
    for (auto const& [language, label] : tag.labels)
        labels[language] = label;
    return { { "tag", tag.tag }, { "uses", tag.uses }, { "labels", std::move(labels) } };
}

Response list_tags_route(Services& services, RequestContext const& context)
{
    // The tags in use are gathered from several lists and labelled in C++; they
    // are few by nature (a partnership's vocabulary), so the page is cut after.
    return http::list_response(
        context.request,
        [&](PageRequest const& page) {
            return slice_page(list_tags(services.database, context.signed_in()), page, [](TagInUse const& tag) { return tag.tag; });
        },
        [](TagInUse const& tag) { return to_json(tag); });
}

Response put_tag_labels_route(Services& services, RequestContext const& context)
{
    if (!context.signed_in().is_convener())
        return Response::problem(Error::forbidden("Only conveners can name the partnership's tags."));
    auto body = http::body_object(context.request);
    if (!body)
        return Response::problem(body.error());
    auto form = TagLabelsForm::read(context.parameter("tag"), *body);
    if (!form)
        return Response::problem(form.error());
    return http::respond(set_tag_labels(services.database, context.signed_in(), *form), 200, [](TagInUse const& tag) { return to_json(tag); });
}

Response tag_slug_route(Services&, RequestContext const& context)
{
    auto const words = context.request.query_value("words").value_or("");
    auto const slug = slug_from_words(words);
    if (slug.empty())
        return Response::problem(Error::invalid_field("words", "Enter the tag in words, like Older people."));
    return Response::json(200, boost::json::object { { "tag", slug } });
}

}

Result<TagLabelsForm> TagLabelsForm::read(std::string const& tag, boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "labels" });
    TagLabelsForm form;
    form.tag = tag;
    if (!is_tag(tag))
        reader.add_error("tag", "A tag uses lowercase letters, numbers and hyphens, like older-people.");
    auto const* labels = body.if_contains("labels");
    if (!labels || !labels->is_object()) {
        reader.add_error("labels", "Give the labels by language, like {\"ar\": \"كبار السن\"}.");
    } else if (labels->get_object().size() > k_max_languages) {
        reader.add_error("labels", "Give labels in 20 languages or fewer.");
    } else {
        for (auto const& [language, value] : labels->get_object()) {
            std::string const field = "labels." + std::string { language };
            auto const canonical = canonical_language_tag(language);
            if (!canonical) {
                reader.add_error(field, "Use a BCP 47 language tag such as en, ar or ti.");
                continue;
            }
            boost::json::object one { { "label", value } };
            FormReader label_reader { one };
            auto const label = label_reader.text("label", { .presence = Presence::Optional, .max_length = k_max_label_length });
            for (auto const& [name, messages] : label_reader.errors())
                for (auto const& message : messages)
                    reader.add_error(field, message);
            if (label_reader.ok() && !value.is_null())
                form.labels[*canonical] = label.value_or("");
        }
    }
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return form;
}

std::vector<TagInUse> list_tags(db::Database& database, Actor const& actor)
{
    return database.read([&](soci::session& sql) {
        std::map<std::string, TagInUse> tags;
        count_tags(sql, k_organisation_tags, actor.partnership_id, true, tags);
        count_tags(sql, k_project_tags, actor.partnership_id, true, tags);
        count_tags(sql, k_people_tags, actor.partnership_id, false, tags);
        // A tag with labels is listed even when nothing carries it yet.
        soci::rowset<soci::row> labels = (sql.prepare << k_labels, soci::use(actor.partnership_id));
        for (auto const& row : labels) {
            auto& entry = tags[db::text_at(row, 0)];
            entry.tag = db::text_at(row, 0);
            entry.labels[db::text_at(row, 1)] = db::text_at(row, 2);
        }
        std::vector<TagInUse> list;
        list.reserve(tags.size());
        for (auto& [tag, entry] : tags)
            list.push_back(std::move(entry));
        return list;
    });
}

Result<TagInUse> set_tag_labels(db::Database& database, Actor const& actor, TagLabelsForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<TagInUse> {
        privacy::lock_for_change(sql, actor.partnership_id);
        // The labels given replace the partnership's labels for the tag; an empty one is left out.
        std::map<std::string, std::string> before;
        soci::rowset<soci::row> rows = (sql.prepare << k_labels_of_tag, soci::use(actor.partnership_id), soci::use(form.tag));
        for (auto const& row : rows)
            before[db::text_at(row, 0)] = db::text_at(row, 1);
        sql << k_delete_labels, soci::use(actor.partnership_id), soci::use(form.tag);
        TagInUse saved { form.tag, 0, {} };
        auto const at = now_text();
        for (auto const& [language, label] : form.labels) {
            if (label.empty())
                continue;
            sql << k_insert_label, soci::use(actor.partnership_id), soci::use(form.tag), soci::use(language), soci::use(label),
                soci::use(actor.person_id), soci::use(at);
            saved.labels[language] = label;
        }
        // The languages whose label changed, not the words (the log keeps no free text).
        std::vector<std::string> changed;
        for (auto const& [language, label] : saved.labels)
            if (auto const found = before.find(language); found == before.end() || found->second != label)
                changed.push_back(language);
        for (auto const& [language, label] : before)
            if (!saved.labels.contains(language))
                changed.push_back(language);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "tag.labels_changed", "tag", form.tag, std::nullopt, std::nullopt, changed });
        return saved;
    });
}

std::string slug_from_words(std::string_view words)
{
    // Transliterators are not thread-safe: one per thread.
    thread_local std::unique_ptr<icu::Transliterator> const latin = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made { icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status) };
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(words.data(), static_cast<int32_t>(std::min<std::size_t>(words.size(), 400))));
    if (latin)
        latin->transliterate(text);
    std::string ascii;
    text.toUTF8String(ascii);
    std::string slug;
    for (char const c : ascii) {
        bool const keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep)
            slug.push_back(c);
        else if (!slug.empty() && slug.back() != '-')
            slug.push_back('-');
        if (slug.size() >= 40)
            break;
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug;
}

void register_tag_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/tags", Access::Session, bound(services, list_tags_route),
        { "The partnership's tags in use, with its own labels", "partnership", "", "TagList", 200 } });
    router.add({ "GET", "/api/v1/tags/slug", Access::Session, bound(services, tag_slug_route),
        { "The tag made from words in any language", "partnership", "", "TagSlug", 200, { "words" }, { 422 } } });
    router.add({ "PUT", "/api/v1/tags/{tag}/labels", Access::Session, bound(services, put_tag_labels_route),
        { "Name a tag in each language (conveners)", "partnership", "TagLabelsUpdate", "Tag", 200, {}, { 403, 422 } } });
}

}
