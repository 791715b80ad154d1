#include "widgets/diagnostictext.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

/// The translation context of this file's text (lupdate reads `DiagnosticText::tr`).
struct DiagnosticText
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticText)
};

QString param(const Diagnostic &d, const char *key)
{
    const auto it = d.params.find(key);
    if (it == d.params.end())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_number())
        return QString::number(it->get<double>(), 'g', 12);
    if (it->is_array()) {
        QStringList parts;
        for (const auto &v : *it)
            parts << (v.is_string() ? QString::fromStdString(v.get<std::string>())
                                    : QString::fromStdString(jsonText(v)));
        return parts.join(u", "_s);
    }
    return QString::fromStdString(jsonText(*it));
}

/// A JSON value's type as wrong_type names it ("number", "string", ...), translated.
QString jsonTypeText(const QString &type)
{
    if (type == u"number")
        return DiagnosticText::tr("number", "a JSON value's type");
    if (type == u"string")
        return DiagnosticText::tr("string", "a JSON value's type: text in quotes");
    if (type == u"object")
        return DiagnosticText::tr("object", "a JSON value's type: {…}");
    if (type == u"array")
        return DiagnosticText::tr("list", "a JSON value's type: […]");
    if (type == u"boolean")
        return DiagnosticText::tr("true or false", "a JSON value's type");
    if (type == u"null")
        return DiagnosticText::tr("null", "a JSON value's type");
    if (type == u"number or \"auto\"")
        return DiagnosticText::tr("number or “auto”", "a JSON value's type");
    return type;
}

} // namespace

