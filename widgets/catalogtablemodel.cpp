#include "widgets/displayformat.h"
#include "widgets/catalogtablemodel.h"

#include <algorithm>
#include <cmath>

#include <QFont>
#include <QLocale>

#include "models/catalogio.h"
#include "models/diagnostic.h"
#include "models/modellookup.h"
#include "widgets/diagnostictext.h"
#include "widgets/itemroles.h"
#include "widgets/numberfield.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

enum class PriceKind { Input, CachedInput, CacheWrite, Output };

struct PriceColumn
{
    Tier tier;
    PriceKind kind;
};

std::optional<PriceColumn> priceColumn(int column)
{
    using C = CatalogTableModel;
    switch (column) {
    case C::StandardInput:
        return PriceColumn {Tier::Standard, PriceKind::Input};
    case C::StandardCachedInput:
        return PriceColumn {Tier::Standard, PriceKind::CachedInput};
    case C::StandardCacheWrite:
        return PriceColumn {Tier::Standard, PriceKind::CacheWrite};
    case C::StandardOutput:
        return PriceColumn {Tier::Standard, PriceKind::Output};
    case C::BatchInput:
        return PriceColumn {Tier::Batch, PriceKind::Input};
    case C::BatchOutput:
        return PriceColumn {Tier::Batch, PriceKind::Output};
    case C::FlexInput:
        return PriceColumn {Tier::Flex, PriceKind::Input};
    case C::FlexOutput:
        return PriceColumn {Tier::Flex, PriceKind::Output};
    case C::PriorityInput:
        return PriceColumn {Tier::Priority, PriceKind::Input};
    case C::PriorityCachedInput:
        return PriceColumn {Tier::Priority, PriceKind::CachedInput};
    case C::PriorityOutput:
        return PriceColumn {Tier::Priority, PriceKind::Output};
    default:
        return std::nullopt;
    }
}

std::optional<double> price(const TierPrices &p, PriceKind kind)
{
    switch (kind) {
    case PriceKind::Input:
        return p.input;
    case PriceKind::CachedInput:
        return p.cachedInput;
    case PriceKind::CacheWrite:
        return p.cacheWrite;
    case PriceKind::Output:
        return p.output;
    }
    return std::nullopt;
}

QString kindText(PriceKind kind)
{
    switch (kind) {
    case PriceKind::Input:
        return CatalogTableModel::tr("input");
    case PriceKind::CachedInput:
        return CatalogTableModel::tr("cached input");
    case PriceKind::CacheWrite:
        return CatalogTableModel::tr("cache write");
    case PriceKind::Output:
        return CatalogTableModel::tr("output");
    }
    return {};
}

/// Every digit that matters, in the current language (group separators on display only).
QString numberText(double value, bool forEditing)
{
    QLocale locale;
    if (forEditing)
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 12);
}

/// Reads a cell's text: the current language first, then the C locale ("2.5" is a number
/// in every language). False when it is not a finite number.
bool parseNumber(const QString &text, double &value)
{
    bool ok = false;
    value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    return ok && std::isfinite(value);
}

bool containsDiagnostic(const Diagnostics &list, const Diagnostic &d)
{
    return std::find(list.begin(), list.end(), d) != list.end();
}

} // namespace

CatalogTableModel::CatalogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CatalogTableModel::setCatalog(const Scenario &scenario, const Catalog &catalog)
{
    std::vector<Row> rows;
    const std::vector<const ModelEntry *> all = ModelLookup(scenario, catalog).all();
    rows.reserve(all.size());
    for (const ModelEntry *entry : all) {
        const bool own = std::any_of(scenario.models.begin(), scenario.models.end(),
                                     [&](const ModelEntry &m) { return m.id == entry->id; });
        const Origin origin = !own                    ? Origin::Catalog
                              : catalog.find(entry->id) ? Origin::Overridden
                                                        : Origin::Added;
        rows.push_back({*entry, origin});
    }
    const QString currency = QString::fromStdString(scenario.currency);

    // Called after every edit: while the same models are listed, update the changed rows
    // in place so that the current cell, the selection and the scroll position stay.
    const bool sameIds = rows.size() == m_rows.size()
                         && std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                       [](const Row &a, const Row &b) { return a.entry.id == b.entry.id; });
    if (!sameIds) {
        beginResetModel();
        m_rows = std::move(rows);
        m_currency = currency;
        endResetModel();
        return;
    }
    if (currency != m_currency) {
        m_currency = currency;
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] == m_rows[i])
            continue;
        m_rows[i] = std::move(rows[i]);
        const int row = static_cast<int>(i);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

