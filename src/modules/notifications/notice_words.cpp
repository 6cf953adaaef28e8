#include "modules/notifications/messages.hpp"

#include <array>
#include <memory>

#include <kainjow/mustache.hpp>
#include <unicode/datefmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include "core/time.hpp"

namespace rt::notifications {

namespace {

// en, pl, ar: each notice in plain words, Polish and Arabic as their own sentences.
using Three = std::array<char const*, 3>;

struct KindWords {
    std::string_view kind;
    std::string_view variant; // "" or a params value that changes the words (waiting, passed, a claim's status)
    Three subject;
    Three line;
};

KindWords const k_kinds[] = {
    { "activity_confirmation", "", { "Your place: {{activity_title}}", "Masz miejsce: {{activity_title}}", "مكانك محجوز: {{activity_title}}" },
        { "You have a place at \"{{activity_title}}\", {{when}}, {{place}}. The calendar file in this email adds it to your calendar.",
            "Masz miejsce na „{{activity_title}}”, {{when}}, {{place}}. Plik kalendarza w tej wiadomości doda to spotkanie do Twojego kalendarza.",
            "لك مكان في «{{activity_title}}»، {{when}}، {{place}}. ملف التقويم المرفق بهذه الرسالة يضيفه إلى تقويمك." } },
    { "activity_confirmation", "waiting", { "Waiting list: {{activity_title}}", "Lista oczekujących: {{activity_title}}", "قائمة الانتظار: {{activity_title}}" },
        { "You are on the waiting list for \"{{activity_title}}\", {{when}}. We will email you if a place comes free.",
            "Jesteś na liście oczekujących na „{{activity_title}}”, {{when}}. Napiszemy do Ciebie, gdy zwolni się miejsce.",
            "أنت على قائمة الانتظار لـ«{{activity_title}}»، {{when}}. سنراسلك إذا توفر مكان." } },
    { "activity_reminder", "", { "In two days: {{activity_title}}", "Za dwa dni: {{activity_title}}", "بعد يومين: {{activity_title}}" },
        { "A reminder: \"{{activity_title}}\" is {{when}}, {{place}}.", "Przypominamy: „{{activity_title}}” odbędzie się {{when}}, {{place}}.",
            "تذكير: «{{activity_title}}» سيكون {{when}}، {{place}}." } },
    { "activity_changed", "", { "Changed: {{activity_title}}", "Zmiana: {{activity_title}}", "تغيير: {{activity_title}}" },
        { "\"{{activity_title}}\" has changed. It is now {{when}}, {{place}}. The calendar file in this email updates your calendar.",
            "„{{activity_title}}” się zmieniło. Teraz odbędzie się {{when}}, {{place}}. Plik kalendarza w tej wiadomości zaktualizuje Twój kalendarz.",
            "تغيّر موعد «{{activity_title}}» أو مكانه. أصبح الآن {{when}}، {{place}}. ملف التقويم المرفق يحدّث تقويمك." } },
    { "activity_cancelled", "", { "Cancelled: {{activity_title}}", "Odwołane: {{activity_title}}", "أُلغي: {{activity_title}}" },
        { "\"{{activity_title}}\", {{when}}, has been cancelled. The calendar file in this email takes it out of your calendar.",
            "„{{activity_title}}”, {{when}}, zostało odwołane. Plik kalendarza w tej wiadomości usunie je z Twojego kalendarza.",
            "أُلغي «{{activity_title}}»، {{when}}. ملف التقويم المرفق يزيله من تقويمك." } },
    { "waiting_list_place", "", { "A place for you: {{activity_title}}", "Zwolniło się miejsce: {{activity_title}}", "مكان لك: {{activity_title}}" },
        { "A place came free and it is yours: \"{{activity_title}}\", {{when}}, {{place}}.",
            "Zwolniło się miejsce i jest Twoje: „{{activity_title}}”, {{when}}, {{place}}.", "توفر مكان وهو لك: «{{activity_title}}»، {{when}}، {{place}}." } },
    { "shaped_progress", "", { "News of what you said shaped: {{section_heading}}", "Wiadomość o tym, co współtworzyłeś(-aś): {{section_heading}}",
                                 "أخبار ما ساهمت فيه: {{section_heading}}" },
        { "What you said shaped \"{{section_heading}}\" in \"{{document_title}}\". Its progress: {{status_words}}. {{note}}",
            "To, co powiedziałeś(-aś), współtworzyło „{{section_heading}}” w dokumencie „{{document_title}}”. Postęp: {{status_words}}. {{note}}",
            "ساهم ما قلته في «{{section_heading}}» ضمن «{{document_title}}». التقدّم: {{status_words}}. {{note}}" } },
    { "contribution_answered", "", { "An answer to what you said: {{project_title}}", "Odpowiedź na Twój głos: {{project_title}}", "رد على ما قلته: {{project_title}}" },
        { "The organisers of \"{{project_title}}\" answered what you said: {{response}}",
            "Organizatorzy projektu „{{project_title}}” odpowiedzieli na to, co napisałeś(-aś): {{response}}",
            "ردّ منظمو «{{project_title}}» على ما قلته: {{response}}" } },
    { "decision_closed", "passed", { "Agreed: {{proposal_title}}", "Przyjęte: {{proposal_title}}", "تمت الموافقة: {{proposal_title}}" },
        { "The vote on \"{{proposal_title}}\" in \"{{project_title}}\" has closed. It was agreed.",
            "Głosowanie nad „{{proposal_title}}” w projekcie „{{project_title}}” zakończyło się. Propozycja została przyjęta.",
            "انتهى التصويت على «{{proposal_title}}» في «{{project_title}}». تمت الموافقة عليه." } },
    { "decision_closed", "", { "Not agreed: {{proposal_title}}", "Nieprzyjęte: {{proposal_title}}", "لم تتم الموافقة: {{proposal_title}}" },
        { "The vote on \"{{proposal_title}}\" in \"{{project_title}}\" has closed. It was not agreed.",
            "Głosowanie nad „{{proposal_title}}” w projekcie „{{project_title}}” zakończyło się. Propozycja nie została przyjęta.",
            "انتهى التصويت على «{{proposal_title}}» في «{{project_title}}». لم تتم الموافقة عليه." } },
    { "claim_decided", "approved", { "Your claim was approved", "Twój wniosek zatwierdzono", "تمت الموافقة على طلبك" },
        { "Your claim for {{amount}} was approved. It will be paid soon.", "Twój wniosek na {{amount}} został zatwierdzony. Wkrótce zostanie wypłacony.",
            "تمت الموافقة على طلبك بمبلغ {{amount}}. سيُدفع قريبًا." } },
    { "claim_decided", "rejected", { "Your claim was not approved", "Twój wniosek nie został zatwierdzony", "لم تتم الموافقة على طلبك" },
        { "Your claim for {{amount}} was not approved. The reason given: {{reason}}", "Twój wniosek na {{amount}} nie został zatwierdzony. Powód: {{reason}}",
            "لم تتم الموافقة على طلبك بمبلغ {{amount}}. السبب: {{reason}}" } },
    { "claim_decided", "paid", { "Your claim has been paid", "Twój wniosek został wypłacony", "تم دفع طلبك" },
        { "Your claim for {{amount}} has been paid.", "Kwota {{amount}} z Twojego wniosku została wypłacona.", "تم دفع مبلغ {{amount}} من طلبك." } },
    // Security mail: sent by enqueue_security_mail, never through notify() (they have no topic).
    { "account_invitation", "", { "Set up your Roundtable account", "Załóż konto w Roundtable", "أنشئ حسابك في Roundtable" },
        { "{{sender_name}} has added you to {{partnership}} on Roundtable, where partners plan local services together. To set up your account, "
          "choose a password with the link below within 7 days. The link works once.",
            "{{sender_name}} dodał(a) Cię do partnerstwa {{partnership}} w Roundtable, gdzie partnerzy wspólnie planują lokalne usługi. "
            "Aby założyć konto, wybierz hasło przez poniższy link w ciągu 7 dni. Link działa tylko raz.",
            "أضافك {{sender_name}} إلى {{partnership}} على Roundtable، حيث يخطط الشركاء الخدمات المحلية معًا. لإنشاء حسابك، "
            "اختر كلمة مرور عبر الرابط أدناه خلال 7 أيام. يعمل الرابط مرة واحدة فقط." } },
    { "password_reset", "", { "Reset your Roundtable password", "Ustaw nowe hasło do Roundtable", "إعادة تعيين كلمة مرورك في Roundtable" },
        { "{{sender_name}} asked for a new sign-in link for you. To choose a new password, open the link below within 7 days. It works once. "
          "If you did not expect this, you need do nothing: your password stays as it is until you use the link. You can tell your partnership's conveners.",
            "{{sender_name}} poprosił(a) o nowy link do logowania dla Ciebie. Aby wybrać nowe hasło, otwórz poniższy link w ciągu 7 dni. Działa tylko raz. "
            "Jeśli się tego nie spodziewasz, nic nie musisz robić: Twoje hasło pozostaje bez zmian, dopóki nie użyjesz linku. Możesz powiadomić koordynatorów partnerstwa.",
            "طلب {{sender_name}} رابط دخول جديدًا لك. لاختيار كلمة مرور جديدة، افتح الرابط أدناه خلال 7 أيام. يعمل مرة واحدة فقط. "
            "إذا لم تكن تتوقع هذا، فلا داعي لفعل أي شيء: تبقى كلمة مرورك كما هي حتى تستخدم الرابط. يمكنك إخبار منسقي شراكتك." } },
};

struct Common {
    Three greeting { "Hello {{name}},", "Dzień dobry, {{name}}!", "مرحبًا {{name}}،" };
    Three open { "Open it in Roundtable:", "Zobacz w Roundtable:", "افتحه في Roundtable:" };
    Three stop { "To stop emails like this one:", "Aby nie dostawać takich wiadomości:", "لإيقاف رسائل كهذه:" };
    Three choose { "To choose which emails you get:", "Aby wybrać, jakie wiadomości dostajesz:", "لاختيار الرسائل التي تصلك:" };
    Three signature { "Roundtable, for {{partnership}}", "Roundtable, dla {{partnership}}", "Roundtable، من أجل {{partnership}}" };
    Three digest_subject { "Your news from Roundtable", "Wiadomości z Roundtable", "أخبارك من Roundtable" };
    Three digest_intro { "Here is what happened since your last email:", "Oto, co się wydarzyło od ostatniej wiadomości:", "إليك ما حدث منذ رسالتك الأخيرة:" };
    Three online { "online", "online", "عبر الإنترنت" };
    Three organiser_subject { "What needs you in Roundtable", "Co czeka na Ciebie w Roundtable", "ما ينتظرك في Roundtable" };
    Three organiser_intro { "As an organiser, this is waiting for you:", "Jako organizator(ka) masz to do zrobienia:", "بصفتك منظمًا، هذا ما ينتظرك:" };
    Three organiser_all { "See everything on your home page:", "Wszystko znajdziesz na swojej stronie głównej:", "تجد كل شيء في صفحتك الرئيسية:" };
    Three contributions { "Contributions to answer: {{count}}", "Wypowiedzi czekające na odpowiedź: {{count}}", "مساهمات تنتظر الرد: {{count}}" };
    Three arrangements { "Activities with needs not yet arranged: {{count}}", "Spotkania z potrzebami, których jeszcze nie zapewniono: {{count}}",
        "أنشطة لم تُرتَّب احتياجات المشاركين فيها بعد: {{count}}" };
    Three claims { "Claims to decide: {{count}}", "Wnioski do rozpatrzenia: {{count}}", "طلبات تنتظر قرارك: {{count}}" };
};

Common const k_common;

int index_of(std::string const& language)
{
    return language == "pl" ? 1 : language == "ar" ? 2 : 0;
}

std::string unescaped(std::string text)
{
    std::string result;
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, 2, "{{") == 0 && text.compare(i, 3, "{{{") != 0) {
            auto const end = text.find("}}", i);
            result += "{{{" + text.substr(i + 2, end - i - 2) + "}}}";
            i = end + 2;
        } else {
            result += text[i++];
        }
    }
    return result;
}

