#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "core/cursor.hpp"
#include "core/error.hpp"
#include "http/message.hpp"

namespace rt::http {

// Every list reads `?limit=` (default 50, at most 200) and `?after=` (the
// `next_cursor` of the page before) here; a bad value is a 422 naming it.
[[nodiscard]] Result<PageRequest> read_page(Request const& request);

// `{ "items": [...], "next_cursor": string | null }`, with any other fields
// of `extra` (totals over the whole list) beside them.
[[nodiscard]] boost::json::object page_json(boost::json::array items, std::optional<std::string> const& next_cursor,
    boost::json::object extra = {});

template<typename T, typename Present>
[[nodiscard]] boost::json::object page_json(Page<T> const& page, Present present, boost::json::object extra = {})
{
    boost::json::array items;
    items.reserve(page.items.size());
    for (auto const& item : page.items)
        items.push_back(present(item));
    return page_json(std::move(items), page.next_cursor, std::move(extra));
}

// Reads the page, runs `list(page_request)` (a Result<Page<T>>) and answers
// 200 with page_json, or the problem.
template<typename List, typename Present>
[[nodiscard]] Response list_response(Request const& request, List list, Present present)
{
    auto page_request = read_page(request);
    if (!page_request)
        return Response::problem(page_request.error());
    auto page = list(*page_request);
    if (!page)
        return Response::problem(page.error());
    return Response::json(200, page_json(*page, present));
}

}
