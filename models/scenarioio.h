#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "models/diagnostic.h"
#include "models/json.h"
#include "models/scenario.h"

namespace fulcrum {

/// Upgrades a scenario's JSON by one version, in place.
using ScenarioMigration = std::function<void(Json &)>;
/// Migrations by the version they upgrade from. Version 1 is the first format, so the
/// table is empty today; a version 2 adds {1, upgrade} here and bumps ScenarioFormatVersion.
const std::map<int, ScenarioMigration> &scenarioMigrations();

/// Brings json from fromVersion up to targetVersion with the given migrations and stamps
/// the new version. False (json untouched) when a step in between has no migration.
bool migrateScenarioJson(Json &json, int fromVersion, int targetVersion,
                         const std::map<int, ScenarioMigration> &migrations);

struct ScenarioLoad
{
    std::optional<Scenario> scenario;
    Diagnostics errors; ///< structural: not JSON, wrong types, missing fields, newer version
};

/// Reads a scenario file's JSON. Values out of range are kept (validateScenario() reports
/// them, so the window can show the file and mark the field); wrong types are not.
ScenarioLoad scenarioFromJson(Json json);
ScenarioLoad scenarioFromText(std::string_view text);
/// The scenario as a file's JSON, unknown keys included.
Json scenarioToJson(const Scenario &scenario);
/// scenarioToJson() as indented text with a final newline.
std::string scenarioToText(const Scenario &scenario);

} // namespace fulcrum
