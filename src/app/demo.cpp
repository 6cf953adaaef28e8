#include "app/demo.hpp"
#include "app/demo_parts.hpp"

#include <map>

#include "modules/accounts/commands.hpp"
#include "core/time.hpp"
#include "modules/finance/commands.hpp"
#include "modules/partnership/commands.hpp"
#include "modules/engagement/commands.hpp"
#include "modules/contributions/commands.hpp"
#include "modules/projects/commands.hpp"
#include "modules/projects/queries.hpp"
#include "modules/resources/commands.hpp"

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
        { "Tom Reid", "tom.reid@riverside-vcs.example", "convener", { "vcs" }, { "umbrella" }, { "co-production" },
            "en", {}, "treasurer, Riverside Voluntary Action: convener with the finance role (approves and pays claims)" },
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

Actor actor_for(Actor const& convener, std::string const& person_id)
{
    return { person_id, convener.partnership_id, Role::Member, "", "" };
}

// The invitation of the project to the given organisation or person.
std::string invitation_to(db::Database& database, Actor const& convener, std::string const& project_id, std::string const& invitee_id)
{
    auto invitations = projects::list_invitations(database, convener, project_id);
    if (!invitations)
        return {};
    for (auto const& invitation : invitations->items) {
        if (invitation.organisation_id == invitee_id || invitation.person_id == invitee_id)
            return invitation.id;
    }
    return {};
}

engagement::ActivityForm demo_activity(std::string kind, std::string title, std::string purpose, TimePoint starts, int hours,
    std::optional<std::string> address, std::vector<std::string> features, std::vector<std::string> languages, std::optional<long long> capacity)
{
    engagement::ActivityForm form;
    auto& activity = form.activity;
    activity.kind = std::move(kind);
    activity.title = std::move(title);
    activity.purpose = std::move(purpose);
    activity.starts_at = format_time(starts);
    activity.ends_at = format_time(starts + std::chrono::hours { hours });
    activity.venue_address = std::move(address);
    activity.venue_features = std::move(features);
    if (!activity.venue_address)
        activity.online_url = "https://meet.riverside-vcs.example/forum";
    activity.languages = std::move(languages);
    activity.capacity = capacity;
    return form;
}

// The seed texts' ways of taking part: a tea-and-talk session with its
// interpreters arranged, a design workshop with one need still open, and the
// customer forum that meets every month.
Status seed_demo_activities(db::Database& database, Actor const& convener, std::string const& project_id,
    std::map<std::string_view, std::string>& people)
{
    auto const today = std::chrono::floor<std::chrono::days>(now());
    auto at = [&](int days, int hour) { return TimePoint { today + std::chrono::days { days } + std::chrono::hours { hour } }; };
    auto sign_up = [&](std::string const& activity_id, std::string_view person) -> Status {
        engagement::SignupForm form;
        form.person_id = people[person];
        auto result = engagement::sign_up(database, convener, activity_id, form);
        if (!result)
            return std::unexpected(result.error());
        return {};
    };
    auto arrange = [&](std::string const& activity_id, std::string need) -> Status {
        return engagement::set_arranged(database, convener, activity_id, { std::move(need), true });
    };

    // The tea-and-talk took place three weeks ago (the project moved to design
    // on what it heard), so its attendance and claims can be recorded today.
    auto tea = days_ago(28, [&] {
        return engagement::create_activity(database, convener, project_id,
            demo_activity("tea_and_talk", "Tea and talk: what makes a good day?",
                "Come for tea and cake and tell us what you would like to do with your days. Everyone is welcome, and carers too.",
                at(-22, 13), 2, "Polish Community Centre Riverside, 12 Mill Lane", { "step-free", "hearing-loop", "accessible-toilet" }, { "en", "pl" }, 30));
    });
    if (!tea)
        return std::unexpected(tea.error());
    for (auto const person : { "Joan Price", "Marek Nowak", "Sam Okoro", "Beth Morgan" }) {
        if (auto result = days_ago(26, [&] { return sign_up(tea->id, person); }); !result)
            return result;
    }
    for (auto const* need : { "interpreter:pl", "bsl-interpreter", "large-print" }) {
        if (auto result = days_ago(24, [&] { return arrange(tea->id, need); }); !result)
            return result;
    }

    auto workshop = engagement::create_activity(database, convener, project_id,
        demo_activity("workshop", "Design workshop: a week of day opportunities",
            "We will sketch a week of activities together, using what people said at the tea-and-talk sessions.",
            at(2, 10), 3, "Riverside Town Hall, Committee Room 2", { "step-free", "accessible-toilet" }, { "en" }, 20));
    if (!workshop)
        return std::unexpected(workshop.error());
    for (auto const person : { "Joan Price", "Helen Clarke", "Layla Haddad" }) {
        if (auto result = sign_up(workshop->id, person); !result)
            return result;
    }
    // Large print and childcare are arranged; the room has no hearing loop and
    // none is booked yet: two days away, so the plan is flagged.
    for (auto const* need : { "large-print", "childcare" }) {
        if (auto result = arrange(workshop->id, need); !result)
            return result;
    }

    // The forum's first meeting was a fortnight ago; five more follow, a month apart.
    auto forum_form = demo_activity("forum", "Customer forum", "The monthly forum for Meadowbank Care's customers and their families.",
        at(-16, 14), 1, "Meadowbank Day Centre, 3 Orchard Road", { "step-free", "hearing-loop", "quiet-room", "parking" }, { "en" }, std::nullopt);
    forum_form.repeat = engagement::Repeat { "month", 6 };
    if (auto forum = days_ago(30, [&] { return engagement::create_activity(database, convener, project_id, forum_form); }); !forum)
        return std::unexpected(forum.error());
    return {};
}