const ModelEntry *CatalogTableModel::entry(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)].entry;
}

CatalogTableModel::Origin CatalogTableModel::origin(int row) const
{
    if (row < 0 || row >= rowCount())
        return Origin::Catalog;
    return m_rows[static_cast<std::size_t>(row)].origin;
}

int CatalogTableModel::rowOf(const QString &modelId) const
{
    const std::string id = modelId.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].entry.id == id)
            return static_cast<int>(i);
    }
    return -1;
}

bool CatalogTableModel::canRevert(int row) const
{
    return origin(row) == Origin::Overridden;
}

void CatalogTableModel::requestRevert(int row)
{
    if (canRevert(row))
        emit revertRequested(QString::fromStdString(m_rows[static_cast<std::size_t>(row)].entry.id));
}

int CatalogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CatalogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CatalogTableModel::isNumberColumn(int column)
{
    return column >= StandardInput && column <= RequestsPerMinute;
}

std::optional<double> CatalogTableModel::number(const ModelEntry &e, int column)
{
    if (const auto pc = priceColumn(column)) {
        const auto &p = e.pricesFor(pc->tier);
        return p ? price(*p, pc->kind) : std::nullopt;
    }
    switch (column) {
    case PromptCacheMinTokens:
        return e.promptCacheMinTokens;
    case CacheTtlS:
        return e.cacheTtlS;
    case TtftS:
        return e.latency ? std::optional<double>(e.latency->ttftS) : std::nullopt;
    case PrefillTokensPerS:
        return e.latency ? e.latency->prefillTokensPerS : std::nullopt;
    case OutputTokensPerS:
        return e.latency ? std::optional<double>(e.latency->outputTokensPerS) : std::nullopt;
    case OutputTokensPerSSlowest:
        return e.latency ? e.latency->outputTokensPerSSlowest : std::nullopt;
    case ContextWindow:
        return e.contextWindow;
    case MaxOutputTokens:
        return e.maxOutputTokens;
    case TokensPerMinute:
        return e.rateLimits.tokensPerMinute;
    case RequestsPerMinute:
        return e.rateLimits.requestsPerMinute;
    default:
        return std::nullopt;
    }
}

const char *CatalogTableModel::rangeKey(int column)
{
    if (const auto pc = priceColumn(column)) {
        switch (pc->kind) {
        case PriceKind::Input:
            return "input";
        case PriceKind::CachedInput:
            return "cached_input";
        case PriceKind::CacheWrite:
            return "cache_write";
        case PriceKind::Output:
            return "output";
        }
    }
    switch (column) {
    case TtftS:
        return "ttft_s";
    case PrefillTokensPerS:
        return "prefill_tokens_per_s";
    case OutputTokensPerS:
        return "output_tokens_per_s";
    case OutputTokensPerSSlowest:
        return "output_tokens_per_s_slowest";
    default:
        return nullptr;
    }
}

Ranges *CatalogTableModel::rangesOf(ModelEntry &e, int column)
{
    if (const auto pc = priceColumn(column)) {
        auto &prices = e.prices[static_cast<std::size_t>(tierIndex(pc->tier))];
        return prices ? &prices->ranges : nullptr;
    }
    if (rangeKey(column))
        return e.latency ? &e.latency->ranges : nullptr;
    return nullptr;
}

const Distribution *CatalogTableModel::range(const ModelEntry &e, int column)
{
    const char *key = rangeKey(column);
    const Ranges *ranges = key ? rangesOf(const_cast<ModelEntry &>(e), column) : nullptr;
    if (!ranges)
        return nullptr;
    const auto it = ranges->find(key);
    return it != ranges->end() ? &it->second : nullptr;
}

