#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "models/json.h"

#include "models/diagnostic.h"
#include "models/distribution.h"

namespace fulcrum {

/// Reads the fields of one JSON object into a struct, appending a diagnostic with the
/// field's path for every missing or wrongly typed value, and remembering which keys it
/// consumed so the rest can be kept as unknown keys (files round-trip without loss).
class JsonObjectReader
{
public:
    JsonObjectReader(const Json &object, std::string path, Diagnostics &errors);

    /// A number, or a range whose point value is stored and whose distribution goes into
    /// ranges under key. A missing key leaves value untouched (error when required).
    void number(std::string_view key, double &value, Ranges &ranges, bool required = false);
    /// A number or null ("not offered", "unknown"); missing is null.
    void optionalNumber(std::string_view key, std::optional<double> &value);
    /// The same, also taking a range (its point value goes into value, its distribution
    /// into ranges under key).
    void optionalNumber(std::string_view key, std::optional<double> &value, Ranges &ranges);
    void text(std::string_view key, std::string &value, bool required = false);
    void boolean(std::string_view key, bool &value);
    /// The value at key if it has the given type (null when missing); consumed either way.
    const Json *child(std::string_view key, Json::value_t type,
                                bool required = false);

    /// Marks key as known without reading it (it was read elsewhere).
    void consume(std::string_view key) { m_consumed.emplace(key); }

    /// Keys of the object that no call above consumed, with their values.
    Json unknownKeys() const;
    std::string pathOf(std::string_view key) const;
    Diagnostics &errors() { return m_errors; }

private:
    const Json *find(std::string_view key, bool required);
    void wrongType(std::string_view key, const char *expected);

    const Json &m_object;
    std::string m_path;
    Diagnostics &m_errors;
    std::set<std::string, std::less<>> m_consumed;
};

/// JSON's name of a value's type, as used in "wrong_type" diagnostics.
const char *jsonTypeName(const Json &value);

} // namespace fulcrum

namespace fulcrum {

/// Parses text as JSON. An empty (or all-blank) text gives "empty"; a syntax error gives
/// "not_json" with the 1-based "line" and "column" of the error and the parser's "detail".
std::optional<Json> parseJsonText(std::string_view text, Diagnostics &errors);

} // namespace fulcrum