// Two projects with histories that show the difference early invitation makes:
// one invited everyone on day one; in the other the community sector heard of
// it three weeks in, after the statutory partners had moved it on.
// The late project paid a carer slowly: Marek gave his time at a listening
// session a month ago, claimed the next day, and was paid 25 days after
// claiming (the partnership's threshold is 14), so its barometer says so.
Status seed_demo_slow_payment(db::Database& database, Actor const& convener, std::string const& project_id,
    std::map<std::string_view, std::string>& people)
{
    auto const today = std::chrono::floor<std::chrono::days>(now());
    // Thirty days ago, 14:00 to 16:00 UTC; attendance is recorded as it ends,
    // whatever the time of day the demo is made at.
    TimePoint const starts { today - std::chrono::days { 30 } + std::chrono::hours { 14 } };
    double const days_since_it_ended = std::chrono::duration<double, std::ratio<86400>> { now() - (starts + std::chrono::hours { 2 }) }.count();
    auto listening = days_ago(34, [&] {
        return engagement::create_activity(database, convener, project_id,
            demo_activity("focus_group", "Listening session: coming home from hospital",
                "Tell us what happened when you or the person you care for came home from hospital, and what would have helped.",
                starts, 2, "Riverside Carers' Centre, 4 Station Road",
                { "step-free", "accessible-toilet" }, { "en" }, 15));
    });
    if (!listening)
        return std::unexpected(listening.error());
    auto const marek = people["Marek Nowak"];
    engagement::AttendanceForm attended;
    attended.person_id = marek;
    if (auto done = days_ago(days_since_it_ended, [&] { return engagement::record_attendance(database, convener, listening->id, attended); }); !done)
        return done;
    Actor const carer { marek, convener.partnership_id, Role::Member, "", "" };
    resources::ClaimForm claim_form;
    claim_form.activity_id = listening->id;
    claim_form.payment_method = "voucher";
    auto claim = days_ago(29, [&] { return resources::create_claim(database, carer, claim_form); });
    if (!claim)
        return std::unexpected(claim.error());
    // Tom Reid, who holds the finance role, approved it late and paid it later still.
    Actor const treasurer { people["Tom Reid"], convener.partnership_id, Role::Convener, "", "" };
    resources::DecisionForm approve { .decision = resources::Decision::Approve };
    if (auto approved = days_ago(12, [&] { return resources::decide_claim(database, treasurer, claim->id, approve); }); !approved)
        return std::unexpected(approved.error());
    resources::DecisionForm paid { .decision = resources::Decision::Paid, .paid_on = format_time(today - std::chrono::days { 4 }).substr(0, 10),
        .reference = "VOUCHER-0417" };
    if (auto done = days_ago(4, [&] { return resources::decide_claim(database, treasurer, claim->id, paid); }); !done)
        return std::unexpected(done.error());
    return {};
}

