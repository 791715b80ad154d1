#pragma once

#include <array>
#include <string_view>

#include "models/jsonreader.h"
#include "models/numberrule.h"
#include "models/scenario.h"

namespace fulcrum {

/// A numeric input of a scenario object: its key in the file, where it lives in the struct,
/// what values it may take. Reading, writing and validation all go through these tables, so
/// a field's rule is stated once.
template <class T>
struct NumberFieldRule
{
    std::string_view key;
    double T::*member;
    NumberRule rule;
    bool required = false;
};

inline constexpr NumberRule NonNegative {Bound::NonNegative};
inline constexpr NumberRule ShareRule {Bound::Share};
inline constexpr NumberRule AtLeastOneRule {Bound::AtLeastOne};

inline const std::array<NumberFieldRule<Traffic>, 5> TrafficFields = {{
    {"requests_per_day", &Traffic::requestsPerDay, NonNegative, true},
    {"monthly_growth", &Traffic::monthlyGrowth, {Bound::Any, false, -1.0, 10.0}},
    {"horizon_months", &Traffic::horizonMonths, {Bound::AtLeastOne, true, std::nullopt, 120.0}},
    {"peak_to_average", &Traffic::peakToAverage, {Bound::AtLeastOne, false, std::nullopt, 1000.0}},
    {"async_share", &Traffic::asyncShare, ShareRule},
}};

inline const std::array<NumberFieldRule<Economics>, 6> EconomicsFields = {{
    {"value_per_success", &Economics::valuePerSuccess, NonNegative, true},
    {"cost_per_escalation", &Economics::costPerEscalation, NonNegative, true},
    {"churn_rate_per_failure", &Economics::churnRatePerFailure, ShareRule},
    {"cost_per_churn", &Economics::costPerChurn, NonNegative},
    {"monthly_fixed_costs", &Economics::monthlyFixedCosts, NonNegative},
    {"target_accuracy", &Economics::targetAccuracy, ShareRule},
}};

inline const std::array<NumberFieldRule<Workload>, 2> WorkloadFields = {{
    {"network_overhead_s", &Workload::networkOverheadS, NonNegative},
    {"latency_budget_s", &Workload::latencyBudgetS, {Bound::Positive}, true},
}};

inline const std::array<NumberFieldRule<Step>, 7> StepFields = {{
    {"calls", &Step::calls, {Bound::AtLeastOne, false, std::nullopt, 1000.0}},
    {"static_input_tokens", &Step::staticInputTokens, NonNegative},
    {"dynamic_input_tokens", &Step::dynamicInputTokens, NonNegative},
    {"distinct_prefixes", &Step::distinctPrefixes, AtLeastOneRule},
    {"output_tokens", &Step::outputTokens, NonNegative},
    {"reasoning_tokens", &Step::reasoningTokens, NonNegative},
    {"completions", &Step::completions, {Bound::AtLeastOne, true, std::nullopt, 128.0}},
}};

inline const std::array<NumberFieldRule<EvalResult>, 2> EvalFields = {{
    {"accuracy", &EvalResult::accuracy, ShareRule, true},
    {"eval_size", &EvalResult::evalSize, {Bound::NonNegative, true}},
}};

template <class T, std::size_t N>
void readNumbers(JsonObjectReader &reader, T &object, const std::array<NumberFieldRule<T>, N> &fields)
{
    for (const NumberFieldRule<T> &f : fields) {
        reader.number(f.key, object.*f.member, object.ranges, f.required);
    }
}

template <class T, std::size_t N>
void writeNumbers(Json &json, const T &object, const std::array<NumberFieldRule<T>, N> &fields)
{
    for (const NumberFieldRule<T> &f : fields) {
        const auto range = object.ranges.find(f.key);
        if (range != object.ranges.end())
            json[std::string(f.key)] = distributionToJson(range->second);
        else
            json[std::string(f.key)] = numberJson(object.*f.member);
    }
}

template <class T, std::size_t N>
void checkNumbers(const T &object, const std::array<NumberFieldRule<T>, N> &fields,
                  const std::string &path, Diagnostics &errors)
{
    for (const NumberFieldRule<T> &f : fields) {
        const auto range = object.ranges.find(f.key);
        if (range == object.ranges.end() && numberSatisfies(object.*f.member, f.rule))
            continue; // the common case builds no path string
        const std::string fieldPath = path + "." + std::string(f.key);
        if (range != object.ranges.end())
            checkDistribution(range->second, f.rule, fieldPath, errors);
        else
            checkNumber(object.*f.member, f.rule, fieldPath, errors);
    }
}

} // namespace fulcrum
