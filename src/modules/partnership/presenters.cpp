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

boost::json::object to_json(Organisation const& organisation)
{
    return {
        { "id", organisation.id },
        { "name", organisation.name },
        { "sector", organisation.sector },
        { "interests", to_json_array(organisation.interests) },
        { "communities", to_json_array(organisation.communities) },
        { "description", organisation.description },
        { "website", organisation.website },
        { "created_at", organisation.created_at },
        { "updated_at", organisation.updated_at },
    };
}

boost::json::object to_json(Person const& person, Actor const& viewer)
{
    boost::json::object object {
        { "id", person.id },
        { "name", person.name },
        { "role", role_name(person.role) },
        { "groups", to_json_array(person.groups) },
        { "organisation_ids", to_json_array(person.organisation_ids) },
        { "interests", to_json_array(person.interests) },
        { "preferred_language", person.preferred_language },
        { "created_at", person.created_at },
        { "updated_at", person.updated_at },
    };
    if (can_see_personal_data(viewer, person.id)) {
        object["email"] = person.email ? boost::json::value(*person.email) : boost::json::value(nullptr);
        object["access_needs"] = to_json_array(person.access_needs);
    }
    return object;
}

}