std::string fill(std::string const& text, kainjow::mustache::data const& data, bool html)
{
    kainjow::mustache::mustache tmpl { html ? text : unescaped(text) };
    return tmpl.render(data);
}

KindWords const* words_of(std::string const& kind, std::string const& variant)
{
    KindWords const* fallback = nullptr;
    for (auto const& words : k_kinds) {
        if (words.kind != kind)
            continue;
        if (words.variant == variant)
            return &words;
        if (words.variant.empty())
            fallback = &words;
    }
    return fallback;
}

std::string text_of(boost::json::object const& params, std::string_view key)
{
    auto const* value = params.if_contains(key);
    if (!value)
        return {};
    if (value->is_string())
        return std::string { value->get_string() };
    if (value->is_bool())
        return value->get_bool() ? "true" : "false";
    return boost::json::serialize(*value);
}

std::string pounds(boost::json::object const& params)
{
    auto const* value = params.if_contains("amount_pence");
    if (!value || !value->is_int64())
        return {};
    auto const pence = value->get_int64();
    return "£" + std::to_string(pence / 100) + "." + (pence % 100 < 10 ? "0" : "") + std::to_string(pence % 100);
}

// A living document's section status, in the reader's language.
std::string section_status_words(std::string const& status, std::string const& language)
{
    static std::map<std::string, Three> const words {
        { "not_started", { "not started", "jeszcze nie rozpoczęte", "لم يبدأ بعد" } },
        { "on_track", { "on track", "zgodnie z planem", "يسير كما هو مخطط" } },
        { "at_risk", { "at risk", "zagrożone", "معرّض للخطر" } },
        { "done", { "done", "zrobione", "أُنجز" } },
        { "dropped", { "dropped", "porzucone", "تُرك" } },
    };
    auto const found = words.find(status);
    return found == words.end() ? status : std::string { found->second[index_of(language)] };
}

