// Living documents (modules/documents): the golden thread's rules and the
// difference between versions, against trees worked by hand.

#include <gtest/gtest.h>

#include "modules/documents/difference.hpp"
#include "modules/documents/thread.hpp"

namespace rt::documents {
namespace {

Section section(std::string id, std::string kind, std::optional<std::string> parent = std::nullopt, int position = 0,
    std::optional<std::string> status = std::nullopt)
{
    Section made;
    made.id = std::move(id);
    made.kind = std::move(kind);
    made.parent_id = std::move(parent);
    made.position = position;
    made.status = std::move(status);
    made.heading = made.id;
    return made;
}

SectionLink link(std::string id, std::string section_id, std::string source_kind, std::string source_id, std::string fingerprint = "f")
{
    SectionLink made;
    made.id = std::move(id);
    made.section_id = std::move(section_id);
    made.source_kind = std::move(source_kind);
    made.source_id = std::move(source_id);
    made.fingerprint = std::move(fingerprint);
    return made;
}

// The strategy used below:
//   V  vision
//   ├─ O1 objective          links: C1 (contribution)
//   │  ├─ A1 action          links: C2 (contribution)
//   │  └─ A2 action
//   └─ O2 objective          links: V (serves the vision)
//   A3 action (top level)    links: O2 (delivers it), N1 (need)
//   T  text
std::vector<Section> strategy()
{
    return { section("V", "vision", std::nullopt, 0), section("O1", "objective", "V", 0), section("A1", "action", "O1", 0, "done"),
        section("A2", "action", "O1", 1, "at_risk"), section("O2", "objective", "V", 1), section("A3", "action", std::nullopt, 1, "dropped"),
        section("T", "text", std::nullopt, 2) };
}

std::vector<SectionLink> strategy_links()
{
    return { link("l-o1-c1", "O1", "contribution", "C1", "c1"), link("l-a1-c2", "A1", "contribution", "C2", "c2"),
        link("l-o2-v", "O2", "section", "V", "v"), link("l-a3-o2", "A3", "section", "O2", "o2"), link("l-a3-n1", "A3", "need", "N1", "n1") };
}

Fingerprints unchanged()
{
    return { { { "contribution", "C1" }, "c1" }, { { "contribution", "C2" }, "c2" }, { { "section", "V" }, "v" }, { { "section", "O2" }, "o2" },
        { { "need", "N1" }, "n1" } };
}

TEST(DocumentOrder, ParentsComeBeforeTheirChildrenAndSiblingsGoByPosition)
{
    // Given shuffled: the reading order is V, O1, A1, A2, O2, A3, T.
    auto sections = strategy();
    std::ranges::reverse(sections);
    std::vector<std::string> ids;
    for (auto const& s : in_reading_order(sections))
        ids.push_back(s.id);
    EXPECT_EQ(ids, (std::vector<std::string> { "V", "O1", "A1", "A2", "O2", "A3", "T" }));
}

TEST(Wording, ATranslationSplitsBackIntoHeadingAndBodyAtTheFirstBlankLine)
{
    Section section;
    section.heading = "Fewer lonely people";
    section.body = "We visit.\n\nEvery week.";
    EXPECT_EQ(published_wording(section), "Fewer lonely people\n\nWe visit.\n\nEvery week.");
    using Split = std::pair<std::string, std::string>;
    EXPECT_EQ(split_wording("Mniej samotnych\n\nOdwiedzamy.\n\nCo tydzień."), (Split { "Mniej samotnych", "Odwiedzamy.\n\nCo tydzień." }));
    // A blank line with spaces or a carriage return still separates; spaces around are dropped.
    EXPECT_EQ(split_wording("  Heading \r\n \r\nBody\r\n"), (Split { "Heading", "Body" }));
    // No blank line: the first line is the heading.
    EXPECT_EQ(split_wording("Heading\nBody line one\nline two"), (Split { "Heading", "Body line one\nline two" }));
    EXPECT_EQ(split_wording("Only a heading"), (Split { "Only a heading", "" }));
    EXPECT_EQ(split_wording(""), (Split { "", "" }));
}

TEST(Suspicion, NothingIsSuspectWhileEverySourceIsAsItWas)
{
    auto const found = find_suspicion(strategy(), strategy_links(), unchanged());
    EXPECT_TRUE(found.links.empty());
    EXPECT_TRUE(found.sections.empty());
}

TEST(Suspicion, AChangedContributionClimbsToEverySectionAboveItsOwn)
{
    // C2 is reworded: A1's link to it is suspect, so A1 is; above A1 is its
    // parent O1, and above O1 the vision V. O2, A2, A3 and T are untouched.
    auto now = unchanged();
    now[{ "contribution", "C2" }] = "c2-reworded";
    auto const found = find_suspicion(strategy(), strategy_links(), now);
    EXPECT_EQ(found.links, (std::set<std::string> { "l-a1-c2" }));
    std::map<std::string, SuspectReason> const expected { { "A1", SuspectReason::SourceChanged }, { "O1", SuspectReason::Beneath },
        { "V", SuspectReason::Beneath } };
    EXPECT_EQ(found.sections, expected);
}

TEST(Suspicion, AChangedNeedClimbsThroughTheLinksAnActionDeliversBy)
{
    // N1 is merged away (gone): A3's link is suspect; A3 delivers O2 (a
    // link, not a parent), and O2 serves V: A3, O2 and V are suspect.
    auto now = unchanged();
    now.erase({ "need", "N1" });
    auto const found = find_suspicion(strategy(), strategy_links(), now);
    EXPECT_EQ(found.links, (std::set<std::string> { "l-a3-n1" }));
    std::map<std::string, SuspectReason> const expected { { "A3", SuspectReason::SourceChanged }, { "O2", SuspectReason::Beneath },
        { "V", SuspectReason::Beneath } };
    EXPECT_EQ(found.sections, expected);
}

TEST(Suspicion, ARewordedSectionMakesOnlyTheLinksToItSuspect)
{
    // O2 is reworded: A3's link to O2 is suspect and A3 with it; nothing
    // climbs, since what people said has not changed.
    auto now = unchanged();
    now[{ "section", "O2" }] = "o2-reworded";
    auto const found = find_suspicion(strategy(), strategy_links(), now);
    EXPECT_EQ(found.links, (std::set<std::string> { "l-a3-o2" }));
    std::map<std::string, SuspectReason> const expected { { "A3", SuspectReason::SourceChanged } };
    EXPECT_EQ(found.sections, expected);
}

TEST(Suspicion, ASectionWithItsOwnSuspectLinkKeepsThatReason)
{
    // C1 and C2 both change: O1 has its own suspect link (to C1) and is
    // also above A1; it is suspect for its own link.
    auto now = unchanged();
    now[{ "contribution", "C1" }] = "x";
    now[{ "contribution", "C2" }] = "y";
    auto const found = find_suspicion(strategy(), strategy_links(), now);
    EXPECT_EQ(found.links, (std::set<std::string> { "l-o1-c1", "l-a1-c2" }));
    EXPECT_EQ(found.sections.at("O1"), SuspectReason::SourceChanged);
    EXPECT_EQ(found.sections.at("A1"), SuspectReason::SourceChanged);
    EXPECT_EQ(found.sections.at("V"), SuspectReason::Beneath);
    EXPECT_EQ(found.sections.size(), 3u);
}

TEST(Suspicion, ACycleOfLinksEnds)
{
    // X links to Y and Y to X (a mistake, but possible): a change under X
    // marks X, then Y, and stops.
    std::vector<Section> const sections { section("X", "objective"), section("Y", "objective", std::nullopt, 1) };
    std::vector<SectionLink> const links { link("xy", "X", "section", "Y", "y"), link("yx", "Y", "section", "X", "x"),
        link("xc", "X", "contribution", "C", "c") };
    Fingerprints const now { { { "section", "X" }, "x" }, { { "section", "Y" }, "y" }, { { "contribution", "C" }, "changed" } };
    auto const found = find_suspicion(sections, links, now);
    EXPECT_EQ(found.links, (std::set<std::string> { "xc" }));
    EXPECT_EQ(found.sections.at("X"), SuspectReason::SourceChanged);
    EXPECT_EQ(found.sections.at("Y"), SuspectReason::Beneath);
}

TEST(CommunityTrace, SectionsWithNoPathToWhatPeopleSaidAreFlagged)
{
    // O1 (C1), A1 (C2) and A3 (N1) link to what people said. O2 links only
    // to V, and V to nothing: both are flagged. A2 has no link: flagged (its
    // parent's trace is not its own). T is text: never flagged.
    EXPECT_EQ(without_community_trace(strategy(), strategy_links()), (std::set<std::string> { "V", "O2", "A2" }));
}

TEST(CommunityTrace, ALinkToATracedSectionCarriesTheTrace)
{
    // O2 serves O1 (traced to C1), so O2 is traced; A9 delivers O2, so A9 is too.
    std::vector<Section> const sections { section("O1", "objective"), section("O2", "objective", std::nullopt, 1), section("A9", "action", std::nullopt, 2) };
    std::vector<SectionLink> const links { link("a", "A9", "section", "O2"), link("b", "O2", "section", "O1"), link("c", "O1", "contribution", "C1") };
    EXPECT_TRUE(without_community_trace(sections, links).empty());
}

TEST(ProgressRollUp, DoneCountsDroppedLeavesTheCountAndTheRestCountNothing)
{
    // O1's actions are its children A1 (done) and A2 (at risk): 1 / 2 = 0.5.
    auto const o1 = roll_up("O1", strategy(), strategy_links());
    EXPECT_EQ(o1.actions, 2);
    EXPECT_EQ(o1.done, 1);
    EXPECT_EQ(o1.dropped, 0);
    ASSERT_TRUE(o1.share);
    EXPECT_DOUBLE_EQ(*o1.share, 0.5);
}

TEST(ProgressRollUp, AnObjectiveWhoseOnlyActionWasDroppedHasNotEnoughData)
{
    // O2's one action is A3 (linked, not a child), dropped: 1 action, 1
    // dropped, nothing left to count: no share, not 0.
    auto const o2 = roll_up("O2", strategy(), strategy_links());
    EXPECT_EQ(o2.actions, 1);
    EXPECT_EQ(o2.dropped, 1);
    EXPECT_FALSE(o2.share);
}

TEST(ProgressRollUp, ChildrenAndLinkedActionsCountOnceEach)
{
    // Four actions: B1 child and also linked (counted once), done; B2
    // linked, done; B3 child, dropped; B4 child, not started (no status).
    // Counted: 4 - 1 dropped = 3; done 2: share 2/3.
    std::vector<Section> const sections { section("O", "objective"), section("B1", "action", "O", 0, "done"), section("B2", "action", std::nullopt, 1, "done"),
        section("B3", "action", "O", 1, "dropped"), section("B4", "action", "O", 2) };
    std::vector<SectionLink> const links { link("1", "B1", "section", "O"), link("2", "B2", "section", "O") };
    auto const progress = roll_up("O", sections, links);
    EXPECT_EQ(progress.actions, 4);
    EXPECT_EQ(progress.done, 2);
    EXPECT_EQ(progress.dropped, 1);
    ASSERT_TRUE(progress.share);
    EXPECT_DOUBLE_EQ(*progress.share, 2.0 / 3.0);
}

TEST(WordDifference, MarksTheWordsThatChanged)
{
    // "We will visit lonely people weekly" -> "We will phone and visit isolated people weekly":
    // kept "We will", added "phone and", kept "visit", "lonely" replaced by "isolated", kept "people weekly".
    auto const runs = difference_in_words("We will visit lonely people weekly", "We will phone and visit isolated people weekly");
    ASSERT_EQ(runs.size(), 6u);
    EXPECT_EQ(runs[0].change, WordChange::Same);
    EXPECT_EQ(runs[0].text, "We will");
    EXPECT_EQ(runs[1].change, WordChange::Added);
    EXPECT_EQ(runs[1].text, "phone and");
    EXPECT_EQ(runs[2].change, WordChange::Same);
    EXPECT_EQ(runs[2].text, "visit");
    EXPECT_EQ(runs[3].change, WordChange::Removed);
    EXPECT_EQ(runs[3].text, "lonely");
    EXPECT_EQ(runs[4].change, WordChange::Added);
    EXPECT_EQ(runs[4].text, "isolated");
    EXPECT_EQ(runs[5].change, WordChange::Same);
    EXPECT_EQ(runs[5].text, "people weekly");
}

TEST(VersionDifference, SectionsAreAddedRemovedRewordedOrUnchanged)
{
    // Earlier: V, O1, O2. Later: V (same), O1 reworded, O3 added after O1; O2 removed.
    auto v = section("V", "vision");
    v.body = "A borough where nobody is alone";
    auto o1 = section("O1", "objective", "V", 0);
    o1.body = "Reach lonely people";
    auto o2 = section("O2", "objective", "V", 1);
    o2.body = "Run a newsletter";
    auto o1_later = o1;
    o1_later.body = "Reach isolated people";
    auto o3 = section("O3", "objective", "V", 1);
    o3.body = "Train volunteers";
    auto const differences = difference_between({ v, o1, o2 }, { v, o1_later, o3 });
    ASSERT_EQ(differences.size(), 4u);
    EXPECT_EQ(differences[0].section_id, "V");
    EXPECT_EQ(differences[0].change, SectionChange::Unchanged);
    EXPECT_EQ(differences[1].section_id, "O1");
    EXPECT_EQ(differences[1].change, SectionChange::Reworded);
    ASSERT_EQ(differences[1].body_words.size(), 4u); // Reach / -lonely / +isolated / people
    EXPECT_EQ(differences[1].body_words[1].text, "lonely");
    EXPECT_EQ(differences[1].body_words[1].change, WordChange::Removed);
    EXPECT_EQ(differences[1].body_words[2].text, "isolated");
    EXPECT_EQ(differences[1].body_words[2].change, WordChange::Added);
    // O2 followed O1 in the earlier version, so its removal shows after O1.
    EXPECT_EQ(differences[2].section_id, "O2");
    EXPECT_EQ(differences[2].change, SectionChange::Removed);
    EXPECT_EQ(differences[3].section_id, "O3");
    EXPECT_EQ(differences[3].change, SectionChange::Added);
}

}
}
