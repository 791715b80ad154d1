// Importing and fitting a large latency log (issue 7: a 1,000,000-row CSV in under 2 s).
// Run: build/bench_calibrate            (1,000,000 rows, written once to a temporary folder)
//      build/bench_calibrate --rows=N   (ctest runs a small N only to prove it works)
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "models/calibration.h"
#include "models/latencylog.h"

namespace {

using namespace fulcrum;

long g_rows = 1'000'000;

/// A CSV like a production log: four models, varying input and output lengths, an extra
/// column; TTFT = 0.2 s + input / 5000 tok/s, 60 tok/s, with a little deterministic noise.
std::filesystem::path writeLog(long rows)
{
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("fulcrum-bench-calibrate-" + std::to_string(rows) + ".csv");
    if (std::filesystem::exists(path))
        return path;
    std::ofstream out(path, std::ios::binary);
    out << "model,input_tokens,output_tokens,ttft_s,total_s,request_id\n";
    const char *models[] = {"gpt-4o", "gpt-4o-mini", "claude-sonnet-4-6", "llama-3.1-70b-instruct"};
    char line[200];
    for (long i = 0; i < rows; ++i) {
        const double input = 50 + (i * 7919) % 6000;
        const double output = 10 + (i * 104729) % 700;
        const double noise = 1 + 0.05 * (((i * 31) % 21) - 10) / 10.0;
        const double ttft = (0.2 + input / 5000.0) * noise;
        const double total = ttft + (output - 1) / 60.0 / noise;
        const int n = std::snprintf(line, sizeof line, "%s,%g,%g,%.6f,%.6f,req-%ld\n", models[i % 4], input, output,
                                    ttft, total, i);
        out.write(line, n);
    }
    return path;
}

std::string readText(const std::filesystem::path &path)
{
    std::ifstream file(path, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

void BM_ImportAndFitCsv(benchmark::State &state)
{
    const std::filesystem::path path = writeLog(g_rows);
    for (auto _ : state) {
        const std::string text = readText(path);
        LatencyLogLoad load = importLatencyLog(text, path.filename().string());
        if (!load.log) {
            state.SkipWithError("the generated log did not import");
            return;
        }
        const Calibration c = calibrate({std::move(*load.log)});
        benchmark::DoNotOptimize(c.fits.data());
    }
    state.counters["rows"] = static_cast<double>(g_rows);
    state.SetItemsProcessed(state.iterations() * g_rows);
}
BENCHMARK(BM_ImportAndFitCsv)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_FitOnly(benchmark::State &state)
{
    const std::filesystem::path path = writeLog(g_rows);
    const std::string text = readText(path);
    const LatencyLog log = *importLatencyLog(text, "log.csv").log;
    const std::vector<LatencyLog> logs {log};
    for (auto _ : state) {
        const Calibration c = calibrate(logs, {.holdoutFraction = 0.2});
        benchmark::DoNotOptimize(c.fits.data());
    }
}
BENCHMARK(BM_FitOnly)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--rows=", 7) == 0)
            g_rows = std::stol(argv[i] + 7);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
