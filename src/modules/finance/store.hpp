#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "modules/finance/model.hpp"

// SQL of the finance controls. Every statement names the partnership.
namespace rt::finance::store {

[[nodiscard]] bool holds_finance(soci::session& sql, std::string const& partnership_id, std::string const& person_id);
[[nodiscard]] std::vector<FinanceHolder> holders(soci::session& sql, std::string const& partnership_id);
void grant(soci::session& sql, std::string const& partnership_id, std::string const& person_id, std::string const& granted_by, std::string const& at);
void remove(soci::session& sql, std::string const& partnership_id, std::string const& person_id);

void insert_request(soci::session& sql, FinanceRequest const& request);
[[nodiscard]] std::optional<FinanceRequest> find_request(soci::session& sql, std::string const& partnership_id, std::string const& id);
[[nodiscard]] std::optional<FinanceRequest> pending_request_for(soci::session& sql, std::string const& partnership_id, std::string const& person_id);
[[nodiscard]] std::vector<FinanceRequest> pending_requests(soci::session& sql, std::string const& partnership_id);
void decide_request(soci::session& sql, FinanceRequest const& request);

void insert_event(soci::session& sql, ControlEvent const& event);
// Newest first; `before`: the id of the last event on the previous page.
[[nodiscard]] std::vector<ControlEvent> events(soci::session& sql, std::string const& partnership_id, std::optional<std::string> const& before,
    std::size_t limit);

}
