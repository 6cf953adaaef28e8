#pragma once

#include <vector>

#include <boost/json/object.hpp>

#include "core/error.hpp"
#include "modules/notifications/model.hpp"

namespace rt::notifications {

// `{preferences: {topic: delivery}}`: the topics to change.
struct PreferencesForm {
    std::vector<Preference> changes;
    [[nodiscard]] static Result<PreferencesForm> read(boost::json::object const& body);
};

}
