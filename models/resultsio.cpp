#include "models/resultsio.h"

namespace fulcrum {

namespace {

Json optionalJson(const std::optional<double> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json diagnosticsJson(const Diagnostics &diagnostics)
{
    Json list = Json::array();
    for (const Diagnostic &d : diagnostics)
        list.push_back({{"path", d.path}, {"code", d.code}, {"params", d.params}});
    return list;
}

Json tokenCostJson(const TokenCost &c)
{
    return {{"uncached_input", c.plainInput}, {"cached_input", c.cachedInput},
            {"cache_write", c.cacheWrite},    {"output", c.output},
            {"reasoning", c.reasoning},       {"total", c.total()}};
}

Json callLatencyJson(const CallLatency &l)
{
    return {{"network_s", l.networkS},         {"queue_s", l.queueS},
            {"ttft_s", l.ttftS},               {"prefill_s", l.prefillS},
            {"reasoning_s", l.reasoningS},     {"output_s", l.outputS},
            {"output_slowest_s", l.outputSlowestS}, {"first_token_s", l.firstTokenS()},
            {"total_s", l.totalS()},           {"total_slowest_s", l.totalSlowestS()}};
}

} // namespace

const char *accuracyBasisKey(AccuracyBasis basis)
{
    switch (basis) {
    case AccuracyBasis::Eval:
        return "eval";
    case AccuracyBasis::AssumedTarget:
        return "assumed_target";
    case AccuracyBasis::Unchanged:
        return "unchanged";
    case AccuracyBasis::Unmeasured:
        return "unmeasured";
    }
    return "eval";
}

Json infeasibleReasonKeys(unsigned reasons)
{
    static const std::pair<InfeasibleReason, const char *> keys[] = {
        {AccuracyUnmeasured, "accuracy_unmeasured"}, {BelowTarget, "below_target"},
        {BelowBreakEven, "below_break_even"},        {OverBudget, "over_budget"},
        {LatencyUnknown, "latency_unknown"},         {ContextExceeded, "context_exceeded"},
    };
    Json list = Json::array();
    for (const auto &[flag, key] : keys) {
        if (reasons & flag)
            list.push_back(key);
    }
    return list;
}

Json resultsToJson(const Results &r, int maxAlternatives)
{
    Json json = Json::object();
    json["errors"] = diagnosticsJson(r.errors);
    json["warnings"] = diagnosticsJson(r.warnings);
    if (!r.valid())
        return json;

    const BusinessResults &b = r.business;
    json["currency"] = r.currency;
    json["catalog_as_of"] = r.catalogAsOf;
    json["break_even_accuracy"] = b.breakEven;
    json["net_value_per_month"] = b.netPerMonth;
    json["business"] = {
        {"accuracy", b.accuracy},
        {"accuracy_basis", accuracyBasisKey(b.accuracyBasis)},
        {"accuracy_model", b.accuracyModel},
        {"final_step", r.steps[b.finalStep].name},
        {"eval_size", b.evalSize},
        {"wilson_95", b.wilson95 ? Json {{"low", b.wilson95->low}, {"high", b.wilson95->high}} : Json(nullptr)},
        {"probability_above_break_even", optionalJson(b.probabilityAboveBreakEven)},
        {"failure_cost", b.failureCost},
        {"llm_cost_per_case", b.llmCostPerCase},
        {"break_even_accuracy", b.breakEven},
        {"break_even_accuracy_with_fixed_costs", b.breakEvenWithFixedCosts},
        {"breaks_even", b.breaksEven},
        {"margin", b.margin},
        {"net_per_case", b.netPerCase},
        {"cases_per_month", b.casesPerMonth},
        {"net_per_month", b.netPerMonth},
        {"net_per_month_at_target", b.netPerMonthAtTarget},
        {"net_per_month_at_human", optionalJson(b.netPerMonthAtHuman)},
    };
    json["cost"] = {
        {"per_request", r.cost.perRequest},
        {"per_day", r.cost.perDay},
        {"per_month", r.cost.perMonth},
        {"over_horizon", r.cost.perHorizon},
        {"sync_per_request", r.cost.syncPerRequest},
        {"async_per_request", r.cost.asyncPerRequest},
        {"per_request_by_kind", tokenCostJson(r.cost.perRequestByKind)},
    };
    const LatencyResults &l = r.latency;
    Json criticalPath = Json::array();
    for (int i : l.criticalPath)
        criticalPath.push_back(r.steps[i].name);
    auto ifKnown = [&](double value) { return l.known ? Json(value) : Json(nullptr); };
    json["latency"] = {
        {"known", l.known},
        {"has_sync_path", l.hasSyncPath},
        {"first_token_s", ifKnown(l.firstTokenS)},
        {"first_token_slowest_s", ifKnown(l.firstTokenSlowestS)},
        {"total_s", ifKnown(l.totalS)},
        {"total_slowest_s", ifKnown(l.totalSlowestS)},
        {"perceived_s", ifKnown(l.perceivedS)},
        {"budget_s", l.budgetS},
        {"within_budget", l.known ? Json(l.withinBudget) : Json(nullptr)},
        {"within_budget_slowest", l.known ? Json(l.withinBudgetSlowest) : Json(nullptr)},
        {"critical_path", criticalPath},
    };
    Json steps = Json::array();
    for (const StepResult &s : r.steps) {
        steps.push_back({
            {"name", s.name},
            {"model", s.model},
            {"tier", std::string(tierKey(s.tier))},
            {"calls", s.calls},
            {"cache_hit_rate", s.cacheHitRate},
            {"cache_hit_rate_derived", s.cacheHitRateDerived},
            {"tokens_per_call",
             {{"uncached_input", s.tokensPerCall.plainInput},
              {"cached_input", s.tokensPerCall.cachedInput},
              {"cache_write", s.tokensPerCall.cacheWrite},
              {"output", s.tokensPerCall.output},
              {"reasoning", s.tokensPerCall.reasoning}}},
            {"cost_per_call", tokenCostJson(s.costPerCall)},
            {"cost_per_request", tokenCostJson(s.costPerRequest)},
            {"on_sync_path", s.onSyncPath},
            {"on_critical_path", s.onCriticalPath},
            {"latency_per_call", s.latencyKnown ? callLatencyJson(s.latencyPerCall) : Json(nullptr)},
            {"start_s", s.startS},
            {"finish_s", s.finishS},
            {"affordable_output_tokens", optionalJson(s.affordableOutputTokens)},
        });
    }
    json["steps"] = steps;
    Json projection = Json::array();
    for (const MonthProjection &m : r.projection)
        projection.push_back({{"month", m.month},
                              {"requests_per_day", m.requestsPerDay},
                              {"cost", m.cost},
                              {"net", m.net},
                              {"cumulative_cost", m.cumulativeCost},
                              {"cumulative_net", m.cumulativeNet}});
    json["projection"] = projection;
    Json limits = Json::array();
    for (const RateLimitResult &rl : r.rateLimits)
        limits.push_back({{"model", rl.model},
                          {"peak_tokens_per_minute", rl.peakTokensPerMinute},
                          {"peak_requests_per_minute", rl.peakRequestsPerMinute},
                          {"tokens_per_minute_limit", optionalJson(rl.tokensPerMinuteLimit)},
                          {"requests_per_minute_limit", optionalJson(rl.requestsPerMinuteLimit)},
                          {"token_headroom", optionalJson(rl.tokenHeadroom)},
                          {"request_headroom", optionalJson(rl.requestHeadroom)},
                          {"first_month_over_limit",
                           rl.firstMonthOverLimit ? Json(*rl.firstMonthOverLimit) : Json(nullptr)}});
    json["rate_limits"] = limits;
    json["alternatives_apply_to"] = r.alternativesApplyTo;
    Json alternatives = Json::array();
    const std::size_t count = maxAlternatives < 0 ? r.alternatives.size()
                                                  : std::min<std::size_t>(maxAlternatives, r.alternatives.size());
    for (std::size_t i = 0; i < count; ++i) {
        const Alternative &a = r.alternatives[i];
        auto ifLatency = [&](double value) { return a.latencyKnown ? Json(value) : Json(nullptr); };
        alternatives.push_back({
            {"rank", i + 1},
            {"model", a.model},
            {"provider", a.provider},
            {"tier", std::string(tierKey(a.tier))},
            {"caching", a.caching},
            {"cost_per_request", a.costPerRequest},
            {"cost_per_month", a.costPerMonth},
            {"saving_per_month", a.savingPerMonth},
            {"latency_first_token_s", ifLatency(a.latencyFirstTokenS)},
            {"latency_total_s", ifLatency(a.latencyTotalS)},
            {"latency_total_slowest_s", ifLatency(a.latencyTotalSlowestS)},
            {"accuracy", optionalJson(a.accuracy)},
            {"accuracy_basis", accuracyBasisKey(a.accuracyBasis)},
            {"break_even_accuracy", a.breakEven},
            {"net_per_month", optionalJson(a.netPerMonth)},
            {"net_gain_per_month", optionalJson(a.netGainPerMonth)},
            {"feasible", a.feasible},
            {"reasons", infeasibleReasonKeys(a.reasons)},
            {"pareto", a.pareto},
            {"current", a.current},
        });
    }
    json["alternatives_count"] = r.alternatives.size();
    json["alternatives"] = alternatives;
    return json;
}

} // namespace fulcrum
