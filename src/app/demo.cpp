#include "app/demo.hpp"

#include <map>

#include "modules/accounts/commands.hpp"
#include "modules/partnership/commands.hpp"

namespace rt::app {

namespace {

struct DemoOrganisation {
    std::string_view key;
    std::string_view name;
    std::string_view sector;
    std::vector<std::string> interests;
    std::vector<std::string> communities;
    std::string_view description;
};

struct DemoPerson {
    std::string_view name;
    std::string_view email; // empty: no account
    std::string_view role;
    std::vector<std::string> groups;
    std::vector<std::string_view> organisations;
    std::vector<std::string> interests;
    std::string_view language;
    std::vector<std::string> access_needs;
    std::string_view description;
};

// Fictional, but the shape of the seed texts: a borough council, an NHS trust,
// a VCS umbrella body and small community groups, a care provider with its
// customers' forum and staff, residents, service users and carers.
std::vector<DemoOrganisation> const& demo_organisations()
{
    static std::vector<DemoOrganisation> const organisations {
        { "council", "Riverside Borough Council: Adult Social Care", "local_authority", { "older-people", "adult-social-care", "loneliness", "carers" },
            { "borough-residents" }, "Commissions and runs adult social care for the borough." },
        { "trust", "Riverside Community Health NHS Trust", "health", { "older-people", "mental-health", "community-health" },
            { "borough-residents" }, "District nursing, therapies and community mental health services." },
        { "umbrella", "Riverside Voluntary Action", "vcs", { "co-production", "older-people", "community-development" },
            { "voluntary-groups" }, "The umbrella body for voluntary and community groups in the borough." },
        { "older", "Silver Threads Older People's Club", "vcs", { "older-people", "loneliness", "social-activities" },
            { "older-people" }, "A volunteer-run lunch club and phone friendship line. Two part-time staff." },
        { "refugee", "Horn of Africa Families Association", "vcs", { "refugees", "older-people", "advice", "interpreting" },
            { "somali", "eritrean", "ethiopian" }, "Advice, interpreting and social groups for families from the Horn of Africa." },
        { "disabled", "Riverside Disabled People's Forum", "vcs", { "disability", "accessibility", "independent-living" },
            { "disabled-people" }, "A user-led organisation run by and for disabled people." },
        { "carers", "Riverside Carers Network", "vcs", { "carers", "older-people", "mental-health" },
            { "unpaid-carers" }, "Support and breaks for unpaid carers." },
        { "polish", "Polish Community Centre Riverside", "vcs", { "older-people", "loneliness", "culture" },
            { "polish" }, "Saturday school, lunch club and advice in Polish." },
        { "provider", "Meadowbank Care", "provider", { "older-people", "home-care", "day-services", "loneliness" },
            { "older-people", "disabled-people" }, "A social-care provider: home care and day services. Runs a customer forum." },
    };
    return organisations;
}

std::vector<DemoPerson> const& demo_people()
{
    static std::vector<DemoPerson> const people {
        { "Priya Raman", "priya.raman@riverside-council.example", "member", { "local_authority" }, { "council" }, { "older-people", "adult-social-care" },
            "en", {}, "commissioning manager, the council" },
        { "Dr Owen Hughes", "owen.hughes@riverside-nhs.example", "member", { "health" }, { "trust" }, { "older-people", "mental-health" },
            "en", {}, "clinical lead, the NHS trust" },
        { "Abdi Warsame", "abdi.warsame@hafa.example", "member", { "vcs" }, { "refugee" }, { "refugees", "older-people" },
            "so", { "spoken-language-interpreter" }, "co-ordinator, Horn of Africa Families Association" },
        { "Beth Morgan", "beth.morgan@silverthreads.example", "member", { "vcs" }, { "older" }, { "older-people", "loneliness" },
            "en", {}, "volunteer organiser, Silver Threads" },
        { "Sam Okoro", "sam.okoro@rdpf.example", "member", { "vcs" }, { "disabled" }, { "disability", "accessibility" },
            "en", { "bsl-interpreter" }, "chair, Disabled People's Forum (Deaf, BSL user)" },
        { "Helen Clarke", "helen.clarke@meadowbank.example", "member", { "provider" }, { "provider" }, { "older-people", "home-care" },
            "en", {}, "service manager, Meadowbank Care" },
        { "Kofi Mensah", "kofi.mensah@meadowbank.example", "member", { "staff" }, { "provider" }, { "home-care" },
            "en", {}, "care worker, Meadowbank Care" },
        { "Joan Price", "joan.price@residents.example", "member", { "service_users_carers", "residents" }, {}, { "older-people", "loneliness" },
            "en", { "large-print", "hearing-loop", "step-free-access" }, "82, uses home care, customer forum member" },
        { "Marek Nowak", "marek.nowak@residents.example", "member", { "service_users_carers" }, {}, { "carers", "older-people" },
            "pl", { "spoken-language-interpreter" }, "carer for his mother" },
        { "Layla Haddad", "layla.haddad@residents.example", "member", { "residents" }, {}, { "loneliness", "older-people" },
            "ar", { "childcare" }, "resident, mother of two" },
        { "Rose Adeyemi", "", "member", { "service_users_carers" }, {}, { "day-services" },
            "en", { "easy-read", "companion" }, "day-service customer with a learning disability (no account; a convener records for her)" },
    };
    return people;
}

std::optional<Error> failed(auto const& result)
{
    if (result)
        return std::nullopt;
    return result.error();
}

}

Result<DemoResult> seed_demo(db::Database& database, std::string const& password)
{
    partnership::NewPartnership const request {
        .name = "Riverside Co-production Partnership",
        .admin_name = "Grace Mensah",
        .admin_email = "grace.mensah@riverside-vcs.example",
        .admin_password = password,
        .colour = "#0b6e4f",
    };
    auto created = partnership::create_partnership(database, request);
    if (!created)
        return std::unexpected(created.error());
    Actor const convener { created->convener.id, created->partnership.id, Role::Convener, "", "" };

    DemoResult result { created->partnership.name, {} };
    result.accounts.push_back({ request.admin_email, request.admin_name, "convener, co-production lead at Riverside Voluntary Action" });

    std::map<std::string_view, std::string> organisation_ids;
    for (auto const& organisation : demo_organisations()) {
        partnership::OrganisationForm form;
        form.name = std::string { organisation.name };
        form.sector = std::string { organisation.sector };
        form.interests = organisation.interests;
        form.communities = organisation.communities;
        form.description = std::string { organisation.description };
        form.website = "";
        auto made = partnership::create_organisation(database, convener, form);
        if (auto error = failed(made))
            return std::unexpected(*error);
        organisation_ids[organisation.key] = made->id;
    }

    // The convener acts for the umbrella body.
    partnership::PersonForm convener_form;
    convener_form.groups = std::vector<std::string> { "vcs" };
    convener_form.organisation_ids = std::vector<std::string> { organisation_ids["umbrella"] };
    convener_form.interests = std::vector<std::string> { "co-production", "older-people" };
    if (auto error = failed(partnership::update_person(database, convener, convener.person_id, convener_form)))
        return std::unexpected(*error);

    auto const password_hash = accounts::hash_for_storage(password);
    for (auto const& person : demo_people()) {
        partnership::PersonForm form;
        form.name = std::string { person.name };
        if (!person.email.empty())
            form.email = std::string { person.email };
        form.role = std::string { person.role };
        form.groups = person.groups;
        std::vector<std::string> organisations;
        for (auto const key : person.organisations)
            organisations.push_back(organisation_ids[key]);
        form.organisation_ids = organisations;
        form.interests = person.interests;
        form.preferred_language = std::string { person.language };
        form.access_needs = person.access_needs;
        auto made = partnership::create_person(database, convener, form);
        if (auto error = failed(made))
            return std::unexpected(*error);
        if (person.email.empty())
            continue;
        // Demo accounts sign in straight away instead of through their invitation.
        auto stored = database.write([&](soci::session& sql) -> Status {
            accounts::store_password_hash(sql, convener.partnership_id, made->person.id, password_hash);
            return {};
        });
        if (auto error = failed(stored))
            return std::unexpected(*error);
        result.accounts.push_back({ std::string { person.email }, std::string { person.name }, std::string { person.description } });
    }
    return result;
}

}
