// The glossary's match rules and the Reading Ease target (issue 13, item 9):
// whole terms and their inflections only, plural abbreviations, and a score
// equal to the target meeting it.

#include <algorithm>

#include <gtest/gtest.h>

#include "modules/language/glossary.hpp"
#include "modules/language/readability.hpp"
#include "modules/language/service.hpp"

namespace rt::language {
namespace {

std::shared_ptr<CompiledGlossary const> shipped()
{
    static auto const glossary = std::make_shared<CompiledGlossary const>(shipped_glossary());
    return glossary;
}

// The glossary terms (or acronyms as written) found in a text, in order.
std::vector<std::string> found_in(std::string const& text)
{
    std::vector<std::string> found;
    for (auto const& hit : find_jargon(analyse(text, "en"), *shipped()))
        found.push_back(hit.found);
    return found;
}

TEST(GlossaryMatch, LocalIsNotLocality)
{
    // "locality" is in the shipped glossary; Snowball stems both it and "local"
    // to "local", which used to flag every "local".
    ASSERT_TRUE(std::ranges::any_of(shipped_glossary(), [](Term const& term) { return term.term == "locality"; }));
    EXPECT_EQ(found_in("We meet at the local library."), std::vector<std::string> {});
    EXPECT_EQ(found_in("Local people chose the place."), std::vector<std::string> {});
    // The term itself, and its plural, still are.
    EXPECT_EQ(found_in("Each locality has a team."), std::vector<std::string> { "locality" });
    EXPECT_EQ(found_in("Both localities have a team."), std::vector<std::string> { "localities" });
}

TEST(GlossaryMatch, PluralAbbreviationsAreFound)
{
    // KPI is in the glossary; the plural is the same abbreviation.
    EXPECT_EQ(found_in("We track three KPIs each month."), std::vector<std::string> { "KPIs" });
    EXPECT_EQ(found_in("We track one KPI each month."), std::vector<std::string> { "KPI" });
    auto const hits = find_jargon(analyse("We track three KPIs each month.", "en"), *shipped());
    ASSERT_EQ(hits.size(), 1u);
    ASSERT_NE(hits[0].term, nullptr);
    EXPECT_EQ(hits[0].term->term, "KPI");
    EXPECT_EQ(hits[0].term->plain, "measure of success");
    EXPECT_EQ(hits[0].kind, "acronym");
}

TEST(GlossaryMatch, InflectionsOfATermAreFound)
{
    EXPECT_EQ(found_in("We triangulated the findings."), std::vector<std::string> { "triangulated" });
    EXPECT_EQ(found_in("We will triangulate them."), std::vector<std::string> { "triangulate" });
    EXPECT_EQ(found_in("Triangulating takes time."), std::vector<std::string> { "Triangulating" });
    EXPECT_EQ(found_in("The gap analysis is done."), std::vector<std::string> { "gap analysis" });
    // "gap" alone is a plain word.
    EXPECT_EQ(found_in("Mind the gap."), std::vector<std::string> {});
}

TEST(GlossaryMatch, InflectionRule)
{
    EXPECT_TRUE(is_inflection_of("locals", "local"));
    EXPECT_FALSE(is_inflection_of("local", "locality"));
    EXPECT_FALSE(is_inflection_of("locality", "local"));
    EXPECT_TRUE(is_inflection_of("communities", "community"));
    EXPECT_TRUE(is_inflection_of("committed", "commit"));
    EXPECT_TRUE(is_inflection_of("triangulating", "triangulate"));
    EXPECT_TRUE(is_inflection_of("stakeholders'", "stakeholder"));
    // Derived words share a stem but are other words.
    EXPECT_FALSE(is_inflection_of("commissioner", "commissioning"));
    EXPECT_FALSE(is_inflection_of("generally", "general"));
}

TEST(ReadingEaseTarget, AScoreEqualToTheTargetMeetsIt)
{
    // One sentence of 11 words and 14 syllables (the/peo-ple/met/to-day/and/
    // talked/a-bout/a/new/park/plan, counted by hand):
    // 206.835 - 1.015 * 11 - 84.6 * 14 / 11 = 206.835 - 11.165 - 107.6727... = 87.9973,
    // reported to two places as 88.00. With a target of 88 it meets the target;
    // it used to be judged below it on the third decimal place.
    CheckForm form;
    form.text = "The people met today and talked about a new park plan.";
    form.min_reading_ease = 88;
    auto const result = check_text(form, shipped());
    ASSERT_EQ(result.scores.words, 11u);
    ASSERT_EQ(result.scores.syllables, 14u);
    ASSERT_TRUE(result.scores.reading_ease);
    EXPECT_NEAR(*result.scores.reading_ease, 87.9973, 0.0001);
    EXPECT_TRUE(result.jargon.empty());
    EXPECT_TRUE(result.meets_target);
    EXPECT_TRUE(result.reasons.empty());
    // One point more is a real shortfall.
    form.min_reading_ease = 89;
    EXPECT_FALSE(check_text(form, shipped()).meets_target);
}

}
}
