#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "db/database.hpp"

namespace rt::app {

struct DemoAccount {
    std::string email;
    std::string name;
    std::string description;
};

struct DemoResult {
    std::string partnership_name;
    std::vector<DemoAccount> accounts;
};

// Seeds the demo partnership: the seed texts' setting, with fictional names.
[[nodiscard]] Result<DemoResult> seed_demo(db::Database& database, std::string const& password, std::filesystem::path const& files_dir);

}
