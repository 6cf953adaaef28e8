// Living documents and the golden thread (issue 17): versions that stay as
// they were published, the difference between them, links that become
// suspect when what people said changes, the community-trace flag, progress,
// and who may do what.

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class DocumentsApi : public ApiTest {
protected:
    // A project run by convener A, with member A (Mo) taking part for residents.
    static std::string make_project(std::string const& title)
    {
        auto convener = convener_a();
        auto const response = convener.post("/api/v1/projects",
            boost::json::value { { "title", title }, { "summary", "A strategy written with the people it serves." },
                { "interests", { "no-match-documents" } }, { "charter", { { "required_groups", { "residents" } } } } });
        EXPECT_EQ(response.status, 201) << response.body;
        auto const project = text(response.json().at("id"));
        auto const added = convener.post("/api/v1/projects/" + project + "/members", boost::json::value { { "person_id", s_member_a_id }, { "group", "residents" } });
        EXPECT_EQ(added.status, 201) << added.body;
        return project;
    }

    static std::string contribute(HttpClient& client, std::string const& project, std::string const& words)
    {
        auto const response = client.post("/api/v1/projects/" + project + "/contributions", boost::json::value { { "kind", "idea" }, { "text", words } });
        EXPECT_EQ(response.status, 201) << response.body;
        return text(response.json().at("id"));
    }

    static std::string start_document(HttpClient& client, std::optional<std::string> const& project, std::string const& title = "Our strategy")
    {
        boost::json::object body { { "title", title }, { "kind", "strategy" } };
        if (project)
            body["project_id"] = *project;
        auto const response = client.post("/api/v1/documents", boost::json::value(std::move(body)));
        EXPECT_EQ(response.status, 201) << response.body;
        return text(response.json().at("id"));
    }

    static std::string add_section(HttpClient& client, std::string const& document, boost::json::object body)
    {
        auto const response = client.post("/api/v1/documents/" + document + "/sections", boost::json::value(std::move(body)));
        EXPECT_EQ(response.status, 201) << response.body;
        return text(response.json().at("id"));
    }

    static std::string link(HttpClient& client, std::string const& section, std::string const& kind, std::string const& source)
    {
        auto const response = client.post("/api/v1/sections/" + section + "/links", boost::json::value { { "source_kind", kind }, { "source_id", source } });
        EXPECT_EQ(response.status, 201) << response.body;
        return text(response.json().at("id"));
    }

    static boost::json::object section_in(boost::json::value const& document, std::string const& id)
    {
        for (auto const& section : document.at("sections").as_array())
            if (text(section.at("id")) == id)
                return section.as_object();
        ADD_FAILURE() << "no section " << id;
        return {};
    }
};

TEST_F(DocumentsApi, PublishingMakesANewVersionAndLeavesTheLastOneAsItWas)
{
    auto convener = convener_a();
    auto const document = start_document(convener, std::nullopt, "Meadowbank strategy");
    auto const objective = add_section(convener, document,
        { { "kind", "objective" }, { "heading", "Fewer lonely people" }, { "body", "We will visit lonely people every week." } });

    auto const first = convener.post("/api/v1/documents/" + document + "/publish", boost::json::value { { "note", "First version" } });
    ASSERT_EQ(first.status, 201) << first.body;
    EXPECT_EQ(first.json().at("number").as_int64(), 1);

    auto const reworded = convener.patch("/api/v1/documents/" + document + "/sections/" + objective,
        boost::json::value { { "body", "We will phone and visit isolated people every week." } });
    ASSERT_EQ(reworded.status, 200) << reworded.body;
    auto const second = convener.post("/api/v1/documents/" + document + "/publish", boost::json::value(boost::json::object {}));
    ASSERT_EQ(second.status, 201) << second.body;
    EXPECT_EQ(second.json().at("number").as_int64(), 2);

    auto const versions = convener.get("/api/v1/documents/" + document + "/versions");
    ASSERT_EQ(versions.status, 200);
    ASSERT_EQ(items(versions).size(), 2u);
    EXPECT_EQ(text(items(versions)[0].at("note")), "First version");

    auto const one = convener.get("/api/v1/documents/" + document + "/versions/1");
    ASSERT_EQ(one.status, 200) << one.body;
    EXPECT_EQ(text(one.json().at("sections").as_array()[0].at("body")), "We will visit lonely people every week.");
    auto const two = convener.get("/api/v1/documents/" + document + "/versions/2");
    EXPECT_EQ(text(two.json().at("sections").as_array()[0].at("body")), "We will phone and visit isolated people every week.");
    EXPECT_EQ(convener.get("/api/v1/documents/" + document + "/versions/3").status, 404);

    // The difference marks the reworded section and its words:
    // "We will [+phone and] visit [-lonely][+isolated] people every week."
    auto const difference = convener.get("/api/v1/documents/" + document + "/diff?from=1&to=2");
    ASSERT_EQ(difference.status, 200) << difference.body;
    auto const difference_json = difference.json();
    auto const& changed = difference_json.at("sections").as_array();
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(text(changed[0].at("change")), "reworded");
    std::vector<std::pair<std::string, std::string>> words;
    for (auto const& run : changed[0].at("body_words").as_array()) // `changed` is kept above
        words.emplace_back(text(run.at("change")), text(run.at("text")));
    std::vector<std::pair<std::string, std::string>> const expected { { "same", "We will" }, { "added", "phone and" }, { "same", "visit" },
        { "removed", "lonely" }, { "added", "isolated" }, { "same", "people every week." } };
    EXPECT_EQ(words, expected);

    // A member reads the latest version, never the draft's later wording.
    ASSERT_EQ(convener.patch("/api/v1/documents/" + document + "/sections/" + objective, boost::json::value { { "body", "A draft nobody has agreed." } })
                  .status,
        200);
    auto const read = member_a().get("/api/v1/documents/" + document);
    ASSERT_EQ(read.status, 200) << read.body;
    EXPECT_FALSE(read.json().at("writer").as_bool());
    EXPECT_EQ(read.json().at("version").as_int64(), 2);
    EXPECT_EQ(text(section_in(read.json(), objective).at("body")), "We will phone and visit isolated people every week.");
    EXPECT_EQ(member_a().get("/api/v1/documents/" + document + "/diff?from=2&to=draft").status, 422);
}

