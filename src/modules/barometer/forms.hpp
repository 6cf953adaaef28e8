#pragma once

#include <map>
#include <optional>
#include <string>

#include <boost/json/object.hpp>

#include "core/error.hpp"
#include "modules/barometer/model.hpp"

namespace rt::barometer {

struct LadderForm {
    int rung { 0 }; // 1..7
    std::string comment;

    [[nodiscard]] static Result<LadderForm> read(boost::json::object const& body);
};

struct ExperienceForm {
    std::map<std::string, int> answers; // question -> 1..5, at least one

    [[nodiscard]] static Result<ExperienceForm> read(boost::json::object const& body);
};

// Each part given replaces that part of the settings.
struct SettingsForm {
    std::optional<int> small_number;
    std::optional<std::map<std::string, double>> thresholds;
    std::optional<std::optional<double>> reach_threshold; // null clears
    std::optional<std::map<std::string, double>> baseline;
    std::optional<std::map<std::string, std::string>> experience_wording;

    [[nodiscard]] static Result<SettingsForm> read(boost::json::object const& body);
    void apply_to(Settings& settings) const;
};

struct NoteForm {
    std::string figure;
    std::string text;

    [[nodiscard]] static Result<NoteForm> read(boost::json::object const& body);
};

struct DemographicsForm {
    Demographics demographics;

    [[nodiscard]] static Result<DemographicsForm> read(boost::json::object const& body);
};

}