QString CatalogTableModel::rangeNote(const Distribution &d) const
{
    QString text;
    if (d.kind == DistributionKind::LogNormal) {
        text = tr("median %1").arg(numberText(d.median, false));
        if (d.p10)
            text += tr(", 10th percentile %1").arg(numberText(*d.p10, false));
        if (d.p90)
            text += tr(", 90th percentile %1").arg(numberText(*d.p90, false));
    } else {
        text = tr("low %1, likely %2, high %3")
                   .arg(numberText(d.low, false), numberText(d.likely, false), numberText(d.high, false));
    }
    return tr("A range (%1); point results use its most likely value (the median of a log-normal), "
              "the Uncertainty tab samples it. Typing a number replaces the range.")
        .arg(text);
}

QVariant CatalogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const ModelEntry &e = row.entry;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const bool editing = role == Qt::EditRole;
        if (const Distribution *r = range(e, column)) {
            QLocale locale;
            if (editing)
                locale.setNumberOptions(QLocale::OmitGroupSeparator);
            return NumberField::formatRange(*r, NumberField::Kind::Plain, locale);
        }
        if (isNumberColumn(column)) {
            const auto value = number(e, column);
            return value ? numberText(*value, editing) : QString();
        }
        switch (column) {
        case Id:
            return QString::fromStdString(e.id);
        case Provider:
            return QString::fromStdString(e.provider);
        case Name:
            return QString::fromStdString(e.name);
        case AsOf:
            // Edited as written in the file (ISO), shown in the locale's form.
            return editing ? QString::fromStdString(e.asOf) : DisplayFormat::date(e.asOf);
        case Source:
            return QString::fromStdString(e.source);
        case Overridden:
            return row.origin == Origin::Overridden ? tr("Overridden")
                   : row.origin == Origin::Added    ? tr("Added")
                                                    : QString();
        default:
            return {};
        }
    }
    case SortRole:
        if (isNumberColumn(column)) {
            const auto value = number(e, column);
            return value ? QVariant(*value) : QVariant();
        }
        if (column == Overridden)
            return static_cast<int>(row.origin);
        if (column == AsOf)
            return QString::fromStdString(e.asOf); // ISO dates sort as text
        return data(index, Qt::DisplayRole);
    case FilterTextRole:
        return QString::fromStdString(e.id) + u' ' + QString::fromStdString(e.provider) + u' '
               + QString::fromStdString(e.name);
    case ModelIdRole:
        return QString::fromStdString(e.id);
    case OriginRole:
        return static_cast<int>(row.origin);
    case Qt::TextAlignmentRole:
        if (isNumberColumn(column))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.origin != Origin::Catalog) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        const QVariant tip = toolTip(row, column);
        if (const Distribution *r = range(e, column)) {
            const QString note = rangeNote(*r);
            return tip.toString().isEmpty() ? note : tip.toString() + u'\n' + note;
        }
        return tip;
    }
    default:
        return {};
    }
}

