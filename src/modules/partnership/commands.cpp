#include "modules/partnership/commands.hpp"

#include <set>

#include <unicode/unistr.h>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/accounts/commands.hpp"
#include "modules/accounts/queries.hpp"
#include "modules/notifications/commands.hpp"
#include "modules/partnership/permissions.hpp"
#include "modules/partnership/store.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/queries.hpp"

namespace rt::partnership {

namespace {

Role role_from_form(std::optional<std::string> const& role, Role fallback)
{
    if (!role)
        return fallback;
    return *role == "convener" ? Role::Convener : Role::Member;
}

void apply(Organisation& organisation, OrganisationForm const& form)
{
    if (form.name)
        organisation.name = *form.name;
    if (form.sector)
        organisation.sector = *form.sector;
    if (form.interests)
        organisation.interests = *form.interests;
    if (form.communities)
        organisation.communities = *form.communities;
    if (form.description)
        organisation.description = *form.description;
    if (form.website)
        organisation.website = *form.website;
}

void apply(Person& person, PersonForm const& form)
{
    if (form.name)
        person.name = *form.name;
    if (form.email)
        person.email = form.email->empty() ? std::nullopt : form.email;
    person.role = role_from_form(form.role, person.role);
    if (form.groups)
        person.groups = *form.groups;
    if (form.organisation_ids)
        person.organisation_ids = *form.organisation_ids;
    if (form.interests)
        person.interests = *form.interests;
    if (form.preferred_language)
        person.preferred_language = *form.preferred_language;
    if (form.access_needs)
        person.access_needs = *form.access_needs;
}

// Checks that need the database: the email is free and the organisations
// belong to this partnership. Runs inside the write transaction.
Status check_person_references(soci::session& sql, Person const& person)
{
    FieldErrors errors;
    if (person.email && store::email_in_use(sql, person.partnership_id, *person.email, person.id))
        errors["email"].push_back("Someone in this partnership already has this email address.");
    if (store::count_organisations(sql, person.partnership_id, person.organisation_ids) != static_cast<long long>(person.organisation_ids.size()))
        errors["organisation_ids"].push_back("Choose organisations from this partnership.");
    // A sector's group (council, health, VCS, provider) is held by acting for
    // an organisation of that sector, which only conveners record; the
    // lived-experience groups are self-declared.
    std::set<std::string> sectors;
    for (auto const& organisation_id : person.organisation_ids)
        if (auto const organisation = store::find_organisation(sql, person.partnership_id, organisation_id))
            sectors.insert(organisation->sector);
    for (auto const& group : person.groups) {
        bool const sector_group = group == "local_authority" || group == "health" || group == "vcs" || group == "provider";
        if (sector_group && !sectors.contains(group)) {
            errors["groups"].push_back("The " + group + " group comes from acting for an organisation of that sector. A convener adds the organisation first.");
            break;
        }
    }
    if (!errors.empty())
        return std::unexpected(Error::invalid(std::move(errors)));
    return {};
}

}

Result<CreatedPartnership> create_partnership(db::Database& database, NewPartnership const& request)
{
    boost::json::object body { { "name", request.name }, { "colour", request.colour } };
    auto partnership_form = PartnershipForm::read(body);
    if (!partnership_form)
        return std::unexpected(partnership_form.error());
    std::optional<OrganisationForm> organisation_form;
    if (!request.organisation_name.empty() || !request.organisation_sector.empty()) {
        auto read = OrganisationForm::read(boost::json::object { { "name", request.organisation_name }, { "sector", request.organisation_sector } },
            FormMode::Create);
        if (!read) {
            // Named as the command line names them: --organisation and --sector.
            auto error = read.error();
            FieldErrors renamed;
            for (auto& [field, messages] : error.field_errors)
                renamed[field == "name" ? "organisation" : field] = std::move(messages);
            error.field_errors = std::move(renamed);
            return std::unexpected(std::move(error));
        }
        organisation_form = std::move(*read);
    }
    boost::json::array groups;
    for (auto const& group : request.admin_groups)
        groups.emplace_back(group);
    if (organisation_form && std::ranges::find(request.admin_groups, *organisation_form->sector) == request.admin_groups.end())
        groups.emplace_back(*organisation_form->sector);
    boost::json::object person_body { { "name", request.admin_name }, { "email", request.admin_email }, { "groups", std::move(groups) } };
    if (!request.admin_language.empty())
        person_body["preferred_language"] = request.admin_language;
    auto person_form = PersonForm::read(person_body, FormMode::Create);
    if (!person_form) {
        // The language is --language on the command line.
        auto error = person_form.error();
        if (auto found = error.field_errors.find("preferred_language"); found != error.field_errors.end()) {
            auto messages = std::move(found->second);
            error.field_errors.erase(found);
            error.field_errors["language"] = std::move(messages);
        }
        return std::unexpected(std::move(error));
    }
    if (auto password = accounts::check_password_rules(request.admin_password, request.admin_name, request.admin_email); !password)
        return std::unexpected(password.error());

    // Hashing takes a moment and needs no lock, so it happens before the transaction.
    auto const password_hash = accounts::hash_for_storage(request.admin_password);
    return database.write([&](soci::session& sql) -> Result<CreatedPartnership> {
        auto const time = now_text();
        Partnership partnership { new_id(), *partnership_form->name, *partnership_form->colour, time, time };
        Person convener;
        convener.id = new_id();
        convener.partnership_id = partnership.id;
        convener.role = Role::Convener;
        convener.created_at = convener.updated_at = time;
        apply(convener, *person_form);
        store::insert_partnership(sql, partnership);
        std::optional<Organisation> organisation;
        if (organisation_form) {
            organisation.emplace();
            organisation->id = new_id();
            organisation->partnership_id = partnership.id;
            organisation->created_at = organisation->updated_at = time;
            apply(*organisation, *organisation_form);
            store::insert_organisation(sql, *organisation);
            convener.organisation_ids = { organisation->id };
        }
        if (auto checked = check_person_references(sql, convener); !checked)
            return std::unexpected(checked.error());
        store::insert_person(sql, convener);
        store::record_group_change(sql, convener, {}, convener.id);
        accounts::store_password_hash(sql, convener.partnership_id, convener.id, password_hash);
        privacy::record(sql, partnership.id, std::nullopt, { "partnership.created", "partnership", partnership.id });
        if (organisation)
            privacy::record(sql, partnership.id, std::nullopt, { "organisation.created", "organisation", organisation->id });
        privacy::record(sql, partnership.id, std::nullopt, { "person.created", "person", convener.id });
        return CreatedPartnership { std::move(partnership), std::move(convener) };
    });
}

Result<Partnership> update_partnership(db::Database& database, Actor const& actor, PartnershipForm const& form)
{
    if (!can_change_partnership(actor))
        return std::unexpected(Error::forbidden("Only conveners can change the partnership's details."));
    return database.write([&](soci::session& sql) -> Result<Partnership> {
        auto partnership = store::find_partnership(sql, actor.partnership_id);
        if (!partnership)
            return std::unexpected(Error::not_found());
        if (form.name)
            partnership->name = *form.name;
        if (form.colour)
            partnership->colour = *form.colour;
        partnership->updated_at = now_text();
        store::update_partnership(sql, *partnership);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { .action = "partnership.updated", .subject_type = "partnership", .subject_id = partnership->id,
                .fields = [&] {
                    std::vector<std::string> fields;
                    if (form.name)
                        fields.emplace_back("name");
                    if (form.colour)
                        fields.emplace_back("colour");
                    return fields;
                }() });
        return *partnership;
    });
}