TEST_F(DocumentsApi, RewordingALinkedContributionMakesItsLinkAndTheSectionsAboveSuspect)
{
    auto convener = convener_a();
    auto member = member_a();
    auto const project = make_project("Suspect links project");
    auto const said = contribute(member, project, "A lunch club on Fridays would get me out of the house.");
    auto const document = start_document(convener, project);
    auto const objective = add_section(convener, document, { { "kind", "objective" }, { "heading", "People meet each week" } });
    auto const action = add_section(convener, document, { { "kind", "action" }, { "heading", "Start a Friday lunch club" }, { "parent_id", objective } });
    auto const link_id = link(convener, action, "contribution", said);

    auto const before = convener.get("/api/v1/documents/" + document + "/suspect");
    ASSERT_EQ(before.status, 200) << before.body;
    EXPECT_TRUE(before.json().at("sections").as_array().empty());

    // Mo corrects her words: the old wording is kept, and the link is now suspect.
    auto const corrected = member.patch("/api/v1/contributions/" + said, boost::json::value { { "text", "A lunch club on Fridays or Saturdays." } });
    ASSERT_EQ(corrected.status, 200) << corrected.body;
    auto const corrected_json = corrected.json();
    ASSERT_EQ(corrected_json.at("earlier_wordings").as_array().size(), 1u);
    EXPECT_EQ(text(corrected_json.at("earlier_wordings").as_array()[0].at("text")), "A lunch club on Fridays would get me out of the house.");

    auto const suspect = convener.get("/api/v1/documents/" + document + "/suspect");
    ASSERT_EQ(suspect.status, 200) << suspect.body;
    auto const suspect_json = suspect.json();
    auto const& sections = suspect_json.at("sections").as_array();
    ASSERT_EQ(sections.size(), 2u); // the objective, then the action under it, in reading order
    EXPECT_EQ(text(sections[0].at("id")), objective);
    EXPECT_EQ(text(sections[0].at("suspect")), "beneath");
    EXPECT_TRUE(sections[0].at("links").as_array().empty());
    EXPECT_EQ(text(sections[1].at("id")), action);
    EXPECT_EQ(text(sections[1].at("suspect")), "source_changed");
    ASSERT_EQ(sections[1].at("links").as_array().size(), 1u);
    EXPECT_EQ(text(sections[1].at("links").as_array()[0].at("id")), link_id);
    EXPECT_EQ(text(sections[1].at("links").as_array()[0].at("source").at("text")), "A lunch club on Fridays or Saturdays.");

    // Clearing takes a reason, and only a writer clears.
    auto const no_reason = convener.post("/api/v1/links/" + link_id + "/clear", boost::json::value(boost::json::object {}));
    EXPECT_EQ(no_reason.status, 422);
    EXPECT_EQ(error_fields(no_reason), std::vector<std::string> { "reason" });
    EXPECT_EQ(member.post("/api/v1/links/" + link_id + "/clear", boost::json::value { { "reason", "Fine" } }).status, 404); // a draft, unseen
    ASSERT_EQ(convener.post("/api/v1/documents/" + document + "/publish", boost::json::value(boost::json::object {})).status, 201);
    EXPECT_EQ(member.post("/api/v1/links/" + link_id + "/clear", boost::json::value { { "reason", "Fine" } }).status, 403);
    auto const cleared = convener.post("/api/v1/links/" + link_id + "/clear", boost::json::value { { "reason", "Saturdays fit the same action." } });
    ASSERT_EQ(cleared.status, 200) << cleared.body;
    EXPECT_EQ(text(cleared.json().at("cleared_reason")), "Saturdays fit the same action.");
    EXPECT_TRUE(convener.get("/api/v1/documents/" + document + "/suspect").json().at("sections").as_array().empty());
    EXPECT_EQ(convener.post("/api/v1/links/" + link_id + "/clear", boost::json::value { { "reason", "Again" } }).status, 409);

    // Only Mo (or whoever wrote it down for her) rewords what she said.
    EXPECT_EQ(convener.patch("/api/v1/contributions/" + said, boost::json::value { { "text", "Something else." } }).status, 403);
    // The contribution shows the section it shaped.
    auto const shaped = member.get("/api/v1/contributions/" + said + "/shaped");
    ASSERT_EQ(shaped.status, 200);
    bool found = false;
    for (auto const& entry : items(shaped))
        found = found || (text(entry.at("from_type")) == "document_section" && text(entry.at("from_id")) == action);
    EXPECT_TRUE(found) << shaped.body;
}

