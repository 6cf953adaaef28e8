#pragma once

#include <boost/json/object.hpp>

#include "modules/initiatives/model.hpp"
#include "modules/initiatives/queries.hpp"

// The one place initiatives become JSON.
namespace rt::initiatives {

[[nodiscard]] boost::json::object initiative_json(InitiativeView const& view);
[[nodiscard]] boost::json::object task_json(Task const& task);
[[nodiscard]] boost::json::object role_json(Role const& role);
[[nodiscard]] boost::json::object hours_json(Hours const& hours);
[[nodiscard]] boost::json::object helper_json(OfflineHelper const& helper);
[[nodiscard]] boost::json::object outcome_json(Outcome const& outcome);
[[nodiscard]] boost::json::object photo_json(Photo const& photo);
[[nodiscard]] boost::json::object story_json(Story const& story);

}
