#include "models/scenarioio.h"

#include <cmath>

#include "models/catalogio.h"
#include "models/jsonreader.h"
#include "models/scenariofields.h"

namespace fulcrum {

namespace {

std::string indexPath(const std::string &path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

Step stepFromJson(const Json &json, const std::string &path, Diagnostics &errors)
{
    Step step;
    JsonObjectReader reader(json, path, errors);
    reader.text("name", step.name, true);
    reader.text("model", step.model, true);
    std::string tier = "standard";
    reader.text("tier", tier);
    if (auto parsed = tierFromKey(tier))
        step.tier = *parsed;
    else
        errors.push_back({reader.pathOf("tier"),
                          "unknown_tier",
                          {{"tier", tier}, {"allowed", {"standard", "batch", "flex", "priority"}}}});
    readNumbers(reader, step, StepFields);
    if (const auto hit = json.find("cache_hit_rate"); hit != json.end() && hit->is_string()) {
        reader.consume("cache_hit_rate");
        if (*hit == "auto")
            step.cacheHitRate.reset();
        else
            errors.push_back({reader.pathOf("cache_hit_rate"),
                              "wrong_type",
                              {{"expected", "number or \"auto\""}, {"got", "string"}}});
    } else {
        double rate = 0;
        reader.number("cache_hit_rate", rate, step.ranges);
        step.cacheHitRate = rate;
    }
    if (const Json *after = reader.child("after", Json::value_t::array)) {
        for (std::size_t i = 0; i < after->size(); ++i) {
            const Json &name = (*after)[i];
            if (name.is_string())
                step.after.push_back(name.get<std::string>());
            else
                errors.push_back({indexPath(reader.pathOf("after"), i),
                                  "wrong_type",
                                  {{"expected", "string"}, {"got", jsonTypeName(name)}}});
        }
    }
    step.extra = reader.unknownKeys();
    return step;
}

Json stepToJson(const Step &step)
{
    Json json = step.extra;
    json["name"] = step.name;
    json["model"] = step.model;
    json["tier"] = std::string(tierKey(step.tier));
    writeNumbers(json, step, StepFields);
    if (const auto range = step.ranges.find("cache_hit_rate"); range != step.ranges.end())
        json["cache_hit_rate"] = distributionToJson(range->second);
    else if (step.cacheHitRate)
        json["cache_hit_rate"] = numberJson(*step.cacheHitRate);
    else
        json["cache_hit_rate"] = "auto";
    json["after"] = step.after;
    return json;
}

template <class T, std::size_t N>
void readSection(JsonObjectReader &parent, std::string_view key, T &object,
                 const std::array<NumberFieldRule<T>, N> &fields,
                 const std::function<void(JsonObjectReader &)> &more = {})
{
    if (const Json *section = parent.child(key, Json::value_t::object, true)) {
        JsonObjectReader reader(*section, parent.pathOf(key), parent.errors());
        readNumbers(reader, object, fields);
        if (more)
            more(reader);
        object.extra = reader.unknownKeys();
    }
}

} // namespace

const std::map<int, ScenarioMigration> &scenarioMigrations()
{
    static const std::map<int, ScenarioMigration> migrations;
    return migrations;
}

bool migrateScenarioJson(Json &json, int fromVersion, int targetVersion,
                         const std::map<int, ScenarioMigration> &migrations)
{
    for (int v = fromVersion; v < targetVersion; ++v) {
        if (!migrations.contains(v))
            return false;
    }
    for (int v = fromVersion; v < targetVersion; ++v)
        migrations.at(v)(json);
    json["version"] = targetVersion;
    return true;
}

ScenarioLoad scenarioFromJson(Json json)
{
    ScenarioLoad load;
    Diagnostics &errors = load.errors;
    if (!json.is_object()) {
        errors.push_back({"", "wrong_type", {{"expected", "object"}, {"got", jsonTypeName(json)}}});
        return load;
    }

    // The version decides how the rest is read, so it is checked before anything else.
    int version = ScenarioFormatVersion;
    if (const auto v = json.find("version"); v != json.end()) {
        if (!v->is_number()) {
            errors.push_back({"version", "wrong_type", {{"expected", "number"}, {"got", jsonTypeName(*v)}}});
            return load;
        }
        const double value = v->get<double>();
        if (value != std::floor(value) || value < 1) {
            errors.push_back({"version", "bad_version", {{"value", value}}});
            return load;
        }
        if (value > ScenarioFormatVersion) {
            errors.push_back({"version", "newer_version", {{"version", value}, {"supported", ScenarioFormatVersion}}});
            return load;
        }
        version = static_cast<int>(value);
    }
    if (version < ScenarioFormatVersion
        && !migrateScenarioJson(json, version, ScenarioFormatVersion, scenarioMigrations())) {
        errors.push_back({"version", "no_migration", {{"version", version}}});
        return load;
    }

    Scenario scenario;
    JsonObjectReader reader(json, "", errors);
    std::string format;
    reader.text("format", format);
    if (!format.empty() && format != "fulcrum-scenario")
        errors.push_back({"format", "wrong_format", {{"format", format}, {"expected", "fulcrum-scenario"}}});
    reader.consume("version"); // checked above
    reader.text("title", scenario.title);
    reader.text("author", scenario.author);
    reader.text("notes", scenario.notes);
    reader.text("currency", scenario.currency);

    readSection(reader, "traffic", scenario.traffic, TrafficFields);
    readSection(reader, "economics", scenario.economics, EconomicsFields,
                [&](JsonObjectReader &r) { r.optionalNumber("human_accuracy", scenario.economics.humanAccuracy); });
    readSection(reader, "workload", scenario.workload, WorkloadFields, [&](JsonObjectReader &r) {
        r.boolean("streaming", scenario.workload.streaming);
        if (const Json *steps = r.child("steps", Json::value_t::array, true)) {
            for (std::size_t i = 0; i < steps->size(); ++i) {
                const std::string path = indexPath(r.pathOf("steps"), i);
                const Json &step = (*steps)[i];
                if (step.is_object())
                    scenario.workload.steps.push_back(stepFromJson(step, path, errors));
                else
                    errors.push_back({path, "wrong_type", {{"expected", "object"}, {"got", jsonTypeName(step)}}});
            }
        }
    });

    if (const Json *evals = reader.child("evals", Json::value_t::object)) {
        for (auto it = evals->begin(); it != evals->end(); ++it) {
            const std::string path = "evals." + it.key();
            if (!it->is_object()) {
                errors.push_back({path, "wrong_type", {{"expected", "object"}, {"got", jsonTypeName(*it)}}});
                continue;
            }
            EvalResult eval;
            JsonObjectReader r(*it, path, errors);
            readNumbers(r, eval, EvalFields);
            r.optionalNumber("correct", eval.correct);
            eval.extra = r.unknownKeys();
            scenario.evals[it.key()] = std::move(eval);
        }
    }
    if (const Json *models = reader.child("models", Json::value_t::array)) {
        for (std::size_t i = 0; i < models->size(); ++i) {
            if (auto entry = modelEntryFromJson((*models)[i], indexPath("models", i), errors))
                scenario.models.push_back(std::move(*entry));
        }
    }
    if (const Json *alternatives = reader.child("alternatives", Json::value_t::object)) {
        JsonObjectReader r(*alternatives, "alternatives", errors);
        r.text("apply_to", scenario.alternatives.applyTo);
        scenario.alternatives.extra = r.unknownKeys();
    }
    scenario.extra = reader.unknownKeys();
    scenario.version = ScenarioFormatVersion;
    if (errors.empty())
        load.scenario = std::move(scenario);
    return load;
}

ScenarioLoad scenarioFromText(std::string_view text)
{
    ScenarioLoad load;
    if (auto json = parseJsonText(text, load.errors))
        return scenarioFromJson(std::move(*json));
    return load;
}

Json scenarioToJson(const Scenario &s)
{
    Json json = Json::object();
    json["format"] = "fulcrum-scenario";
    json["version"] = ScenarioFormatVersion;
    json["title"] = s.title;
    // Optional, so files without them keep DESIGN.md's shape.
    if (!s.author.empty())
        json["author"] = s.author;
    if (!s.notes.empty())
        json["notes"] = s.notes;
    json["currency"] = s.currency;

    Json traffic = s.traffic.extra;
    writeNumbers(traffic, s.traffic, TrafficFields);
    json["traffic"] = traffic;

    Json economics = s.economics.extra;
    writeNumbers(economics, s.economics, EconomicsFields);
    economics["human_accuracy"] = s.economics.humanAccuracy ? numberJson(*s.economics.humanAccuracy) : Json(nullptr);
    json["economics"] = economics;

    Json workload = s.workload.extra;
    writeNumbers(workload, s.workload, WorkloadFields);
    workload["streaming"] = s.workload.streaming;
    Json steps = Json::array();
    for (const Step &step : s.workload.steps)
        steps.push_back(stepToJson(step));
    workload["steps"] = steps;
    json["workload"] = workload;

    Json evals = Json::object();
    for (const auto &[model, eval] : s.evals) {
        Json e = eval.extra;
        writeNumbers(e, eval, EvalFields);
        if (eval.correct)
            e["correct"] = numberJson(*eval.correct);
        evals[model] = e;
    }
    json["evals"] = evals;

    Json models = Json::array();
    for (const ModelEntry &entry : s.models)
        models.push_back(modelEntryToJson(entry));
    json["models"] = models;

    if (s.alternatives != AlternativesSettings {}) {
        Json alternatives = s.alternatives.extra;
        alternatives["apply_to"] = s.alternatives.applyTo;
        json["alternatives"] = alternatives;
    }
    // Unknown top-level keys go last, after the ones this version knows.
    for (auto it = s.extra.begin(); it != s.extra.end(); ++it)
        json[it.key()] = it.value();
    return json;
}

std::string scenarioToText(const Scenario &scenario)
{
    return jsonText(scenarioToJson(scenario), 2) + "\n";
}

} // namespace fulcrum