TEST_F(DocumentsApi, ASurveyQuestionAndAnActivitysNotesShapeASectionAndChangedNotesMakeItSuspect)
{
    auto convener = convener_a();
    auto const project = make_project("Sources strategy project");
    auto const document = start_document(convener, project, "Sources strategy");
    auto const objective = add_section(convener, document, { { "kind", "objective" }, { "heading", "Transport that works" } });

    auto const survey = convener.post("/api/v1/projects/" + project + "/surveys",
        boost::json::value { { "title", "Getting here" }, { "opens_at", "2025-01-01T09:00:00Z" }, { "closes_at", "2099-01-01T09:00:00Z" },
            { "questions", { { { "kind", "single_choice" }, { "text", "How do you travel?" }, { "options", { "Bus", "Car" } } } } } });
    ASSERT_EQ(survey.status, 201) << survey.body;
    auto const survey_body = survey.json();
    auto const survey_id = text(survey_body.at("id"));
    auto const question_id = text(survey_body.at("questions").as_array()[0].at("id"));
    auto const activity = convener.post("/api/v1/projects/" + project + "/activities",
        boost::json::value { { "kind", "tea_and_talk" }, { "title", "Transport tea and talk" }, { "purpose", "What stops you coming." },
            { "starts_at", "2025-06-03T13:00:00Z" }, { "ends_at", "2025-06-03T15:00:00Z" },
            { "venue", { { "address", "Riverside Community Centre" }, { "features", boost::json::array {} } } } });
    ASSERT_EQ(activity.status, 201) << activity.body;
    auto const activity_id = text(activity.json().at("id"));

    // No notes yet: the activity cannot shape anything, and the error names the field.
    auto const early = convener.post("/api/v1/sections/" + objective + "/links", boost::json::value { { "source_kind", "activity" }, { "source_id", activity_id } });
    ASSERT_EQ(early.status, 422) << early.body;
    EXPECT_EQ(error_fields(early), (std::vector<std::string> { "source_id" }));
    auto const no_question = convener.post("/api/v1/sections/" + objective + "/links",
        boost::json::value { { "source_kind", "survey_question" }, { "source_id", survey_id + "/not-a-question" } });
    EXPECT_EQ(no_question.status, 422);
    auto const minutes = [&](std::string const& summary) {
        return convener.send("PUT", "/api/v1/activities/" + activity_id + "/minutes",
            boost::json::serialize(boost::json::value { { "summary", summary }, { "actions", boost::json::array {} } }), { { "Content-Type", "application/json" } });
    };
    ASSERT_EQ(minutes("The bus does not come on Sundays.").status, 200);

    auto const question_link = link(convener, objective, "survey_question", survey_id + "/" + question_id);
    auto const notes_link = link(convener, objective, "activity", activity_id);
    auto const before = convener.get("/api/v1/documents/" + document).json();
    auto const section = section_in(before, objective);
    EXPECT_EQ(section.at("links").as_array().size(), 2u);
    EXPECT_FALSE(section.at("no_community_trace").as_bool()) << "a survey's answers and a meeting's notes are what people said";
    EXPECT_TRUE(section.at("suspect").is_null());

    // The thread tells both: the question with its survey, the notes with the activity.
    auto const thread = convener.get("/api/v1/sections/" + objective + "/thread");
    ASSERT_EQ(thread.status, 200) << thread.body;
    EXPECT_NE(thread.body.find("How do you travel?"), std::string::npos);
    EXPECT_NE(thread.body.find("The bus does not come on Sundays."), std::string::npos);

    // The notes are rewritten: that link, not the question's, is suspect.
    ASSERT_EQ(minutes("The bus does not come on Sundays or in the evening.").status, 200);
    auto const after = convener.get("/api/v1/documents/" + document).json();
    auto const changed = section_in(after, objective);
    for (auto const& each : changed.at("links").as_array())
        EXPECT_EQ(each.at("suspect").as_bool(), text(each.at("id")) == notes_link) << text(each.at("source_kind"));
    EXPECT_EQ(text(changed.at("suspect")), "source_changed");
    (void)question_link;
}

TEST_F(DocumentsApi, ASectionWithNoPathToWhatPeopleSaidIsFlagged)
{
    auto convener = convener_a();
    auto member = member_a();
    auto const project = make_project("Trace project");
    auto const said = contribute(member, project, "Buses after 6pm, please.");
    auto const document = start_document(convener, project);
    auto const vision = add_section(convener, document, { { "kind", "vision" }, { "heading", "A connected borough" } });
    auto const objective = add_section(convener, document, { { "kind", "objective" }, { "heading", "Evening buses" }, { "parent_id", vision } });
    auto const action = add_section(convener, document, { { "kind", "action" }, { "heading", "Ask the bus company" } });
    auto const intro = add_section(convener, document, { { "kind", "text" }, { "heading", "About this strategy" }, { "position", 0 } });
    link(convener, objective, "contribution", said);
    link(convener, action, "section", objective); // the action delivers the objective

    auto const read = convener.get("/api/v1/documents/" + document);
    ASSERT_EQ(read.status, 200) << read.body;
    EXPECT_TRUE(section_in(read.json(), vision).at("no_community_trace").as_bool());
    EXPECT_FALSE(section_in(read.json(), objective).at("no_community_trace").as_bool());
    EXPECT_FALSE(section_in(read.json(), action).at("no_community_trace").as_bool());
    EXPECT_FALSE(section_in(read.json(), intro).at("no_community_trace").as_bool()); // text is never flagged
    EXPECT_EQ(read.json().at("without_trace").as_int64(), 1);
    // Reading order: the intro was put first.
    EXPECT_EQ(text(read.json().at("sections").as_array()[0].at("id")), intro);
}

TEST_F(DocumentsApi, ProgressRollsUpFromTheActionsAndIsTold)
{
    auto convener = convener_a();
    auto const document = start_document(convener, std::nullopt, "Progress strategy");
    auto const objective = add_section(convener, document, { { "kind", "objective" }, { "heading", "Train volunteers" } });
    auto const first = add_section(convener, document, { { "kind", "action" }, { "heading", "Book the hall" }, { "parent_id", objective } });
    auto const second = add_section(convener, document, { { "kind", "action" }, { "heading", "Write the course" }, { "parent_id", objective } });
    auto const third = add_section(convener, document, { { "kind", "action" }, { "heading", "Hire a trainer" }, { "parent_id", objective } });

    auto const done = convener.post("/api/v1/sections/" + first + "/progress", boost::json::value { { "status", "done" }, { "note", "Booked for May." } });
    ASSERT_EQ(done.status, 201) << done.body;
    auto const no_reason = convener.post("/api/v1/sections/" + third + "/progress", boost::json::value { { "status", "dropped" } });
    EXPECT_EQ(no_reason.status, 422);
    EXPECT_EQ(error_fields(no_reason), std::vector<std::string> { "note" });
    ASSERT_EQ(convener.post("/api/v1/sections/" + third + "/progress",
                      boost::json::value { { "status", "dropped" }, { "note", "Volunteers will teach each other." } })
                  .status,
        201);
    // Three actions, one dropped: 1 done of 2 counted = 0.5.
    auto const read = convener.get("/api/v1/documents/" + document);
    auto const progress = section_in(read.json(), objective).at("progress").as_object();
    EXPECT_EQ(progress.at("actions").as_int64(), 3);
    EXPECT_EQ(progress.at("done").as_int64(), 1);
    EXPECT_EQ(progress.at("dropped").as_int64(), 1);
    EXPECT_DOUBLE_EQ(progress.at("share").as_double(), 0.5);
    EXPECT_EQ(text(section_in(read.json(), third).at("dropped_reason")), "Volunteers will teach each other.");
    (void)second;

    // Text sections have no progress.
    auto const intro = add_section(convener, document, { { "kind", "text" }, { "heading", "Why" } });
    auto const refused = convener.post("/api/v1/sections/" + intro + "/progress", boost::json::value { { "status", "done" } });
    EXPECT_EQ(refused.status, 422);

    // The first action's thread tells its progress, after the version it appeared in.
    ASSERT_EQ(convener.post("/api/v1/documents/" + document + "/publish", boost::json::value(boost::json::object {})).status, 201);
    auto const thread = convener.get("/api/v1/sections/" + first + "/thread");
    ASSERT_EQ(thread.status, 200) << thread.body;
    std::vector<std::string> kinds;
    auto const story = thread.json().at("story").as_array();
    for (auto const& entry : story)
        kinds.push_back(text(entry.at("kind")));
    EXPECT_EQ(kinds, (std::vector<std::string> { "progress", "version" }));
}