// The words a notice's template can use: its params, and the time and the
// place in the reader's language.
kainjow::mustache::data data_of(std::string const& language, boost::json::object const& params, std::map<std::string, std::string> const& values)
{
    kainjow::mustache::data data;
    for (auto const& [key, value] : values)
        data.set(key, value);
    for (auto const& entry : params)
        data.set(std::string { entry.key() }, text_of(params, entry.key()));
    if (params.contains("starts_at"))
        data.set("when", when_in_words(text_of(params, "starts_at"), text_of(params, "time_zone"), language));
    auto place = text_of(params, "place");
    data.set("place", place.empty() ? std::string { k_common.online[index_of(language)] } : place);
    data.set("amount", pounds(params));
    if (params.contains("section_status"))
        data.set("status_words", section_status_words(text_of(params, "section_status"), language));
    return data;
}

std::string variant_of(std::string const& kind, boost::json::object const& params)
{
    if (kind == "activity_confirmation")
        return text_of(params, "waiting") == "true" ? "waiting" : "";
    if (kind == "decision_closed")
        return text_of(params, "passed") == "true" ? "passed" : "";
    if (kind == "claim_decided")
        return text_of(params, "status");
    return {};
}

std::string html_page(std::string const& language, std::string const& subject, std::string const& body)
{
    return "<!DOCTYPE html>\n<html lang=\"" + language + "\" dir=\"" + (language == "ar" ? "rtl" : "ltr") + "\">\n<head><meta charset=\"utf-8\"><title>"
        + subject + "</title></head>\n<body style=\"font-family: sans-serif; font-size: 18px; line-height: 1.5; max-width: 40em;\">\n"
        + "<h1 style=\"font-size: 24px;\">" + subject + "</h1>\n" + body + "</body>\n</html>\n";
}

