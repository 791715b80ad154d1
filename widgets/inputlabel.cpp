#include "widgets/inputlabel.h"

#include <QCoreApplication>

#include <charconv>
#include <string_view>
#include <utility>

#include "widgets/displayformat.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

class InputLabel
{
    Q_DECLARE_TR_FUNCTIONS(InputLabel)
};

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// The traffic, business-case and latency-budget fields, by their key.
QString topLevelLabel(std::string_view section, std::string_view key)
{
    static const std::pair<std::string_view, const char *> Labels[] = {
        {"traffic.requests_per_day", QT_TRANSLATE_NOOP("InputLabel", "Requests per day")},
        {"traffic.monthly_growth", QT_TRANSLATE_NOOP("InputLabel", "Monthly growth")},
        {"traffic.horizon_months", QT_TRANSLATE_NOOP("InputLabel", "Horizon")},
        {"traffic.peak_to_average", QT_TRANSLATE_NOOP("InputLabel", "Peak-to-average")},
        {"traffic.async_share", QT_TRANSLATE_NOOP("InputLabel", "Share that can wait (async)")},
        {"economics.value_per_success", QT_TRANSLATE_NOOP("InputLabel", "Value of a success")},
        {"economics.cost_per_escalation", QT_TRANSLATE_NOOP("InputLabel", "Cost of an escalation")},
        {"economics.churn_rate_per_failure", QT_TRANSLATE_NOOP("InputLabel", "Churn per failure")},
        {"economics.cost_per_churn", QT_TRANSLATE_NOOP("InputLabel", "Cost of a lost customer")},
        {"economics.monthly_fixed_costs", QT_TRANSLATE_NOOP("InputLabel", "Fixed costs per month")},
        {"economics.target_accuracy", QT_TRANSLATE_NOOP("InputLabel", "Target accuracy")},
        {"workload.network_overhead_s", QT_TRANSLATE_NOOP("InputLabel", "Network overhead")},
        {"workload.latency_budget_s", QT_TRANSLATE_NOOP("InputLabel", "Latency budget")},
    };
    for (const auto &[path, label] : Labels) {
        if (path.size() == section.size() + 1 + key.size() && path.starts_with(section)
            && path[section.size()] == '.' && path.ends_with(key))
            return InputLabel::tr(label);
    }
    return {};
}

} // namespace

QString stepFieldLabel(std::string_view key)
{
    static const std::pair<std::string_view, const char *> Labels[] = {
        {"calls", QT_TRANSLATE_NOOP("InputLabel", "calls")},
        {"static_input_tokens", QT_TRANSLATE_NOOP("InputLabel", "static input tokens")},
        {"dynamic_input_tokens", QT_TRANSLATE_NOOP("InputLabel", "dynamic input tokens")},
        {"cache_hit_rate", QT_TRANSLATE_NOOP("InputLabel", "cache hit rate")},
        {"distinct_prefixes", QT_TRANSLATE_NOOP("InputLabel", "distinct prefixes")},
        {"output_tokens", QT_TRANSLATE_NOOP("InputLabel", "output tokens")},
        {"reasoning_tokens", QT_TRANSLATE_NOOP("InputLabel", "reasoning tokens")},
        {"completions", QT_TRANSLATE_NOOP("InputLabel", "completions")},
    };
    for (const auto &[k, label] : Labels) {
        if (k == key)
            return InputLabel::tr(label);
    }
    return {};
}

