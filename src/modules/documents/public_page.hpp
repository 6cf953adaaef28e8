#pragma once

#include <string>

#include "modules/documents/queries.hpp"

// A published version as one HTML page, for readers without an account or
// without JavaScript: every value escaped, no script, no inline style (the
// contents' links stand in paragraphs, whose margins keep them 24 px apart
// for fingers, WCAG 2.2's target size, without a style sheet).
namespace rt::documents {

// In `language` where the version has a translation of some section into it
// (the untranslated sections in English, saying so); each section's Easy Read
// version opens below it.
[[nodiscard]] std::string public_page(PublicDocument const& shown, std::string const& language);
// For an address that is unknown, or no longer public.
[[nodiscard]] std::string not_public_page();

}
