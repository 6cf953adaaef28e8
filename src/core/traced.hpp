#pragma once

#include <string>

namespace rt {

// Something people said, as another module's query gives it to the golden
// thread of a living document: which project it belongs to, a short title,
// its words, the group it came from (never its author), when it was made, and
// the substance a link's fingerprint is taken of (a change to the substance
// makes the link suspect; a change of status alone does not).
struct Traced {
    std::string project_id;
    std::string title;
    std::string text;
    std::string group;
    std::string at;
    std::string substance;
};

}
