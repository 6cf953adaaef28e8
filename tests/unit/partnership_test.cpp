// The partnership module's pure parts: permissions and form validation.

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "core/language_tag.hpp"
#include "modules/partnership/forms.hpp"
#include "modules/partnership/permissions.hpp"

namespace rt::partnership {
namespace {

Actor const k_convener { "convener-id", "p1", Role::Convener, "", "" };
Actor const k_member { "member-id", "p1", Role::Member, "", "" };

PersonForm form_from(char const* json)
{
    return *PersonForm::read(boost::json::parse(json).as_object(), FormMode::Update);
}

TEST(PartnershipPermissions, ConvenersManageMembersRead)
{
    EXPECT_TRUE(can_view_partnership(k_member));
    EXPECT_TRUE(can_manage_organisations(k_convener));
    EXPECT_FALSE(can_manage_organisations(k_member));
    EXPECT_TRUE(can_add_people(k_convener));
    EXPECT_FALSE(can_add_people(k_member));
    EXPECT_TRUE(can_change_partnership(k_convener));
    EXPECT_FALSE(can_change_partnership(k_member));
}

TEST(PartnershipPermissions, APersonEditsTheirOwnProfileOnly)
{
    auto const profile = form_from(R"({"name": "New Name", "access_needs": ["easy-read"]})");
    EXPECT_TRUE(can_edit_person(k_member, "member-id", profile));
    EXPECT_FALSE(can_edit_person(k_member, "someone-else", profile));
    EXPECT_TRUE(can_edit_person(k_convener, "someone-else", profile));
    EXPECT_FALSE(can_edit_person(k_member, "member-id", form_from(R"({"role": "convener"})")));
    EXPECT_FALSE(can_edit_person(k_member, "member-id", form_from(R"({"email": "new@example.test"})")));
    EXPECT_FALSE(can_edit_person(k_member, "member-id", form_from(R"({"organisation_ids": []})")));
}

TEST(PartnershipPermissions, PersonalDataForThemselvesAndConveners)
{
    EXPECT_TRUE(can_see_personal_data(k_member, "member-id"));
    EXPECT_FALSE(can_see_personal_data(k_member, "someone-else"));
    EXPECT_TRUE(can_see_personal_data(k_convener, "someone-else"));
}

TEST(PartnershipForms, CreateNeedsNameAndSector)
{
    auto const empty = OrganisationForm::read(boost::json::object {}, FormMode::Create);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().kind, ErrorKind::Invalid);
    EXPECT_EQ(empty.error().field_errors.size(), 2u);
    EXPECT_TRUE(empty.error().field_errors.contains("name"));
    EXPECT_TRUE(empty.error().field_errors.contains("sector"));
    EXPECT_TRUE(OrganisationForm::read(boost::json::object {}, FormMode::Update));
}

TEST(PartnershipForms, LanguageTagsAndColours)
{
    // Any well-formed BCP 47 tag of a known ISO 639 language (core/language_tag.hpp), Tigrinya among them.
    for (auto const* tag : { "en", "pl", "ar", "so", "ti", "pt-BR", "zh-Hant", "sr-Latn-RS", "ckb", "fil", "tl", "bfi" })
        EXPECT_TRUE(is_language_tag(tag)) << tag;
    // Not well-formed, or no known language: "xx" and "qaa" are free codes, "und" is undetermined.
    for (auto const* tag : { "", "e", "english", "en-", "en--GB", "en_GB", "en-toolongsubtag", "xx", "qaa", "und", "x-private", "ti ", "ትግርኛ" })
        EXPECT_FALSE(is_language_tag(tag)) << tag;
    // Canonical case and ICU's canonical codes.
    EXPECT_EQ(canonical_language_tag("TI"), "ti");
    EXPECT_EQ(canonical_language_tag("pt-br"), "pt-BR");
    EXPECT_EQ(canonical_language_tag("ZH-HANT"), "zh-Hant");
    EXPECT_EQ(canonical_language_tag("iw"), "he");
    EXPECT_EQ(canonical_language_tag("sgn-GB"), "bfi");
    EXPECT_TRUE(language_covers("pt", "pt-BR"));
    EXPECT_TRUE(language_covers("pt-BR", "pt"));
    EXPECT_FALSE(language_covers("pt", "pl"));
    EXPECT_FALSE(language_covers("zh-Hans", "zh-Hant"));
    EXPECT_TRUE(is_colour("#0b6e4F"));
    EXPECT_FALSE(is_colour("0b6e4f"));
    EXPECT_FALSE(is_colour("#0b6e4"));
    EXPECT_FALSE(is_colour("#0b6e4g"));
}

TEST(PartnershipForms, EmailsAreLowercasedAndChecked)
{
    auto const form = PersonForm::read(boost::json::parse(R"({"name": "A", "email": "Ada.Lovelace@Example.ORG"})").as_object(), FormMode::Create);
    ASSERT_TRUE(form);
    EXPECT_EQ(form->email, "ada.lovelace@example.org");
    for (auto const* email : { "no-at-sign", "two@@example.org", "a@nodot", "a b@example.org", "@example.org" }) {
        boost::json::object body { { "name", "A" }, { "email", email } };
        EXPECT_FALSE(PersonForm::read(body, FormMode::Create)) << email;
    }
}

}
}
