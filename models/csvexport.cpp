#include "models/csvexport.h"

#include <charconv>
#include <cmath>
#include <optional>

#include "models/resultsio.h"

namespace fulcrum {

namespace {

constexpr std::string_view LineEnd = "\r\n";

std::string optionalNumber(const std::optional<double> &value)
{
    return value ? csvNumber(*value) : std::string();
}

std::string boolean(bool value)
{
    return value ? "true" : "false";
}

void appendRow(std::string &out, const std::vector<std::string> &fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvField(fields[i]);
    }
    out += LineEnd;
}

std::string reasonsText(unsigned reasons)
{
    std::string text;
    for (const Json &key : infeasibleReasonKeys(reasons)) {
        if (!text.empty())
            text += ';';
        text += key.get<std::string>();
    }
    return text;
}

} // namespace

std::string csvNumber(double value)
{
    // JSON has no NaN or infinity either (resultsToJson writes null): an empty cell.
    if (!std::isfinite(value))
        return {};
    // Shortest round-trip digits. Plain notation for everyday magnitudes (the shortest
    // form alone would write 100000 as 1e+05), exponent notation far from them.
    const double magnitude = std::abs(value);
    const bool plain = magnitude == 0 || (magnitude >= 1e-5 && magnitude < 1e16);
    char buffer[400];
    const auto [end, error] = plain ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                                    : std::to_chars(buffer, buffer + sizeof buffer, value);
    if (error != std::errc())
        return {};
    return std::string(buffer, end);
}

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string alternativesToCsv(const Results &results)
{
    std::string out;
    appendRow(out, {"rank", "model", "provider", "tier", "caching", "cost_per_request", "cost_per_month",
                    "saving_per_month", "latency_first_token_s", "latency_total_s", "latency_total_slowest_s",
                    "accuracy", "accuracy_basis", "break_even_accuracy", "net_per_month", "net_gain_per_month",
                    "feasible", "reasons", "pareto", "current"});
    if (!results.valid())
        return out;
    for (std::size_t i = 0; i < results.alternatives.size(); ++i) {
        const Alternative &a = results.alternatives[i];
        auto ifLatency = [&](double value) { return a.latencyKnown ? csvNumber(value) : std::string(); };
        appendRow(out, {
                           std::to_string(i + 1),
                           a.model,
                           a.provider,
                           std::string(tierKey(a.tier)),
                           boolean(a.caching),
                           csvNumber(a.costPerRequest),
                           csvNumber(a.costPerMonth),
                           csvNumber(a.savingPerMonth),
                           ifLatency(a.latencyFirstTokenS),
                           ifLatency(a.latencyTotalS),
                           ifLatency(a.latencyTotalSlowestS),
                           optionalNumber(a.accuracy),
                           accuracyBasisKey(a.accuracyBasis),
                           csvNumber(a.breakEven),
                           optionalNumber(a.netPerMonth),
                           optionalNumber(a.netGainPerMonth),
                           boolean(a.feasible),
                           reasonsText(a.reasons),
                           boolean(a.pareto),
                           boolean(a.current),
                       });
    }
    return out;
}

std::string projectionToCsv(const Results &results)
{
    std::string out;
    appendRow(out, {"month", "requests_per_day", "cost", "net", "cumulative_cost", "cumulative_net"});
    if (!results.valid())
        return out;
    for (const MonthProjection &m : results.projection) {
        appendRow(out, {std::to_string(m.month), csvNumber(m.requestsPerDay), csvNumber(m.cost), csvNumber(m.net),
                        csvNumber(m.cumulativeCost), csvNumber(m.cumulativeNet)});
    }
    return out;
}

std::vector<std::vector<std::string>> parseCsv(std::string_view text)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;     // inside a quoted field
    bool rowStarted = false; // something of the current row was read
    std::size_t i = 0;
    auto endField = [&] {
        row.push_back(std::move(field));
        field.clear();
    };
    auto endRow = [&] {
        endField();
        rows.push_back(std::move(row));
        row.clear();
        rowStarted = false;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    i += 2;
                    continue;
                }
                quoted = false;
            } else {
                field += c;
            }
            ++i;
            continue;
        }
        rowStarted = true;
        if (c == '"' && field.empty()) {
            quoted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            endRow();
            ++i;
        } else if (c == '\n') {
            endRow();
        } else {
            field += c;
        }
        ++i;
    }
    if (quoted)
        return rows; // an unterminated quote: keep the rows read so far
    if (rowStarted)
        endRow();
    return rows;
}

} // namespace fulcrum
