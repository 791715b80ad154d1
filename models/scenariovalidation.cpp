#include "models/scenariovalidation.h"

#include <algorithm>
#include <set>

#include "models/catalogio.h"
#include "models/modellookup.h"
#include "models/pipelinegraph.h"
#include "models/scenariofields.h"

namespace fulcrum {

namespace {

void validateStep(const Step &step, const std::string &path, const ModelLookup &models,
                  const std::vector<Step> &steps, Diagnostics &errors)
{
    checkNumbers(step, StepFields, path, errors);
    if (const auto range = step.ranges.find("cache_hit_rate"); range != step.ranges.end())
        checkDistribution(range->second, ShareRule, path + ".cache_hit_rate", errors);
    else if (step.cacheHitRate)
        checkNumber(*step.cacheHitRate, ShareRule, path + ".cache_hit_rate", errors);

    if (step.name.empty())
        errors.push_back({path + ".name", "empty_name", Json::object()});
    if (step.model.empty()) {
        errors.push_back({path + ".model", "empty_name", Json::object()});
    } else if (const ModelEntry *model = models.find(step.model); !model) {
        errors.push_back({path + ".model", "unknown_model", {{"model", step.model}}});
    } else if (!model->offers(step.tier)) {
        errors.push_back({path + ".tier",
                          "tier_not_offered",
                          {{"model", step.model}, {"tier", std::string(tierKey(step.tier))}}});
    }
    for (std::size_t i = 0; i < step.after.size(); ++i) {
        const std::string &name = step.after[i];
        const std::string afterPath = path + ".after[" + std::to_string(i) + "]";
        if (name == step.name)
            errors.push_back({afterPath, "dependency_cycle", {{"cycle", {name}}}});
        else if (std::none_of(steps.begin(), steps.end(), [&](const Step &s) { return s.name == name; }))
            errors.push_back({afterPath, "unknown_step", {{"step", name}}});
    }
}

} // namespace

Diagnostics validateScenario(const Scenario &scenario, const Catalog &catalog)
{
    Diagnostics errors;
    if (scenario.currency.empty())
        errors.push_back({"currency", "empty_name", Json::object()});
    checkNumbers(scenario.traffic, TrafficFields, "traffic", errors);
    checkNumbers(scenario.economics, EconomicsFields, "economics", errors);
    if (scenario.economics.humanAccuracy)
        checkNumber(*scenario.economics.humanAccuracy, ShareRule, "economics.human_accuracy", errors);
    const Economics &e = scenario.economics;
    if (errors.empty()
        && e.valuePerSuccess + e.costPerEscalation + e.churnRatePerFailure * e.costPerChurn <= 0)
        errors.push_back({"economics.value_per_success", "no_stakes", Json::object()});
    checkNumbers(scenario.workload, WorkloadFields, "workload", errors);

    std::set<std::string> modelIds;
    for (std::size_t i = 0; i < scenario.models.size(); ++i) {
        const std::string path = "models[" + std::to_string(i) + "]";
        checkModelEntry(scenario.models[i], path, errors);
        if (!modelIds.insert(scenario.models[i].id).second)
            errors.push_back({path + ".id", "duplicate_model", {{"model", scenario.models[i].id}}});
    }

    const ModelLookup models(scenario, catalog);
    const std::vector<Step> &steps = scenario.workload.steps;
    if (steps.empty())
        errors.push_back({"workload.steps", "empty_pipeline", Json::object()});
    std::set<std::string> names;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const std::string path = "workload.steps[" + std::to_string(i) + "]";
        validateStep(steps[i], path, models, steps, errors);
        if (!steps[i].name.empty() && !names.insert(steps[i].name).second)
            errors.push_back({path + ".name", "duplicate_step", {{"step", steps[i].name}}});
    }
    const PipelineGraph graph = buildPipelineGraph(steps);
    if (!graph.acyclic() && graph.cycle.size() > 1) { // a self-dependency was named above
        Json cycle = Json::array();
        for (int i : graph.cycle)
            cycle.push_back(steps[i].name);
        errors.push_back({"workload.steps[" + std::to_string(graph.cycle.front()) + "].after",
                          "dependency_cycle",
                          {{"cycle", cycle}}});
    }

    for (const auto &[model, eval] : scenario.evals) {
        const std::string path = "evals." + model;
        checkNumbers(eval, EvalFields, path, errors);
        if (eval.correct
            && checkNumber(*eval.correct, {Bound::NonNegative, true}, path + ".correct", errors)
            && *eval.correct > eval.evalSize)
            errors.push_back({path + ".correct",
                              "above_maximum",
                              {{"value", *eval.correct}, {"maximum", eval.evalSize}}});
    }

    const std::string &applyTo = scenario.alternatives.applyTo;
    if (applyTo != "final" && applyTo != "all"
        && std::none_of(steps.begin(), steps.end(), [&](const Step &s) { return s.name == applyTo; }))
        errors.push_back({"alternatives.apply_to", "unknown_step", {{"step", applyTo}}});
    return errors;
}

} // namespace fulcrum