QString diagnosticMessage(const Diagnostic &d)
{
    const std::string &c = d.code;
    auto p = [&](const char *key) { return param(d, key); };
    if (c == "not_json") {
        // The parser's own detail is English only: say what stands there instead.
        if (d.params.contains("found"))
            return DiagnosticText::tr("not valid JSON at line %1, column %2: “%3” cannot stand there")
                .arg(p("line"), p("column"), p("found"));
        return DiagnosticText::tr("not valid JSON at line %1, column %2: the file ends before the JSON does")
            .arg(p("line"), p("column"));
    }
    if (c == "empty")
        return DiagnosticText::tr("the file is empty");
    if (c == "unreadable")
        return DiagnosticText::tr("cannot read the file: %1").arg(p("detail"));
    if (c == "wrong_type") {
        if (!d.params.contains("got"))
            return DiagnosticText::tr("must be a %1").arg(jsonTypeText(p("expected")));
        return DiagnosticText::tr("must be a %1, got a %2").arg(jsonTypeText(p("expected")), jsonTypeText(p("got")));
    }
    if (c == "missing")
        return DiagnosticText::tr("is required but missing");
    if (c == "not_finite")
        return DiagnosticText::tr("must be a finite number");
    if (c == "negative")
        return DiagnosticText::tr("must be ≥ 0, got %1").arg(p("value"));
    if (c == "not_positive")
        return DiagnosticText::tr("must be > 0, got %1").arg(p("value"));
    if (c == "not_a_share")
        return DiagnosticText::tr("must be between 0 and 1, got %1").arg(p("value"));
    if (c == "below_minimum")
        return DiagnosticText::tr("must be ≥ %1, got %2").arg(p("minimum"), p("value"));
    if (c == "above_maximum")
        return DiagnosticText::tr("must be ≤ %1, got %2").arg(p("maximum"), p("value"));
    if (c == "not_integer")
        return DiagnosticText::tr("must be a whole number, got %1").arg(p("value"));
    if (c == "unknown_model")
        return DiagnosticText::tr("unknown model \"%1\": it is neither in the catalog nor in the scenario's models").arg(p("model"));
    if (c == "unknown_step")
        return DiagnosticText::tr("no step is named \"%1\"").arg(p("step"));
    if (c == "duplicate_step")
        return DiagnosticText::tr("another step is already named \"%1\"").arg(p("step"));
    if (c == "dependency_cycle")
        return DiagnosticText::tr("steps wait for each other in a cycle (%1)").arg(p("cycle"));
    if (c == "unknown_tier")
        return DiagnosticText::tr("unknown tier \"%1\" (one of %2)").arg(p("tier"), p("allowed"));
    if (c == "tier_not_offered")
        return DiagnosticText::tr("%1 does not offer the %2 tier").arg(p("model"), p("tier"));
    if (c == "newer_version")
        return DiagnosticText::tr("the file was written by a newer Fulcrum (format version %1; this one reads up to %2)")
            .arg(p("version"), p("supported"));
    if (c == "bad_version")
        return DiagnosticText::tr("must be a whole number ≥ 1, got %1").arg(p("value"));
    if (c == "no_migration")
        return DiagnosticText::tr("format version %1 cannot be upgraded").arg(p("version"));
    if (c == "wrong_format")
        return DiagnosticText::tr("is \"%1\", expected \"%2\"").arg(p("format"), p("expected"));
    if (c == "empty_pipeline")
        return DiagnosticText::tr("the pipeline has no steps");
    if (c == "empty_name")
        return DiagnosticText::tr("must not be empty");
    if (c == "unknown_distribution")
        return DiagnosticText::tr("unknown distribution \"%1\" (one of %2)").arg(p("dist"), p("allowed"));
    if (c == "not_for_distribution")
        return DiagnosticText::tr("a \"%1\" range does not take this key; it takes %2").arg(p("dist"), p("takes"));
    if (c == "lognormal_needs_one_percentile")
        return DiagnosticText::tr("a log-normal range needs its median and exactly one of p10 and p90");
    if (c == "range_order")
        return DiagnosticText::tr("the range is out of order (it needs low ≤ likely ≤ high, or p10 < median < p90)");
    if (c == "no_stakes")
        return DiagnosticText::tr("a success is worth nothing and a failure costs nothing: there is no case to break even on");
    if (c == "duplicate_model")
        return DiagnosticText::tr("the scenario already defines model \"%1\"").arg(p("model"));
    if (c == "no_tier_offered")
        return DiagnosticText::tr("the model offers no tier: give prices for at least one");
    if (c == "faster_than_typical")
        return DiagnosticText::tr("the slowest speed (%1 tokens/s) cannot be faster than the typical one (%2)")
            .arg(p("value"), p("typical"));
    if (c == "accuracy_assumed_target")
        return DiagnosticText::tr("no eval result for %1: its accuracy is assumed to be the target, %2").arg(p("model"), p("accuracy"));
    if (c == "latency_unknown")
        return DiagnosticText::tr("%1 has no latency figures: the pipeline's latency is unknown").arg(p("model"));
    if (c == "context_exceeded")
        return DiagnosticText::tr("%1 tokens do not fit %2's context window of %3").arg(p("tokens"), p("model"), p("limit"));
    if (c == "output_exceeds_max")
        return DiagnosticText::tr("%1 generated tokens exceed %2's maximum output of %3").arg(p("tokens"), p("model"), p("limit"));
    if (c == "no_prompt_caching")
        return DiagnosticText::tr("%1 has no prompt caching: nothing is cached").arg(p("model"));
    if (c == "below_cache_minimum")
        return DiagnosticText::tr("a prefix of %1 tokens is below %2's caching minimum of %3: nothing is cached")
            .arg(p("tokens"), p("model"), p("minimum"));
    if (c == "cache_ttl_unknown")
        return DiagnosticText::tr("%1's cache lifetime is unknown, so the hit rate cannot be derived from traffic (0 is used)")
            .arg(p("model"));
    if (c == "never_breaks_even")
        return DiagnosticText::tr("the break-even accuracy is %1: the case never breaks even").arg(p("break_even"));
    // Latency logs and calibration.
    if (c == "unknown_log_format")
        return DiagnosticText::tr("not a latency log: expected llmperf's individual responses (a JSON list), the result of "
                  "vllm bench serve --save-result (a JSON object with \"ttfts\") or a CSV with the header "
                  "model,input_tokens,output_tokens,ttft_s,total_s");
    if (c == "length_mismatch")
        return DiagnosticText::tr("has %1 entries but %2 has %3").arg(p("length"), p("other"), p("expected"));
    if (c == "total_before_first_token")
        return DiagnosticText::tr("the request ends (%1 s) before its first token (%2 s)").arg(p("total_s"), p("ttft_s"));
    if (c == "more_errors")
        return DiagnosticText::tr("and %1 more errors").arg(p("count"));
    if (c == "csv_missing_column")
        return DiagnosticText::tr("line %1: the header has no \"%2\" column (it needs model, input_tokens, output_tokens, ttft_s "
                  "and total_s)")
            .arg(p("line"), p("field"));
    if (c == "csv_missing_field")
        return DiagnosticText::tr("line %1, column %2 (%3): the value is missing").arg(p("line"), p("column"), p("field"));
    if (c == "csv_not_a_number")
        return DiagnosticText::tr("line %1, column %2 (%3): \"%4\" is not a number").arg(p("line"), p("column"), p("field"), p("value"));
    if (c == "csv_negative")
        return DiagnosticText::tr("line %1, column %2 (%3): must be ≥ 0, got %4").arg(p("line"), p("column"), p("field"), p("value"));
    if (c == "csv_too_large")
        return DiagnosticText::tr("line %1, column %2 (%3): %4 is beyond any plausible value").arg(p("line"), p("column"), p("field"), p("value"));
    if (c == "csv_total_before_first_token")
        return DiagnosticText::tr("line %1, column %2 (%3): the request ends (%4 s) before its first token")
            .arg(p("line"), p("column"), p("field"), p("value"));
    if (c == "holdout_out_of_range")
        return DiagnosticText::tr("the held-out fraction must be at least 0 and below 1, got %1").arg(p("value"));
    if (c == "no_successful_runs")
        return DiagnosticText::tr("%1: no successful runs to fit").arg(p("model"));
    if (c == "no_speed_runs")
        return DiagnosticText::tr("%1: no run has two or more output tokens, so the time between tokens is unknown").arg(p("model"));
    if (c == "zero_time_between_tokens")
        return DiagnosticText::tr("%1: the median time between tokens is 0 (the requests end with their first token: not "
                  "streamed?), so the output speed is unknown")
            .arg(p("model"));
    if (c == "input_constant")
        return DiagnosticText::tr("%1: every run has the same input length, so TTFT is not fitted against input (b = 0)")
            .arg(p("model"));
    return QString::fromStdString(c);
}

QString diagnosticLine(const Diagnostic &d)
{
    QString message = diagnosticMessage(d);
    // A record of a JSON file that is hard to find by its path alone (a latency log's
    // request 117) also says where it starts.
    if (d.params.contains("at_line"))
        message = DiagnosticText::tr("%1 (the record starting on line %2)").arg(message, param(d, "at_line"));
    if (d.path.empty())
        return message;
    return QString::fromStdString(d.path) + u": "_s + message;
}

} // namespace fulcrum