QVariant CatalogTableModel::toolTip(const Row &row, int column) const
{
    const ModelEntry &e = row.entry;
    const auto provenance = [](const std::string &asOf, const std::string &source) {
        if (asOf.empty() && source.empty())
            return tr("Source unknown");
        if (source.empty())
            return tr("As of %1").arg(DisplayFormat::date(asOf));
        if (asOf.empty())
            return tr("Source: %1").arg(QString::fromStdString(source));
        return tr("As of %1; source: %2").arg(DisplayFormat::date(asOf), QString::fromStdString(source));
    };
    if (const auto pc = priceColumn(column)) {
        if (!e.offers(pc->tier))
            return tr("%1 does not offer the %2 tier. To offer it, type its input and output prices as "
                      "“input / output”.")
                .arg(QString::fromStdString(e.id), tierName(pc->tier).toLower());
        if (!number(e, column))
            return pc->kind == PriceKind::CacheWrite
                       ? tr("No cache-write price: cache writes are billed as plain input")
                       : tr("No price of its own: billed at the tier's plain input price");
        return provenance(e.asOf, e.source);
    }
    switch (column) {
    case TtftS:
    case PrefillTokensPerS:
    case OutputTokensPerS:
    case OutputTokensPerSSlowest:
        if (!e.latency)
            return tr("No latency figures: enter the output speed first");
        if (!number(e, column))
            return column == PrefillTokensPerS ? tr("Unknown: input processing time is not modelled")
                                               : tr("Unknown: the typical speed is used");
        return provenance(e.latency->asOf, e.latency->source);
    case Source:
        return QString::fromStdString(e.source);
    case Overridden:
    case Id:
        if (row.origin == Origin::Overridden)
            return tr("The scenario overrides the catalog's entry (Revert to catalog drops the override)");
        if (row.origin == Origin::Added)
            return tr("Defined by the scenario; not in the catalog");
        return {};
    default:
        if (isNumberColumn(column) && !number(e, column))
            return tr("Unknown");
        return {};
    }
}