namespace {

// Two organisations of one name are one typed twice (a second "Northfield
// Borough Council" added on a phone): refused, naming the one there is.
// Compared case-folded (ICU) and without the spaces around and between words.
Status check_name_is_new(soci::session& sql, std::string_view partnership_id, std::string const& name, std::string_view except_id = {})
{
    auto squeezed = [](std::string const& text) {
        std::string folded;
        icu::UnicodeString::fromUTF8(text).foldCase().toUTF8String(folded);
        std::string out;
        for (char const c : folded) {
            if (c == ' ' || c == '\t') {
                if (!out.empty() && out.back() != ' ')
                    out.push_back(' ');
            } else {
                out.push_back(c);
            }
        }
        if (!out.empty() && out.back() == ' ')
            out.pop_back();
        return out;
    };
    auto const wanted = squeezed(name);
    for (auto const& [id, existing] : store::organisation_names(sql, partnership_id))
        if (id != except_id && squeezed(existing) == wanted)
            return std::unexpected(Error::invalid_field("name", "There is already an organisation called " + existing
                    + ". Open it from the organisations list, or give this one a name that tells them apart, like its area."));
    return {};
}

}

Result<Organisation> create_organisation(db::Database& database, Actor const& actor, OrganisationForm const& form)
{
    if (!can_manage_organisations(actor))
        return std::unexpected(Error::forbidden("Only conveners can add organisations."));
    return database.write([&](soci::session& sql) -> Result<Organisation> {
        auto const time = now_text();
        Organisation organisation;
        organisation.id = new_id();
        organisation.partnership_id = actor.partnership_id;
        organisation.created_at = organisation.updated_at = time;
        if (auto fresh = check_name_is_new(sql, actor.partnership_id, *form.name); !fresh)
            return std::unexpected(fresh.error());
        apply(organisation, form);
        store::insert_organisation(sql, organisation);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "organisation.created", "organisation", organisation.id });
        return organisation;
    });
}

