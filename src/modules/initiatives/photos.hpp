#pragma once

#include <optional>
#include <string>
#include <string_view>

// A photo for a story, as it is kept: a JPEG or PNG (by its bytes, not its
// name) with every piece of metadata gone (EXIF with its GPS position, IPTC,
// XMP, comments), so a photo taken at someone's door does not say where.
namespace rt::initiatives {

struct CleanPhoto {
    std::string media_type; // image/jpeg | image/png
    std::string bytes;
};

// None when the bytes are not a JPEG or PNG that exiv2 can read.
[[nodiscard]] std::optional<CleanPhoto> without_metadata(std::string_view bytes);

}
