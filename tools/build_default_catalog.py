#!/usr/bin/env python3
"""Builds resources/catalog/default-catalog.json, the catalog Fulcrum ships.

Prices come from the LiteLLM snapshot in ../shared/data/prices (converted to per-million
prices per tier exactly as models/litellmimport.cpp does; tests/tst_catalog checks that the
two agree). Latency figures, cache lifetimes, cache minimums and tier queueing are not in
LiteLLM's format: they come from the public measurements and provider documents cited in
LATENCY and in each entry's "notes". Nothing is guessed: a figure nobody published is null.

Usage: tools/build_default_catalog.py ../shared/data/prices/litellm-model-prices-2026-07-24.json
"""
import json
import os
import sys

AS_OF = "2026-07-24"
SOURCE = "LiteLLM model_prices_and_context_window.json snapshot of 2026-07-24 (MIT)"

# id: display name
MODELS = {
    "gpt-5.6": "GPT-5.6", "gpt-5.6-sol": "GPT-5.6 Sol", "gpt-5.6-terra": "GPT-5.6 Terra",
    "gpt-5.6-luna": "GPT-5.6 Luna", "gpt-5.5": "GPT-5.5", "gpt-5.4": "GPT-5.4",
    "gpt-5.4-mini": "GPT-5.4 mini", "gpt-5.4-nano": "GPT-5.4 nano", "gpt-5": "GPT-5",
    "gpt-5-mini": "GPT-5 mini", "gpt-5-nano": "GPT-5 nano", "gpt-4.1": "GPT-4.1",
    "gpt-4.1-mini": "GPT-4.1 mini", "gpt-4.1-nano": "GPT-4.1 nano", "gpt-4o": "GPT-4o",
    "gpt-4o-mini": "GPT-4o mini", "o3": "o3", "o4-mini": "o4-mini",
    "claude-opus-5": "Claude Opus 5", "claude-sonnet-5": "Claude Sonnet 5",
    "claude-opus-4-8": "Claude Opus 4.8", "claude-opus-4-7": "Claude Opus 4.7",
    "claude-opus-4-6": "Claude Opus 4.6", "claude-sonnet-4-6": "Claude Sonnet 4.6",
    "claude-sonnet-4-5": "Claude Sonnet 4.5", "claude-haiku-4-5": "Claude Haiku 4.5",
    "gemini-3.6-flash": "Gemini 3.6 Flash", "gemini-3.5-flash": "Gemini 3.5 Flash",
    "gemini-3.5-flash-lite": "Gemini 3.5 Flash-Lite", "gemini-3.1-pro-preview": "Gemini 3.1 Pro (preview)",
    "gemini-3.1-flash-lite": "Gemini 3.1 Flash-Lite", "gemini-3-flash": "Gemini 3 Flash",
    "gemini-2.5-pro": "Gemini 2.5 Pro", "gemini-2.5-flash": "Gemini 2.5 Flash",
    "gemini-2.5-flash-lite": "Gemini 2.5 Flash-Lite", "grok-4.5": "Grok 4.5", "grok-4.3": "Grok 4.3",
    "deepseek-v4-flash": "DeepSeek V4 Flash", "deepseek-v4-pro": "DeepSeek V4 Pro",
}

WREDE = "jonathanwrede.de/en/blog/ttft-varies-13x-across-llm-providers (hourly probes via OpenRouter, tiny prompt)"
MODELSTATS = "modelstats.ai/blog/llm-api-latency-spikes-what-average-ttft-doesnt-tell-you (P50 TTFT, 24 h of pings from one US datacenter)"
OAI_FORUM = "community.openai.com/t/inference-speed-of-different-models (tacho CLI, direct API; slowest = minimum of 5 runs)"
AA = "Artificial Analysis median"
FORENSICS = "blog.0xmmo.co/forensics (TTFT from tiny to ~150k-token prompts; prefill speed derived from the difference)"

