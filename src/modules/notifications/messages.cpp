#include "modules/notifications/messages.hpp"


namespace rt::notifications {

namespace {

struct Words {
    char const* subject;
    char const* greeting;
    char const* invites_you;
    char const* invites_organisation;
    char const* answer;
    char const* code;
    char const* direction;
};

// Written for Roundtable, in plain words. Polish and Arabic read as their own
// sentences, not word for word.
Words const& words_for(std::string const& language)
{
    static Words const english { "You are invited: {{project}}", "Hello {{name}},",
        "{{sender}} invites you to take part in \"{{project}}\" from the start, as an equal partner.",
        "{{sender}} invites {{organisation}} to take part in \"{{project}}\" from the start, as an equal partner. You get this email because you act for {{organisation}}.",
        "To say yes or no, open this page:", "Your invitation code is {{code}}. You can also answer by phone or on paper: just give the code.",
        "ltr" };
    static Words const polish { "Zaproszenie: {{project}}", "Dzień dobry, {{name}}!",
        "{{sender}} zaprasza Cię do udziału w projekcie „{{project}}” od samego początku, jako równorzędnego partnera.",
        "{{sender}} zaprasza organizację {{organisation}} do udziału w projekcie „{{project}}” od samego początku, jako równorzędnego partnera. Otrzymujesz tę wiadomość, bo działasz w imieniu {{organisation}}.",
        "Aby odpowiedzieć tak lub nie, otwórz tę stronę:", "Twój kod zaproszenia to {{code}}. Możesz też odpowiedzieć telefonicznie lub na papierze: wystarczy podać kod.",
        "ltr" };
    static Words const arabic { "دعوة: {{project}}", "مرحبًا {{name}}،",
        "يدعوك {{sender}} إلى المشاركة في مشروع «{{project}}» منذ بدايته، شريكًا على قدم المساواة.",
        "يدعو {{sender}} منظمة {{organisation}} إلى المشاركة في مشروع «{{project}}» منذ بدايته، شريكًا على قدم المساواة. تصلك هذه الرسالة لأنك تعمل باسم {{organisation}}.",
        "للرد بنعم أو لا، افتح هذه الصفحة:", "رمز دعوتك هو {{code}}. يمكنك أيضًا الرد عبر الهاتف أو على الورق: اذكر الرمز فقط.",
        "rtl" };
    auto const primary = language.substr(0, language.find('-'));
    if (primary == "pl")
        return polish;
    if (primary == "ar")
        return arabic;
    return english;
}

}

Rendered render_invitation(std::string const& language, std::map<std::string, std::string> const& values, bool for_organisation)
{
    auto const& words = words_for(language);
    Rendered rendered;
    auto const primary = language.substr(0, language.find('-'));
    rendered.language = primary == "pl" || primary == "ar" ? primary : "en";
    rendered.fell_back = rendered.language != primary;
    std::string const invites = for_organisation ? words.invites_organisation : words.invites_you;
    rendered.subject = fill_template(words.subject, values, false);
    auto const [footer_text, footer_html] = footer_for(rendered.language, values, true);
    rendered.text = fill_template(std::string { words.greeting } + "\n\n" + invites + "\n\n{{summary}}\n\n" + words.answer + "\n{{link}}\n\n"
                            + words.code + "\n\n",
                        values, false)
        + footer_text;
    rendered.html = fill_template(std::string { "<!DOCTYPE html>\n<html lang=\"" } + rendered.language + "\" dir=\"" + words.direction
            + "\">\n<head><meta charset=\"utf-8\"><title>" + words.subject + "</title></head>\n<body style=\"font-family: sans-serif; font-size: 18px; "
              "line-height: 1.5; max-width: 40em;\">\n<h1 style=\"font-size: 24px;\">" + words.subject + "</h1>\n<p>" + words.greeting + "</p>\n<p>"
            + invites + "</p>\n<p>{{summary}}</p>\n<p>" + words.answer + " <a href=\"{{link}}\">{{link}}</a></p>\n<p>" + words.code + "</p>\n",
                        values, true)
        + footer_html + "</body>\n</html>\n";
    return rendered;
}

}
