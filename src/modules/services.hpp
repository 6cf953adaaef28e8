#pragma once

#include "db/database.hpp"

namespace rt {

// What every module's routes are given when they are wired up.
struct Services {
    db::Database& database;
};

}