# id: (ttft_s, output_tokens_per_s, slowest or None, prefill or None, as_of, source)
# Only models with a published median TTFT and a published output speed get a profile.
LATENCY = {
    "gpt-5.5": (1.158, 44.0, None, None, "2026-04", f"TTFT and speed: {WREDE}; speed measured on outputs of at most 20 tokens"),
    "gpt-5.4": (0.912, 88.0, 57.0, None, "2026-04", f"TTFT: {WREDE}; speed: bridgebench.ai/speedbench/gpt-5-4 (median of 9 long-output runs; slowest = slowest prompt type)"),
    "gpt-5": (0.89, 80.0, None, None, "2025-11", f"{AA}, OpenAI API, minimal reasoning (artificialanalysis.ai/models/gpt-5-minimal/providers)"),
    "gpt-4.1": (0.726, 89.0, 56.9, None, "2026", f"TTFT: {MODELSTATS}; speed: {AA}, OpenAI API (as quoted by shadabchow.com); slowest: {OAI_FORUM}"),
    "gpt-4.1-mini": (0.661, 77.2, 26.8, None, "2026", f"TTFT: {MODELSTATS}; speed: {AA}, OpenAI API; slowest: minimum of 100 trials, community.openai.com launch-week thread (2025-04)"),
    "gpt-4o": (0.639, 131.0, 29.1, None, "2026-06-24", f"TTFT: {MODELSTATS}; speed: {AA}, OpenAI API (induwara.lk/tools/ai-llm-speed-comparison); slowest: {OAI_FORUM}"),
    "gpt-4o-mini": (0.536, 105.3, 46.1, None, "2026", f"TTFT: {MODELSTATS}; speed: jonathanwrede.de/en/blog/i-monitored-6-llm-apis-for-7-days (7 days, tiny prompt); slowest: {OAI_FORUM}"),
    "o3": (22.99, 108.1, 96.6, None, "2026", f"{AA}, OpenAI API; TTFT includes thinking (artificialanalysis.ai/models/o3/providers); slowest: {OAI_FORUM}"),
    "claude-opus-4-7": (2.494, 42.7, None, None, "2026-05", f"TTFT: {WREDE}; speed: {AA}, Anthropic API, standard mode (as quoted by api.treerouter.ai)"),
    "claude-opus-4-6": (1.626, 70.4, None, None, "2026", f"TTFT: {MODELSTATS}; speed: {WREDE}, outputs of at most 20 tokens"),
    "claude-sonnet-4-6": (0.941, 104.0, 48.8, None, "2026-06-24", f"TTFT: {MODELSTATS}; speed: {AA}, Anthropic API (induwara.lk); slowest: bridgebench.ai/speedbench/claude-sonnet-4-6 (slowest prompt type)"),
    "claude-sonnet-4-5": (1.8, 63.0, None, None, "2025-11-24", f"{AA} as quoted by lattice.uptownhr.com/claude-opus-4-5/speed-analysis"),
    "claude-haiku-4-5": (0.541, 53.0, None, 81600.0, "2026-05", f"TTFT: {MODELSTATS}; speed: {AA}, Anthropic API (as quoted by shadabchow.com); prefill: {FORENSICS}"),
    "gemini-3.1-pro-preview": (7.608, 122.2, 100.4, None, "2026", "bridgebench.ai/speedbench/gemini-3-1-pro: median TTFT of 6 short-prompt runs (includes thinking), median speed of 9 long-output runs, slowest = slowest prompt type"),
    "gemini-3-flash": (0.5, 200.0, None, 92000.0, "2026-06-24", f"{AA}, Google AI Studio (induwara.lk/tools/ai-llm-speed-comparison); prefill: {FORENSICS}"),
    "gemini-2.5-pro": (11.14, 80.0, 56.7, None, "2026-05-24", "TTFT including thinking: dev.to/jangwook_kim_e31e7291ad98 (direct Gemini API, 2 runs); speed and slowest: tacho README example run (pypi.org/project/tacho, 5 runs)"),
    "gemini-2.5-flash": (0.477, 232.0, None, 68000.0, "2026-03", f"TTFT: {MODELSTATS}; speed: {AA} as quoted by buildfastwithai.com; prefill: {FORENSICS}"),
    "gemini-2.5-flash-lite": (0.311, 191.9, None, None, "2026", f"TTFT: {MODELSTATS}; speed: {WREDE}, outputs of at most 20 tokens"),
    "deepseek-v4-flash": (3.122, 251.6, None, None, "2026-04", f"{WREDE}; speed on outputs of at most 20 tokens"),
    "deepseek-v4-pro": (3.411, 108.1, None, None, "2026-04", f"{WREDE}; 3 samples, speed on outputs of at most 20 tokens"),
}

OPENAI_CACHE = ("OpenAI prompt caching guide: automatic from 1,024 tokens; idle caches clear after 5-10 minutes "
                "(the lower bound is used)")
GPT56_CACHE = ("GPT-5.6 launch coverage (ai-maestro.online): explicit cache breakpoints with a 30-minute minimum "
               "cache life; writes billed at 1.25x input")
ANTHROPIC_CACHE = ("Anthropic prompt caching: 5-minute lifetime by default, refreshed on use; minimum prefix per "
                   "model (LiteLLM's prompt_cache_min_tokens, else Anthropic's table as summarised on dev.to/creeta)")
GEMINI_CACHE = ("Gemini implicit caching docs (updated 2026-10-13): minimum 4,096 tokens for 3.x, 2,048 for 2.5; "
                "no lifetime published")