Result<Organisation> update_organisation(db::Database& database, Actor const& actor, std::string const& id, OrganisationForm const& form)
{
    if (!can_manage_organisations(actor))
        return std::unexpected(Error::forbidden("Only conveners can change organisations."));
    return database.write([&](soci::session& sql) -> Result<Organisation> {
        auto organisation = store::find_organisation(sql, actor.partnership_id, id);
        if (!organisation)
            return std::unexpected(Error::not_found("There is no such organisation in this partnership."));
        if (form.name)
            if (auto fresh = check_name_is_new(sql, actor.partnership_id, *form.name, id); !fresh)
                return std::unexpected(fresh.error());
        apply(*organisation, form);
        organisation->updated_at = now_text();
        store::update_organisation(sql, *organisation);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { .action = "organisation.updated", .subject_type = "organisation", .subject_id = id, .fields = form.present_fields() });
        return *organisation;
    });
}

Status delete_organisation(db::Database& database, Actor const& actor, std::string const& id)
{
    if (!can_manage_organisations(actor))
        return std::unexpected(Error::forbidden("Only conveners can remove organisations."));
    return database.write([&](soci::session& sql) -> Status {
        if (!store::find_organisation(sql, actor.partnership_id, id))
            return std::unexpected(Error::not_found("There is no such organisation in this partnership."));
        if (projects::organisation_has_project_history(sql, actor.partnership_id, id))
            return std::unexpected(Error::conflict("This organisation has been invited to a project, so it stays on the record."));
        store::delete_organisation(sql, actor.partnership_id, id);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "organisation.deleted", "organisation", id });
        return {};
    });
}

namespace {

// Queues the email with a person's sign-in link, from the convener who asked.
void email_sign_in_link(soci::session& sql, Actor const& actor, Person const& person, notifications::SecurityMail kind, std::string const& token,
    notifications::SignInLinks const& links)
{
    auto const sender = store::find_person(sql, actor.partnership_id, actor.person_id);
    notifications::enqueue_security_mail(sql, actor.partnership_id, person.id, kind, links.public_url + accounts::invite_path(token),
        sender ? sender->name : std::string { "A convener" }, links.link_key);
}

}