// The footer: how to stop these emails (not for security mail) and where to choose.
void add_footer(std::string& text, std::string& html, int l, kainjow::mustache::data const& data, bool can_unsubscribe)
{
    if (can_unsubscribe) {
        text += std::string { k_common.stop[l] } + "\n{{unsubscribe}}\n";
        html += std::string { "<p>" } + k_common.stop[l] + " <a href=\"{{unsubscribe}}\">{{unsubscribe}}</a></p>\n";
    }
    text += std::string { k_common.choose[l] } + "\n{{preferences}}\n\n" + k_common.signature[l] + "\n";
    html += std::string { "<p>" } + k_common.choose[l] + " <a href=\"{{preferences}}\">{{preferences}}</a></p>\n<p>" + k_common.signature[l] + "</p>\n";
    text = fill(text, data, false);
    html = fill(html, data, true);
}

}

std::string fill_template(std::string const& text, std::map<std::string, std::string> const& values, bool html)
{
    kainjow::mustache::data data;
    for (auto const& [key, value] : values)
        data.set(key, value);
    return fill(text, data, html);
}

std::pair<std::string, std::string> footer_for(std::string const& language, std::map<std::string, std::string> const& values, bool can_unsubscribe)
{
    kainjow::mustache::data data;
    for (auto const& [key, value] : values)
        data.set(key, value);
    std::pair<std::string, std::string> footer;
    add_footer(footer.first, footer.second, index_of(language), data, can_unsubscribe);
    return footer;
}

