#include "modules/notifications/queries.hpp"

#include "modules/notifications/store.hpp"
#include "modules/notifications/tokens.hpp"
#include "modules/partnership/queries.hpp"

namespace rt::notifications {

namespace {

std::vector<Preference> every_topic(std::map<std::string, std::string> const& chosen)
{
    std::vector<Preference> topics;
    for (auto const topic : k_topics) {
        auto const found = chosen.find(std::string { topic });
        topics.push_back({ std::string { topic }, found == chosen.end() ? std::string { default_delivery(topic) } : found->second });
    }
    return topics;
}

}

Result<Page<Notification>> list_notifications(db::Database& database, Actor const& actor, bool unread_only, PageRequest const& page)
{
    return database.read([&](soci::session& sql) -> Result<Page<Notification>> {
        std::optional<std::pair<std::string, std::string>> after;
        if (page.after)
            after = std::pair { page.after->name, page.after->id };
        auto rows = store::list_notifications(sql, actor.partnership_id, actor.person_id, unread_only, after, page.limit + 1);
        return finish_page(std::move(rows), page.limit, [](Notification const& n) { return NameCursor { n.created_at, n.id }; });
    });
}

Result<long long> unread_count(db::Database& database, Actor const& actor)
{
    return database.read([&](soci::session& sql) -> Result<long long> { return store::unread_count(sql, actor.partnership_id, actor.person_id); });
}

Result<Preferences> get_preferences(db::Database& database, Actor const& actor)
{
    return database.read([&](soci::session& sql) -> Result<Preferences> {
        auto const person = partnership::find_person(sql, actor.partnership_id, actor.person_id);
        return Preferences { person && person->email.has_value(), every_topic(store::preferences(sql, actor.partnership_id, actor.person_id)) };
    });
}

Result<UnsubscribeView> read_unsubscribe(db::Database& database, std::string const& token, std::string const& key)
{
    auto const read = read_unsubscribe_token(token, key);
    if (!read)
        return std::unexpected(Error::invalid_field("token", "This unsubscribe link is not one of Roundtable's, or it was cut short."));
    return database.read([&](soci::session& sql) -> Result<UnsubscribeView> {
        auto const found = partnership::find_partnership(sql, read->partnership_id);
        if (!found || !partnership::find_person(sql, read->partnership_id, read->person_id))
            return std::unexpected(Error::invalid_field("token", "This unsubscribe link is for someone who is no longer here."));
        auto const chosen = store::preferences(sql, read->partnership_id, read->person_id);
        std::string delivery = "email";
        if (read->topic == "digest") {
            bool any = std::ranges::any_of(chosen, [](auto const& entry) { return entry.second == "daily" || entry.second == "weekly"; });
            delivery = any ? "digest" : "in_app";
        } else if (auto const it = chosen.find(read->topic); it != chosen.end()) {
            delivery = it->second;
        }
        return UnsubscribeView { { read->topic, delivery }, found->name };
    });
}

}
