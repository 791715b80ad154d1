#pragma once

#include <nlohmann/json.hpp>

namespace fulcrum {

/// JSON that keeps keys in the order they were written, so saved files read like the
/// files people write (format and version first, then traffic, economics, ...).
using Json = nlohmann::ordered_json;

/// A number as JSON: whole numbers as integers (1500, not 1500.0), the rest as doubles.
Json numberJson(double value);

} // namespace fulcrum
