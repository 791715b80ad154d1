// Benchmark of the Monte Carlo (issue 6: 100,000 samples of the bundled example under 100 ms
// on the 2-core machine). Run: build/bench_uncertainty   (ctest runs it briefly only to
// prove it works; no timing is asserted)
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "models/catalogio.h"
#include "models/scenarioio.h"
#include "models/uncertainty.h"

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

/// The bundled example as shipped: its only uncertain input is the accuracy's posterior.
const Scenario &example()
{
    static const Scenario scenario =
        *scenarioFromText(readText(FULCRUM_SOURCE_DIR "/resources/examples/customer-service.fulcrum.json")).scenario;
    return scenario;
}

/// The example with five inputs written as ranges (triangular, PERT, log-normal) besides
/// the posterior: tests/data/customer-service-ranged.fulcrum.json.
const Scenario &ranged()
{
    static const Scenario scenario =
        *scenarioFromText(readText(FULCRUM_SOURCE_DIR "/tests/data/customer-service-ranged.fulcrum.json")).scenario;
    return scenario;
}

void run(benchmark::State &state, const Scenario &scenario)
{
    const UncertaintyOptions options {.samples = static_cast<std::size_t>(state.range(0)),
                                      .seed = 1,
                                      .threads = static_cast<int>(state.range(1))};
    for (auto _ : state)
        benchmark::DoNotOptimize(computeUncertainty(scenario, shippedCatalog(), options));
    state.counters["samples_per_s"] =
        benchmark::Counter(static_cast<double>(options.samples), benchmark::Counter::kIsIterationInvariantRate);
}

void monteCarloExample(benchmark::State &state)
{
    run(state, example());
}

void monteCarloExampleWithRanges(benchmark::State &state)
{
    run(state, ranged());
}

} // namespace

// Arguments: samples, threads. Wall-clock time, since the work is spread over threads.
BENCHMARK(monteCarloExample)->Args({100000, 1})->Args({100000, 2})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(monteCarloExampleWithRanges)
    ->Args({100000, 1})
    ->Args({100000, 2})
    ->Args({1000000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

BENCHMARK_MAIN();
