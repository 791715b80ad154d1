#include "models/latencylog.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <unordered_map>

#include "models/json.h"
#include "models/jsonreader.h"
#include "models/numberrule.h"

namespace fulcrum {

namespace {

/// Collects diagnostics up to MaxLogErrors and counts the rest, so a million bad rows
/// give a readable list rather than a million lines.
class ErrorSink
{
public:
    explicit ErrorSink(Diagnostics &errors)
        : m_errors {errors}
    {
    }

    void add(Diagnostic d)
    {
        if (m_errors.size() < MaxLogErrors)
            m_errors.push_back(std::move(d));
        else
            ++m_dropped;
    }
    void finish()
    {
        if (m_dropped > 0)
            m_errors.push_back({"", "more_errors", {{"count", m_dropped}}});
    }
    bool any() const { return !m_errors.empty(); }

private:
    Diagnostics &m_errors;
    std::size_t m_dropped = 0;
};

/// Model names of a log, interned: the row's model becomes an index.
class ModelNames
{
public:
    explicit ModelNames(std::vector<std::string> &names)
        : m_names {names}
    {
    }

    std::uint32_t indexOf(std::string_view name)
    {
        // Logs usually hold one model or long stretches of one: try the last one first.
        if (m_last < m_names.size() && m_names[m_last] == name)
            return m_last;
        const auto it = m_index.find(name);
        if (it != m_index.end()) {
            m_last = it->second;
            return m_last;
        }
        m_last = static_cast<std::uint32_t>(m_names.size());
        m_names.emplace_back(name);
        m_index.emplace(std::string(name), m_last);
        return m_last;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };

    std::vector<std::string> &m_names;
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_index;
    std::uint32_t m_last = 0;
};

std::string baseName(std::string_view fileName)
{
    const auto slash = fileName.find_last_of("/\\");
    return std::string(slash == std::string_view::npos ? fileName : fileName.substr(slash + 1));
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::string_view skipBom(std::string_view text)
{
    if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF && static_cast<unsigned char>(text[1]) == 0xBB
        && static_cast<unsigned char>(text[2]) == 0xBF)
        text.remove_prefix(3);
    return text;
}

// ---------------------------------------------------------------------------------------
// JSON logs

/// Reads a non-negative number at object[key]; a diagnostic with path "<prefix>.key"
/// otherwise.
bool readNumber(const Json &object, const char *key, const std::string &prefix, double &value, ErrorSink &errors)
{
    const auto it = object.find(key);
    const std::string path = prefix.empty() ? std::string(key) : prefix + "." + key;
    if (it == object.end() || it->is_null()) {
        errors.add({path, "missing", Json::object()});
        return false;
    }
    if (!it->is_number()) {
        errors.add({path, "wrong_type", {{"expected", "number"}, {"got", jsonTypeName(*it)}}});
        return false;
    }
    value = it->get<double>();
    if (!std::isfinite(value)) {
        errors.add({path, "not_finite", Json::object()});
        return false;
    }
    if (value < 0) {
        errors.add({path, "negative", {{"value", value}}});
        return false;
    }
    if (value > LargestInput) {
        errors.add({path, "above_maximum", {{"value", value}, {"maximum", LargestInput}}});
        return false;
    }
    return true;
}

bool checkTotal(const LatencyRun &run, const std::string &path, ErrorSink &errors)
{
    if (run.totalS >= run.ttftS)
        return true;
    errors.add({path, "total_before_first_token", {{"ttft_s", run.ttftS}, {"total_s", run.totalS}}});
    return false;
}

std::string stemOf(std::string_view fileName)
{
    std::string name = baseName(fileName);
    for (std::string_view suffix : {std::string_view("_individual_responses.json"), std::string_view(".json")}) {
        if (name.size() > suffix.size() && std::string_view(name).ends_with(suffix)) {
            name.resize(name.size() - suffix.size());
            break;
        }
    }
    return name;
}

/// The 1-based line on which each element of the text's top-level JSON array starts (the
/// text is valid JSON), so that a bad record can be found in the file.
std::vector<std::size_t> arrayElementLines(std::string_view text)
{
    std::vector<std::size_t> lines;
    std::size_t line = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool expectElement = false;
    for (const char c : text) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (depth == 1 && expectElement && c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ']') {
            lines.push_back(line);
            expectElement = false;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth == 1)
                expectElement = true;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectElement = true;
        }
    }
    return lines;
}

