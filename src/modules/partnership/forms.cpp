#include "modules/partnership/forms.hpp"

#include <boost/url/parse.hpp>

#include "core/form.hpp"
#include "modules/partnership/model.hpp"

namespace rt::partnership {

namespace {

Presence required_when_creating(FormMode mode)
{
    return mode == FormMode::Create ? Presence::Required : Presence::Optional;
}


void add_if(std::vector<std::string>& fields, bool present, std::string_view name)
{
    if (present)
        fields.emplace_back(name);
}

// An https or http address with a host that has a dot in it, parsed by
// Boost.URL: "https://not a web address" and "https://" are not.
bool is_web_address(std::string_view text)
{
    auto const parsed = boost::urls::parse_absolute_uri(text);
    if (!parsed)
        return false;
    auto const scheme = parsed->scheme_id();
    if (scheme != boost::urls::scheme::https && scheme != boost::urls::scheme::http)
        return false;
    auto const host = parsed->encoded_host();
    return parsed->host_type() == boost::urls::host_type::name && host.find('.') != boost::core::string_view::npos && host.front() != '.' && host.back() != '.';
}

}

bool is_colour(std::string_view text)
{
    if (text.size() != 7 || text[0] != '#')
        return false;
    return std::ranges::all_of(text.substr(1), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); });
}

Result<PartnershipForm> PartnershipForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "name", "colour" });
    PartnershipForm form;
    form.name = reader.text("name", { .presence = Presence::Optional, .min_length = 1, .max_length = 120 });
    form.colour = reader.text("colour", { .presence = Presence::Optional, .max_length = 7 });
    if (form.colour && !is_colour(*form.colour)) {
        reader.add_error("colour", "Enter a colour as # and six hexadecimal digits, like #1d70b8.");
        form.colour.reset();
    }
    return finish(reader, form);
}

Result<OrganisationForm> OrganisationForm::read(boost::json::object const& body, FormMode mode)
{
    FormReader reader { body };
    reader.reject_unknown({ "name", "sector", "interests", "communities", "description", "website" });
    OrganisationForm form;
    form.name = reader.text("name", { .presence = required_when_creating(mode), .min_length = 1, .max_length = 200 });
    form.sector = reader.choice("sector", k_sectors, required_when_creating(mode));
    form.interests = reader.tags("interests");
    form.communities = reader.tags("communities");
    form.description = reader.text("description", { .max_length = 2000, .lines = TextRule::Lines::Multiple });
    form.website = reader.text("website", { .max_length = 300 });
    if (form.website && !form.website->empty() && !is_web_address(*form.website)) {
        reader.add_error("website", "Enter a web address, like https://www.silverthreads.org.uk.");
        form.website.reset();
    }
    return finish(reader, form);
}

std::vector<std::string> OrganisationForm::present_fields() const
{
    std::vector<std::string> fields;
    add_if(fields, name.has_value(), "name");
    add_if(fields, sector.has_value(), "sector");
    add_if(fields, interests.has_value(), "interests");
    add_if(fields, communities.has_value(), "communities");
    add_if(fields, description.has_value(), "description");
    add_if(fields, website.has_value(), "website");
    return fields;
}

Result<PersonForm> PersonForm::read(boost::json::object const& body, FormMode mode)
{
    FormReader reader { body };
    reader.reject_unknown({ "name", "email", "role", "groups", "organisation_ids", "interests", "preferred_language", "access_needs", "send_sign_in_link" });
    PersonForm form;
    if (reader.has("send_sign_in_link") && mode != FormMode::Create)
        reader.add_error("send_sign_in_link", "A sign-in link is sent from the person's page once they are added.");
    else
        form.send_sign_in_link = reader.boolean("send_sign_in_link", Presence::Optional);
    form.name = reader.text("name", { .presence = required_when_creating(mode), .min_length = 1, .max_length = 200 });
    form.email = reader.email("email", Presence::Optional);
    form.role = reader.choice("role", k_roles, Presence::Optional);
    form.groups = reader.choices("groups", k_groups);
    form.organisation_ids = reader.ids("organisation_ids");
    form.interests = reader.tags("interests");
    form.preferred_language = reader.language("preferred_language", Presence::Optional);
    form.access_needs = reader.tags("access_needs");
    return finish(reader, form);
}

std::vector<std::string> PersonForm::present_fields() const
{
    std::vector<std::string> fields;
    add_if(fields, name.has_value(), "name");
    add_if(fields, email.has_value(), "email");
    add_if(fields, role.has_value(), "role");
    add_if(fields, groups.has_value(), "groups");
    add_if(fields, organisation_ids.has_value(), "organisation_ids");
    add_if(fields, interests.has_value(), "interests");
    add_if(fields, preferred_language.has_value(), "preferred_language");
    add_if(fields, access_needs.has_value(), "access_needs");
    return fields;
}

}
