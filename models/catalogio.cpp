#include "models/catalogio.h"

#include "models/jsonreader.h"
#include "models/numberrule.h"

namespace fulcrum {

namespace {



Json optionalToJson(const std::optional<double> &value)
{
    return value ? numberJson(*value) : Json(nullptr);
}

std::optional<TierPrices> tierPricesFromJson(const Json &json, const std::string &path,
                                             Diagnostics &errors)
{
    TierPrices prices;
    JsonObjectReader reader(json, path, errors);
    const std::size_t before = errors.size();
    std::optional<double> input, output;
    reader.optionalNumber("input", input);
    reader.optionalNumber("output", output);
    reader.optionalNumber("cached_input", prices.cachedInput);
    reader.optionalNumber("cache_write", prices.cacheWrite);
    reader.optionalNumber("reasoning", prices.reasoning);
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
    json["input"] = numberJson(p.input);
    json["cached_input"] = optionalToJson(p.cachedInput);
    json["cache_write"] = optionalToJson(p.cacheWrite);
    json["output"] = numberJson(p.output);
    if (p.reasoning)
        json["reasoning"] = numberJson(*p.reasoning);
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
            lr.optionalNumber("ttft_s", ttft);
            lr.optionalNumber("prefill_tokens_per_s", profile.prefillTokensPerS);
            lr.optionalNumber("output_tokens_per_s", speed);
            lr.optionalNumber("output_tokens_per_s_slowest", profile.outputTokensPerSSlowest);
            lr.text("as_of", profile.asOf);
            lr.text("source", profile.source);
            if (!ttft)
                errors.push_back({lr.pathOf("ttft_s"), "missing", Json::object()});
            if (!speed)
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
        latency["ttft_s"] = numberJson(l.ttftS);
        latency["prefill_tokens_per_s"] = optionalToJson(l.prefillTokensPerS);
        latency["output_tokens_per_s"] = numberJson(l.outputTokensPerS);
        latency["output_tokens_per_s_slowest"] = optionalToJson(l.outputTokensPerSSlowest);
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
    // A speed near zero would make any time infinite: a thousandth of a token a second is
    // already absurdly slow.
    const NumberRule speed {Bound::Positive, false, 0.001};
    if (e.id.empty())
        errors.push_back({path + ".id", "empty_name", Json::object()});
    bool offered = false;
    for (Tier tier : AllTiers) {
        const auto &p = e.pricesFor(tier);
        if (!p)
            continue;
        offered = true;
        const std::string tierPath = "prices_per_mtok." + std::string(tierKey(tier));
        check(p->input, Bound::NonNegative, tierPath + ".input");
        check(p->cachedInput, Bound::NonNegative, tierPath + ".cached_input");
        check(p->cacheWrite, Bound::NonNegative, tierPath + ".cache_write");
        check(p->output, Bound::NonNegative, tierPath + ".output");
        check(p->reasoning, Bound::NonNegative, tierPath + ".reasoning");
    }
    if (!offered)
        errors.push_back({path + ".prices_per_mtok", "no_tier_offered", Json::object()});
    check(e.promptCacheMinTokens, Bound::NonNegative, "prompt_cache_min_tokens");
    check(e.cacheTtlS, Bound::NonNegative, "cache_ttl_s");
    if (e.latency) {
        const LatencyProfile &l = *e.latency;
        check(l.ttftS, Bound::NonNegative, "latency.ttft_s");
        if (l.prefillTokensPerS)
            checkNumber(*l.prefillTokensPerS, speed, path + ".latency.prefill_tokens_per_s", errors);
        const bool speedOk = checkNumber(l.outputTokensPerS, speed,
                                         path + ".latency.output_tokens_per_s", errors);
        if (l.outputTokensPerSSlowest
            && checkNumber(*l.outputTokensPerSSlowest, speed,
                           path + ".latency.output_tokens_per_s_slowest", errors)
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
