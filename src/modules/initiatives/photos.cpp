#include "modules/initiatives/photos.hpp"

#include <exiv2/exiv2.hpp>

namespace rt::initiatives {

namespace {

std::optional<std::string> type_of(std::string_view bytes)
{
    if (bytes.size() > 3 && static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xD8
        && static_cast<unsigned char>(bytes[2]) == 0xFF)
        return "image/jpeg";
    if (bytes.size() > 8 && bytes.substr(0, 8) == std::string_view { "\x89PNG\r\n\x1a\n", 8 })
        return "image/png";
    return std::nullopt;
}

}

std::optional<CleanPhoto> without_metadata(std::string_view bytes)
{
    auto const type = type_of(bytes);
    if (!type)
        return std::nullopt;
    // exiv2 would write its warnings about odd files to the server's log.
    static bool const muted = [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        return true;
    }();
    (void)muted;
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<Exiv2::byte const*>(bytes.data()), static_cast<long>(bytes.size()));
        if (!image.get())
            return std::nullopt;
        image->readMetadata();
        image->clearMetadata();
        image->writeMetadata();
        auto& io = image->io();
        io.seek(0, Exiv2::BasicIo::beg);
        auto const size = static_cast<long>(io.size());
        Exiv2::DataBuf buffer = io.read(size);
        if (buffer.size_ != size)
            return std::nullopt;
        return CleanPhoto { *type, std::string { reinterpret_cast<char const*>(buffer.pData_), static_cast<std::size_t>(buffer.size_) } };
    } catch (Exiv2::AnyError const&) {
        return std::nullopt;
    }
}

}
