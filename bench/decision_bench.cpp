// Closing a proposal with many votes: 100,000 ranked-choice ballots over 10
// options from 7 stakeholder groups (sizes from 2,000 to 30,000, so equal
// group weighting matters), on SQLite. Times close_proposal() itself: reading
// every vote, counting (instant runoff, equal groups), writing the decision
// record, links, timeline and audit in one transaction. Seeding is not timed.
// Usage: rt_decision_bench [votes] [rounds]; prints one JSON line.

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <random>
#include <vector>

#include "core/crypto.hpp"
#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "db/database.hpp"
#include "db/query.hpp"
#include "modules/decisions/commands.hpp"
#include "modules/decisions/store.hpp"

int main(int argc, char** argv)
{
    long const votes = argc > 1 ? std::stol(argv[1]) : 100000;
    int const rounds = argc > 2 ? std::stoi(argv[2]) : 3;
    rt::initialise_crypto();
    auto const path = std::filesystem::temp_directory_path() / ("rt-decision-bench-" + rt::new_id() + ".db");
    auto url = rt::db::parse_database_url("sqlite:" + path.string());
    rt::db::Database database { *url };
    rt::db::migrate(database);

    std::vector<std::string> const groups { "local_authority", "health", "vcs", "provider", "service_users_carers", "residents", "staff" };
    // Group sizes out of every 100 voters: deliberately uneven.
    std::vector<int> const shares { 30, 20, 2, 10, 13, 20, 5 };
    std::vector<std::string> const options { "A", "B", "C", "D", "E", "F", "G", "H", "I", "J" };
    auto const partnership = rt::new_id(), project = rt::new_id(), convener = rt::new_id();
    auto const now = rt::now_text();

    database.write([&](soci::session& sql) -> rt::Status {
        sql << "INSERT INTO partnerships (id, name, colour, created_at, updated_at) VALUES (:id, 'Bench', '#1d70b8', :a, :b)", soci::use(partnership),
            soci::use(now), soci::use(now);
        auto const groups_json = rt::to_json_text(groups);
        sql << "INSERT INTO people (id, partnership_id, name, role, stakeholder_groups, interests, preferred_language, access_needs, created_at, "
               "updated_at) VALUES (:id, :p, 'Convener', 'convener', '[\"local_authority\"]', '[]', 'en', '[]', :a, :b)",
            soci::use(convener), soci::use(partnership), soci::use(now), soci::use(now);
        sql << "INSERT INTO projects (id, partnership_id, title, summary, need, population, interests, communities, stage, required_groups, "
               "decision_rule, chair_rotation, created_by, created_at, updated_at) VALUES (:id, :p, 'Bench project', 's', '', '', '[]', '[]', "
               "'design', :groups, 'ranked_choice', 'each_meeting', :by, :a, :b)",
            soci::use(project), soci::use(partnership), soci::use(groups_json), soci::use(convener), soci::use(now), soci::use(now);
        return {};
    });

    // Voters and their rankings: each ranks a random 3 to 10 options.
    std::mt19937 random { 2026 };
    std::vector<std::pair<std::string, std::string>> voters; // id, group
    std::vector<std::string> rankings;
    database.write([&](soci::session&) -> rt::Status {
        for (long i = 0; i < votes; ++i) {
            int slot = static_cast<int>(i % 100), group = 0;
            while (slot >= shares[static_cast<std::size_t>(group)])
                slot -= shares[static_cast<std::size_t>(group++)];
            auto const id = rt::new_id();
            rt::db::Query person { database, "INSERT INTO people (id, partnership_id, name, role, stakeholder_groups, interests, preferred_language, "
                                             "access_needs, created_at, updated_at) VALUES (:id, :p, 'Voter', 'member', '[]', '[]', 'en', '[]', :a, :b)" };
            person.bind(id).bind(partnership).bind(now).bind(now).run();
            std::vector<int> order { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
            std::shuffle(order.begin(), order.end(), random);
            order.resize(3 + random() % 8);
            voters.emplace_back(id, groups[static_cast<std::size_t>(group)]);
            rankings.push_back(rt::decisions::store::join_numbers(order));
        }
        return {};
    });

    std::vector<double> seconds;
    bool passed = false;
    std::string result;
    for (int round = 0; round < rounds; ++round) {
        rt::decisions::Proposal proposal;
        proposal.id = rt::new_id();
        proposal.partnership_id = partnership;
        proposal.project_id = project;
        proposal.title = "Which service first?";
        proposal.text = "Rank the ten options.";
        proposal.method = "ranked_choice";
        proposal.options = options;
        proposal.closes_at = "2099-01-01T00:00:00Z";
        proposal.required_groups = groups;
        proposal.proposer_person_id = convener;
        proposal.proposer_group = "local_authority";
        proposal.created_at = proposal.updated_at = now;
        database.write([&](soci::session& sql) -> rt::Status {
            rt::decisions::store::insert_proposal(sql, proposal);
            for (std::size_t i = 0; i < voters.size(); ++i) {
                rt::db::Query vote { database, "INSERT INTO proposal_votes (proposal_id, person_id, partnership_id, stakeholder_group, position, "
                                               "ranking, scores, dots, reason, comment, version, updated_at) "
                                               "VALUES (:proposal, :person, :p, :grp, '', :ranking, '', '', '', '', 1, :at)" };
                vote.bind(proposal.id).bind(voters[i].first).bind(partnership).bind(voters[i].second).bind(rankings[i]).bind(now).run();
            }
            return {};
        });
        rt::Actor const actor { convener, partnership, rt::Role::Convener, "", "" };
        rt::decisions::CloseForm form;
        form.rationale = "Counted.";
        auto const started = std::chrono::steady_clock::now();
        auto const closed = rt::decisions::close_proposal(database, actor, proposal.id, form);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
        if (!closed) {
            std::cerr << "close failed: " << closed.error().detail << "\n";
            return 1;
        }
        auto const record = database.read([&](soci::session& sql) { return rt::decisions::store::find_decision(sql, partnership, *closed); });
        passed = record->passed;
        result = record->record.substr(record->record.find("\"result\":"), 13);
    }
    std::ranges::sort(seconds);
    if (!std::getenv("KEEP_DB")) std::filesystem::remove(path); else std::cerr << path << " " << partnership << "\n";
    std::cout << "{\"votes\":" << votes << ",\"options\":" << options.size() << ",\"groups\":" << groups.size() << ",\"rounds\":" << rounds
              << ",\"median_ms\":" << seconds[seconds.size() / 2] * 1000 << ",\"min_ms\":" << seconds.front() * 1000
              << ",\"max_ms\":" << seconds.back() * 1000 << ",\"passed\":" << (passed ? "true" : "false") << "}\n";
}
