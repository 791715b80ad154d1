#pragma once

#include <string>
#include <vector>

#include "models/json.h"

namespace fulcrum {

/// One finding of validation or evaluation, as a value: where it is, what it is (a stable
/// code such as "negative" or "unknown_model") and the values involved. The sentence shown
/// to a person is written where it is shown (app/), never here.
struct Diagnostic
{
    std::string path; ///< e.g. "workload.steps[0].output_tokens"; empty for the whole file
    std::string code;
    Json params = Json::object(); ///< e.g. {"value": -5}

    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = std::vector<Diagnostic>;

} // namespace fulcrum
