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
    // The site's address as people reach it ("https://roundtable.example"),
    // for links in emails: from --public-url, else the address it listens on.
    std::string public_url {};
};

}