/// Adds "at_line" (where the record starts in the text) to diagnostics about records
/// ("[12].ttft_s").
void addRecordLines(Diagnostics &errors, std::string_view text)
{
    std::vector<std::size_t> lines;
    for (Diagnostic &d : errors) {
        if (d.path.size() < 3 || d.path.front() != '[')
            continue;
        std::size_t index = 0;
        const auto [end, ec] = std::from_chars(d.path.data() + 1, d.path.data() + d.path.size(), index);
        if (ec != std::errc() || *end != ']')
            continue;
        if (lines.empty())
            lines = arrayElementLines(text);
        if (index < lines.size())
            d.params["at_line"] = lines[index];
    }
}

LatencyLogLoad llmperfFromJson(const Json &json, std::string_view fileName)
{
    LatencyLogLoad load;
    ErrorSink errors(load.errors);
    LatencyLog log;
    log.format = LatencyLogFormat::Llmperf;
    log.fileName = baseName(fileName);
    // The records name no model: the file is one endpoint, named after the file.
    log.models.push_back(stemOf(fileName));
    log.runs.reserve(json.size());
    for (std::size_t i = 0; i < json.size(); ++i) {
        const Json &record = json[i];
        const std::string path = "[" + std::to_string(i) + "]";
        if (!record.is_object()) {
            errors.add({path, "wrong_type", {{"expected", "object"}, {"got", jsonTypeName(record)}}});
            continue;
        }
        LatencyRun run;
        const auto code = record.find("error_code");
        // llmperf sets error_code only when a request failed (429s, too few tokens, ...).
        if (code != record.end() && !code->is_null()) {
            run.ok = false;
            log.runs.push_back(run);
            continue;
        }
        bool good = readNumber(record, "number_input_tokens", path, run.inputTokens, errors);
        good = readNumber(record, "number_output_tokens", path, run.outputTokens, errors) && good;
        good = readNumber(record, "ttft_s", path, run.ttftS, errors) && good;
        good = readNumber(record, "end_to_end_latency_s", path, run.totalS, errors) && good;
        if (good && checkTotal(run, path + ".end_to_end_latency_s", errors))
            log.runs.push_back(run);
    }
    errors.finish();
    if (load.errors.empty())
        load.log = std::move(log);
    return load;
}

/// vLLM writes "date" as YYYYMMDD-HHMMSS.
std::string vllmDate(const Json &json)
{
    const auto it = json.find("date");
    if (it == json.end() || !it->is_string())
        return {};
    const std::string s = it->get<std::string>();
    if (s.size() < 8 || !std::all_of(s.begin(), s.begin() + 8, [](char c) { return c >= '0' && c <= '9'; }))
        return {};
    return s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2);
}

const Json *vllmArray(const Json &json, const char *key, std::size_t expected, bool required, ErrorSink &errors)
{
    const auto it = json.find(key);
    if (it == json.end() || it->is_null()) {
        if (required)
            errors.add({key, "missing", Json::object()});
        return nullptr;
    }
    if (!it->is_array()) {
        errors.add({key, "wrong_type", {{"expected", "array"}, {"got", jsonTypeName(*it)}}});
        return nullptr;
    }
    if (it->size() != expected) {
        errors.add({key, "length_mismatch", {{"length", it->size()}, {"expected", expected}, {"other", "ttfts"}}});
        return nullptr;
    }
    return &*it;
}

bool vllmNumber(const Json &array, const char *key, std::size_t i, double &value, ErrorSink &errors)
{
    const Json &v = array[i];
    const std::string path = std::string(key) + "[" + std::to_string(i) + "]";
    if (!v.is_number()) {
        errors.add({path, v.is_null() ? "missing" : "wrong_type", {{"expected", "number"}, {"got", jsonTypeName(v)}}});
        return false;
    }
    value = v.get<double>();
    if (value < 0) {
        errors.add({path, "negative", {{"value", value}}});
        return false;
    }
    if (value > LargestInput) {
        errors.add({path, "above_maximum", {{"value", value}, {"maximum", LargestInput}}});
        return false;
    }
    return true;
}

