#include "modules/notifications/forms.hpp"

#include "core/form.hpp"

namespace rt::notifications {

Result<PreferencesForm> PreferencesForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "preferences" });
    PreferencesForm form;
    auto const* given = body.if_contains("preferences");
    if (!given || !given->is_object() || given->get_object().empty())
        reader.add_error("preferences", "Say how each kind of message should reach you, for example {\"activities\": \"daily\"}.");
    else
        for (auto const& entry : given->get_object()) {
            auto const topic = std::string { entry.key() };
            if (!entry.value().is_string())
                reader.add_error("preferences." + topic, "Choose email, daily, weekly or in_app.");
            else
                form.changes.push_back({ topic, std::string { entry.value().get_string() } });
        }
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return form;
}

}
