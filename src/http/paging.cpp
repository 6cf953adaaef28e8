#include "http/paging.hpp"

namespace rt::http {

Result<PageRequest> read_page(Request const& request)
{
    PageRequest page;
    FieldErrors errors;
    auto const limit = parse_limit(request.query_value("limit"));
    if (!limit)
        errors["limit"].push_back("Must be a whole number from 1 to 200.");
    else
        page.limit = *limit;
    if (auto const after = request.query_value("after"); after && !after->empty()) {
        page.after = decode_cursor(*after);
        if (!page.after)
            errors["after"].emplace_back(k_stale_cursor);
    }
    if (!errors.empty())
        return std::unexpected(Error::invalid(std::move(errors)));
    return page;
}

boost::json::object page_json(boost::json::array items, std::optional<std::string> const& next_cursor, boost::json::object extra)
{
    extra["items"] = std::move(items);
    extra["next_cursor"] = next_cursor ? boost::json::value(*next_cursor) : boost::json::value(nullptr);
    return extra;
}

}
