#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "models/catalog.h"
#include "models/diagnostic.h"
#include "models/json.h"
#include "models/modelentry.h"

namespace fulcrum {

struct LiteLlmImport
{
    std::vector<ModelEntry> models; ///< chat models, in the file's order
    int skippedNotChat = 0;         ///< embedding, image, audio, completion, responses ... entries
    int skippedWithoutPrices = 0;   ///< chat entries with no usable prices (none, all zero, impossible)
    Diagnostics errors;             ///< not JSON, not an object
};

/// Reads LiteLLM's model_prices_and_context_window.json (USD per token) into catalog
/// entries with prices per million tokens per tier: the plain fields for standard, the
/// `_batches`, `_flex` and `_priority` variants for the other tiers (a tier is offered when
/// it has both an input and an output price). Keeps only `"mode": "chat"`. Every entry gets
/// asOf and source; latency, cache lifetime and queueing are not in the format and stay
/// unknown.
LiteLlmImport importLiteLlm(const Json &json, const std::string &asOf, const std::string &source);
LiteLlmImport importLiteLlmText(std::string_view text, const std::string &asOf, const std::string &source);

/// A catalog with the imported prices: each imported model keeps what the format cannot
/// carry (display name, latency, cache lifetime, queueing, rate limits) from the base
/// catalog's entry of the same id; base models the import lacks stay as they were.
Catalog mergeImportedPrices(const Catalog &base, const std::vector<ModelEntry> &imported,
                            const std::string &asOf, const std::string &source);

/// LiteLLM's provider key as a person names the company ("openai" → "OpenAI").
std::string providerName(std::string_view litellmProvider);

} // namespace fulcrum