TEST_F(DocumentsApi, TheThreadTellsTheStoryThroughTheActionsThatDeliverIt)
{
    auto convener = convener_a();
    auto member = member_a();
    auto const project = make_project("Thread project");
    auto const said = contribute(member, project, "I would help if the sessions were in the mornings.");
    auto const document = start_document(convener, project);
    auto const objective = add_section(convener, document, { { "kind", "objective" }, { "heading", "More volunteers" } });
    auto const action = add_section(convener, document, { { "kind", "action" }, { "heading", "Morning sessions" }, { "parent_id", objective } });
    link(convener, action, "contribution", said);

    auto const thread = convener.get("/api/v1/sections/" + objective + "/thread");
    ASSERT_EQ(thread.status, 200) << thread.body;
    auto const thread_json = thread.json();
    auto const& story = thread_json.at("story").as_array();
    ASSERT_EQ(story.size(), 1u);
    EXPECT_EQ(text(story[0].at("kind")), "contribution");
    EXPECT_EQ(text(story[0].at("text")), "I would help if the sessions were in the mornings.");
    EXPECT_EQ(text(story[0].at("group")), "residents");
    EXPECT_EQ(text(story[0].at("through")), "Morning sessions");
    // Never the author's name: the group only.
    EXPECT_EQ(thread.body.find("Mo "), std::string::npos);
}

TEST_F(DocumentsApi, BadInputIsRefusedNamingTheFieldAndChangesNothing)
{
    auto convener = convener_a();
    auto const missing = convener.post("/api/v1/documents", boost::json::value(boost::json::object {}));
    EXPECT_EQ(missing.status, 422);
    EXPECT_EQ(error_fields(missing), (std::vector<std::string> { "kind", "title" }));
    auto const wrong_kind = convener.post("/api/v1/documents", boost::json::value { { "title", "X" }, { "kind", "novel" } });
    EXPECT_EQ(error_fields(wrong_kind), std::vector<std::string> { "kind" });

    auto const document = start_document(convener, std::nullopt, "Bad input strategy");
    auto const bad_date = convener.post("/api/v1/documents/" + document + "/sections",
        boost::json::value { { "kind", "objective" }, { "heading", "X" }, { "due_on", "31/12/2027" } });
    EXPECT_EQ(bad_date.status, 422);
    EXPECT_EQ(error_fields(bad_date), std::vector<std::string> { "due_on" });
    auto const self_parent = convener.post("/api/v1/documents/" + document + "/sections",
        boost::json::value { { "kind", "action" }, { "heading", "X" }, { "parent_id", "0190f5c0-0000-7000-8000-000000000000" } });
    EXPECT_EQ(error_fields(self_parent), std::vector<std::string> { "parent_id" });
    EXPECT_TRUE(convener.get("/api/v1/documents/" + document).json().at("sections").as_array().empty());

    // Publishing an empty draft is refused, and makes no version.
    EXPECT_EQ(convener.post("/api/v1/documents/" + document + "/publish", boost::json::value(boost::json::object {})).status, 409);
    EXPECT_TRUE(items(convener.get("/api/v1/documents/" + document + "/versions")).empty());

    // A project's document links only to its own project's words.
    auto member = member_a();
    auto const elsewhere = make_project("Another project");
    auto const said = contribute(member, elsewhere, "Somewhere else entirely.");
    auto const project = make_project("Own project");
    auto const own = start_document(convener, project);
    auto const section = add_section(convener, own, { { "kind", "objective" }, { "heading", "X" } });
    auto const outside = convener.post("/api/v1/sections/" + section + "/links", boost::json::value { { "source_kind", "contribution" }, { "source_id", said } });
    EXPECT_EQ(outside.status, 422);
    EXPECT_EQ(error_fields(outside), std::vector<std::string> { "source_id" });
    auto const unknown_kind = convener.post("/api/v1/sections/" + section + "/links", boost::json::value { { "source_kind", "tweet" }, { "source_id", said } });
    EXPECT_EQ(error_fields(unknown_kind), std::vector<std::string> { "source_kind" });
    EXPECT_TRUE(section_in(convener.get("/api/v1/documents/" + own).json(), section).at("links").as_array().empty());

    // A section with sections under it is not removed.
    auto const parent = add_section(convener, own, { { "kind", "objective" }, { "heading", "Parent" } });
    add_section(convener, own, { { "kind", "action" }, { "heading", "Child" }, { "parent_id", parent } });
    EXPECT_EQ(convener.del("/api/v1/documents/" + own + "/sections/" + parent).status, 409);
}

