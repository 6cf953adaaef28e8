#include "core/log.hpp"

#include <boost/json.hpp>

namespace rt {

std::string json_quoted(std::string_view text)
{
    return boost::json::serialize(boost::json::string { text });
}

}
