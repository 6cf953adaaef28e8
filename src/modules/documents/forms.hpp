#pragma once

#include <optional>
#include <string>

#include <boost/json/object.hpp>

#include "core/error.hpp"

// Typed input for living documents, each read from a JSON body with its
// problems named by field.
namespace rt::documents {

struct DocumentForm {
    std::string title;
    std::string kind;
    std::optional<std::string> project_id; // none: the partnership's own

    [[nodiscard]] static Result<DocumentForm> read(boost::json::object const& body);
};

struct DocumentChangeForm {
    std::optional<std::string> title;
    std::optional<std::string> kind;

    [[nodiscard]] static Result<DocumentChangeForm> read(boost::json::object const& body);
};

// A new section, or (every field optional) a change to one. `parent_id`
// null puts it at the top level; `position` is its place among its siblings
// (at the end when not given).
struct SectionForm {
    std::optional<std::string> kind;
    std::optional<std::string> heading;
    std::optional<std::string> body;
    std::optional<std::optional<std::string>> parent_id; // given as null: the top level
    std::optional<int> position;
    std::optional<std::optional<std::string>> owner_group;
    std::optional<std::optional<std::string>> due_on;
    std::optional<std::optional<std::string>> review_on;
    std::optional<std::string> measure;

    enum class Purpose { Create, Change };
    [[nodiscard]] static Result<SectionForm> read(boost::json::object const& body, Purpose purpose);
};

struct PublishForm {
    std::string note;

    [[nodiscard]] static Result<PublishForm> read(boost::json::object const& body);
};

struct LinkForm {
    std::string source_kind;
    std::string source_id; // a survey question's is "SURVEY_ID/QUESTION_ID"

    [[nodiscard]] static Result<LinkForm> read(boost::json::object const& body);
};

struct ClearForm {
    std::string reason;

    [[nodiscard]] static Result<ClearForm> read(boost::json::object const& body);
};

// A new status for an objective or action, with what happened; dropping one
// needs the reason.
struct ProgressForm {
    std::string status;
    std::string note;

    [[nodiscard]] static Result<ProgressForm> read(boost::json::object const& body);
};

struct ConsultationForm {
    std::string closes_at; // RFC 3339, in the future

    [[nodiscard]] static Result<ConsultationForm> read(boost::json::object const& body);
};

struct CommentForm {
    std::string text;

    [[nodiscard]] static Result<CommentForm> read(boost::json::object const& body);
};

struct SuggestionForm {
    std::string body;
    std::string reason;

    [[nodiscard]] static Result<SuggestionForm> read(boost::json::object const& body);
};

struct DeclineForm {
    std::string reason;

    [[nodiscard]] static Result<DeclineForm> read(boost::json::object const& body);
};

}