TEST_F(DocumentsApi, WhoMayDoWhat)
{
    auto convener = convener_a();
    auto member = member_a();
    auto const document = start_document(convener, std::nullopt, "Permissions strategy");
    auto const section = add_section(convener, document, { { "kind", "vision" }, { "heading", "Nobody alone" } });

    // A member neither starts the partnership's documents nor changes nor publishes them.
    EXPECT_EQ(member.post("/api/v1/documents", boost::json::value { { "title", "Mine" }, { "kind", "plan" } }).status, 403);
    // Never published: it does not exist for a member.
    EXPECT_EQ(member.get("/api/v1/documents/" + document).status, 404);
    ASSERT_EQ(convener.post("/api/v1/documents/" + document + "/publish", boost::json::value(boost::json::object {})).status, 201);
    EXPECT_EQ(member.get("/api/v1/documents/" + document).status, 200);
    EXPECT_EQ(member.post("/api/v1/documents/" + document + "/publish", boost::json::value(boost::json::object {})).status, 403);
    EXPECT_EQ(member.patch("/api/v1/documents/" + document, boost::json::value { { "title", "Renamed" } }).status, 403);
    EXPECT_EQ(member.post("/api/v1/documents/" + document + "/sections", boost::json::value { { "kind", "text" }, { "heading", "Mine" } }).status, 403);
    EXPECT_EQ(member.get("/api/v1/documents/" + document + "/suspect").status, 403);
    EXPECT_EQ(convener.get("/api/v1/documents/" + document + "/versions").json().at("items").as_array().size(), 1u);

    // Another partnership: every id answers 404, and nothing changes.
    auto other = convener_b();
    EXPECT_EQ(other.get("/api/v1/documents/" + document).status, 404);
    EXPECT_EQ(other.get("/api/v1/documents/" + document + "/versions/1").status, 404);
    EXPECT_EQ(other.post("/api/v1/documents/" + document + "/publish", boost::json::value(boost::json::object {})).status, 404);
    EXPECT_EQ(other.patch("/api/v1/documents/" + document + "/sections/" + section, boost::json::value { { "heading", "Taken" } }).status, 404);
    EXPECT_EQ(other.get("/api/v1/sections/" + section + "/thread").status, 404);
    EXPECT_EQ(other.post("/api/v1/sections/" + section + "/progress", boost::json::value { { "status", "done" } }).status, 404);
    for (auto const& entry : items(other.get("/api/v1/documents")))
        EXPECT_NE(text(entry.at("id")), document);
    EXPECT_EQ(text(section_in(convener.get("/api/v1/documents/" + document).json(), section).at("heading")), "Nobody alone");

    // The list: the convener sees it with its counts; each change is audited.
    bool listed = false;
    for (auto const& entry : items(convener.get("/api/v1/documents")))
        listed = listed || text(entry.at("id")) == document;
    EXPECT_TRUE(listed);
    auto const audit = convener.get("/api/v1/audit?limit=100");
    ASSERT_EQ(audit.status, 200);
    int published = 0;
    for (auto const& entry : items(audit))
        if (text(entry.at("action")) == "document.published" && text(entry.at("subject_id")) == document)
            ++published;
    EXPECT_EQ(published, 1);
}