QString CatalogTableModel::columnName(int column)
{
    if (const auto pc = priceColumn(column))
        return tr("%1 %2 price").arg(tierName(pc->tier), kindText(pc->kind));
    switch (column) {
    case Id:
        return tr("Id");
    case Provider:
        return tr("Provider");
    case Name:
        return tr("Name");
    case PromptCacheMinTokens:
        return tr("Prompt-cache minimum");
    case CacheTtlS:
        return tr("Cache TTL");
    case TtftS:
        return tr("TTFT");
    case PrefillTokensPerS:
        return tr("Prefill speed");
    case OutputTokensPerS:
        return tr("Output speed");
    case OutputTokensPerSSlowest:
        return tr("Output speed at the slowest hour");
    case ContextWindow:
        return tr("Context window");
    case MaxOutputTokens:
        return tr("Max output");
    case TokensPerMinute:
        return tr("Tokens per minute limit");
    case RequestsPerMinute:
        return tr("Requests per minute limit");
    case AsOf:
        return tr("As of");
    case Source:
        return tr("Source");
    case Overridden:
        return tr("Overridden");
    default:
        return {};
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The model's id, so that a view can keep it in sight while scrolling sideways.
        if (section < 0 || section >= rowCount())
            return {};
        const Row &row = m_rows[static_cast<std::size_t>(section)];
        switch (role) {
        case Qt::DisplayRole:
            return QString::fromStdString(row.entry.id);
        case Qt::FontRole:
            if (row.origin != Origin::Catalog) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::ToolTipRole:
            return toolTip(row, Id);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        if (const auto pc = priceColumn(section))
            return tierName(pc->tier) + u'\n' + kindText(pc->kind);
        switch (section) {
        case PromptCacheMinTokens:
            return tr("Prompt-cache\nminimum");
        case CacheTtlS:
            return tr("Cache\nTTL (s)");
        case TtftS:
            return tr("TTFT\n(s)");
        case PrefillTokensPerS:
            return tr("Prefill\n(tokens/s)");
        case OutputTokensPerS:
            return tr("Output\n(tokens/s)");
        case OutputTokensPerSSlowest:
            return tr("Output at slowest\nhour (tokens/s)");
        case ContextWindow:
            return tr("Context\nwindow");
        case MaxOutputTokens:
            return tr("Max\noutput");
        case TokensPerMinute:
            return tr("Tokens/min\nlimit");
        case RequestsPerMinute:
            return tr("Requests/min\nlimit");
        default:
            return columnName(section);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (const auto pc = priceColumn(section))
            return tr("%1 tier: price of %2 tokens, %3 per million tokens (empty: not offered)")
                .arg(tierName(pc->tier), kindText(pc->kind), m_currency.isEmpty() ? u"USD"_s : m_currency);
        switch (section) {
        case PromptCacheMinTokens:
            return tr("Static prefixes shorter than this many tokens are never cached");
        case CacheTtlS:
            return tr("Seconds a cached prefix stays warm after its last use");
        case TtftS:
            return tr("Time to first token, seconds");
        case PrefillTokensPerS:
            return tr("Input processing speed, tokens per second (empty: not modelled)");
        case OutputTokensPerS:
            return tr("Typical generation speed, tokens per second (empty: latency unknown)");
        case OutputTokensPerSSlowest:
            return tr("Generation speed at the provider's busiest hour, tokens per second");
        case ContextWindow:
            return tr("Tokens of input and output one call can hold");
        case MaxOutputTokens:
            return tr("Most tokens one call can generate");
        case TokensPerMinute:
        case RequestsPerMinute:
            return tr("The account's rate limit (empty: unknown)");
        case Overridden:
            return tr("Whether the scenario overrides the catalog's entry or adds the model");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags CatalogTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != Id && index.column() != Overridden)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QString CatalogTableModel::setNumber(ModelEntry &e, int column, std::optional<double> value) const
{
    const QString id = QString::fromStdString(e.id);
    if (const auto pc = priceColumn(column)) {
        auto &prices = e.prices[static_cast<std::size_t>(tierIndex(pc->tier))];
        if (!prices) {
            if (!value)
                return {};
            if (pc->kind == PriceKind::Input || pc->kind == PriceKind::Output)
                return tr("%1 does not offer the %2 tier: to offer it, type its input and output prices "
                          "together, as “input / output” (e.g. 1.25 / 5)")
                    .arg(id, tierName(pc->tier).toLower());
            return tr("%1 does not offer the %2 tier: give its input and output prices first")
                .arg(id, tierName(pc->tier).toLower());
        }
        switch (pc->kind) {
        case PriceKind::Input:
        case PriceKind::Output:
            if (!value) {
                prices.reset(); // no input or output price: the tier is not offered
                return {};
            }
            (pc->kind == PriceKind::Input ? prices->input : prices->output) = *value;
            return {};
        case PriceKind::CachedInput:
            prices->cachedInput = value;
            return {};
        case PriceKind::CacheWrite:
            prices->cacheWrite = value;
            return {};
        }
        return {};
    }
    switch (column) {
    case PromptCacheMinTokens:
        e.promptCacheMinTokens = value;
        return {};
    case CacheTtlS:
        e.cacheTtlS = value;
        return {};
    case OutputTokensPerS:
        if (!value) {
            e.latency.reset(); // without a typical speed the latency is unknown
            return {};
        }
        if (!e.latency)
            e.latency = LatencyProfile {};
        e.latency->outputTokensPerS = *value;
        return {};
    case TtftS:
    case PrefillTokensPerS:
    case OutputTokensPerSSlowest:
        if (!e.latency) {
            if (!value)
                return {};
            return tr("%1 has no latency figures: enter its output speed first").arg(id);
        }
        if (column == TtftS) {
            if (!value)
                return tr("the time to first token is needed while the output speed is known; clear the "
                          "output speed to mark the latency unknown");
            e.latency->ttftS = *value;
        } else if (column == PrefillTokensPerS) {
            e.latency->prefillTokensPerS = value;
        } else {
            e.latency->outputTokensPerSSlowest = value;
        }
        return {};
    case ContextWindow:
        e.contextWindow = value;
        return {};
    case MaxOutputTokens:
        e.maxOutputTokens = value;
        return {};
    case TokensPerMinute:
        e.rateLimits.tokensPerMinute = value;
        return {};
    case RequestsPerMinute:
        e.rateLimits.requestsPerMinute = value;
        return {};
    default:
        return tr("the column cannot be edited");
    }
}

QString CatalogTableModel::setPricePair(ModelEntry &e, int column, const QString &text) const
{
    const auto pc = priceColumn(column);
    const QStringList parts = text.split(u'/');
    double input = 0;
    double output = 0;
    if (!pc || (pc->kind != PriceKind::Input && pc->kind != PriceKind::Output) || parts.size() != 2
        || !parseNumber(parts[0].trimmed(), input) || !parseNumber(parts[1].trimmed(), output))
        return tr("“%1” is not a number").arg(text);
    auto &prices = e.prices[static_cast<std::size_t>(tierIndex(pc->tier))];
    if (!prices)
        prices = TierPrices {};
    prices->input = input;
    prices->output = output;
    prices->ranges.erase("input"); // typed numbers replace ranges
    prices->ranges.erase("output");
    return {};
}

QString CatalogTableModel::setRange(ModelEntry &e, int column, Distribution d) const
{
    const char *key = rangeKey(column);
    if (!key)
        return tr("takes a number, not a range");
    // As the loader reads a range: its point value into the figure, the range beside it.
    if (QString reason = setNumber(e, column, d.pointValue()); !reason.isEmpty())
        return reason;
    Ranges *ranges = rangesOf(e, column);
    if (!ranges)
        return tr("the column cannot be edited");
    if (const auto old = ranges->find(key); old != ranges->end())
        d.extra = old->second.extra; // unknown keys of the range written in the file stay
    (*ranges)[key] = std::move(d);
    return {};
}

QString CatalogTableModel::setNumberFromInput(ModelEntry &e, int column, const QVariant &value) const
{
    if (value.metaType() == QMetaType::fromType<Distribution>())
        return setRange(e, column, value.value<Distribution>());
    // A number or null replaces the cell's range, if it had one.
    const auto replace = [&](std::optional<double> number) {
        QString reason = setNumber(e, column, number);
        if (const char *key = rangeKey(column); key && reason.isEmpty()) {
            if (Ranges *ranges = rangesOf(e, column))
                ranges->erase(key);
        }
        return reason;
    };
    const int type = value.typeId();
    if (type == QMetaType::Double || type == QMetaType::Float || type == QMetaType::Int
        || type == QMetaType::LongLong || type == QMetaType::UInt || type == QMetaType::ULongLong) {
        const double number = value.toDouble();
        if (!std::isfinite(number))
            return tr("must be a finite number");
        return replace(number);
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return replace(std::nullopt);
    if (text.contains(u'/'))
        return setPricePair(e, column, text);
    const bool speed = column == PrefillTokensPerS || column == OutputTokensPerS || column == OutputTokensPerSSlowest;
    if (const auto parsed = NumberField::parseRangeText(text, speed ? CatalogSpeedRule : CatalogPriceRule)) {
        if (parsed->status != NumberField::Parse::Range)
            return parsed->reason;
        return setRange(e, column, parsed->range);
    }
    double number = 0;
    if (!parseNumber(text, number))
        return tr("“%1” is not a number").arg(text);
    return replace(number);
}

bool CatalogTableModel::refuse(const Row &row, int column, const QString &reason)
{
    const QString id = QString::fromStdString(row.entry.id);
    emit editRefused(tr("%1 of %2: %3").arg(columnName(column), id, reason));
    return false;
}

bool CatalogTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int column = index.column();
    Row &row = m_rows[static_cast<std::size_t>(index.row())];
    ModelEntry edited = row.entry;

    QString reason;
    if (isNumberColumn(column)) {
        reason = setNumberFromInput(edited, column, value);
    } else {
        const std::string text = value.toString().trimmed().toStdString();
        switch (column) {
        case Provider:
            edited.provider = text;
            break;
        case Name:
            edited.name = text;
            break;
        case AsOf:
            edited.asOf = text;
            break;
        case Source:
            edited.source = text;
            break;
        default:
            return false;
        }
    }
    if (!reason.isEmpty())
        return refuse(row, column, reason);

    // Refuse what makes the entry invalid (negative prices, a slowest speed above the typical
    // one, no tier left), but not what was already wrong before this edit.
    {
        Diagnostics before;
        Diagnostics after;
        checkModelEntry(row.entry, {}, before);
        checkModelEntry(edited, {}, after);
        for (const Diagnostic &d : after) {
            if (!containsDiagnostic(before, d))
                return refuse(row, column, diagnosticMessage(d));
        }
    }
    if (edited == row.entry)
        return true;
    row.entry = edited;
    if (row.origin == Origin::Catalog)
        row.origin = Origin::Overridden; // what the window will make of it
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit modelEdited(edited);
    return true;
}

} // namespace fulcrum
