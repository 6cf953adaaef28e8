#pragma once

#include <filesystem>
#include <string>

#include "db/database.hpp"

namespace rt {

// What every module's routes are given when they are wired up.
struct Services {
    db::Database& database;
    // Uploaded files (claim receipts), outside the web root.
    std::filesystem::path files_dir {};
    // 32 bytes for sealing personal data at rest (bank details).
    std::string data_key {};
};

}
