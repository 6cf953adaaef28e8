#include "http/router.hpp"

#include <stdexcept>

namespace rt::http {

namespace {

std::vector<std::string_view> split_path(std::string_view path)
{
    std::vector<std::string_view> segments;
    while (!path.empty()) {
        if (path.front() == '/') {
            path.remove_prefix(1);
            continue;
        }
        auto const end = path.find('/');
        segments.push_back(path.substr(0, end));
        path = end == std::string_view::npos ? std::string_view {} : path.substr(end);
    }
    return segments;
}

bool matches(std::string_view pattern, std::string_view path, PathParameters& parameters)
{
    auto const pattern_segments = split_path(pattern);
    auto const path_segments = split_path(path);
    if (pattern_segments.size() != path_segments.size())
        return false;
    PathParameters found;
    for (std::size_t i = 0; i < pattern_segments.size(); ++i) {
        auto const expected = pattern_segments[i];
        if (expected.size() > 2 && expected.front() == '{' && expected.back() == '}') {
            found.emplace(std::string { expected.substr(1, expected.size() - 2) }, std::string { path_segments[i] });
            continue;
        }
        if (expected != path_segments[i])
            return false;
    }
    parameters = std::move(found);
    return true;
}

}

std::string const& RequestContext::parameter(std::string_view name) const
{
    auto const found = parameters.find(name);
    if (found == parameters.end())
        throw std::logic_error("route has no such path parameter");
    return found->second;
}

void Router::add(Route route)
{
    for (auto const& existing : m_routes) {
        if (existing.method == route.method && existing.pattern == route.pattern)
            throw std::logic_error("route registered twice: " + route.method + " " + route.pattern);
    }
    m_routes.push_back(std::move(route));
}

RouteMatch Router::match(std::string_view method, std::string_view path) const
{
    RouteMatch result;
    for (auto const& route : m_routes) {
        PathParameters parameters;
        if (!matches(route.pattern, path, parameters))
            continue;
        bool const same_method = route.method == method || (method == "HEAD" && route.method == "GET");
        if (!same_method) {
            result.allowed_methods.push_back(route.method);
            continue;
        }
        result.route = &route;
        result.parameters = std::move(parameters);
        return result;
    }
    return result;
}

}
