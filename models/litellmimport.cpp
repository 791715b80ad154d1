#include "models/litellmimport.h"

#include <cmath>

#include "models/catalogio.h"
#include "models/jsonreader.h"
#include "models/numberrule.h"

namespace fulcrum {

namespace {

// USD per token → per million tokens, rounded to 1e-10 so that 2.5e-06 becomes exactly 2.5.
std::optional<double> perMillion(const Json &entry, const std::string &key)
{
    const auto it = entry.find(key);
    if (it == entry.end() || !it->is_number())
        return std::nullopt;
    const double perToken = it->get<double>();
    if (!std::isfinite(perToken) || perToken < 0)
        return std::nullopt;
    const double price = std::round(perToken * 1e16) / 1e10;
    // A price beyond any input's bound is an error in the file, not a price.
    if (!std::isfinite(price) || price > LargestInput)
        return std::nullopt;
    return price;
}

std::string text(const Json &entry, const char *key)
{
    const auto it = entry.find(key);
    return it != entry.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<double> plainNumber(const Json &entry, const char *key)
{
    const auto it = entry.find(key);
    if (it == entry.end() || !it->is_number() || !std::isfinite(it->get<double>()) || it->get<double>() <= 0)
        return std::nullopt;
    return it->get<double>();
}

std::optional<TierPrices> tierPrices(const Json &entry, const std::string &suffix)
{
    const auto input = perMillion(entry, "input_cost_per_token" + suffix);
    const auto output = perMillion(entry, "output_cost_per_token" + suffix);
    if (!input || !output)
        return std::nullopt;
    TierPrices prices;
    prices.input = *input;
    prices.output = *output;
    prices.cachedInput = perMillion(entry, "cache_read_input_token_cost" + suffix);
    prices.cacheWrite = perMillion(entry, "cache_creation_input_token_cost" + suffix);
    if (suffix.empty())
        prices.reasoning = perMillion(entry, "output_cost_per_reasoning_token");
    return prices;
}

} // namespace

std::string providerName(std::string_view key)
{
    static const std::pair<std::string_view, std::string_view> names[] = {
        {"openai", "OpenAI"},
        {"text-completion-openai", "OpenAI"},
        {"anthropic", "Anthropic"},
        {"gemini", "Google"},
        {"vertex_ai-language-models", "Google"},
        {"xai", "xAI"},
        {"deepseek", "DeepSeek"},
        {"bedrock", "AWS Bedrock"},
        {"moonshot", "Moonshot AI"},
        {"zhipu", "Zhipu AI"},
        {"minimax", "MiniMax"},
        {"volcengine", "Volcengine"},
        {"mistral", "Mistral AI"},
        {"groq", "Groq"},
    };
    for (const auto &[k, name] : names) {
        if (k == key)
            return std::string(name);
    }
    return std::string(key);
}

LiteLlmImport importLiteLlm(const Json &json, const std::string &asOf, const std::string &source)
{
    LiteLlmImport result;
    if (!json.is_object()) {
        result.errors.push_back({"", "wrong_type", {{"expected", "object"}, {"got", jsonTypeName(json)}}});
        return result;
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        const Json &entry = it.value();
        // LiteLLM's own file starts with a "sample_spec" documentation entry.
        if (!entry.is_object() || text(entry, "mode") != "chat") {
            ++result.skippedNotChat;
            continue;
        }
        ModelEntry model;
        model.id = it.key();
        model.name = it.key();
        model.provider = providerName(text(entry, "litellm_provider"));
        model.prices[tierIndex(Tier::Standard)] = tierPrices(entry, "");
        model.prices[tierIndex(Tier::Batch)] = tierPrices(entry, "_batches");
        model.prices[tierIndex(Tier::Flex)] = tierPrices(entry, "_flex");
        model.prices[tierIndex(Tier::Priority)] = tierPrices(entry, "_priority");
        const auto &standard = model.prices[tierIndex(Tier::Standard)];
        // A listing with no price, or a price of zero for everything, is a placeholder.
        if (!standard || (standard->input == 0 && standard->output == 0)) {
            ++result.skippedWithoutPrices;
            continue;
        }
        model.promptCacheMinTokens = plainNumber(entry, "prompt_cache_min_tokens");
        model.contextWindow = plainNumber(entry, "max_input_tokens");
        model.maxOutputTokens = plainNumber(entry, "max_output_tokens");
        model.rateLimits.tokensPerMinute = plainNumber(entry, "tpm");
        model.rateLimits.requestsPerMinute = plainNumber(entry, "rpm");
        model.asOf = asOf;
        model.source = source;
        Diagnostics problems;
        checkModelEntry(model, model.id, problems);
        if (!problems.empty()) {
            ++result.skippedWithoutPrices; // a price or limit no model can have
            continue;
        }
        result.models.push_back(std::move(model));
    }
    return result;
}

Catalog mergeImportedPrices(const Catalog &base, const std::vector<ModelEntry> &imported,
                            const std::string &asOf, const std::string &source)
{
    std::vector<ModelEntry> models;
    models.reserve(base.models().size() + imported.size());
    std::vector<bool> replaced(base.models().size(), false);
    for (const ModelEntry &entry : imported) {
        ModelEntry merged = entry;
        if (const ModelEntry *known = base.find(entry.id)) {
            replaced[known - base.models().data()] = true;
            merged.name = known->name;
            merged.provider = known->provider;
            merged.latency = known->latency;
            merged.cacheTtlS = known->cacheTtlS;
            merged.tierQueueS = known->tierQueueS;
            if (!merged.promptCacheMinTokens)
                merged.promptCacheMinTokens = known->promptCacheMinTokens;
            if (!merged.rateLimits.tokensPerMinute && !merged.rateLimits.requestsPerMinute)
                merged.rateLimits = known->rateLimits;
        }
        models.push_back(std::move(merged));
    }
    for (std::size_t i = 0; i < base.models().size(); ++i) {
        if (!replaced[i])
            models.push_back(base.models()[i]);
    }
    return Catalog(std::move(models), asOf, source);
}

LiteLlmImport importLiteLlmText(std::string_view text, const std::string &asOf, const std::string &source)
{
    LiteLlmImport result;
    if (auto json = parseJsonText(text, result.errors))
        return importLiteLlm(*json, asOf, source);
    return result;
}

} // namespace fulcrum
