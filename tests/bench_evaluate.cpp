// Benchmarks of the engine (issue: evaluate under 50 µs, the full ranking under 5 ms).
// Run: build/bench_evaluate   (ctest runs it briefly only to prove it works)
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "models/catalogio.h"
#include "models/evaluate.h"
#include "models/litellmimport.h"
#include "models/scenarioio.h"

namespace {

using namespace fulcrum;

std::string readText(const std::string &path)
{
    std::ifstream file(path);
    if (!file)
        throw std::runtime_error("cannot read " + path);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

const Catalog &shippedCatalog()
{
    static const Catalog catalog =
        *catalogFromText(readText(FULCRUM_SOURCE_DIR "/resources/catalog/default-catalog.json")).catalog;
    return catalog;
}

const Catalog &snapshotCatalog()
{
    static const Catalog catalog = [] {
        const LiteLlmImport import = importLiteLlmText(
            readText(FULCRUM_SHARED_DATA_DIR "/prices/litellm-model-prices-2026-07-24.json"), "2026-07-24",
            "LiteLLM snapshot");
        return mergeImportedPrices(shippedCatalog(), import.models, "2026-07-24", "LiteLLM snapshot");
    }();
    return catalog;
}

const Scenario &example()
{
    static const Scenario scenario =
        *scenarioFromText(readText(FULCRUM_SOURCE_DIR "/resources/examples/customer-service.fulcrum.json")).scenario;
    return scenario;
}

void evaluateWithout(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(evaluate(example(), shippedCatalog(), {.alternatives = false}));
}

void evaluateWithShippedAlternatives(benchmark::State &state)
{
    std::size_t candidates = 0;
    for (auto _ : state) {
        const Results r = evaluate(example(), shippedCatalog());
        candidates = r.alternatives.size();
        benchmark::DoNotOptimize(r);
    }
    state.counters["candidates"] = static_cast<double>(candidates);
}

void evaluateWithSnapshotAlternatives(benchmark::State &state)
{
    std::size_t candidates = 0;
    for (auto _ : state) {
        const Results r = evaluate(example(), snapshotCatalog());
        candidates = r.alternatives.size();
        benchmark::DoNotOptimize(r);
    }
    state.counters["candidates"] = static_cast<double>(candidates);
}

void importSnapshot(benchmark::State &state)
{
    const std::string text = readText(FULCRUM_SHARED_DATA_DIR "/prices/litellm-model-prices-2026-07-24.json");
    for (auto _ : state)
        benchmark::DoNotOptimize(importLiteLlmText(text, "2026-07-24", "snapshot"));
}

} // namespace

BENCHMARK(evaluateWithout)->Name("evaluate/example, no alternatives")->Unit(benchmark::kMicrosecond);
BENCHMARK(evaluateWithShippedAlternatives)->Name("evaluate/example, alternatives over the shipped catalog")->Unit(benchmark::kMicrosecond);
BENCHMARK(evaluateWithSnapshotAlternatives)->Name("evaluate/example, alternatives over the whole LiteLLM snapshot")->Unit(benchmark::kMicrosecond);
BENCHMARK(importSnapshot)->Name("import/LiteLLM snapshot (218 entries)")->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
