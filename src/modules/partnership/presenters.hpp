#pragma once

#include <boost/json/object.hpp>

#include "core/actor.hpp"
#include "modules/partnership/model.hpp"

namespace rt::partnership {

[[nodiscard]] boost::json::object to_json(Partnership const& partnership);
[[nodiscard]] boost::json::object to_json(Organisation const& organisation);
// Personal data (email, access needs) only when the actor may see it.
[[nodiscard]] boost::json::object to_json(Person const& person, Actor const& viewer);

}