ANTHROPIC_MIN = {"claude-opus-4-8": 1024, "claude-sonnet-5": 1024, "claude-opus-4-7": 2048}
GEMINI_MIN = {"gemini-3.6-flash": 4096, "gemini-3.5-flash": 4096, "gemini-3.1-pro-preview": 4096,
              "gemini-2.5-flash": 2048, "gemini-2.5-pro": 2048}

BATCH_QUEUE = ("batch: the 24-hour completion window of OpenAI's Batch API, Anthropic's Message Batches and "
               "Gemini batch mode (most finish sooner)")
FLEX_QUEUE = ("flex: no latency is published; OpenAI's flex guide raises the client timeout to 15 minutes, used "
              "here as the worst-case wait")
PRIORITY_QUEUE = "priority: no queueing (OpenAI priority processing: lower, more consistent latency)"

PROVIDERS = {"openai": "OpenAI", "anthropic": "Anthropic", "vertex_ai-language-models": "Google",
             "gemini": "Google", "xai": "xAI", "deepseek": "DeepSeek"}


def per_million(entry, key):
    value = entry.get(key)
    if not isinstance(value, (int, float)) or value < 0:
        return None
    return round(value * 1e16) / 1e10


def tier(entry, suffix):
    inp = per_million(entry, "input_cost_per_token" + suffix)
    out = per_million(entry, "output_cost_per_token" + suffix)
    if inp is None or out is None:
        return None
    prices = {"input": inp, "cached_input": per_million(entry, "cache_read_input_token_cost" + suffix),
              "cache_write": per_million(entry, "cache_creation_input_token_cost" + suffix), "output": out}
    if suffix == "" and per_million(entry, "output_cost_per_reasoning_token") is not None:
        prices["reasoning"] = per_million(entry, "output_cost_per_reasoning_token")
    return prices


def clean(number):
    return int(number) if isinstance(number, float) and number.is_integer() else number


def main():
    snapshot = json.load(open(sys.argv[1]))
    models = []
    for model_id, name in MODELS.items():
        e = snapshot[model_id]
        assert e["mode"] == "chat", model_id
        provider = PROVIDERS[e["litellm_provider"]]
        prices = {t: tier(e, s) for t, s in
                  (("standard", ""), ("batch", "_batches"), ("flex", "_flex"), ("priority", "_priority"))}
        notes = {}
        cache_min, ttl = e.get("prompt_cache_min_tokens"), None
        if provider == "OpenAI":
            cache_min = 1024
            ttl = 1800 if model_id.startswith("gpt-5.6") else 300
            notes["caching"] = GPT56_CACHE if model_id.startswith("gpt-5.6") else OPENAI_CACHE
        elif provider == "Anthropic":
            cache_min = cache_min or ANTHROPIC_MIN.get(model_id)
            ttl = 300
            notes["caching"] = ANTHROPIC_CACHE
        elif provider == "Google":
            cache_min = GEMINI_MIN.get(model_id, 4096 if model_id.startswith("gemini-3") else 2048)
            notes["caching"] = GEMINI_CACHE
        queue = {"standard": 0}
        queue_notes = []
        if prices["batch"]:
            queue["batch"] = 86400
            queue_notes.append(BATCH_QUEUE)
        if prices["flex"]:
            queue["flex"] = 900
            queue_notes.append(FLEX_QUEUE)
        if prices["priority"]:
            queue["priority"] = 0
            queue_notes.append(PRIORITY_QUEUE)
        if queue_notes:
            notes["tier_queue_s"] = "; ".join(queue_notes)
        latency = None
        if model_id in LATENCY:
            ttft, speed, slowest, prefill, as_of, source = LATENCY[model_id]
            latency = {"ttft_s": ttft, "prefill_tokens_per_s": prefill, "output_tokens_per_s": speed,
                       "output_tokens_per_s_slowest": slowest, "as_of": as_of, "source": source}
        else:
            notes["latency"] = "no published median TTFT and output speed found; enter your own measurements"
        models.append({
            "id": model_id, "provider": provider, "name": name,
            "prices_per_mtok": prices,
            "prompt_cache_min_tokens": cache_min, "cache_ttl_s": ttl,
            "latency": latency, "tier_queue_s": queue,
            "context_window": clean(e.get("max_input_tokens")), "max_output_tokens": clean(e.get("max_output_tokens")),
            "rate_limits": {"tokens_per_minute": e.get("tpm"), "requests_per_minute": e.get("rpm")},
            "as_of": AS_OF, "source": SOURCE, "notes": notes,
        })
    catalog = {"format": "fulcrum-catalog", "version": 1, "as_of": AS_OF,
               "source": SOURCE + "; latency from public measurements cited per model", "models": models}
    out = os.path.join(os.path.dirname(__file__), "..", "resources", "catalog", "default-catalog.json")
    with open(out, "w") as f:
        json.dump(catalog, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"{len(models)} models, {sum(1 for m in models if m['latency'])} with latency -> {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
