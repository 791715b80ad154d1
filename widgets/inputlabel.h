#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

#include "models/scenario.h"

namespace fulcrum {

/// An uncertain input's name as a reader knows it, translated: "Value of a success",
/// "answer step: output tokens", "Accuracy of gpt-4.1", "gpt-4.1: output price (Standard)",
/// from its path in the scenario file ("economics.value_per_success",
/// "workload.steps[1].output_tokens", "evals.gpt-4.1.accuracy",
/// "models[0].prices_per_mtok.standard.output", "catalog.gpt-4.1.latency.ttft_s"). Steps and
/// the scenario's own models are named from scenario; a path it does not know is returned as is.
QString inputLabel(const std::string &path, const Scenario &scenario);

/// A step's numeric field by its key in the scenario file ("output_tokens"), as the steps
/// table names it inside a sentence: "output tokens". Empty for a key it does not know.
QString stepFieldLabel(std::string_view key);

/// Names joined as a list in the current language ("a, b, c"; "a、b、c" in Chinese).
QString joinedNames(const QStringList &names);

} // namespace fulcrum
