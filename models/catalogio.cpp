#include "models/catalogio.h"

#include "models/jsonreader.h"
#include "models/numberrule.h"

namespace fulcrum {

namespace {



Json optionalToJson(const std::optional<double> &value)
{
    return value ? numberJson(*value) : Json(nullptr);
}

/// A figure as written: its range when it has one, else the number (or null).
Json figureToJson(const std::optional<double> &value, const Ranges &ranges, const char *key)
{
    if (const auto range = ranges.find(key); range != ranges.end())
        return distributionToJson(range->second);
    return optionalToJson(value);
}

std::optional<TierPrices> tierPricesFromJson(const Json &json, const std::string &path,
                                             Diagnostics &errors)
{
    TierPrices prices;
    JsonObjectReader reader(json, path, errors);
    const std::size_t before = errors.size();
    std::optional<double> input, output;
    reader.optionalNumber("input", input, prices.ranges);
    reader.optionalNumber("output", output, prices.ranges);
    reader.optionalNumber("cached_input", prices.cachedInput, prices.ranges);
    reader.optionalNumber("cache_write", prices.cacheWrite, prices.ranges);
    reader.optionalNumber("reasoning", prices.reasoning, prices.ranges);
    if (!input && errors.size() == before)
        errors.push_back({path + ".input", "missing", Json::object()});
    if (!output && errors.size() == before)
        errors.push_back({path + ".output", "missing", Json::object()});
    prices.input = input.value_or(0.0);
    prices.output = output.value_or(0.0);
    prices.extra = reader.unknownKeys();
    if (errors.size() != before)
        return std::nullopt;
    return prices;
}

Json tierPricesToJson(const TierPrices &p)
{
    Json json = p.extra;
    json["input"] = figureToJson(p.input, p.ranges, "input");
    json["cached_input"] = figureToJson(p.cachedInput, p.ranges, "cached_input");
    json["cache_write"] = figureToJson(p.cacheWrite, p.ranges, "cache_write");
    json["output"] = figureToJson(p.output, p.ranges, "output");
    if (p.reasoning)
        json["reasoning"] = figureToJson(p.reasoning, p.ranges, "reasoning");
    return json;
}

} // namespace

std::optional<ModelEntry> modelEntryFromJson(const Json &json, const std::string &path,
                                             Diagnostics &errors)
{
    if (!json.is_object()) {
        errors.push_back({path, "wrong_type", {{"expected", "object"}, {"got", jsonTypeName(json)}}});
        return std::nullopt;
    }
    const std::size_t before = errors.size();
    ModelEntry entry;
    JsonObjectReader reader(json, path, errors);
    reader.text("id", entry.id, true);
    reader.text("provider", entry.provider);
    reader.text("name", entry.name);
    if (const Json *prices = reader.child("prices_per_mtok", Json::value_t::object, true)) {
        JsonObjectReader pricesReader(*prices, reader.pathOf("prices_per_mtok"), errors);
        for (Tier tier : AllTiers) {
            const std::string key(tierKey(tier));
            const auto it = prices->find(key);
            if (it == prices->end() || it->is_null())
                continue;
            if (!it->is_object()) {
                errors.push_back({pricesReader.pathOf(key),
                                  "wrong_type",
                                  {{"expected", "object"}, {"got", jsonTypeName(*it)}}});
                continue;
            }
            entry.prices[tierIndex(tier)] = tierPricesFromJson(*it, pricesReader.pathOf(key), errors);
        }
    }
    reader.optionalNumber("prompt_cache_min_tokens", entry.promptCacheMinTokens);
    reader.optionalNumber("cache_ttl_s", entry.cacheTtlS);
    const auto latencyIt = json.find("latency");
    if (latencyIt != json.end() && !latencyIt->is_null()) {
        if (const Json *latency = reader.child("latency", Json::value_t::object)) {
            LatencyProfile profile;
            JsonObjectReader lr(*latency, reader.pathOf("latency"), errors);
            std::optional<double> ttft, speed;
            lr.optionalNumber("ttft_s", ttft, profile.ranges);
            lr.optionalNumber("prefill_tokens_per_s", profile.prefillTokensPerS, profile.ranges);
            lr.optionalNumber("output_tokens_per_s", speed, profile.ranges);
            lr.optionalNumber("output_tokens_per_s_slowest", profile.outputTokensPerSSlowest, profile.ranges);
            lr.text("as_of", profile.asOf);
            lr.text("source", profile.source);
            // A value that is there but did not read (a broken range) was reported already.
            auto absent = [&](const char *key) {
                const auto it = latency->find(key);
                return it == latency->end() || it->is_null();
            };
            if (!ttft && absent("ttft_s"))
                errors.push_back({lr.pathOf("ttft_s"), "missing", Json::object()});
            if (!speed && absent("output_tokens_per_s"))
                errors.push_back({lr.pathOf("output_tokens_per_s"), "missing", Json::object()});
            profile.ttftS = ttft.value_or(0.0);
            profile.outputTokensPerS = speed.value_or(1.0);
            profile.extra = lr.unknownKeys();
            entry.latency = profile;
        }
    } else {
        reader.consume("latency"); // null or missing: never measured
    }
    if (const auto queueIt = json.find("tier_queue_s"); queueIt != json.end() && !queueIt->is_null()) {
        if (const Json *queue = reader.child("tier_queue_s", Json::value_t::object)) {
            JsonObjectReader qr(*queue, reader.pathOf("tier_queue_s"), errors);
            for (Tier tier : AllTiers)
                qr.optionalNumber(tierKey(tier), entry.tierQueueS[tierIndex(tier)]);
        }
    } else {
        reader.consume("tier_queue_s");
    }
    reader.optionalNumber("context_window", entry.contextWindow);
    reader.optionalNumber("max_output_tokens", entry.maxOutputTokens);
    if (const auto limitsIt = json.find("rate_limits"); limitsIt != json.end() && !limitsIt->is_null()) {
        if (const Json *limits = reader.child("rate_limits", Json::value_t::object)) {
            JsonObjectReader rr(*limits, reader.pathOf("rate_limits"), errors);
            rr.optionalNumber("tokens_per_minute", entry.rateLimits.tokensPerMinute);
            rr.optionalNumber("requests_per_minute", entry.rateLimits.requestsPerMinute);
            entry.rateLimits.extra = rr.unknownKeys();
        }
    } else {
        reader.consume("rate_limits");
    }
    reader.text("as_of", entry.asOf);
    reader.text("source", entry.source);
    entry.extra = reader.unknownKeys();
    if (errors.size() != before)
        return std::nullopt;
    return entry;
}

Json modelEntryToJson(const ModelEntry &e)
{
    Json json = e.extra;
    json["id"] = e.id;
    json["provider"] = e.provider;
    json["name"] = e.name;
    Json prices = Json::object();
    for (Tier tier : AllTiers) {
        const auto &p = e.pricesFor(tier);
        prices[std::string(tierKey(tier))] = p ? tierPricesToJson(*p) : Json(nullptr);
    }
    json["prices_per_mtok"] = prices;
    json["prompt_cache_min_tokens"] = optionalToJson(e.promptCacheMinTokens);
    json["cache_ttl_s"] = optionalToJson(e.cacheTtlS);
    if (e.latency) {
        const LatencyProfile &l = *e.latency;
        Json latency = l.extra;
        latency["ttft_s"] = figureToJson(l.ttftS, l.ranges, "ttft_s");
        latency["prefill_tokens_per_s"] = figureToJson(l.prefillTokensPerS, l.ranges, "prefill_tokens_per_s");
        latency["output_tokens_per_s"] = figureToJson(l.outputTokensPerS, l.ranges, "output_tokens_per_s");
        latency["output_tokens_per_s_slowest"]
            = figureToJson(l.outputTokensPerSSlowest, l.ranges, "output_tokens_per_s_slowest");
        latency["as_of"] = l.asOf;
        latency["source"] = l.source;
        json["latency"] = latency;
    } else {
        json["latency"] = nullptr;
    }
    Json queue = Json::object();
    for (Tier tier : AllTiers) {
        if (e.tierQueueS[tierIndex(tier)])
            queue[std::string(tierKey(tier))] = numberJson(*e.tierQueueS[tierIndex(tier)]);
    }
    json["tier_queue_s"] = queue;
    json["context_window"] = optionalToJson(e.contextWindow);
    json["max_output_tokens"] = optionalToJson(e.maxOutputTokens);
    Json limits = e.rateLimits.extra;
    limits["tokens_per_minute"] = optionalToJson(e.rateLimits.tokensPerMinute);
    limits["requests_per_minute"] = optionalToJson(e.rateLimits.requestsPerMinute);
    json["rate_limits"] = limits;
    json["as_of"] = e.asOf;
    json["source"] = e.source;
    return json;
}

void checkModelEntry(const ModelEntry &e, const std::string &path, Diagnostics &errors)
{
    auto check = [&](const std::optional<double> &value, Bound bound, const std::string &field) {
        if (value)
            checkNumber(*value, {bound}, path + "." + field, errors);
    };
    const NumberRule speed = CatalogSpeedRule;
    if (e.id.empty())
        errors.push_back({path + ".id", "empty_name", Json::object()});
    // A figure written as a range is checked as a range (each of its numbers against the
    // field's rule, and their order), like a scenario's other ranges.
    auto checkFigure = [&](const std::optional<double> &value, const Ranges &ranges, const char *key,
                           const NumberRule &rule, const std::string &field) {
        if (const auto range = ranges.find(key); range != ranges.end()) {
            const std::size_t before = errors.size();
            checkDistribution(range->second, rule, path + "." + field, errors);
            return errors.size() == before;
        }
        return !value || checkNumber(*value, rule, path + "." + field, errors);
    };
    const NumberRule price = CatalogPriceRule;
    bool offered = false;
    for (Tier tier : AllTiers) {
        const auto &p = e.pricesFor(tier);
        if (!p)
            continue;
        offered = true;
        const std::string tierPath = "prices_per_mtok." + std::string(tierKey(tier));
        checkFigure(p->input, p->ranges, "input", price, tierPath + ".input");
        checkFigure(p->cachedInput, p->ranges, "cached_input", price, tierPath + ".cached_input");
        checkFigure(p->cacheWrite, p->ranges, "cache_write", price, tierPath + ".cache_write");
        checkFigure(p->output, p->ranges, "output", price, tierPath + ".output");
        checkFigure(p->reasoning, p->ranges, "reasoning", price, tierPath + ".reasoning");
    }
    if (!offered)
        errors.push_back({path + ".prices_per_mtok", "no_tier_offered", Json::object()});
    check(e.promptCacheMinTokens, Bound::NonNegative, "prompt_cache_min_tokens");
    check(e.cacheTtlS, Bound::NonNegative, "cache_ttl_s");
    if (e.latency) {
        const LatencyProfile &l = *e.latency;
        checkFigure(l.ttftS, l.ranges, "ttft_s", price, "latency.ttft_s");
        checkFigure(l.prefillTokensPerS, l.ranges, "prefill_tokens_per_s", speed, "latency.prefill_tokens_per_s");
        const bool speedOk = checkFigure(l.outputTokensPerS, l.ranges, "output_tokens_per_s", speed,
                                         "latency.output_tokens_per_s");
        // Compared at their point values; the Monte Carlo keeps the slowest speed at its
        // point value, capped at the sampled typical one.
        if (l.outputTokensPerSSlowest
            && checkFigure(l.outputTokensPerSSlowest, l.ranges, "output_tokens_per_s_slowest", speed,
                           "latency.output_tokens_per_s_slowest")
            && speedOk && *l.outputTokensPerSSlowest > l.outputTokensPerS) {
            errors.push_back({path + ".latency.output_tokens_per_s_slowest",
                              "faster_than_typical",
                              {{"value", *l.outputTokensPerSSlowest}, {"typical", l.outputTokensPerS}}});
        }
    }
    for (Tier tier : AllTiers)
        check(e.tierQueueS[tierIndex(tier)], Bound::NonNegative, "tier_queue_s." + std::string(tierKey(tier)));
    check(e.contextWindow, Bound::Positive, "context_window");
    check(e.maxOutputTokens, Bound::Positive, "max_output_tokens");
    check(e.rateLimits.tokensPerMinute, Bound::Positive, "rate_limits.tokens_per_minute");
    check(e.rateLimits.requestsPerMinute, Bound::Positive, "rate_limits.requests_per_minute");
}

CatalogLoad catalogFromJson(const Json &json)
{
    CatalogLoad load;
    if (!json.is_object()) {
        load.errors.push_back({"", "wrong_type", {{"expected", "object"}, {"got", jsonTypeName(json)}}});
        return load;
    }
    JsonObjectReader reader(json, "", load.errors);
    std::string format;
    reader.text("format", format);
    if (!format.empty() && format != "fulcrum-catalog")
        load.errors.push_back({"format", "wrong_format", {{"format", format}, {"expected", "fulcrum-catalog"}}});
    Ranges unused;
    double version = CatalogFormatVersion;
    reader.number("version", version, unused);
    if (version > CatalogFormatVersion)
        load.errors.push_back({"version", "newer_version", {{"version", version}, {"supported", CatalogFormatVersion}}});
    std::string asOf, source;
    reader.text("as_of", asOf);
    reader.text("source", source);
    std::vector<ModelEntry> models;
    if (const Json *list = reader.child("models", Json::value_t::array, true)) {
        models.reserve(list->size());
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = "models[" + std::to_string(i) + "]";
            if (auto entry = modelEntryFromJson((*list)[i], path, load.errors)) {
                checkModelEntry(*entry, path, load.errors);
                models.push_back(std::move(*entry));
            }
        }
    }
    if (load.errors.empty())
        load.catalog = Catalog(std::move(models), asOf, source);
    return load;
}

CatalogLoad catalogFromText(std::string_view text)
{
    CatalogLoad load;
    if (auto json = parseJsonText(text, load.errors))
        return catalogFromJson(*json);
    return load;
}

Json catalogToJson(const Catalog &catalog)
{
    Json models = Json::array();
    for (const ModelEntry &entry : catalog.models())
        models.push_back(modelEntryToJson(entry));
    return Json {{"format", "fulcrum-catalog"},
                 {"version", CatalogFormatVersion},
                 {"as_of", catalog.asOf()},
                 {"source", catalog.source()},
                 {"models", models}};
}

} // namespace fulcrum