TEST_F(DocumentsApi, AConsultationTurnsCommentsAndSuggestionsIntoContributionsAndAnswersThem)
{
    auto convener = convener_a();
    auto member = member_a();
    auto const project = make_project("Consultation project");
    auto const document = start_document(convener, project, "Customer strategy");
    auto const objective = add_section(convener, document,
        { { "kind", "objective" }, { "heading", "Customers shape the service" }, { "body", "We ask customers twice a year." } });

    // Not open yet: a member cannot see the draft, nor comment.
    EXPECT_EQ(member.get("/api/v1/documents/" + document).status, 404);
    EXPECT_EQ(member.post("/api/v1/sections/" + objective + "/comments", boost::json::value { { "text", "Too rarely." } }).status, 404);
    // A closing date in the past is refused; a partnership's own document is not consulted on here.
    auto const past = convener.post("/api/v1/documents/" + document + "/consultation", boost::json::value { { "closes_at", "2020-01-01T00:00:00Z" } });
    EXPECT_EQ(past.status, 422);
    EXPECT_EQ(error_fields(past), std::vector<std::string> { "closes_at" });
    auto const own = start_document(convener, std::nullopt, "Partnership values");
    add_section(convener, own, { { "kind", "value" }, { "heading", "Equal voices" } });
    EXPECT_EQ(convener.post("/api/v1/documents/" + own + "/consultation", boost::json::value { { "closes_at", "2099-01-01T00:00:00Z" } }).status, 409);
    EXPECT_EQ(member.post("/api/v1/documents/" + document + "/consultation", boost::json::value { { "closes_at", "2099-01-01T00:00:00Z" } }).status, 404);

    auto const opened = convener.post("/api/v1/documents/" + document + "/consultation", boost::json::value { { "closes_at", "2099-01-01T00:00:00Z" } });
    ASSERT_EQ(opened.status, 200) << opened.body;
    EXPECT_TRUE(opened.json().at("consultation").at("open").as_bool());

    // Now every member reads the draft and comments, for their group.
    auto const read = member.get("/api/v1/documents/" + document);
    ASSERT_EQ(read.status, 200) << read.body;
    EXPECT_TRUE(read.json().at("version").is_null());
    EXPECT_FALSE(read.json().at("writer").as_bool());
    auto const comment = member.post("/api/v1/sections/" + objective + "/comments", boost::json::value { { "text", "Twice a year is too rarely." } });
    ASSERT_EQ(comment.status, 201) << comment.body;
    EXPECT_EQ(text(comment.json().at("group")), "residents");
    auto const empty = member.post("/api/v1/sections/" + objective + "/suggestions", boost::json::value { { "body", "  " } });
    EXPECT_EQ(empty.status, 422);
    EXPECT_EQ(error_fields(empty), std::vector<std::string> { "body" });
    auto const suggestion = member.post("/api/v1/sections/" + objective + "/suggestions",
        boost::json::value { { "body", "We ask customers every month, at tea and talk." }, { "reason", "Then we can act sooner." } });
    ASSERT_EQ(suggestion.status, 201) << suggestion.body;
    auto const suggestion_id = text(suggestion.json().at("id"));
    auto const contribution_id = text(suggestion.json().at("contribution_id"));

    // Each is a contribution of the member's group to the project.
    auto const said = convener.get("/api/v1/contributions/" + contribution_id);
    ASSERT_EQ(said.status, 200) << said.body;
    EXPECT_EQ(text(said.json().at("group")), "residents");
    EXPECT_NE(text(said.json().at("text")).find("We ask customers every month, at tea and talk."), std::string::npos);

    // The writers see every response; a member only their own; another partnership nothing.
    EXPECT_EQ(items(convener.get("/api/v1/documents/" + document + "/responses")).size(), 2u);
    auto other_member = person_with_session("Una Other", "residents").client;
    EXPECT_TRUE(items(other_member.get("/api/v1/documents/" + document + "/responses")).empty());
    EXPECT_EQ(convener_b().get("/api/v1/documents/" + document + "/responses").status, 404);
    EXPECT_EQ(convener_b().post("/api/v1/suggestions/" + suggestion_id + "/accept", boost::json::value(boost::json::object {})).status, 404);

    // Only the writers answer; declining needs a reason.
    EXPECT_EQ(member.post("/api/v1/suggestions/" + suggestion_id + "/accept", boost::json::value(boost::json::object {})).status, 403);
    auto const no_reason = convener.post("/api/v1/suggestions/" + suggestion_id + "/decline", boost::json::value(boost::json::object {}));
    EXPECT_EQ(no_reason.status, 422);
    EXPECT_EQ(error_fields(no_reason), std::vector<std::string> { "reason" });
    auto const accepted = convener.post("/api/v1/suggestions/" + suggestion_id + "/accept", boost::json::value(boost::json::object {}));
    ASSERT_EQ(accepted.status, 200) << accepted.body;
    EXPECT_EQ(text(accepted.json().at("status")), "accepted");
    EXPECT_EQ(convener.post("/api/v1/suggestions/" + suggestion_id + "/accept", boost::json::value(boost::json::object {})).status, 409);

    // The draft has the member's wording, and the section now traces to her words.
    auto const draft = convener.get("/api/v1/documents/" + document).json();
    auto const section = section_in(draft, objective);
    EXPECT_EQ(text(section.at("body")), "We ask customers every month, at tea and talk.");
    EXPECT_FALSE(section.at("no_community_trace").as_bool());

    // Her "you said, we did" shows it adopted, with the answer and the section it shaped.
    bool shown = false;
    for (auto const& entry : items(member.get("/api/v1/me/you-said-we-did?limit=100"))) {
        if (text(entry.at("id")) != contribution_id)
            continue;
        shown = true;
        EXPECT_EQ(text(entry.at("status")), "adopted");
        EXPECT_NE(text(entry.at("response")).find("Customer strategy"), std::string::npos);
        bool shaped = false;
        for (auto const& link : entry.at("shaped").as_array())
            shaped = shaped || (text(link.at("from_type")) == "document_section" && text(link.at("from_id")) == objective);
        EXPECT_TRUE(shaped) << boost::json::serialize(entry);
    }
    EXPECT_TRUE(shown);
}

TEST_F(DocumentsApi, APublicAddressShowsOnlyThePublishedVersion)
{
    auto convener = convener_a();
    auto const document = start_document(convener, std::nullopt, "Public <strategy>");
    auto const vision = add_section(convener, document,
        { { "kind", "vision" }, { "heading", "Nobody <script>alone</script>" }, { "body", "A borough where people know their neighbours.\n\nAnd help." } });
    // Not before a version exists; never by a member or another partnership.
    EXPECT_EQ(convener.post("/api/v1/documents/" + document + "/public", boost::json::value(boost::json::object {})).status, 409);
    ASSERT_EQ(convener.post("/api/v1/documents/" + document + "/publish", boost::json::value(boost::json::object {})).status, 201);
    EXPECT_EQ(member_a().post("/api/v1/documents/" + document + "/public", boost::json::value(boost::json::object {})).status, 403);
    EXPECT_EQ(convener_b().post("/api/v1/documents/" + document + "/public", boost::json::value(boost::json::object {})).status, 404);

    auto const made = convener.post("/api/v1/documents/" + document + "/public", boost::json::value(boost::json::object {}));
    ASSERT_EQ(made.status, 200) << made.body;
    auto const path = text(made.json().at("public_path"));
    ASSERT_TRUE(path.starts_with("/public/documents/")) << path;
    EXPECT_TRUE(member_a().get("/api/v1/documents/" + document).json().at("public_path").is_null()); // writers only

    // The draft changes after publishing: the public page keeps the published words.
    ASSERT_EQ(convener.patch("/api/v1/documents/" + document + "/sections/" + vision, boost::json::value { { "body", "Draft words nobody agreed." } }).status,
        200);
    auto const page = anonymous().get(path);
    ASSERT_EQ(page.status, 200);
    EXPECT_EQ(page.header("content-type"), "text/html; charset=utf-8");
    EXPECT_NE(page.body.find("<p>A borough where people know their neighbours.</p>"), std::string::npos) << page.body;
    EXPECT_NE(page.body.find("<p>And help.</p>"), std::string::npos);
    EXPECT_EQ(page.body.find("Draft words"), std::string::npos);
    // Every value is escaped: the heading's markup is text.
    EXPECT_NE(page.body.find("Nobody &lt;script&gt;alone&lt;/script&gt;"), std::string::npos);
    EXPECT_EQ(page.body.find("<script>"), std::string::npos);
    EXPECT_NE(page.body.find("<title>Public &lt;strategy&gt;</title>"), std::string::npos);

    // Stopped: the address answers 404, with a page that says so.
    EXPECT_EQ(convener.del("/api/v1/documents/" + document + "/public").status, 204);
    auto const gone = anonymous().get(path);
    EXPECT_EQ(gone.status, 404);
    EXPECT_NE(gone.body.find("This page is not public"), std::string::npos);
    EXPECT_EQ(anonymous().get("/public/documents/not-a-token").status, 404);
}