std::string when_in_words(std::string const& utc_time, std::string const& time_zone, std::string const& language)
{
    auto const parsed = parse_time(utc_time);
    if (!parsed)
        return utc_time;
    auto const millis = static_cast<UDate>(std::chrono::duration_cast<std::chrono::milliseconds>(parsed->time_since_epoch()).count());
    std::unique_ptr<icu::DateFormat> format { icu::DateFormat::createDateTimeInstance(icu::DateFormat::kFull, icu::DateFormat::kShort,
        icu::Locale { language == "pl" || language == "ar" ? language.c_str() : "en_GB" }) };
    if (!format)
        return utc_time;
    format->adoptTimeZone(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(time_zone.empty() ? "Europe/London" : time_zone)));
    icu::UnicodeString shown;
    format->format(millis, shown);
    std::string out;
    shown.toUTF8String(out);
    return out;
}

Rendered render_notice(std::string const& language, std::string const& kind, boost::json::object const& params,
    std::map<std::string, std::string> const& values, bool can_unsubscribe)
{
    Rendered rendered;
    rendered.language = language == "pl" || language == "ar" ? language : "en";
    rendered.fell_back = rendered.language != language;
    int const l = index_of(rendered.language);
    auto const* words = words_of(kind, variant_of(kind, params));
    if (!words)
        throw std::invalid_argument("No words for notices of kind " + kind);
    auto const data = data_of(rendered.language, params, values);
    rendered.subject = fill(words->subject[l], data, false);
    auto const subject_html = fill(words->subject[l], data, true);
    std::string text = std::string { k_common.greeting[l] } + "\n\n" + words->line[l] + "\n\n" + k_common.open[l] + "\n{{link}}\n\n";
    std::string body = std::string { "<p>" } + k_common.greeting[l] + "</p>\n<p>" + words->line[l] + "</p>\n<p>" + k_common.open[l]
        + " <a href=\"{{link}}\">{{link}}</a></p>\n";
    text = fill(text, data, false);
    body = fill(body, data, true);
    std::string footer_text, footer_html;
    add_footer(footer_text, footer_html, l, data, can_unsubscribe);
    rendered.text = text + footer_text;
    rendered.html = html_page(rendered.language, subject_html, body + footer_html);
    return rendered;
}

