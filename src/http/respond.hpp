#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "http/message.hpp"

namespace rt::http {

// Maps a command's result to a response: the value through `present` with the
// success status, or the error as problem details.
template<typename T, typename Present>
[[nodiscard]] Response respond(Result<T> const& result, int success_status, Present&& present)
{
    if (!result)
        return Response::problem(result.error());
    return Response::json(success_status, present(*result));
}

[[nodiscard]] inline Response respond(Status const& result)
{
    if (!result)
        return Response::problem(result.error());
    return Response::no_content();
}

// Ids that are not even UUIDs cannot exist: answer as for any unknown id.
[[nodiscard]] inline std::optional<Response> reject_bad_id(std::string const& id)
{
    if (looks_like_id(id))
        return std::nullopt;
    return Response::problem(Error::not_found());
}

// `{ "items": [present(item)...] }` for lists that are not paginated.
template<typename T, typename Present>
[[nodiscard]] boost::json::object items_json(std::vector<T> const& items, Present present)
{
    boost::json::array array;
    for (auto const& item : items)
        array.push_back(present(item));
    return { { "items", std::move(array) } };
}

// Runs `handler(id)` for a route's {id}, or answers 404 for a malformed id.
template<typename Context, typename Handler>
[[nodiscard]] Response with_id(Context const& context, Handler handler)
{
    auto const& id = context.parameter("id");
    if (auto rejected = reject_bad_id(id))
        return *rejected;
    return handler(id);
}

// A JSON object with the status, or the error as problem details.
[[nodiscard]] inline Response json_or_problem(Result<boost::json::object> const& result, int status)
{
    return result ? Response::json(status, *result) : Response::problem(result.error());
}

// The request body as one JSON object ("{}" when empty).
[[nodiscard]] inline Result<boost::json::object> body_object(Request const& request)
{
    return parse_json_object(request.body.empty() ? std::string_view { "{}" } : std::string_view { request.body });
}

// Reads the body as a form: `Form::read(object, extra...)`.
template<typename Form, typename... Extra>
[[nodiscard]] Result<Form> read_form(Request const& request, Extra... extra)
{
    auto body = parse_json_object(request.body.empty() ? std::string_view { "{}" } : std::string_view { request.body });
    if (!body)
        return std::unexpected(body.error());
    return Form::read(*body, extra...);
}

// The body read as `Form` and handed to `use(form)`, which answers; a body that
// is not a good `Form` answers 400 or 422 naming the fields, and `use` is not run.
template<typename Form, typename Use, typename... Extra>
[[nodiscard]] Response with_form(Request const& request, Use&& use, Extra... extra)
{
    auto form = read_form<Form>(request, extra...);
    if (!form)
        return Response::problem(form.error());
    return use(*form);
}

// The parse, command and respond sequence of a route that changes something:
// the body read as `Form` (as with_form), then `command(form)`, whose error
// answers as problem details and whose value is shown through `present` with
// `success_status`. A command whose answer is a fresh read (a create answering
// with the full view) chains it:
// `and_then(create(...), [&](auto const& made) { return get(..., made.id); })`.
template<typename Form, typename Command, typename Present, typename... Extra>
[[nodiscard]] Response submit(Request const& request, int success_status, Command&& command, Present&& present, Extra... extra)
{
    return with_form<Form>(
        request, [&](Form const& form) { return respond(command(form), success_status, present); }, extra...);
}

// A stored file as the answer, with its media type; `missing` (a 404's
// words) when the file is not there although its record is.
[[nodiscard]] inline Response file_response(std::filesystem::path const& path, std::string const& media_type, std::string const& missing)
{
    std::ifstream file { path, std::ios::binary };
    if (!file)
        return Response::problem(Error::not_found(missing));
    Response response;
    response.body.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    response.set_header("Content-Type", media_type);
    return response;
}

}
