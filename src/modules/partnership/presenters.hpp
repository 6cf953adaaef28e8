#pragma once

#include <boost/json/object.hpp>

#include "core/actor.hpp"
#include "modules/partnership/model.hpp"

namespace rt::partnership {

[[nodiscard]] boost::json::object to_json(Partnership const& partnership);
// `storage` lets a list build all its items in one arena (see page_json in routes.cpp).
[[nodiscard]] boost::json::object to_json(Organisation const& organisation, boost::json::storage_ptr storage = {});
// Personal data (email, access needs) only when the actor may see it.
[[nodiscard]] boost::json::object to_json(Person const& person, Actor const& viewer, boost::json::storage_ptr storage = {});
[[nodiscard]] boost::json::object to_json(GroupChange const& change);

}