Status seed_demo_projects(db::Database& database, Actor const& convener, std::map<std::string_view, std::string>& people,
    std::map<std::string_view, std::string>& organisations, std::filesystem::path const& files_dir)
{
    auto check = [](auto const& result) -> Status {
        if (!result)
            return std::unexpected(result.error());
        return {};
    };

    projects::ProjectForm day_opportunities;
    day_opportunities.title = "Redesigning day opportunities for older people";
    day_opportunities.summary = "Day centres are half empty and people say they are lonely at home. "
                                "We will find out together what older people want from their days, then design it with them.";
    day_opportunities.need = "Fewer people use the two day centres each year, but more older people tell us they feel lonely.";
    day_opportunities.population = "People over 65 in the borough, their carers and families";
    day_opportunities.interests = { "older-people", "loneliness", "day-services" };
    day_opportunities.required_groups = { partnership::k_groups.begin(), partnership::k_groups.end() };
    day_opportunities.co_leads = { { convener.person_id, "vcs", {} }, { people["Priya Raman"], "local_authority", {} } };
    auto first = days_ago(30, [&] { return projects::create_project(database, convener, day_opportunities); });
    if (!first)
        return std::unexpected(first.error());
    auto const first_id = first->id;
    if (auto sent = check(days_ago(29.9, [&] { return projects::send_invitations(database, convener, first_id); })); !sent)
        return sent;
    struct Answer {
        double days;
        std::string_view person;
        std::string invitee;
    };
    std::vector<Answer> const answers {
        { 29, "Beth Morgan", organisations["older"] },
        { 28, "Joan Price", people["Joan Price"] },
        { 27, "Helen Clarke", organisations["provider"] },
        { 26, "Dr Owen Hughes", organisations["trust"] },
        { 25, "Layla Haddad", people["Layla Haddad"] },
        { 25, "Marek Nowak", people["Marek Nowak"] },
    };
    for (auto const& answer : answers) {
        auto const invitation = invitation_to(database, convener, first_id, answer.invitee);
        auto accepted = days_ago(answer.days, [&] { return projects::accept_invitation(database, actor_for(convener, people[answer.person]), invitation); });
        if (auto result = check(accepted); !result)
            return result;
    }
    // Kofi came to a tea-and-talk session and joined there.
    projects::InviteeForm kofi;
    kofi.person_id = people["Kofi Mensah"];
    kofi.group = "staff";
    if (auto added = check(days_ago(24, [&] { return projects::add_member(database, convener, first_id, kofi); })); !added)
        return added;
    // Before the project moved on, every group had its say: one contribution
    // each while it was still finding needs (the barometer's early figures).
    struct Said {
        double days;
        std::string_view person;
        std::string_view group;
        std::string_view words;
    };
    std::vector<Said> const said {
        { 23.5, "Priya Raman", "local_authority", "The council can open the library halls on weekday mornings." },
        { 23.4, "Dr Owen Hughes", "health", "Our nurses see people who do not leave the house for weeks." },
        { 23.3, "Beth Morgan", "vcs", "Our members want to learn things, not just sit and watch." },
        { 23.2, "Helen Clarke", "provider", "Transport is the hardest part: many people cannot get to the centres." },
        { 23.1, "Marek Nowak", "service_users_carers", "As a carer I need a few hours a week when I know my mother is happy." },
        { 23.0, "Layla Haddad", "residents", "My street has many older neighbours who would come to something nearby." },
        { 22.9, "Kofi Mensah", "staff", "Small groups work better than big rooms for people with dementia." },
    };
    for (auto const& entry : said) {
        contributions::ContributionForm form;
        form.kind = "idea";
        form.text = std::string { entry.words };
        form.group = std::string { entry.group };
        form.person_id = people[entry.person];
        if (auto made = check(days_ago(entry.days, [&] { return contributions::create_contribution(database, convener, first_id, form); })); !made)
            return made;
    }
    projects::StageForm to_design { "design", "Every group is at the table and the tea-and-talk sessions gave us eleven needs to design for.", false };
    if (auto moved = check(days_ago(20, [&] { return projects::move_stage(database, convener, first_id, to_design); })); !moved)
        return moved;

    if (auto seeded = seed_demo_activities(database, convener, first_id, people); !seeded)
        return seeded;
    if (auto seeded = seed_demo_living_strategy(database, convener, people, files_dir); !seeded)
        return seeded;

    projects::ProjectForm discharge;
    discharge.title = "Support at home after a hospital stay";
    discharge.summary = "People leaving hospital wait too long for help at home. The council and the NHS trust want to change how support is arranged.";
    discharge.need = "Delays in arranging care when people leave hospital.";
    discharge.population = "Adults leaving Riverside hospitals who need support at home";
    discharge.interests = { "hospital-discharge" };
    discharge.required_groups = { "local_authority", "health", "vcs", "service_users_carers" };
    discharge.co_leads = { { people["Priya Raman"], "local_authority", {} }, { people["Dr Owen Hughes"], "health", {} } };
    auto late = days_ago(42, [&] { return projects::create_project(database, convener, discharge); });
    if (!late)
        return std::unexpected(late.error());
    auto const late_id = late->id;
    projects::StageForm pushed_on { "design", "The discharge pathway had to change before winter.", true };
    if (auto moved = check(days_ago(35, [&] { return projects::move_stage(database, convener, late_id, pushed_on); })); !moved)
        return moved;
    projects::InviteeForm carers;
    carers.organisation_id = organisations["carers"];
    if (auto added = check(days_ago(21, [&] { return projects::add_invitation(database, convener, late_id, carers); })); !added)
        return added;
    if (auto sent = check(days_ago(21, [&] { return projects::send_invitations(database, convener, late_id); })); !sent)
        return sent;
    return seed_demo_slow_payment(database, convener, late_id, people);
}

}

