#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <boost/json/value.hpp>

#include "modules/surveys/model.hpp"

// What an answer to each kind of question looks like, in JSON (the web form)
// and in a spreadsheet cell (CSV export and import). Pure; unit-tested.
namespace rt::surveys {

// The problem with an answer, or nothing when it is a good answer. Choice
// answers are normalised to the question's own option text.
[[nodiscard]] std::optional<std::string> check_answer(Question const& question, boost::json::value& value);

// A cell of the CSV export: lists joined with "; ".
[[nodiscard]] std::string answer_cell(Question const& question, boost::json::value const& value);

// A cell of an import: options match the question's options or any of their
// translations, ignoring case; lists are split on ";". An empty cell is
// nullopt with no problem.
struct CellAnswer {
    std::optional<boost::json::value> value;
    std::optional<std::string> problem;
};
[[nodiscard]] CellAnswer read_cell(Question const& question, std::string_view cell);

}
