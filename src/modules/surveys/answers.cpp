#include "modules/surveys/answers.hpp"

#include <algorithm>
#include <set>

#include <boost/json.hpp>
#include <fmt/format.h>

#include "core/form.hpp"

namespace rt::surveys {

namespace {

std::string_view trim(std::string_view text)
{
    auto const first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    auto const last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

bool same_ignoring_case(std::string_view a, std::string_view b)
{
    // ASCII case only: options in other scripts must match exactly.
    return a.size() == b.size() && std::ranges::equal(a, b, [](char x, char y) {
        auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}

// The index of the option this text names, in the original or a translation.
std::optional<std::size_t> option_index(Question const& question, std::string_view text)
{
    text = trim(text);
    for (std::size_t i = 0; i < question.options.size(); ++i)
        if (same_ignoring_case(question.options[i], text))
            return i;
    for (auto const& [language, translation] : question.translations)
        for (std::size_t i = 0; i < translation.options.size() && i < question.options.size(); ++i)
            if (same_ignoring_case(translation.options[i], text))
                return i;
    return std::nullopt;
}

std::vector<std::string_view> split_list(std::string_view cell)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= cell.size()) {
        auto const end = cell.find(';', start);
        auto const part = trim(cell.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (!part.empty())
            parts.push_back(part);
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return parts;
}

std::string options_text(Question const& question)
{
    std::string text;
    for (auto const& option : question.options)
        text += (text.empty() ? "" : ", ") + option;
    return text;
}

}

std::optional<std::string> check_answer(Question const& question, boost::json::value& value)
{
    if (question.kind == "free_text") {
        if (!value.is_string())
            return "Write your answer as text.";
        auto const length = code_point_count(value.get_string());
        if (trim(value.get_string()).empty() || length > 5000)
            return "Write between 1 and 5000 characters.";
        return std::nullopt;
    }
    if (question.kind == "scale") {
        if (!value.is_int64() || value.get_int64() < 1 || value.get_int64() > 5)
            return "Choose a number from 1 to 5.";
        return std::nullopt;
    }
    if (question.kind == "single_choice") {
        auto const index = value.is_string() ? option_index(question, value.get_string()) : std::nullopt;
        if (!index)
            return "Choose one of: " + options_text(question) + ".";
        value = question.options[*index];
        return std::nullopt;
    }
    // multiple_choice and ranking: lists of options, each once.
    if (!value.is_array())
        return "Give a list of options.";
    boost::json::array normalised;
    std::set<std::size_t> seen;
    for (auto const& item : value.get_array()) {
        auto const index = item.is_string() ? option_index(question, item.get_string()) : std::nullopt;
        if (!index)
            return "Choose from: " + options_text(question) + ".";
        if (!seen.insert(*index).second)
            return "Give each option once.";
        normalised.emplace_back(question.options[*index]);
    }
    if (question.kind == "ranking" && normalised.size() != question.options.size())
        return "Put every option in order: " + options_text(question) + ".";
    if (question.kind == "multiple_choice" && normalised.empty())
        return "Choose at least one option.";
    value = std::move(normalised);
    return std::nullopt;
}

std::string answer_cell(Question const& question, boost::json::value const& value)
{
    (void)question;
    if (value.is_string())
        return std::string { value.get_string() };
    if (value.is_int64())
        return std::to_string(value.get_int64());
    if (value.is_array()) {
        std::string cell;
        for (auto const& item : value.get_array())
            if (item.is_string())
                cell += (cell.empty() ? "" : "; ") + std::string { item.get_string() };
        return cell;
    }
    return {};
}

CellAnswer read_cell(Question const& question, std::string_view cell)
{
    auto const text = trim(cell);
    if (text.empty())
        return {};
    boost::json::value value;
    if (question.kind == "free_text") {
        value = std::string { cell };
    } else if (question.kind == "scale") {
        if (text.size() != 1 || text[0] < '1' || text[0] > '5')
            return { std::nullopt, fmt::format("\"{}\" is not a number from 1 to 5.", text) };
        value = static_cast<std::int64_t>(text[0] - '0');
    } else if (question.kind == "single_choice") {
        value = std::string { text };
    } else {
        boost::json::array list;
        for (auto const part : split_list(text))
            list.emplace_back(part);
        value = std::move(list);
    }
    if (auto problem = check_answer(question, value)) {
        if (question.kind == "single_choice")
            return { std::nullopt, fmt::format("\"{}\" is not one of the options ({}).", text, options_text(question)) };
        return { std::nullopt, *problem };
    }
    return { std::move(value), std::nullopt };
}

}
