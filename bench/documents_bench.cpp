// Living documents at size (issue 17): a 200-section strategy (20 objectives,
// each with 9 actions under it) with 5,000 links to contributions, one
// objective holding 500 of them directly. Times, after one linked contribution
// is reworded: documents::list_suspect (all suspect links and sections: GET
// /documents/{id}/suspect but the HTTP and JSON), and documents::get_thread
// for the objective with 500 sources (GET /sections/{id}/thread). Seeding is
// not timed. Usage: rt_documents_bench [database-url|sqlite] [rounds]; prints
// one JSON line.

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <vector>

#include "core/crypto.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "db/database.hpp"
#include "db/query.hpp"
#include "modules/documents/queries.hpp"

namespace {

constexpr int k_objectives = 20;
constexpr int k_actions_per_objective = 9; // 20 + 180 = 200 sections
constexpr int k_links = 5000;
constexpr int k_thread_sources = 500; // on the first objective

double median_ms(std::vector<double> values)
{
    std::ranges::sort(values);
    return values[values.size() / 2] * 1000;
}

}

int main(int argc, char** argv)
{
    std::string url_text = argc > 1 ? argv[1] : "sqlite";
    int const rounds = argc > 2 ? std::stoi(argv[2]) : 9;
    rt::initialise_crypto();
    std::filesystem::path path;
    if (url_text == "sqlite") {
        path = std::filesystem::temp_directory_path() / ("rt-documents-bench-" + rt::new_id() + ".db");
        url_text = "sqlite:" + path.string();
    }
    auto url = rt::db::parse_database_url(url_text);
    if (!url) {
        std::cerr << "bad database url\n";
        return 2;
    }
    rt::db::Database database { *url };
    rt::db::migrate(database);

    auto const partnership = rt::new_id(), project = rt::new_id(), convener = rt::new_id(), document = rt::new_id();
    auto const now = rt::now_text();
    std::vector<std::string> contributions, objectives, actions;
    auto const seeded = database.write([&](soci::session& sql) -> rt::Status {
        sql << "INSERT INTO partnerships (id, name, colour, created_at, updated_at) VALUES (:id, 'Bench', '#1d70b8', :a, :b)", soci::use(partnership),
            soci::use(now), soci::use(now);
        sql << "INSERT INTO people (id, partnership_id, name, role, stakeholder_groups, interests, preferred_language, access_needs, created_at, "
               "updated_at) VALUES (:id, :p, 'Convener', 'convener', '[\"vcs\"]', '[]', 'en', '[]', :a, :b)",
            soci::use(convener), soci::use(partnership), soci::use(now), soci::use(now);
        sql << "INSERT INTO projects (id, partnership_id, title, summary, need, population, interests, communities, stage, required_groups, "
               "decision_rule, chair_rotation, created_by, created_at, updated_at) VALUES (:id, :p, 'Bench project', 'We meet.', '', '', '[]', '[]', "
               "'design', '[\"residents\"]', 'consent', 'each_meeting', :by, :a, :b)",
            soci::use(project), soci::use(partnership), soci::use(convener), soci::use(now), soci::use(now);
        sql << "INSERT INTO documents (id, partnership_id, project_id, title, kind, published_version, created_by, created_at, updated_at) "
               "VALUES (:id, :p, :project, 'Bench strategy', 'strategy', 0, :by, :a, :b)",
            soci::use(document), soci::use(partnership), soci::use(project), soci::use(convener), soci::use(now), soci::use(now);
        return {};
    });
    if (!seeded)
        return 1;
    database.write([&](soci::session&) -> rt::Status {
        for (int i = 0; i < k_links; ++i) {
            auto const id = rt::new_id();
            auto const words = "What I said, number " + std::to_string(i) + ".";
            rt::db::Query insert { database, "INSERT INTO contributions (id, partnership_id, project_id, kind, text, stakeholder_group, source, "
                                             "author_person_id, anonymous, tags, status, response, created_at, updated_at) "
                                             "VALUES (:id, :p, :project, 'idea', :text, 'residents', 'online', :author, 0, '[]', 'received', '', :a, :b)" };
            insert.bind(id).bind(partnership).bind(project).bind(words).bind(convener).bind(now).bind(now).run();
            contributions.push_back(id);
        }
        auto section = [&](std::string const& id, std::optional<std::string> const& parent, int position, std::string const& kind) {
            auto const heading = kind + " " + std::to_string(position);
            rt::db::Query insert { database, "INSERT INTO document_sections (id, partnership_id, document_id, parent_id, position, kind, heading, body, "
                                             "status, measure, updated_at) VALUES (:id, :p, :d, :parent, :position, :kind, :heading, "
                                             "'What we will do, in a sentence or two.', 'not_started', '', :at)" };
            insert.bind(id).bind(partnership).bind(document).bind_optional(parent).bind(static_cast<long long>(position)).bind(kind).bind(heading).bind(now).run();
        };
        for (int o = 0; o < k_objectives; ++o) {
            objectives.push_back(rt::new_id());
            section(objectives.back(), std::nullopt, o, "objective");
            for (int a = 0; a < k_actions_per_objective; ++a) {
                actions.push_back(rt::new_id());
                section(actions.back(), objectives.back(), a, "action");
            }
        }
        // 500 links on the first objective, the rest spread over the actions.
        for (int i = 0; i < k_links; ++i) {
            auto const& target = i < k_thread_sources ? objectives.front() : actions[static_cast<std::size_t>(i) % actions.size()];
            auto const words = "What I said, number " + std::to_string(i) + ".";
            rt::db::Query insert { database, "INSERT INTO section_links (id, partnership_id, document_id, section_id, source_kind, source_id, "
                                             "fingerprint, created_by, created_at, cleared_reason) VALUES (:id, :p, :d, :s, 'contribution', :c, :f, "
                                             ":by, :at, '')" };
            insert.bind(rt::new_id()).bind(partnership).bind(document).bind(target).bind(contributions[static_cast<std::size_t>(i)])
                .bind(rt::sha256_hex(words)).bind(convener).bind(now).run();
        }
        return {};
    });
    // One linked contribution (on an action) is reworded.
    database.write([&](soci::session& sql) -> rt::Status {
        auto const changed = contributions[k_thread_sources + 7];
        sql << "UPDATE contributions SET text = 'Reworded.' WHERE id = :id", soci::use(changed);
        return {};
    });

    rt::Actor const actor { convener, partnership, rt::Role::Convener, "", "" };
    std::vector<double> suspect_seconds, thread_seconds;
    std::size_t suspect_sections = 0, suspect_links = 0, story = 0;
    for (int round = 0; round < rounds; ++round) {
        auto const started = std::chrono::steady_clock::now();
        auto const suspect = rt::documents::list_suspect(database, actor, document);
        suspect_seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
        if (!suspect) {
            std::cerr << "suspect failed: " << suspect.error().detail << "\n";
            return 1;
        }
        suspect_sections = suspect->sections.size();
        suspect_links = 0;
        for (auto const& section : suspect->sections)
            suspect_links += section.links.size();

        auto const again = std::chrono::steady_clock::now();
        auto const thread = rt::documents::get_thread(database, actor, objectives.front());
        thread_seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - again).count());
        if (!thread) {
            std::cerr << "thread failed: " << thread.error().detail << "\n";
            return 1;
        }
        story = thread->story.size();
    }
    if (!path.empty())
        std::filesystem::remove(path);
    // Expected: 1 suspect link; its action and the objective above it (2 sections); the thread: 500 + 9 actions' 225 sources.
    std::cout << "{\"database\":\"" << (path.empty() ? "postgresql" : "sqlite") << "\",\"sections\":" << objectives.size() + actions.size()
              << ",\"links\":" << k_links << ",\"suspect_sections\":" << suspect_sections << ",\"suspect_links\":" << suspect_links
              << ",\"thread_entries\":" << story << ",\"rounds\":" << rounds << ",\"suspect_median_ms\":" << median_ms(suspect_seconds)
              << ",\"thread_median_ms\":" << median_ms(thread_seconds) << "}\n";
}