LatencyLogLoad vllmFromJson(const Json &json, std::string_view fileName)
{
    LatencyLogLoad load;
    ErrorSink errors(load.errors);
    LatencyLog log;
    log.format = LatencyLogFormat::Vllm;
    log.fileName = baseName(fileName);
    log.runDate = vllmDate(json);
    const auto modelIt = json.find("model_id");
    log.models.push_back(modelIt != json.end() && modelIt->is_string() && !modelIt->get<std::string>().empty()
                             ? modelIt->get<std::string>()
                             : stemOf(fileName));

    const Json &ttfts = json["ttfts"];
    if (!ttfts.is_array()) {
        errors.add({"ttfts", "wrong_type", {{"expected", "array"}, {"got", jsonTypeName(ttfts)}}});
        errors.finish();
        return load;
    }
    const std::size_t n = ttfts.size();
    const Json *inputs = vllmArray(json, "input_lens", n, true, errors);
    const Json *outputs = vllmArray(json, "output_lens", n, true, errors);
    const Json *latencies = vllmArray(json, "latencies", n, false, errors);
    const Json *itls = latencies ? nullptr : vllmArray(json, "itls", n, true, errors);
    const Json *failures = vllmArray(json, "errors", n, false, errors);
    if (errors.any()) {
        errors.finish();
        return load;
    }
    log.runs.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        LatencyRun run;
        // vLLM records a failed request with its error text and zero timings.
        if (failures && (*failures)[i].is_string() && !(*failures)[i].get<std::string>().empty()) {
            run.ok = false;
            log.runs.push_back(run);
            continue;
        }
        bool good = vllmNumber(*inputs, "input_lens", i, run.inputTokens, errors);
        good = vllmNumber(*outputs, "output_lens", i, run.outputTokens, errors) && good;
        good = vllmNumber(ttfts, "ttfts", i, run.ttftS, errors) && good;
        if (latencies) {
            good = vllmNumber(*latencies, "latencies", i, run.totalS, errors) && good;
        } else {
            // Without per-request latencies the end is the first token plus every gap after it.
            const Json &gaps = (*itls)[i];
            const std::string path = "itls[" + std::to_string(i) + "]";
            if (!gaps.is_array()) {
                errors.add({path, "wrong_type", {{"expected", "array"}, {"got", jsonTypeName(gaps)}}});
                good = false;
            } else {
                double sum = 0;
                for (const Json &g : gaps) {
                    if (!g.is_number() || g.get<double>() < 0) {
                        errors.add({path, g.is_number() ? "negative" : "wrong_type",
                                    g.is_number() ? Json {{"value", g.get<double>()}}
                                                  : Json {{"expected", "number"}, {"got", jsonTypeName(g)}}});
                        good = false;
                        break;
                    }
                    sum += g.get<double>();
                }
                // Each gap is a number, but together they may still overflow to infinity.
                if (good && !(run.ttftS + sum <= LargestInput)) {
                    errors.add({path, "above_maximum", {{"value", run.ttftS + sum}, {"maximum", LargestInput}}});
                    good = false;
                }
                run.totalS = run.ttftS + sum;
            }
        }
        if (good && checkTotal(run, (latencies ? "latencies[" : "ttfts[") + std::to_string(i) + "]", errors))
            log.runs.push_back(run);
    }
    errors.finish();
    if (load.errors.empty())
        load.log = std::move(log);
    return load;
}

// ---------------------------------------------------------------------------------------
// CSV

enum CsvSlot { ModelSlot, InputSlot, OutputSlot, TtftSlot, TotalSlot, SlotCount };
constexpr std::array<std::string_view, SlotCount> CsvColumnNames = {"model", "input_tokens", "output_tokens", "ttft_s",
                                                                    "total_s"};

/// Splits the next field off line (RFC 4180 quoting: "a,b" and "say ""hi"""). Returns the
/// field without its quotes; escaped is set when it holds doubled quotes to undo, more
/// when a comma follows (another field, possibly empty).
std::string_view nextField(std::string_view &line, bool &escaped, bool &more)
{
    escaped = false;
    std::size_t start = 0;
    while (start < line.size() && line[start] == ' ')
        ++start;
    if (start < line.size() && line[start] == '"') {
        std::size_t i = start + 1;
        while (i < line.size()) {
            if (line[i] == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    escaped = true;
                    i += 2;
                    continue;
                }
                break;
            }
            ++i;
        }
        const std::string_view field = line.substr(start + 1, std::min(i, line.size()) - start - 1);
        const std::size_t comma = line.find(',', std::min(i, line.size()));
        more = comma != std::string_view::npos;
        line = more ? line.substr(comma + 1) : std::string_view();
        return field;
    }
    const std::size_t comma = line.find(',');
    const std::string_view field = line.substr(0, comma);
    more = comma != std::string_view::npos;
    line = more ? line.substr(comma + 1) : std::string_view();
    return trim(field);
}