TEST_F(DocumentsApi, AReviewDateThatHasComeIsWaitingForTheWriters)
{
    auto convener = convener_a();
    auto const document = start_document(convener, std::nullopt, "Review strategy");
    auto const due = add_section(convener, document, { { "kind", "objective" }, { "heading", "Check the lunch club" }, { "review_on", "2025-01-31" } });
    add_section(convener, document, { { "kind", "objective" }, { "heading", "Later" }, { "review_on", "2099-01-31" } });
    ASSERT_EQ(convener.post("/api/v1/documents/" + document + "/publish", boost::json::value(boost::json::object {})).status, 201);

    auto reviews_for = [](HttpClient& client) {
        std::vector<std::string> ids;
        auto const next = client.get("/api/v1/me/next").json();
        for (auto const& section : next.at("sections").as_array())
            if (text(section.at("key")) == "reviews")
                for (auto const& item : section.at("items").as_array())
                    ids.push_back(text(item.at("id")));
        return ids;
    };
    auto const waiting = reviews_for(convener);
    EXPECT_NE(std::ranges::find(waiting, due), waiting.end());
    auto member = member_a();
    EXPECT_TRUE(reviews_for(member).empty()); // not a writer
    // Done: nothing left to review.
    ASSERT_EQ(convener.post("/api/v1/sections/" + due + "/progress", boost::json::value { { "status", "done" }, { "note", "It runs every Friday." } }).status,
        201);
    auto const after = reviews_for(convener);
    EXPECT_EQ(std::ranges::find(after, due), after.end());
}

TEST_F(DocumentsApi, APublishedSectionIsReadInTheReadersLanguageAndInEasyRead)
{
    auto convener = convener_a();
    auto const project = make_project("Translated strategy project");
    auto const document = start_document(convener, project, "Translated strategy");
    auto const objective = add_section(convener, document, { { "kind", "objective" }, { "heading", "Fewer lonely people" }, { "body", "We visit every week." } });
    auto const other = add_section(convener, document, { { "kind", "text" }, { "heading", "How we wrote it" }, { "body", "Together, at tea and talk." } });
    ASSERT_EQ(convener.post("/api/v1/documents/" + document + "/publish", boost::json::value(boost::json::object {})).status, 201);

    boost::json::object translation { { "subject_type", "document_section" }, { "subject_id", objective }, { "field", "body" }, { "language", "pl" },
        { "text", "Mniej samotnych osób\n\nOdwiedzamy co tydzień." } };
    auto const saved = convener.send("PUT", "/api/v1/translations", boost::json::serialize(translation), { { "Content-Type", "application/json" } });
    ASSERT_EQ(saved.status, 200) << saved.body;
    boost::json::object easy { { "subject_type", "document_section" }, { "subject_id", objective }, { "field", "body" },
        { "lines", { { { "text", "We visit people who are on their own." }, { "pictogram", "people-group" } } } } };
    auto const easy_saved = convener.send("PUT", "/api/v1/easy-read", boost::json::serialize(easy), { { "Content-Type", "application/json" } });
    ASSERT_EQ(easy_saved.status, 200) << easy_saved.body;
    auto const read = member_a().get("/api/v1/translations?subject_type=document_section&subject_id=" + objective);
    ASSERT_EQ(read.status, 200) << read.body;
    auto const translations = read.json().at("translations").as_array();
    ASSERT_EQ(translations.size(), 1u);
    EXPECT_EQ(text(translations[0].at("text")), "Mniej samotnych osób\n\nOdwiedzamy co tydzień.");
    EXPECT_EQ(convener_b().get("/api/v1/translations?subject_type=document_section&subject_id=" + objective).status, 404);

    // The document's own page carries each section's versions, judged against the words shown.
    auto const versions_for = [&](HttpClient& client, std::string const& section) {
        auto const body = client.get("/api/v1/documents/" + document).json();
        return section_in(body, section).at("versions").as_object();
    };
    auto member = member_a();
    auto const shown = versions_for(member, objective);
    ASSERT_EQ(shown.at("translations").as_array().size(), 1u);
    EXPECT_EQ(text(shown.at("translations").as_array()[0].at("language")), "pl");
    EXPECT_FALSE(shown.at("translations").as_array()[0].at("outdated").as_bool());
    ASSERT_EQ(shown.at("easy_read").as_array().size(), 1u);
    EXPECT_EQ(text(shown.at("easy_read").as_array()[0].at("lines").as_array()[0].at("pictogram")), "people-group");
    EXPECT_TRUE(versions_for(member, other).at("translations").as_array().empty());
    auto const added = add_section(convener, document, { { "kind", "text" }, { "heading", "Not yet published" } });
    auto const drafted = convener.get("/api/v1/documents/" + document).json();
    EXPECT_TRUE(section_in(drafted, objective).at("published").as_bool());
    EXPECT_FALSE(section_in(drafted, added).at("published").as_bool());
    ASSERT_EQ(convener.del("/api/v1/documents/" + document + "/sections/" + added).status, 204);
    // In lists the sections carry no versions.
    auto const listed = member.get("/api/v1/documents").json();
    for (auto const& item : listed.at("items").as_array())
        for (auto const& section : item.at("sections").as_array())
            EXPECT_FALSE(section.as_object().contains("versions"));

    // The public page in Polish: the translated part in Polish, marked so; the other says it is in English.
    auto const made = convener.post("/api/v1/documents/" + document + "/public", boost::json::value(boost::json::object {}));
    ASSERT_EQ(made.status, 200) << made.body;
    auto const path = text(made.json().at("public_path"));
    auto const english = anonymous().get(path);
    ASSERT_EQ(english.status, 200);
    EXPECT_NE(english.body.find(">Fewer lonely people</h"), std::string::npos) << english.body;
    EXPECT_NE(english.body.find("href=\"?language=pl\" hreflang=\"pl\" lang=\"pl\" dir=\"ltr\">polski</a>"), std::string::npos) << english.body;
    EXPECT_NE(english.body.find(">Easy Read</summary>"), std::string::npos);
    EXPECT_EQ(english.body.find("still in English"), std::string::npos);
    EXPECT_NE(english.body.find("<img src=\"/pictograms/people-group.svg\" alt=\"\" width=\"64\" height=\"64\"> We visit people who are on their own."),
        std::string::npos);
    auto const polish = anonymous().get(path + "?language=pl");
    ASSERT_EQ(polish.status, 200);
    EXPECT_NE(polish.body.find("lang=\"pl\" dir=\"ltr\">\n<h2 id=\"heading-" + objective + "\">Mniej samotnych osób</h2>"), std::string::npos) << polish.body;
    EXPECT_NE(polish.body.find("<p>Odwiedzamy co tydzień.</p>"), std::string::npos);
    EXPECT_EQ(polish.body.find("We visit every week."), std::string::npos);
    // The page's own words are Polish too, and the part still in English says so, in Polish, marked as English.
    EXPECT_NE(polish.body.find("<html lang=\"pl\" dir=\"ltr\">"), std::string::npos);
    EXPECT_NE(polish.body.find(">Spis treści</h2>"), std::string::npos);
    EXPECT_NE(polish.body.find("<p>Niektóre części nie są jeszcze przetłumaczone."), std::string::npos);
    EXPECT_NE(polish.body.find("<section id=\"section-" + other + "\" aria-labelledby=\"heading-" + other + "\" lang=\"en\" dir=\"ltr\">"), std::string::npos);
    EXPECT_NE(polish.body.find("(jeszcze po angielsku)"), std::string::npos);
    EXPECT_NE(polish.body.find(">Łatwy tekst</summary>"), std::string::npos);
    EXPECT_NE(polish.body.find("<p>Together, at tea and talk.</p>"), std::string::npos);
    // A language nobody translated into reads as the original.
    auto const arabic = anonymous().get(path + "?language=ar");
    EXPECT_NE(arabic.body.find("<p>We visit every week.</p>"), std::string::npos);
    EXPECT_NE(arabic.body.find("<html lang=\"en\" dir=\"ltr\">"), std::string::npos);
    EXPECT_EQ(arabic.body.find("still in English"), std::string::npos);

    // Reworded in the draft: its writer reading the draft sees the translation is of older words; members still read the version it was made from.
    ASSERT_EQ(convener.patch("/api/v1/documents/" + document + "/sections/" + objective, boost::json::value { { "body", "We visit twice a week." } }).status,
        200);
    EXPECT_TRUE(versions_for(convener, objective).at("translations").as_array()[0].at("outdated").as_bool());
    EXPECT_TRUE(versions_for(convener, objective).at("easy_read").as_array()[0].at("outdated").as_bool());
    EXPECT_FALSE(versions_for(member, objective).at("translations").as_array()[0].at("outdated").as_bool());
    // Published: now everyone's translation is of older words, and the public page offers no Polish.
    ASSERT_EQ(convener.post("/api/v1/documents/" + document + "/publish", boost::json::value(boost::json::object {})).status, 201);
    EXPECT_TRUE(versions_for(member, objective).at("translations").as_array()[0].at("outdated").as_bool());
    auto const after = anonymous().get(path + "?language=pl");
    EXPECT_NE(after.body.find("<p>We visit twice a week.</p>"), std::string::npos) << after.body;
    EXPECT_EQ(after.body.find("Mniej samotnych"), std::string::npos);
    EXPECT_EQ(after.body.find("?language=pl"), std::string::npos);
    EXPECT_EQ(after.body.find("Easy Read</summary>"), std::string::npos);
}