namespace {

/// A model's price or latency field: "prices_per_mtok.standard.output", "latency.ttft_s".
QString modelFieldLabel(const QString &model, std::string_view field)
{
    if (field == "latency.ttft_s")
        return InputLabel::tr("%1: time to first token").arg(model);
    if (field == "latency.prefill_tokens_per_s")
        return InputLabel::tr("%1: prefill speed").arg(model);
    if (field == "latency.output_tokens_per_s")
        return InputLabel::tr("%1: output speed").arg(model);
    if (field == "latency.output_tokens_per_s_slowest")
        return InputLabel::tr("%1: output speed at the slowest hour").arg(model);
    constexpr std::string_view Prices = "prices_per_mtok.";
    if (!field.starts_with(Prices))
        return {};
    field.remove_prefix(Prices.size());
    const auto dot = field.find('.');
    if (dot == std::string_view::npos)
        return {};
    const std::optional<Tier> tier = tierFromKey(field.substr(0, dot));
    const std::string_view kind = field.substr(dot + 1);
    if (!tier)
        return {};
    QString price;
    if (kind == "input")
        price = InputLabel::tr("input price");
    else if (kind == "cached_input")
        price = InputLabel::tr("cached input price");
    else if (kind == "cache_write")
        price = InputLabel::tr("cache write price");
    else if (kind == "output")
        price = InputLabel::tr("output price");
    else if (kind == "reasoning")
        price = InputLabel::tr("reasoning price");
    else
        return {};
    return InputLabel::tr("%1: %2 (%3)", "model: which price (tier)").arg(model, price, tierName(*tier));
}

/// "[12]" at the start of text: 12, and text after the bracket.
std::optional<std::size_t> leadingIndex(std::string_view &text)
{
    if (!text.starts_with('['))
        return std::nullopt;
    const auto close = text.find(']');
    if (close == std::string_view::npos)
        return std::nullopt;
    std::size_t index = 0;
    const auto [end, error] = std::from_chars(text.data() + 1, text.data() + close, index);
    if (error != std::errc {} || end != text.data() + close)
        return std::nullopt;
    text.remove_prefix(close + 1);
    return index;
}

QString labelOf(std::string_view path, const Scenario &scenario)
{
    for (std::string_view section : {"traffic", "economics", "workload"}) {
        if (path.starts_with(section) && path.size() > section.size() && path[section.size()] == '.') {
            if (QString label = topLevelLabel(section, path.substr(section.size() + 1)); !label.isEmpty())
                return label;
        }
    }
    std::string_view rest = path;
    if (constexpr std::string_view Steps = "workload.steps"; rest.starts_with(Steps)) {
        rest.remove_prefix(Steps.size());
        const auto index = leadingIndex(rest);
        if (!index || !rest.starts_with('.'))
            return {};
        const QString field = stepFieldLabel(rest.substr(1));
        if (field.isEmpty())
            return {};
        const QString step = *index < scenario.workload.steps.size()
                                 ? qs(scenario.workload.steps[*index].name)
                                 : QString::number(*index + 1);
        return InputLabel::tr("%1 step: %2", "step name: field").arg(step, field);
    }
    if (constexpr std::string_view Evals = "evals.", Accuracy = ".accuracy";
        rest.starts_with(Evals) && rest.ends_with(Accuracy) && rest.size() > Evals.size() + Accuracy.size())
        return InputLabel::tr("Accuracy of %1").arg(qs(rest.substr(Evals.size(), rest.size() - Evals.size() - Accuracy.size())));
    if (constexpr std::string_view Models = "models"; rest.starts_with(Models)) {
        rest.remove_prefix(Models.size());
        const auto index = leadingIndex(rest);
        if (!index || !rest.starts_with('.') || *index >= scenario.models.size())
            return {};
        return modelFieldLabel(qs(scenario.models[*index].id), rest.substr(1));
    }
    if (constexpr std::string_view Catalog = "catalog."; rest.starts_with(Catalog)) {
        rest.remove_prefix(Catalog.size());
        // The id may hold dots ("gpt-4.1"): the field starts at "prices_per_mtok." or "latency.".
        for (std::string_view field : {std::string_view(".prices_per_mtok."), std::string_view(".latency.")}) {
            const auto at = rest.rfind(field);
            if (at != std::string_view::npos && at > 0)
                return modelFieldLabel(qs(rest.substr(0, at)), rest.substr(at + 1));
        }
    }
    return {};
}

} // namespace

QString inputLabel(const std::string &path, const Scenario &scenario)
{
    const QString label = labelOf(path, scenario);
    return label.isEmpty() ? QString::fromStdString(path) : label;
}

QString joinedNames(const QStringList &names)
{
    return names.join(InputLabel::tr(", ", "between the names of a list"));
}

} // namespace fulcrum
