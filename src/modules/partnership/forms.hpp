#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/error.hpp"

namespace rt::partnership {

// Create needs the required fields; Update takes any subset of them.
enum class FormMode { Create, Update };

struct PartnershipForm {
    std::optional<std::string> name;
    std::optional<std::string> colour;

    [[nodiscard]] static Result<PartnershipForm> read(boost::json::object const& body);
};

struct OrganisationForm {
    std::optional<std::string> name;
    std::optional<std::string> sector;
    std::optional<std::vector<std::string>> interests;
    std::optional<std::vector<std::string>> communities;
    std::optional<std::string> description;
    std::optional<std::string> website;

    [[nodiscard]] static Result<OrganisationForm> read(boost::json::object const& body, FormMode mode);
    [[nodiscard]] std::vector<std::string> present_fields() const;
};

struct PersonForm {
    std::optional<std::string> name;
    std::optional<std::string> email; // empty: no email
    std::optional<std::string> role;
    std::optional<std::vector<std::string>> groups;
    std::optional<std::vector<std::string>> organisation_ids;
    std::optional<std::vector<std::string>> interests;
    std::optional<std::string> preferred_language;
    std::optional<std::vector<std::string>> access_needs;
    // When adding someone with an email address: whether their sign-in link
    // goes now (the default) or later, once the convener has told them
    // (POST /people/{id}/invite sends it). Not a field of the person.
    std::optional<bool> send_sign_in_link;

    [[nodiscard]] static Result<PersonForm> read(boost::json::object const& body, FormMode mode);
    [[nodiscard]] std::vector<std::string> present_fields() const;
    // Fields only a convener may set, even on their own record.
    [[nodiscard]] bool touches_convener_fields() const { return role || email || organisation_ids; }
};

[[nodiscard]] bool is_colour(std::string_view text);

}