Result<CreatedPerson> create_person(db::Database& database, Actor const& actor, PersonForm const& form,
    std::optional<notifications::SignInLinks> const& links)
{
    if (!can_add_people(actor))
        return std::unexpected(Error::forbidden("Only conveners can add people."));
    return database.write([&](soci::session& sql) -> Result<CreatedPerson> {
        auto const time = now_text();
        Person person;
        person.id = new_id();
        person.partnership_id = actor.partnership_id;
        person.created_at = person.updated_at = time;
        apply(person, form);
        if (auto checked = check_person_references(sql, person); !checked)
            return std::unexpected(checked.error());
        store::insert_person(sql, person);
        store::record_group_change(sql, person, {}, actor.person_id);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "person.created", "person", person.id });
        CreatedPerson created { std::move(person), std::nullopt };
        if (created.person.email && form.send_sign_in_link.value_or(true)) {
            created.invite_token = accounts::issue_invite(sql, actor, created.person.id);
            if (links)
                email_sign_in_link(sql, actor, created.person, notifications::SecurityMail::AccountInvitation, *created.invite_token, *links);
        }
        return created;
    });
}

Result<Person> update_person(db::Database& database, Actor const& actor, std::string const& id, PersonForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Person> {
        auto person = store::find_person(sql, actor.partnership_id, id);
        if (!person)
            return std::unexpected(Error::not_found("There is no such person in this partnership."));
        if (!can_edit_person(actor, id, form))
            return std::unexpected(Error::forbidden(actor.person_id == id ? "Only a convener can change your role, email or organisations."
                                                                          : "Only conveners can change other people's details."));
        auto const role_before = person->role;
        auto const email_before = person->email;
        auto const groups_before = person->groups;
        apply(*person, form);
        if (role_before == Role::Convener && person->role != Role::Convener && store::count_conveners(sql, actor.partnership_id) <= 1)
            return std::unexpected(Error::invalid_field("role", "A partnership needs at least one convener. Make someone else a convener first."));
        if (auto checked = check_person_references(sql, *person); !checked)
            return std::unexpected(checked.error());
        person->updated_at = now_text();
        store::update_person(sql, *person);
        store::record_group_change(sql, *person, groups_before, actor.person_id);
        if (person->role != role_before)
            accounts::set_role_in_sessions(sql, person->partnership_id, person->id, person->role);
        // A link sent to the old address must not claim the account.
        if (person->email != email_before)
            accounts::retire_invites(sql, person->id);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { .action = "person.updated", .subject_type = "person", .subject_id = id, .fields = form.present_fields() });
        return *person;
    });
}

Result<Reinvited> reissue_invite(db::Database& database, Actor const& actor, std::string const& id, notifications::SignInLinks const& links)
{
    if (!can_add_people(actor))
        return std::unexpected(Error::forbidden("Only conveners can send invitations."));
    return database.write([&](soci::session& sql) -> Result<Reinvited> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto person = store::find_person(sql, actor.partnership_id, id);
        if (!person)
            return std::unexpected(Error::not_found("There is no such person in this partnership."));
        if (!person->email)
            return std::unexpected(Error::invalid_field("email", "Add an email address for this person first."));
        if (!accounts::has_account(sql, actor.partnership_id, id)) {
            auto token = accounts::issue_invite(sql, actor, id);
            email_sign_in_link(sql, actor, *person, notifications::SecurityMail::AccountInvitation, token, links);
            return Reinvited { std::move(token), *person->email };
        }
        email_sign_in_link(sql, actor, *person, notifications::SecurityMail::PasswordReset, accounts::issue_password_reset(sql, actor, id), links);
        return Reinvited { std::nullopt, *person->email };
    });
}

}
