#include "modules/partnership/presenters.hpp"

#include "core/form.hpp"
#include "modules/partnership/permissions.hpp"

namespace rt::partnership {

boost::json::object to_json(Partnership const& partnership)
{
    return {
        { "id", partnership.id },
        { "name", partnership.name },
        { "colour", partnership.colour },
        { "created_at", partnership.created_at },
    };
}

boost::json::object to_json(Organisation const& organisation, boost::json::storage_ptr storage)
{
    boost::json::object object(storage);
    object.reserve(9);
    object.emplace("id", organisation.id);
    object.emplace("name", organisation.name);
    object.emplace("sector", organisation.sector);
    object.emplace("interests", to_json_array(organisation.interests, storage));
    object.emplace("communities", to_json_array(organisation.communities, storage));
    object.emplace("description", organisation.description);
    object.emplace("website", organisation.website);
    object.emplace("created_at", organisation.created_at);
    object.emplace("updated_at", organisation.updated_at);
    return object;
}

boost::json::object to_json(GroupChange const& change)
{
    return {
        { "changed_at", change.changed_at },
        { "changed_by", { { "id", change.changed_by }, { "name", change.changed_by_name } } },
        { "added", to_json_array(change.added) },
        { "removed", to_json_array(change.removed) },
    };
}

boost::json::object to_json(Person const& person, Actor const& viewer, boost::json::storage_ptr storage)
{
    boost::json::object object(storage);
    object.reserve(11);
    object.emplace("id", person.id);
    object.emplace("name", person.name);
    object.emplace("role", role_name(person.role));
    object.emplace("groups", to_json_array(person.groups, storage));
    object.emplace("organisation_ids", to_json_array(person.organisation_ids, storage));
    object.emplace("interests", to_json_array(person.interests, storage));
    object.emplace("preferred_language", person.preferred_language);
    object.emplace("created_at", person.created_at);
    object.emplace("updated_at", person.updated_at);
    if (can_see_personal_data(viewer, person.id)) {
        object.emplace("email", person.email ? boost::json::value(*person.email, storage) : boost::json::value(nullptr, storage));
        object.emplace("access_needs", to_json_array(person.access_needs, storage));
    }
    return object;
}

}
