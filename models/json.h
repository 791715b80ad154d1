#pragma once

#include <nlohmann/json.hpp>

namespace fulcrum {

/// JSON that keeps keys in the order they were written, so saved files read like the
/// files people write (format and version first, then traffic, economics, ...).
using Json = nlohmann::ordered_json;

/// A number as JSON: whole numbers as integers (1500, not 1500.0), the rest as doubles.
Json numberJson(double value);

/// JSON as text (indent as Json::dump: -1 on one line). Strings that are not valid UTF-8 (a
/// model name read from a Latin-1 CSV, a parser's "last read" byte) are written with U+FFFD
/// in place of the bad bytes instead of throwing.
std::string jsonText(const Json &json, int indent = -1);

} // namespace fulcrum
