#pragma once

#include <string>

#include <boost/json/object.hpp>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/engagement/forms.hpp"
#include "modules/engagement/model.hpp"

namespace rt::engagement {

// Conveners and the project's co-leads organise its activities.
[[nodiscard]] Result<Activity> create_activity(db::Database& database, Actor const& actor, std::string const& project_id, ActivityForm const& form);
// A place while there is one, otherwise the waiting list; a walk-in (recorded
// by an organiser) always has a place. The person's access needs and language
// come from their profile unless given. Concurrent sign-ups never overbook.
[[nodiscard]] Result<Signup> sign_up(db::Database& database, Actor const& actor, std::string const& activity_id, SignupForm const& form);
// `change` holds the fields to change (and optionally `status`). Inside the
// transaction it is merged into the current values and the whole is checked
// again, so two organisers' changes cannot undo each other, and an update can
// never leave an activity that creating one would refuse. Every change raises
// the sequence for calendar files; a raised capacity offers places to those waiting.
[[nodiscard]] Result<Activity> update_activity(db::Database& database, Actor const& actor, std::string const& activity_id,
    boost::json::object change);
// Gives up a place (yourself; organisers for anyone). The first person on the
// waiting list, by when they signed up, takes the freed place.
[[nodiscard]] Status cancel_sign_up(db::Database& database, Actor const& actor, std::string const& activity_id, std::optional<std::string> const& person_id);
[[nodiscard]] Result<Minutes> save_minutes(db::Database& database, Actor const& actor, std::string const& activity_id, MinutesForm const& form);
// A new private feed address for the actor's activities; the old one stops working.
[[nodiscard]] Result<std::string> new_calendar_feed(db::Database& database, Actor const& actor);
[[nodiscard]] Status set_arranged(db::Database& database, Actor const& actor, std::string const& activity_id, ArrangedForm const& form);
// Attendance puts "took part" on the project's timeline for the person's group.
// Before the activity starts: 409 `not_started`, unless a convener gives `early_reason`.
[[nodiscard]] Status record_attendance(db::Database& database, Actor const& actor, std::string const& activity_id, AttendanceForm const& form);
// The register: every line in one transaction, each audited; any bad line
// answers 422 naming it (entries[3].group) and nothing is written.
// The reminder two days before, run by the job queue: the person is told only
// when they still have a place and the activity still starts at `starts_at`
// (a moved activity has a reminder of its own).
void remind(soci::session& sql, std::string_view partnership_id, std::string const& activity_id, std::string const& person_id,
    std::string const& starts_at);
[[nodiscard]] Status record_register(db::Database& database, Actor const& actor, std::string const& activity_id, RegisterForm const& form);

}