std::string unescapeQuotes(std::string_view field)
{
    std::string s;
    s.reserve(field.size());
    for (std::size_t i = 0; i < field.size(); ++i) {
        s.push_back(field[i]);
        if (field[i] == '"' && i + 1 < field.size() && field[i + 1] == '"')
            ++i;
    }
    return s;
}

Json cellParams(std::size_t line, int column, CsvSlot slot, std::string_view value = {})
{
    Json params = {{"line", line}, {"column", column + 1}, {"field", CsvColumnNames[slot]}};
    if (!value.empty())
        params["value"] = std::string(value.substr(0, 40));
    return params;
}

} // namespace

std::string_view latencyLogFormatKey(LatencyLogFormat format)
{
    switch (format) {
    case LatencyLogFormat::Llmperf:
        return "llmperf";
    case LatencyLogFormat::Vllm:
        return "vllm";
    case LatencyLogFormat::Csv:
        return "csv";
    }
    return "csv";
}

std::size_t LatencyLog::failedRuns() const
{
    return static_cast<std::size_t>(std::count_if(runs.begin(), runs.end(), [](const LatencyRun &r) { return !r.ok; }));
}

LatencyLogLoad importLlmperfLog(std::string_view text, std::string_view fileName)
{
    LatencyLogLoad load;
    const auto json = parseJsonText(text, load.errors);
    if (!json)
        return load;
    if (!json->is_array()) {
        load.errors.push_back({"", "wrong_type", {{"expected", "array"}, {"got", jsonTypeName(*json)}}});
        return load;
    }
    load = llmperfFromJson(*json, fileName);
    addRecordLines(load.errors, text);
    return load;
}

LatencyLogLoad importVllmLog(std::string_view text, std::string_view fileName)
{
    LatencyLogLoad load;
    const auto json = parseJsonText(text, load.errors);
    if (!json)
        return load;
    if (!json->is_object() || !json->contains("ttfts")) {
        load.errors.push_back({"", "unknown_log_format", Json::object()});
        return load;
    }
    return vllmFromJson(*json, fileName);
}