Rendered render_organiser_digest(std::string const& language, std::vector<WaitingWork> const& waiting,
    std::map<std::string, std::string> const& values)
{
    Rendered rendered;
    rendered.language = language == "pl" || language == "ar" ? language : "en";
    rendered.fell_back = rendered.language != language;
    int const l = index_of(rendered.language);
    rendered.subject = k_common.organiser_subject[l];
    kainjow::mustache::data common;
    for (auto const& [key, value] : values)
        common.set(key, value);
    std::string text = fill(std::string { k_common.greeting[l] } + "\n\n" + k_common.organiser_intro[l] + "\n\n", common, false);
    std::string body = fill(std::string { "<p>" } + k_common.greeting[l] + "</p>\n<p>" + k_common.organiser_intro[l] + "</p>\n", common, true);
    for (auto const& work : waiting) {
        auto const* heading = work.key == "contributions" ? k_common.contributions[l] : work.key == "arrangements" ? k_common.arrangements[l] : k_common.claims[l];
        kainjow::mustache::data counted;
        counted.set("count", std::to_string(work.count));
        text += fill(heading, counted, false) + "\n";
        body += "<h2 style=\"font-size: 20px;\">" + fill(heading, counted, true) + "</h2>\n<ul>\n";
        for (auto const& item : work.items) {
            // What people wrote goes in as values, never as template text.
            kainjow::mustache::data data;
            data.set("title", item.title);
            data.set("project", item.project_title);
            data.set("item_link", item.link);
            text += fill(item.project_title.empty() ? "- {{title}}\n  {{item_link}}\n" : "- {{title}} ({{project}})\n  {{item_link}}\n", data, false);
            body += fill(item.project_title.empty() ? "<li><a href=\"{{item_link}}\">{{title}}</a></li>\n"
                                                    : "<li><a href=\"{{item_link}}\">{{title}}</a><br>{{project}}</li>\n",
                data, true);
        }
        text += "\n";
        body += "</ul>\n";
    }
    text += fill(std::string { k_common.organiser_all[l] } + "\n{{link}}\n\n", common, false);
    body += fill(std::string { "<p>" } + k_common.organiser_all[l] + " <a href=\"{{link}}\">{{link}}</a></p>\n", common, true);
    std::string footer_text, footer_html;
    add_footer(footer_text, footer_html, l, common, true);
    rendered.text = text + footer_text;
    rendered.html = html_page(rendered.language, rendered.subject, body + footer_html);
    return rendered;
}

Rendered render_digest(std::string const& language, std::vector<DigestItem> const& items, std::map<std::string, std::string> const& values)
{
    Rendered rendered;
    rendered.language = language == "pl" || language == "ar" ? language : "en";
    rendered.fell_back = rendered.language != language;
    int const l = index_of(rendered.language);
    rendered.subject = k_common.digest_subject[l];
    kainjow::mustache::data common;
    for (auto const& [key, value] : values)
        common.set(key, value);
    std::string text = fill(std::string { k_common.greeting[l] } + "\n\n" + k_common.digest_intro[l] + "\n\n", common, false);
    std::string body = fill(std::string { "<p>" } + k_common.greeting[l] + "</p>\n<p>" + k_common.digest_intro[l] + "</p>\n<ul>\n", common, true);
    for (auto const& item : items) {
        auto const* words = words_of(item.kind, variant_of(item.kind, item.params));
        if (!words)
            continue;
        auto data = data_of(rendered.language, item.params, values);
        data.set("item_link", item.link);
        text += "- " + fill(words->line[l], data, false) + "\n  " + item.link + "\n";
        // One template per item, filled once: what people wrote is never read as a template.
        body += fill(std::string { "<li><p>" } + words->line[l] + "</p><p><a href=\"{{item_link}}\">" + words->subject[l] + "</a></p></li>\n", data, true);
    }
    text += "\n";
    body += "</ul>\n";
    std::string footer_text, footer_html;
    add_footer(footer_text, footer_html, l, common, true);
    rendered.text = text + footer_text;
    rendered.html = html_page(rendered.language, rendered.subject, body + footer_html);
    return rendered;
}

}
