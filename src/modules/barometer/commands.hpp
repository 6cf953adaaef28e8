#pragma once

#include <string>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/barometer/forms.hpp"
#include "modules/barometer/model.hpp"

// The barometer's use cases: check permission, validate, write in one
// transaction with its audit entry.
namespace rt::barometer {

// One rating per member and stage; a new one replaces it.
[[nodiscard]] Status rate_ladder(db::Database& database, Actor const& actor, std::string const& project_id, LadderForm const& form);
// Once per member and stage; the answers are kept without the person.
[[nodiscard]] Status answer_experience(db::Database& database, Actor const& actor, std::string const& project_id, ExperienceForm const& form);
[[nodiscard]] Result<Settings> change_settings(db::Database& database, Actor const& actor, SettingsForm const& form);
[[nodiscard]] Result<Note> add_note(db::Database& database, Actor const& actor, std::string const& project_id, NoteForm const& form);
[[nodiscard]] Result<Demographics> set_demographics(db::Database& database, Actor const& actor, DemographicsForm const& form);

// Today's snapshot of every open project's figures, in every partnership;
// a project already snapshotted today is left alone. Returns how many were taken.
[[nodiscard]] Result<long long> take_snapshots(db::Database& database, std::string const& day);

}
