#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/diagnostic.h"

namespace fulcrum {

/// One measured request, in tokens and seconds, as a latency log records it.
struct LatencyRun
{
    std::uint32_t model = 0; ///< index into LatencyLog::models
    double inputTokens = 0;
    double outputTokens = 0;
    double ttftS = 0;  ///< time to first token as the client saw it
    double totalS = 0; ///< end-to-end latency of the request
    bool ok = true;    ///< false: the request failed (counted, never fitted)

    bool operator==(const LatencyRun &) const = default;
};

enum class LatencyLogFormat { Llmperf, Vllm, Csv };

/// "llmperf", "vllm" or "csv".
std::string_view latencyLogFormatKey(LatencyLogFormat format);

/// The runs of one imported file. Model names are stored once; runs refer to them by
/// index, so a million-row log allocates no string per row.
struct LatencyLog
{
    LatencyLogFormat format = LatencyLogFormat::Csv;
    std::string fileName; ///< the file's name without its folder (the fit's "source")
    std::string path;     ///< where it was read from (canonical), to know a file imported twice
    std::string runDate;  ///< YYYY-MM-DD when the file says when it ran; empty otherwise
    std::vector<std::string> models;
    std::vector<LatencyRun> runs;

    std::size_t failedRuns() const;
};

struct LatencyLogLoad
{
    std::optional<LatencyLog> log;
    Diagnostics errors; ///< non-empty exactly when log is empty
};

/// Reads a latency log, recognising its format from the text: a JSON array is llmperf's
/// `*_individual_responses.json`, a JSON object with "ttfts" is `vllm bench serve
/// --save-result`, anything else is CSV with a header. fileName names the file in the fit
/// (and is llmperf's endpoint name, since its records carry no model).
///
/// Errors: "empty"; "not_json" with line and column; "unknown_log_format"; for JSON
/// records "missing" / "wrong_type" / "negative" / "not_finite" /
/// "total_before_first_token" with the record's path (e.g. "[12].ttft_s"; llmperf's also
/// with "at_line", the line on which the record starts), and
/// "length_mismatch" for vLLM's parallel arrays; for CSV "csv_missing_column" and, with
/// the 1-based "line" and "column" and the column's name "field", "csv_missing_field",
/// "csv_not_a_number", "csv_negative", "csv_too_large" (above LargestInput),
/// "csv_total_before_first_token"; JSON numbers above LargestInput give "above_maximum". At most
/// MaxLogErrors are listed, then one "more_errors" with the "count" left out.
LatencyLogLoad importLatencyLog(std::string_view text, std::string_view fileName);

LatencyLogLoad importLlmperfLog(std::string_view text, std::string_view fileName);
LatencyLogLoad importVllmLog(std::string_view text, std::string_view fileName);
LatencyLogLoad importLatencyCsv(std::string_view text, std::string_view fileName);

inline constexpr std::size_t MaxLogErrors = 20;

/// The date (YYYY-MM-DD, UTC) of an llmperf `*_summary.json`'s "timestamp" (Unix
/// seconds); empty when the text holds none. llmperf's per-request file is undated, its
/// summary beside it is not.
std::string llmperfSummaryDate(std::string_view summaryText);

/// The summary file that llmperf writes beside an individual-responses file
/// ("x_individual_responses.json" → "x_summary.json"); empty for other names.
std::string llmperfSummaryName(std::string_view individualFileName);

} // namespace fulcrum
