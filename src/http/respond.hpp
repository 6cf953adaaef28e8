#pragma once

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

// Reads the body as a form: `Form::read(object, extra...)`.
template<typename Form, typename... Extra>
[[nodiscard]] Result<Form> read_form(Request const& request, Extra... extra)
{
    auto body = parse_json_object(request.body.empty() ? std::string_view { "{}" } : std::string_view { request.body });
    if (!body)
        return std::unexpected(body.error());
    return Form::read(*body, extra...);
}

}