Result<DemoResult> seed_demo(db::Database& database, std::string const& password, std::filesystem::path const& files_dir)
{
    partnership::NewPartnership const request {
        .name = "Riverside Co-production Partnership",
        .admin_name = "Grace Mensah",
        .admin_email = "grace.mensah@riverside-vcs.example",
        .admin_password = password,
        .colour = "#0b6e4f",
    };
    // The partnership and its people were set up two months ago, so their
    // accounts are not new ones (which may not handle money for 7 days).
    std::optional<ClockOverride> set_up_time { std::in_place, now() - std::chrono::days { 60 } };
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
    std::map<std::string_view, std::string> person_ids;
    person_ids["Grace Mensah"] = convener.person_id;
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
        auto made = partnership::create_person(database, convener, form, std::nullopt);
        if (auto error = failed(made))
            return std::unexpected(*error);
        person_ids[person.name] = made->person.id;
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
    // Tom Reid holds the finance role from the start: given by whoever set the
    // partnership up. Later changes need a second convener to confirm.
    auto granted = database.write([&](soci::session& sql) -> Status {
        finance::grant_at_set_up(sql, convener.partnership_id, person_ids["Tom Reid"], convener.person_id);
        return {};
    });
    if (auto error = failed(granted))
        return std::unexpected(*error);
    set_up_time.reset();

    if (auto seeded = seed_demo_projects(database, convener, person_ids, organisation_ids, files_dir); !seeded)
        return std::unexpected(seeded.error());
    return result;
}

}
