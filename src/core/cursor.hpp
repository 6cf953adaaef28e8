#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/error.hpp"

namespace rt {

// Keyset pagination: a list ordered by (key, id) continues after the last row
// shown. The key is whatever the list is ordered by (a name, a time); the id
// breaks ties. The cursor is opaque to clients (URL-safe base64 of JSON).
struct NameCursor {
    std::string name; // the sort key of the last row shown
    std::string id;
};

[[nodiscard]] std::string encode_cursor(NameCursor const& cursor);
[[nodiscard]] std::optional<NameCursor> decode_cursor(std::string_view text);

// `?limit=`: default 50, at most 200. Nullopt when it is not a number in 1..200.
[[nodiscard]] std::optional<std::size_t> parse_limit(std::optional<std::string> const& text);

inline constexpr std::size_t k_default_page_size = 50;
inline constexpr std::string_view k_stale_cursor = "This page link is not valid. Start again from the first page.";
inline constexpr std::size_t k_max_page_size = 200;

// One page of a list as asked for: `?limit=` and `?after=`.
// http::read_page reads it from a request.
struct PageRequest {
    std::size_t limit { k_default_page_size };
    std::optional<NameCursor> after;
};

// One page of a list and the cursor of the page after it (none on the last).
template<typename T>
struct Page {
    std::vector<T> items;
    std::optional<std::string> next_cursor;
};

enum class SortOrder { Ascending, Descending };

// The SQL of one keyset page, written the same for SQLite and PostgreSQL
// (row-value comparison is spelt out, as older SQLite lacks it):
//   WHERE ... AND <condition> <order_limit>
// Bind, in this order and after the query's own parameters: on, key, key, id
// (the condition), then fetch (the limit). `fetch` is one more than the page,
// so that one extra row says whether a next page exists.
struct Keyset {
    std::string condition;
    std::string order_limit;
    std::string on;
    std::string key;
    std::string id;
    long long fetch { 0 };
};

[[nodiscard]] Keyset keyset(PageRequest const& page, std::string_view key_column, std::string_view id_column,
    SortOrder order = SortOrder::Ascending);
// The same SQL reading every row (for callers inside a module that need the whole set).
[[nodiscard]] Keyset keyset_all(std::string_view key_column, std::string_view id_column, SortOrder order = SortOrder::Ascending);

// After a keyset read of limit + 1 rows: drops the extra row and returns the
// cursor of the last row kept, or none when this was the last page.
template<typename T, typename KeyOf>
[[nodiscard]] Page<T> finish_page(std::vector<T> rows, std::size_t limit, KeyOf key_of)
{
    Page<T> page;
    if (rows.size() > limit) {
        rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(limit), rows.end());
        page.next_cursor = encode_cursor(key_of(rows.back()));
    }
    page.items = std::move(rows);
    return page;
}

// For the few lists whose order is worked out in C++ from figures over the
// whole set (the needs register in combined priority order) or that are
// small by nature: the page after the row the cursor names. The cursor holds
// that row's place and id; when the list has changed so that the place no
// longer holds that id, the id is looked for; a 422 naming `after` when it is gone.
template<typename T, typename IdOf>
[[nodiscard]] Result<Page<T>> slice_page(std::vector<T> ordered, PageRequest const& page, IdOf id_of)
{
    std::size_t start = 0;
    if (page.after) {
        std::size_t place = 0;
        for (char const c : page.after->name)
            place = c >= '0' && c <= '9' && place < ordered.size() + 1 ? place * 10 + static_cast<std::size_t>(c - '0') : ordered.size() + 1;
        if (place >= 1 && place <= ordered.size() && id_of(ordered[place - 1]) == page.after->id) {
            start = place;
        } else {
            auto const found = std::ranges::find_if(ordered, [&](T const& item) { return id_of(item) == page.after->id; });
            if (found == ordered.end())
                return std::unexpected(Error::invalid_field("after", std::string { k_stale_cursor }));
            start = static_cast<std::size_t>(found - ordered.begin()) + 1;
        }
    }
    Page<T> result;
    auto const end = std::min(ordered.size(), start + page.limit);
    for (std::size_t i = start; i < end; ++i)
        result.items.push_back(std::move(ordered[i]));
    if (end < ordered.size())
        result.next_cursor = encode_cursor({ std::to_string(end), std::string { id_of(result.items.back()) } });
    return result;
}

// Every item of a paged list, page after page, for code inside the server that
// needs figures over the whole list (the home page's counts). `list(page)`
// answers a Result<Page<T>>.
template<typename List>
[[nodiscard]] auto every_item(List list) -> Result<std::remove_cvref_t<decltype(list(PageRequest {})->items)>>
{
    std::remove_cvref_t<decltype(list(PageRequest {})->items)> all;
    PageRequest page { k_max_page_size, std::nullopt };
    for (;;) {
        auto result = list(page);
        if (!result)
            return std::unexpected(result.error());
        for (auto& item : result->items)
            all.push_back(std::move(item));
        if (!result->next_cursor)
            return all;
        page.after = decode_cursor(*result->next_cursor);
    }
}

}