TEST_F(DocumentsApi, ThePeopleWhoseWordsShapedAnObjectiveHearHowItIsGoing)
{
    auto convener = convener_a();
    auto member = member_a();
    auto const project = make_project("Progress news project");
    auto const said = contribute(member, project, "Travel time between visits, please.");
    auto const document = start_document(convener, project, "Rota strategy");
    auto const objective = add_section(convener, document, { { "kind", "objective" }, { "heading", "Time to care" } });
    auto const action = add_section(convener, document, { { "kind", "action" }, { "heading", "Travel time on every rota" }, { "parent_id", objective } });
    link(convener, action, "contribution", said);

    auto shaped_notices = [&] {
        std::vector<boost::json::object> found;
        auto const list = member.get("/api/v1/notifications?limit=100").json();
        for (auto const& entry : list.at("items").as_array())
            if (text(entry.at("kind")) == "shaped_progress")
                found.push_back(entry.as_object());
        return found;
    };
    EXPECT_TRUE(shaped_notices().empty());
    // The action moves on: Mo, whose words it rests on, is told.
    ASSERT_EQ(convener.post("/api/v1/sections/" + action + "/progress", boost::json::value { { "status", "done" }, { "note", "Every rota has it." } }).status, 201);
    auto const notices = shaped_notices();
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_EQ(text(notices[0].at("params").at("section_heading")), "Travel time on every rota");
    EXPECT_EQ(text(notices[0].at("params").at("section_status")), "done");
    EXPECT_EQ(text(notices[0].at("topic")), "answers");
    // The objective it delivers moves on too: told again, once.
    ASSERT_EQ(convener.post("/api/v1/sections/" + objective + "/progress", boost::json::value { { "status", "on_track" } }).status, 201);
    EXPECT_EQ(shaped_notices().size(), 2u);
    // Nobody else is told.
    auto other = person_with_session("Nia Nobody", "residents").client;
    auto const others = other.get("/api/v1/notifications?limit=100").json();
    for (auto const& entry : others.at("items").as_array())
        EXPECT_NE(text(entry.at("kind")), "shaped_progress");
}

}
}
