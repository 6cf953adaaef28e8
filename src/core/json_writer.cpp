#include "core/json_writer.hpp"

#include <array>

namespace rt {

void JsonWriter::separate()
{
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (!m_first)
        m_out.push_back(',');
    m_first = false;
}

void JsonWriter::key(std::string_view name)
{
    separate();
    append_json_string(m_out, name);
    m_out.push_back(':');
    m_after_key = true;
}

void JsonWriter::string(std::string_view value)
{
    separate();
    append_json_string(m_out, value);
}

void append_json_string(std::string& out, std::string_view value)
{
    static constexpr char k_hex[] = "0123456789abcdef";
    static constexpr auto k_needs_escape = [] {
        std::array<bool, 256> table {};
        for (int byte = 0; byte < 0x20; ++byte)
            table[byte] = true;
        table['"'] = true;
        table['\\'] = true;
        return table;
    }();
    out.push_back('"');
    // Most text needs no escaping: copy each run of plain characters at once.
    std::size_t run_start = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        auto const byte = static_cast<unsigned char>(value[i]);
        if (!k_needs_escape[byte])
            continue;
        out.append(value.data() + run_start, i - run_start);
        run_start = i + 1;
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out.push_back(k_hex[byte >> 4]);
            out.push_back(k_hex[byte & 0x0F]);
        }
    }
    out.append(value.data() + run_start, value.size() - run_start);
    out.push_back('"');
}

}
