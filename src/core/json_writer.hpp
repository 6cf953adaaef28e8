#pragma once

#include <string>
#include <string_view>

namespace rt {

// Appends JSON text to a string without building a value tree: for the read
// models of long lists, where a tree would copy every field twice more.
class JsonWriter {
public:
    explicit JsonWriter(std::string& out)
        : m_out(out)
    {
    }

    void begin_object() { separate(); m_out.push_back('{'); m_first = true; }
    void end_object() { m_out.push_back('}'); m_first = false; }
    void begin_array() { separate(); m_out.push_back('['); m_first = true; }
    void end_array() { m_out.push_back(']'); m_first = false; }
    void key(std::string_view name);
    void string(std::string_view value);
    void null() { separate(); m_out += "null"; }
    // JSON text that is already valid (a stored JSON array of tags).
    void raw(std::string_view json) { separate(); m_out += json; }

private:
    void separate();

    std::string& m_out;
    bool m_first { true };
    bool m_after_key { false };
};

// RFC 8259 string escaping: quotes, backslashes and control characters.
// The text is UTF-8 already (request bodies are checked when parsed).
void append_json_string(std::string& out, std::string_view value);

}
