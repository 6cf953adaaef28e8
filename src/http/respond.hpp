#pragma once

#include <boost/json/value.hpp>

#include "core/form.hpp"
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