LatencyLogLoad importLatencyCsv(std::string_view text, std::string_view fileName)
{
    LatencyLogLoad load;
    ErrorSink errors(load.errors);
    text = skipBom(text);
    if (trim(text).find_first_not_of("\r\n \t") == std::string_view::npos) {
        load.errors.push_back({"", "empty", Json::object()});
        return load;
    }

    const char *p = text.data();
    const char *const end = text.data() + text.size();
    auto nextLine = [&]() {
        const void *nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        const char *eol = nl ? static_cast<const char *>(nl) : end;
        std::string_view line(p, static_cast<std::size_t>(eol - p));
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        p = eol < end ? eol + 1 : end;
        return line;
    };

    // The header: find the columns by name; others are ignored.
    std::size_t lineNumber = 1;
    std::string_view header = nextLine();
    while (trim(header).empty() && p < end) {
        header = nextLine();
        ++lineNumber;
    }
    std::array<int, SlotCount> columnOf;
    columnOf.fill(-1);
    {
        std::string_view rest = header;
        bool escaped = false;
        bool more = true;
        for (int column = 0; more; ++column) {
            const std::string_view name = nextField(rest, escaped, more);
            for (int s = 0; s < SlotCount; ++s) {
                if (name == CsvColumnNames[s] && columnOf[s] < 0)
                    columnOf[s] = column;
            }
        }
    }
    for (int s = 0; s < SlotCount; ++s) {
        if (columnOf[s] < 0)
            errors.add({"", "csv_missing_column", {{"line", lineNumber}, {"field", CsvColumnNames[s]}}});
    }
    if (errors.any()) {
        errors.finish();
        return load;
    }
    const int lastColumn = *std::max_element(columnOf.begin(), columnOf.end());
    // slotOf[column] = which value the column holds, or -1 for a column to skip.
    std::vector<int> slotOf(static_cast<std::size_t>(lastColumn) + 1, -1);
    for (int s = 0; s < SlotCount; ++s)
        slotOf[static_cast<std::size_t>(columnOf[s])] = s;

    LatencyLog log;
    log.format = LatencyLogFormat::Csv;
    log.fileName = baseName(fileName);
    ModelNames names(log.models);
    // Roughly 40 bytes a row: reserve once instead of doubling a million-row vector.
    log.runs.reserve(static_cast<std::size_t>(end - p) / 32 + 1);

    std::array<std::string_view, SlotCount> cells;
    std::array<double, SlotCount> values {};
    while (p < end) {
        std::string_view line = nextLine();
        ++lineNumber;
        if (trim(line).empty())
            continue;
        bool modelEscaped = false;
        int column = 0;
        bool more = true;
        while (more && column <= lastColumn) {
            bool escaped = false;
            const std::string_view cell = nextField(line, escaped, more);
            const int slot = slotOf[static_cast<std::size_t>(column)];
            if (slot >= 0) {
                cells[static_cast<std::size_t>(slot)] = cell;
                if (slot == ModelSlot)
                    modelEscaped = escaped;
            }
            ++column;
        }
        if (column <= lastColumn) {
            // The first required column the row does not reach.
            for (int s = 0; s < SlotCount; ++s) {
                if (columnOf[s] >= column) {
                    errors.add({"", "csv_missing_field", cellParams(lineNumber, columnOf[s], static_cast<CsvSlot>(s))});
                    break;
                }
            }
            continue;
        }
        bool good = true;
        for (int s = InputSlot; s < SlotCount; ++s) {
            const std::string_view cell = cells[static_cast<std::size_t>(s)];
            double value = 0;
            const auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
            if (cell.empty() || ec != std::errc() || ptr != cell.data() + cell.size() || !std::isfinite(value)) {
                errors.add({"", "csv_not_a_number", cellParams(lineNumber, columnOf[s], static_cast<CsvSlot>(s), cell)});
                good = false;
            } else if (value < 0) {
                errors.add({"", "csv_negative", cellParams(lineNumber, columnOf[s], static_cast<CsvSlot>(s), cell)});
                good = false;
            } else if (value > LargestInput) {
                // Beyond what any scenario accepts; sums of such values would overflow.
                errors.add({"", "csv_too_large", cellParams(lineNumber, columnOf[s], static_cast<CsvSlot>(s), cell)});
                good = false;
            }
            values[static_cast<std::size_t>(s)] = value;
        }
        const std::string_view model = cells[ModelSlot];
        if (model.empty()) {
            errors.add({"", "csv_missing_field", cellParams(lineNumber, columnOf[ModelSlot], ModelSlot)});
            good = false;
        }
        if (good && values[TotalSlot] < values[TtftSlot]) {
            errors.add({"", "csv_total_before_first_token",
                        cellParams(lineNumber, columnOf[TotalSlot], TotalSlot, cells[TotalSlot])});
            good = false;
        }
        if (!good || errors.any())
            continue; // keep reading only to report further bad rows
        LatencyRun run;
        run.model = modelEscaped ? names.indexOf(unescapeQuotes(model)) : names.indexOf(model);
        run.inputTokens = values[InputSlot];
        run.outputTokens = values[OutputSlot];
        run.ttftS = values[TtftSlot];
        run.totalS = values[TotalSlot];
        log.runs.push_back(run);
    }
    errors.finish();
    if (load.errors.empty())
        load.log = std::move(log);
    return load;
}

LatencyLogLoad importLatencyLog(std::string_view text, std::string_view fileName)
{
    const std::string_view body = skipBom(text);
    const std::size_t first = body.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {std::nullopt, {{"", "empty", Json::object()}}};
    if (body[first] == '[')
        return importLlmperfLog(body, fileName);
    if (body[first] == '{')
        return importVllmLog(body, fileName);
    return importLatencyCsv(body, fileName);
}

std::string llmperfSummaryDate(std::string_view summaryText)
{
    Diagnostics ignored;
    const auto json = parseJsonText(summaryText, ignored);
    if (!json || !json->is_object())
        return {};
    const auto it = json->find("timestamp");
    if (it == json->end() || !it->is_number())
        return {};
    // A Unix time between 1970 and 2100; anything else is no date (and would overflow).
    const double timestamp = it->get<double>();
    if (!(timestamp >= 0 && timestamp < 4102444800.0))
        return {};
    using namespace std::chrono;
    const auto seconds = static_cast<long long>(timestamp);
    const year_month_day date {floor<days>(sys_seconds {std::chrono::seconds {seconds}})};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

std::string llmperfSummaryName(std::string_view individualFileName)
{
    constexpr std::string_view suffix = "_individual_responses.json";
    if (!individualFileName.ends_with(suffix))
        return {};
    return std::string(individualFileName.substr(0, individualFileName.size() - suffix.size())) + "_summary.json";
}

} // namespace fulcrum
