// Meadowbank's Focused Friends run "Hug in a mug" (the second seed): three
// customers lead it, two staff support it; mugs of treats with a note go to
// people who may be lonely. Tasks, volunteers (two of them offline helpers),
// a £150 budget with a claim for the mugs, 40 people reached and a story.

#include <boost/json.hpp>

#include "app/demo_parts.hpp"
#include "modules/engagement/commands.hpp"
#include "modules/engagement/forms.hpp"
#include "modules/initiatives/commands.hpp"
#include "modules/initiatives/forms.hpp"
#include "modules/resources/commands.hpp"
#include "modules/resources/forms.hpp"

namespace rt::app {

extern unsigned char const k_demo_photo[];
extern std::size_t const k_demo_photo_size;

namespace {

template<typename Form>
Result<Form> read_form(boost::json::value const& body)
{
    return Form::read(body.as_object());
}

template<typename Form>
Result<Form> read_form(boost::json::value const& body, typename Form::Purpose purpose)
{
    return Form::read(body.as_object(), purpose);
}

}

Status seed_demo_hug_in_a_mug(db::Database& database, Actor const& convener, std::map<std::string_view, std::string>& people,
    std::string const& project_id, std::filesystem::path const& files_dir)
{
    auto as = [&](std::string_view person) { return Actor { people[person], convener.partnership_id, Role::Member, "", "" }; };
    auto const joan = as("Joan Price");
    auto fail = [](Error error) -> Status { return std::unexpected(std::move(error)); };

    auto proposal = read_form<initiatives::InitiativeForm>(boost::json::value {
        { "title", "Hug in a mug" },
        { "purpose", "We fill mugs with tea, biscuits and a kind note, and take them to people who may be lonely. "
                     "A knock on the door and a chat can make someone's week." },
        { "for_whom", "Meadowbank customers and neighbours who live alone" },
        { "leads",
            { { { "person_id", people["Joan Price"] }, { "group", "service_users_carers" } },
                { { "person_id", people["Rose Adeyemi"] }, { "group", "service_users_carers" } },
                { { "person_id", people["Marek Nowak"] }, { "group", "service_users_carers" } } } },
        { "supporters",
            { { { "person_id", people["Kofi Mensah"] }, { "group", "staff" } }, { { "person_id", people["Helen Clarke"] }, { "group", "provider" } } } },
        { "project_id", project_id },
    });
    if (!proposal)
        return fail(proposal.error());
    auto made = days_ago(30, [&] { return initiatives::propose(database, joan, *proposal); });
    if (!made)
        return fail(made.error());
    auto const id = made->id;
    if (auto approved = days_ago(29, [&] { return initiatives::approve(database, convener, id); }); !approved)
        return approved;
    initiatives::BudgetForm budget;
    budget.budget_pence = 15000;
    if (auto set = days_ago(29, [&] { return initiatives::set_budget(database, convener, id, budget); }); !set)
        return set;

    // The roles, and who volunteers: six with accounts (Joan leads and fills mugs too) and two offline.
    initiatives::RoleForm making { "Making mugs", "Filling mugs with tea, biscuits and a note, at the day centre on Mondays." };
    initiatives::RoleForm delivering { "Delivering on Tuesdays", "Taking the mugs round and stopping for a chat." };
    auto making_role = days_ago(28, [&] { return initiatives::add_role(database, joan, id, making); });
    auto delivering_role = days_ago(28, [&] { return initiatives::add_role(database, joan, id, delivering); });
    if (!making_role)
        return fail(making_role.error());
    if (!delivering_role)
        return fail(delivering_role.error());
    for (auto const& [person, role] : { std::pair<std::string_view, std::string const*> { "Layla Haddad", &making_role->id },
             { "Beth Morgan", &making_role->id }, { "Joan Price", &making_role->id }, { "Sam Okoro", &delivering_role->id },
             { "Abdi Warsame", &delivering_role->id }, { "Kofi Mensah", &delivering_role->id } }) {
        initiatives::VolunteerForm form;
        if (auto joined = days_ago(27, [&] { return initiatives::volunteer(database, as(person), *role, form); }); !joined)
            return joined;
    }
    initiatives::HelperForm neighbours { "The Ellis sisters at Orchard Road", 2, delivering_role->id };
    auto helpers = days_ago(20, [&] { return initiatives::add_helper(database, joan, id, neighbours); });
    if (!helpers)
        return fail(helpers.error());

    // The plan: some of it done.
    struct Step {
        std::string_view title;
        std::string_view milestone;
        std::string_view owner;
        std::string_view status;
        int due_in_days;
    };
    for (auto const& step : { Step { "Buy 50 mugs and the biscuits", "Get ready", "Kofi Mensah", "done", -21 },
             Step { "Write the notes to go in the mugs", "Get ready", "Joan Price", "done", -18 },
             Step { "Fill the first 40 mugs", "First round", "Rose Adeyemi", "done", -9 },
             Step { "Take mugs to the Orchard Road flats", "First round", "Marek Nowak", "doing", 3 },
             Step { "Ask the library if we can use its hall", "Second round", "Joan Price", "to_do", 14 } }) {
        auto form = read_form<initiatives::TaskForm>(
            boost::json::value { { "title", step.title }, { "milestone", step.milestone }, { "owner_id", people[step.owner] },
                { "due_on", format_time(now() + std::chrono::days { step.due_in_days }).substr(0, 10) } },
            initiatives::TaskForm::Purpose::Create);
        if (!form)
            return fail(form.error());
        auto task = days_ago(26, [&] { return initiatives::add_task(database, joan, id, *form); });
        if (!task)
            return fail(task.error());
        if (step.status != "to_do") {
            auto moved = read_form<initiatives::TaskForm>(boost::json::value { { "status", step.status } }, initiatives::TaskForm::Purpose::Change);
            if (!moved)
                return fail(moved.error());
            if (auto done = days_ago(8, [&] { return initiatives::change_task(database, as(step.owner), task->id, *moved); }); !done)
                return fail(done.error());
        }
    }

    // Time given, a fortnight ago and last week.
    auto log = [&](Actor const& by, std::optional<std::string> person, std::optional<std::string> helper, std::string const& role, long long minutes,
                   int days) -> Status {
        initiatives::HoursForm form;
        form.person_id = std::move(person);
        form.helper_id = std::move(helper);
        form.role_id = role;
        form.minutes = minutes;
        form.on = format_time(now() - std::chrono::days { days }).substr(0, 10);
        auto logged = days_ago(days - 0.5, [&] { return initiatives::log_hours(database, by, id, form); });
        if (!logged)
            return std::unexpected(logged.error());
        return {};
    };
    for (auto const& [person, minutes] : { std::pair<std::string_view, long long> { "Layla Haddad", 120 }, { "Beth Morgan", 90 }, { "Joan Price", 120 } })
        if (auto logged = log(as(person), std::nullopt, std::nullopt, making_role->id, minutes, 10); !logged)
            return logged;
    for (auto const& [person, minutes] : { std::pair<std::string_view, long long> { "Sam Okoro", 150 }, { "Abdi Warsame", 150 }, { "Kofi Mensah", 60 } })
        if (auto logged = log(as(person), std::nullopt, std::nullopt, delivering_role->id, minutes, 9); !logged)
            return logged;
    if (auto logged = log(joan, std::nullopt, helpers->id, delivering_role->id, 180, 9); !logged)
        return logged;

    // The day the mugs were filled is an activity of the project; Joan claims for the mugs she bought, with the receipt.
    auto filling = read_form<engagement::ActivityForm>(boost::json::value {
        { "kind", "workshop" },
        { "title", "Hug in a mug: filling the mugs" },
        { "purpose", "We fill the mugs together and write the notes. Tea and cake for the helpers." },
        { "starts_at", format_time(now() - std::chrono::days { 10 }) },
        { "ends_at", format_time(now() - std::chrono::days { 10 } + std::chrono::hours { 2 }) },
        { "venue", { { "address", "Meadowbank Day Centre, 3 Orchard Road" }, { "features", { "step-free" } } } },
        { "languages", { "en" } },
    });
    if (!filling)
        return fail(filling.error());
    auto activity = days_ago(14, [&] { return engagement::create_activity(database, convener, project_id, *filling); });
    if (!activity)
        return fail(activity.error());
    initiatives::ActivityLinkForm link { activity->id };
    if (auto linked = days_ago(14, [&] { return initiatives::link_activity(database, joan, id, link); }); !linked)
        return linked;
    engagement::AttendanceForm attended;
    attended.person_id = people["Joan Price"];
    if (auto done = days_ago(9.9, [&] { return engagement::record_attendance(database, convener, activity->id, attended); }); !done)
        return done;
    std::string const receipt_bytes { reinterpret_cast<char const*>(k_demo_photo), k_demo_photo_size };
    auto receipt = days_ago(9.5, [&] { return resources::store_receipt(database, files_dir, joan, receipt_bytes, "image/jpeg", "mugs-receipt.jpg"); });
    if (!receipt)
        return fail(receipt.error());
    resources::ClaimForm claim;
    claim.activity_id = activity->id;
    claim.include_time = false;
    claim.payment_method = "voucher";
    claim.expenses.push_back({ "equipment", 2850, std::nullopt, receipt->id, "50 mugs from the market" });
    if (auto claimed = days_ago(9.5, [&] { return resources::create_claim(database, joan, claim); }); !claimed)
        return fail(claimed.error());

    // What happened.
    initiatives::OutcomeForm reached { "People reached", 4000, "Mugs taken to 40 people before Christmas; 12 asked us to come again." };
    if (auto recorded = days_ago(7, [&] { return initiatives::record_outcome(database, joan, id, reached); }); !recorded)
        return fail(recorded.error());
    std::string const photo_bytes { reinterpret_cast<char const*>(k_demo_photo), k_demo_photo_size };
    auto photo = days_ago(6, [&] { return initiatives::upload_photo(database, files_dir, joan, id, photo_bytes); });
    if (!photo)
        return fail(photo.error());
    initiatives::StoryForm story { "Rose took a mug to Mrs Ellis at Orchard Road. Mrs Ellis said it was the first knock on her door all week. "
                                   "Now her sister helps us deliver.",
        photo->id, "A blue square with a yellow circle in the middle, like a mug of tea seen from above." };
    if (auto added = days_ago(6, [&] { return initiatives::add_story(database, joan, id, story); }); !added)
        return fail(added.error());
    return {};
}

}
