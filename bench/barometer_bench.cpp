// The project barometer on a large project (issue 14): 100,000 contributions
// (each with its "took part" event on the timeline), 50,000 votes over 20
// decided proposals, 5,000 attendances over 50 activities (with sign-ups and
// their needs) and 2,000 claims, on SQLite or PostgreSQL. Times
// barometer::project_barometer(), the whole work of one
// GET /api/v1/projects/{id}/barometer but the HTTP and JSON around it.
// Seeding is not timed.
// Usage: rt_barometer_bench [database-url|sqlite] [rounds]; prints one JSON line.

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <random>
#include <vector>

#include "core/crypto.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "db/database.hpp"
#include "db/query.hpp"
#include "modules/barometer/queries.hpp"

namespace {

constexpr long k_contributions = 100000;
constexpr long k_people = 5000;
constexpr int k_proposals = 20;
constexpr int k_voters_per_proposal = 2500; // 50,000 votes
constexpr int k_activities = 50;
constexpr int k_attendees_per_activity = 100; // 5,000 attendances
constexpr int k_claims = 2000;

std::vector<std::string> const k_groups { "local_authority", "health", "vcs", "provider", "service_users_carers", "residents", "staff" };

}

int main(int argc, char** argv)
{
    std::string url_text = argc > 1 ? argv[1] : "sqlite";
    int const rounds = argc > 2 ? std::stoi(argv[2]) : 7;
    rt::initialise_crypto();
    std::filesystem::path path;
    if (url_text == "sqlite") {
        path = std::filesystem::temp_directory_path() / ("rt-barometer-bench-" + rt::new_id() + ".db");
        url_text = "sqlite:" + path.string();
    }
    auto url = rt::db::parse_database_url(url_text);
    if (!url) {
        std::cerr << "bad database url\n";
        return 2;
    }
    rt::db::Database database { *url };
    rt::db::migrate(database);

    auto const partnership = rt::new_id(), project = rt::new_id(), convener = rt::new_id();
    auto const now = rt::now_text();
    auto const created = rt::format_time(rt::now() - std::chrono::days { 60 });
    std::mt19937 random { 2026 };
    auto group_of = [&](long i) { return k_groups[static_cast<std::size_t>(i % 7)]; };

    auto const seeded = database.write([&](soci::session& sql) -> rt::Status {
        sql << "INSERT INTO partnerships (id, name, colour, created_at, updated_at) VALUES (:id, 'Bench', '#1d70b8', :a, :b)", soci::use(partnership),
            soci::use(now), soci::use(now);
        sql << "INSERT INTO people (id, partnership_id, name, role, stakeholder_groups, interests, preferred_language, access_needs, created_at, "
               "updated_at) VALUES (:id, :p, 'Convener', 'convener', '[\"vcs\"]', '[]', 'en', '[]', :a, :b)",
            soci::use(convener), soci::use(partnership), soci::use(now), soci::use(now);
        auto const groups_json = std::string { "[\"local_authority\",\"health\",\"vcs\",\"provider\",\"service_users_carers\",\"residents\",\"staff\"]" };
        sql << "INSERT INTO projects (id, partnership_id, title, summary, need, population, interests, communities, stage, required_groups, "
               "decision_rule, chair_rotation, created_by, created_at, updated_at) VALUES (:id, :p, 'Bench project', 'We meet.', '', '', '[]', '[]', "
               "'design', :groups, 'consent', 'each_meeting', :by, :a, :b)",
            soci::use(project), soci::use(partnership), soci::use(groups_json), soci::use(convener), soci::use(created), soci::use(now);
        return {};
    });
    if (!seeded)
        return 1;

    std::vector<std::string> people;
    database.write([&](soci::session&) -> rt::Status {
        for (long i = 0; i < k_people; ++i) {
            auto const id = rt::new_id();
            rt::db::Query insert { database, "INSERT INTO people (id, partnership_id, name, role, stakeholder_groups, interests, preferred_language, "
                                             "access_needs, created_at, updated_at) VALUES (:id, :p, 'Member', 'member', '[]', '[]', :l, '[]', :a, :b)" };
            insert.bind(id).bind(partnership).bind(i % 10 == 0 ? "pl" : "en").bind(now).bind(now).run();
            rt::db::Query member { database, "INSERT INTO project_members (id, partnership_id, project_id, person_id, stakeholder_group, via, "
                                             "joined_at) VALUES (:id, :p, :project, :person, :g, 'direct', :at)" };
            member.bind(rt::new_id()).bind(partnership).bind(project).bind(id).bind(group_of(i)).bind(now).run();
            people.push_back(id);
        }
        // The timeline: each group joined on one of the first days.
        for (std::size_t g = 0; g < k_groups.size(); ++g) {
            rt::db::Query event { database, "INSERT INTO project_events (id, partnership_id, project_id, stakeholder_group, kind, stage, subject_id, "
                                            "subject_name, at) VALUES (:id, :p, :project, :g, 'joined', 'discover', :s, 'Member', :at)" };
            event.bind(rt::new_id()).bind(partnership).bind(project).bind(k_groups[g]).bind(people[g]).bind(rt::format_time(rt::now() - std::chrono::days { 59 - static_cast<int>(g) })).run();
        }
        return {};
    });

    std::vector<std::string> contributions;
    database.write([&](soci::session&) -> rt::Status {
        for (long i = 0; i < k_contributions; ++i) {
            auto const id = rt::new_id();
            auto const status = i % 50 == 0 ? "adopted" : i % 7 == 0 ? "considered" : "received";
            rt::db::Query insert { database, "INSERT INTO contributions (id, partnership_id, project_id, kind, text, stakeholder_group, source, "
                                             "author_person_id, anonymous, tags, status, response, created_at, updated_at) "
                                             "VALUES (:id, :p, :project, 'idea', 'An idea.', :g, 'online', :author, 0, '[]', :status, '', :a, :b)" };
            insert.bind(id).bind(partnership).bind(project).bind(group_of(i * 3 / 5)).bind(people[static_cast<std::size_t>(i % k_people)]).bind(status).bind(now).bind(now).run();
            rt::db::Query event { database, "INSERT INTO project_events (id, partnership_id, project_id, stakeholder_group, kind, stage, subject_id, "
                                            "subject_name, at) VALUES (:id, :p, :project, :g, 'took_part', :stage, :s, 'A contribution', :at)" };
            event.bind(rt::new_id()).bind(partnership).bind(project).bind(group_of(i * 3 / 5)).bind(i < 20000 ? "discover" : "design").bind(id).bind(now).run();
            contributions.push_back(id);
        }
        return {};
    });

    database.write([&](soci::session&) -> rt::Status {
        for (int p = 0; p < k_proposals; ++p) {
            auto const proposal = rt::new_id(), decision = rt::new_id();
            rt::db::Query insert { database, "INSERT INTO proposals (id, partnership_id, project_id, title, text, method, weighting, options, "
                                             "threshold_percent, dots_per_voter, closes_at, status, version, required_groups, contribution_ids, need_ids, "
                                             "proposer_person_id, proposer_group, created_at, updated_at) VALUES (:id, :p, :project, 'Proposal', 'We agree.', "
                                             "'majority', :w, '[]', 50, 3, :closes, 'closed', 1, '[]', '[]', '[]', :by, :g, :a, :b)" };
            insert.bind(proposal).bind(partnership).bind(project).bind(p % 2 == 0 ? "equal_groups" : "per_person").bind(now).bind(people[static_cast<std::size_t>(p)]).bind(group_of(p)).bind(now).bind(now).run();
            for (int v = 0, cast = 0; cast < k_voters_per_proposal; ++v) {
                // Every fourth proposal hears nobody from the VCS (and is not agreed).
                auto const person = static_cast<std::size_t>((p * 211 + v) % k_people);
                if (p % 4 == 0 && group_of(static_cast<long>(person)) == "vcs")
                    continue;
                ++cast;
                rt::db::Query vote { database, "INSERT INTO proposal_votes (proposal_id, person_id, partnership_id, stakeholder_group, position, ranking, "
                                               "scores, dots, reason, comment, version, updated_at) VALUES (:proposal, :person, :p, :g, 'yes', '', '', '', '', '', 1, :at)" };
                vote.bind(proposal).bind(people[person]).bind(partnership).bind(group_of(static_cast<long>(person))).bind(now).run();
            }
            rt::db::Query decided { database, "INSERT INTO decisions (id, partnership_id, project_id, proposal_id, passed, record, rationale, closed_by, "
                                              "closed_group, created_at) VALUES (:id, :p, :project, :proposal, :passed, '{}', 'Counted.', :by, 'vcs', :at)" };
            decided.bind(decision).bind(partnership).bind(project).bind(proposal).bind(p % 4 == 0 ? 0LL : 1LL).bind(convener).bind(now).run();
            for (int link = 0; link < 25; ++link) {
                rt::db::Query traced { database, "INSERT INTO trace_links (id, partnership_id, project_id, from_type, from_id, title, to_type, to_id, "
                                                 "created_by, created_at) VALUES (:id, :p, :project, 'decision', :from, 'Decision', 'contribution', :to, :by, :at)" };
                traced.bind(rt::new_id()).bind(partnership).bind(project).bind(decision).bind(contributions[static_cast<std::size_t>(p * 1000 + link * 7)]).bind(convener).bind(now).run();
            }
        }
        return {};
    });

    database.write([&](soci::session&) -> rt::Status {
        long claims = 0;
        for (int a = 0; a < k_activities; ++a) {
            auto const activity = rt::new_id();
            auto const starts = rt::format_time(rt::now() - std::chrono::days { 50 - a });
            rt::db::Query insert { database, "INSERT INTO activities (id, partnership_id, project_id, kind, title, purpose, starts_at, ends_at, timezone, "
                                             "venue_address, venue_features, languages, status, sequence, created_by, created_at, updated_at, chair_group) "
                                             "VALUES (:id, :p, :project, 'forum', 'Forum', 'We talk.', :s, :e, 'Europe/London', 'Hall', '[\"step-free\"]', "
                                             "'[\"en\"]', 'scheduled', 0, :by, :a, :b, :chair)" };
            insert.bind(activity).bind(partnership).bind(project).bind(starts).bind(starts).bind(convener).bind(now).bind(now).bind(group_of(a)).run();
            rt::db::Query arranged { database, "INSERT INTO activity_arrangements (partnership_id, activity_id, need, arranged_by, arranged_at) "
                                               "VALUES (:p, :a, 'hearing-loop', :by, :at)" };
            arranged.bind(partnership).bind(activity).bind(convener).bind(now).run();
            for (int n = 0; n < k_attendees_per_activity; ++n) {
                auto const index = static_cast<std::size_t>((a * 97 + n) % k_people);
                auto const& person = people[index];
                auto const group = group_of(static_cast<long>(index));
                bool const employer = group == "local_authority" || group == "health" || group == "provider" || group == "staff";
                rt::db::Query signup { database, "INSERT INTO activity_signups (id, partnership_id, activity_id, person_id, stakeholder_group, status, "
                                                 "access_needs, language, walk_in, signed_up_by, created_at) VALUES (:id, :p, :a, :person, :g, 'place', :needs, :l, 0, :by, :at)" };
                signup.bind(rt::new_id()).bind(partnership).bind(activity).bind(person).bind(group)
                    .bind(n % 10 == 0 ? "[\"hearing-loop\",\"quiet-room\"]" : "[]").bind(index % 10 == 0 ? "pl" : "en").bind(person).bind(now).run();
                rt::db::Query attended { database, "INSERT INTO activity_attendance (partnership_id, activity_id, person_id, stakeholder_group, recorded_by, "
                                                   "recorded_at, paid_by_employer) VALUES (:p, :a, :person, :g, :by, :at, :employer)" };
                attended.bind(partnership).bind(activity).bind(person).bind(group).bind(convener).bind(now).bind(employer ? 1LL : 0LL).run();
                if (employer)
                    continue;
                if (n % 23 != 0) {
                    rt::db::Query offer { database, "INSERT INTO payment_offers (id, partnership_id, project_id, activity_id, person_id, status, created_at) "
                                                    "VALUES (:id, :p, :project, :a, :person, 'pending', :at)" };
                    offer.bind(rt::new_id()).bind(partnership).bind(project).bind(activity).bind(person).bind(now).run();
                }
                if (claims < k_claims && n % 23 != 0) {
                    ++claims;
                    auto const submitted = rt::format_time(rt::now() - std::chrono::days { 40 - a % 30 });
                    auto const paid_on = rt::format_time(rt::now() - std::chrono::days { 40 - a % 30 - 3 - static_cast<int>(random() % 20) }).substr(0, 10);
                    rt::db::Query claim { database, "INSERT INTO claims (id, partnership_id, project_id, activity_id, person_id, stakeholder_group, minutes, "
                                                    "time_pence, expenses, expenses_pence, total_pence, payment_method, status, submitted_by, submitted_at, "
                                                    "decided_by, decided_at, reason, paid_on, reference, over_budget) VALUES (:id, :p, :project, :a, :person, :g, "
                                                    "120, 4000, '[]', 400, 4400, 'voucher', 'paid', :by, :at, :dec, :dat, '', :paid, 'V', 0)" };
                    claim.bind(rt::new_id()).bind(partnership).bind(project).bind(activity).bind(person).bind(group).bind(person).bind(submitted)
                        .bind(convener).bind(now).bind(paid_on).run();
                }
            }
        }
        std::cerr << claims << " claims\n";
        return {};
    });

    // The worst case for reach: a baseline, and 2,000 participants who answered.
    database.write([&](soci::session& sql) -> rt::Status {
        sql << "INSERT INTO barometer_settings (partnership_id, settings, updated_by, updated_at) VALUES (:p, "
               "'{\"small_number\":5,\"thresholds\":{},\"baseline\":{\"age:75_plus\":0.09,\"carer:yes\":0.1},\"experience_wording\":{}}', :by, :at)",
            soci::use(partnership), soci::use(convener), soci::use(now);
        for (std::size_t i = 0; i < 2000; ++i) {
            rt::db::Query answers { database, "INSERT INTO person_demographics (person_id, partnership_id, answers, updated_at) VALUES (:person, :p, :a, :at)" };
            answers.bind(people[i]).bind(partnership).bind(i % 11 == 0 ? "{\"age\":\"75_plus\",\"carer\":\"yes\"}" : "{\"age\":\"45_64\",\"carer\":\"no\"}").bind(now).run();
        }
        return {};
    });

    // The rows above were written straight into the tables, not through the
    // modules, so the counts they keep as things happen are worked out once.
    database.write([](soci::session& sql) -> rt::Status {
        rt::db::recount_kept_counts(sql);
        return {};
    });

    rt::Actor const actor { convener, partnership, rt::Role::Convener, "", "" };
    std::vector<double> seconds, repeated;
    std::string sample;
    for (int round = 0; round < rounds; ++round) {
        // The first request after a change: nothing kept from before.
        rt::barometer::forget_computed_figures();
        auto const started = std::chrono::steady_clock::now();
        auto const barometer = rt::barometer::project_barometer(database, actor, project);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
        if (!barometer) {
            std::cerr << "barometer failed: " << barometer.error().detail << "\n";
            return 1;
        }
        for (auto const& barrier : barometer->barriers)
            for (auto const& figure : barrier.figures)
                if (figure.key == "voice_balance" || figure.key == "quorum_rate" || figure.key == "median_days_to_payment")
                    sample += "\"" + figure.key + "\":" + (figure.value ? std::to_string(*figure.value) : std::string { "null" }) + ",";
        if (round + 1 < rounds)
            sample.clear();
        // The same request again, nothing having changed: the kept figures.
        auto const again = std::chrono::steady_clock::now();
        auto const second = rt::barometer::project_barometer(database, actor, project);
        repeated.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - again).count());
        if (!second)
            return 1;
    }
    std::ranges::sort(seconds);
    std::ranges::sort(repeated);
    if (!path.empty() && !std::getenv("KEEP_DB"))
        std::filesystem::remove(path);
    else if (!path.empty())
        std::cerr << "kept " << path << "\n";
    std::cout << "{\"database\":\"" << (path.empty() ? "postgresql" : "sqlite") << "\"," << sample << "\"contributions\":" << k_contributions
              << ",\"votes\":" << k_proposals * k_voters_per_proposal << ",\"attendances\":" << k_activities * k_attendees_per_activity
              << ",\"claims\":" << k_claims << ",\"rounds\":" << rounds << ",\"median_ms\":" << seconds[seconds.size() / 2] * 1000
              << ",\"min_ms\":" << seconds.front() * 1000 << ",\"max_ms\":" << seconds.back() * 1000
              << ",\"unchanged_median_ms\":" << repeated[repeated.size() / 2] * 1000 << "}\n";
}
