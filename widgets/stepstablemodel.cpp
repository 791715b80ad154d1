#include "widgets/stepstablemodel.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

#include "widgets/diagnostictext.h"
#include "widgets/inputlabel.h"
#include "widgets/itemroles.h"
#include "widgets/numberfield.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

using Column = StepsTableModel::Column;

constexpr std::array<std::string_view, StepsTableModel::ColumnCount> Keys = {
    "name",         "model",         "tier",
    "calls",        "static_input_tokens", "dynamic_input_tokens",
    "cache_hit_rate", "distinct_prefixes", "output_tokens",
    "reasoning_tokens", "completions", "after",
};

/// The member a plain number column edits, or nullptr.
double Step::*numberMember(int column)
{
    switch (column) {
    case StepsTableModel::Calls:
        return &Step::calls;
    case StepsTableModel::StaticInputTokens:
        return &Step::staticInputTokens;
    case StepsTableModel::DynamicInputTokens:
        return &Step::dynamicInputTokens;
    case StepsTableModel::DistinctPrefixes:
        return &Step::distinctPrefixes;
    case StepsTableModel::OutputTokens:
        return &Step::outputTokens;
    case StepsTableModel::ReasoningTokens:
        return &Step::reasoningTokens;
    case StepsTableModel::Completions:
        return &Step::completions;
    default:
        return nullptr;
    }
}

bool isNumberColumn(int column)
{
    return numberMember(column) != nullptr || column == StepsTableModel::CacheHitRate;
}

NumberField::Kind numberKind(int column)
{
    switch (column) {
    case StepsTableModel::CacheHitRate:
        return NumberField::Kind::Percent;
    case StepsTableModel::Completions:
        return NumberField::Kind::Integer;
    case StepsTableModel::StaticInputTokens:
    case StepsTableModel::DynamicInputTokens:
    case StepsTableModel::OutputTokens:
    case StepsTableModel::ReasoningTokens:
        return NumberField::Kind::Tokens;
    default:
        return NumberField::Kind::Plain;
    }
}

/// The column's name inside a sentence ("Change output tokens of step …").
QString columnEditName(int column)
{
    switch (column) {
    case StepsTableModel::Name:
        return StepsTableModel::tr("name");
    case StepsTableModel::Model:
        return StepsTableModel::tr("model");
    case StepsTableModel::Tier:
        return StepsTableModel::tr("tier");
    case StepsTableModel::Calls:
        return stepFieldLabel("calls");
    case StepsTableModel::StaticInputTokens:
        return stepFieldLabel("static_input_tokens");
    case StepsTableModel::DynamicInputTokens:
        return stepFieldLabel("dynamic_input_tokens");
    case StepsTableModel::CacheHitRate:
        return stepFieldLabel("cache_hit_rate");
    case StepsTableModel::DistinctPrefixes:
        return stepFieldLabel("distinct_prefixes");
    case StepsTableModel::OutputTokens:
        return stepFieldLabel("output_tokens");
    case StepsTableModel::ReasoningTokens:
        return stepFieldLabel("reasoning_tokens");
    case StepsTableModel::Completions:
        return stepFieldLabel("completions");
    case StepsTableModel::After:
        return StepsTableModel::tr("dependencies");
    }
    return {};
}

bool isAutoText(const QVariant &value)
{
    if (!value.isValid())
        return true;
    if (value.typeId() != QMetaType::QString)
        return false;
    const QString text = value.toString().trimmed();
    return text.isEmpty() || text.compare(u"auto"_s, Qt::CaseInsensitive) == 0
           || text.compare(StepsTableModel::tr("auto"), Qt::CaseInsensitive) == 0;
}

std::optional<double> finiteNumber(const QVariant &value)
{
    if (!value.isValid())
        return std::nullopt;
    if (value.typeId() == QMetaType::QString)
        return NumberField::parseNumber(value.toString());
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

QStringList afterNames(const QVariant &value)
{
    const QStringList parts = value.typeId() == QMetaType::QStringList
                                  ? value.toStringList()
                                  : value.toString().split(u',');
    QStringList names;
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

QString joinNames(const std::vector<std::string> &names)
{
    QStringList list;
    for (const std::string &name : names)
        list << QString::fromStdString(name);
    return list.join(u", "_s);
}

void renameReferences(Scenario &scenario, const std::string &from, const std::string &to)
{
    for (Step &step : scenario.workload.steps) {
        std::replace(step.after.begin(), step.after.end(), from, to);
    }
    if (scenario.alternatives.applyTo == from)
        scenario.alternatives.applyTo = to;
}

QColor errorBackground()
{
    // Translucent, so it reads as "red" over light and dark palettes alike.
    return QColor(220, 50, 47, 70);
}

} // namespace

StepsTableModel::StepsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StepsTableModel::setScenario(const Scenario &scenario, const Catalog &catalog)
{
    QList<ModelChoice> choices = fulcrum::modelChoices(scenario, catalog);
    if (scenario.workload.steps.size() != m_scenario.workload.steps.size()) {
        beginResetModel();
        m_scenario = scenario;
        m_choices = std::move(choices);
        endResetModel();
        return;
    }
    // Same rows: update in place, so the view keeps its current cell and open editor.
    const bool changed = scenario.workload.steps != m_scenario.workload.steps || choices != m_choices;
    m_scenario = scenario;
    m_choices = std::move(choices);
    if (changed && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void StepsTableModel::setDiagnostics(const Diagnostics &errors)
{
    static const QRegularExpression stepPath(uR"(^workload\.steps\[(\d+)\]\.([a-z_]+))"_s);
    std::map<std::pair<int, int>, QStringList> messages;
    for (const Diagnostic &d : errors) {
        const QRegularExpressionMatch match = stepPath.match(QString::fromStdString(d.path));
        if (!match.hasMatch())
            continue;
        const int column = columnOf(match.captured(2).toStdString());
        if (column < 0)
            continue;
        messages[{match.captured(1).toInt(), column}] << diagnosticMessage(d);
    }
    if (messages == m_messages)
        return;
    m_messages = std::move(messages);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::BackgroundRole, Qt::ToolTipRole});
}

std::string_view StepsTableModel::fieldKey(int column)
{
    if (column < 0 || column >= ColumnCount)
        return {};
    return Keys[column];
}

int StepsTableModel::columnOf(std::string_view key)
{
    const auto it = std::find(Keys.begin(), Keys.end(), key);
    return it == Keys.end() ? -1 : int(it - Keys.begin());
}

QString StepsTableModel::fieldPath(int row, int column)
{
    return u"workload.steps[%1].%2"_s.arg(row).arg(QString::fromUtf8(fieldKey(column)));
}

int StepsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scenario.workload.steps.size());
}

int StepsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step &step = m_scenario.workload.steps[index.row()];
    const int column = index.column();
    const auto messages = m_messages.find({index.row(), column});
    const bool marked = messages != m_messages.end();

    switch (role) {
    case Qt::DisplayRole:
        return displayData(step, column);
    case Qt::EditRole:
        return editData(step, column);
    case Qt::TextAlignmentRole:
        if (isNumberColumn(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (marked)
            return QBrush(errorBackground());
        return {};
    case Qt::ToolTipRole: {
        QStringList tip;
        if (marked)
            tip << messages->second;
        const QString note = rangeNote(step, column);
        if (!note.isEmpty())
            tip << note;
        if (column == Model) {
            if (const ModelChoice *choice = findModelChoice(m_choices, QString::fromStdString(step.model)))
                tip << (choice->name.isEmpty() ? choice->label() : choice->name + u" — "_s + choice->provider);
        }
        if (tip.isEmpty())
            return {};
        return tip.join(u"\n"_s);
    }
    case FieldPathRole:
        return fieldPath(index.row(), column);
    case NumberKindRole:
        if (isNumberColumn(column))
            return int(numberKind(column));
        return {};
    case AllowsAutoRole:
        return column == CacheHitRate;
    case AcceptsRangesRole:
        return numberMember(column) != nullptr || column == CacheHitRate;
    case RangeRole:
        if (numberMember(column) || column == CacheHitRate) {
            if (const auto range = step.ranges.find(fieldKey(column)); range != step.ranges.end())
                return QVariant::fromValue(range->second);
        }
        return {};
    case OptionalRole:
        return false;
    case TierOptionsRole:
        if (column == Tier)
            return tierOptions(step);
        return {};
    default:
        return {};
    }
}

QVariant StepsTableModel::displayData(const Step &step, int column) const
{
    if (const auto member = numberMember(column)) {
        if (const auto range = step.ranges.find(fieldKey(column)); range != step.ranges.end())
            return NumberField::formatRange(range->second, numberKind(column));
        return NumberField::formatNumber(step.*member, numberKind(column));
    }
    switch (column) {
    case Name:
        return QString::fromStdString(step.name);
    case Model:
        return QString::fromStdString(step.model);
    case Tier:
        return tierName(step.tier);
    case CacheHitRate:
        if (step.autoCacheHitRate())
            return tr("auto");
        if (const auto range = step.ranges.find(fieldKey(column)); range != step.ranges.end())
            return NumberField::formatPercentRange(range->second, tr("%1%", "a percentage"));
        return tr("%1%", "a percentage").arg(NumberField::formatNumber(*step.cacheHitRate, NumberField::Kind::Percent));
    case After:
        return joinNames(step.after);
    default:
        return {};
    }
}

QVariant StepsTableModel::editData(const Step &step, int column) const
{
    if (const auto member = numberMember(column))
        return step.*member;
    switch (column) {
    case Name:
        return QString::fromStdString(step.name);
    case Model:
        return QString::fromStdString(step.model);
    case Tier:
        return QString::fromUtf8(tierKey(step.tier));
    case CacheHitRate:
        if (step.autoCacheHitRate())
            return u"auto"_s;
        return *step.cacheHitRate;
    case After:
        return joinNames(step.after);
    default:
        return {};
    }
}

QString StepsTableModel::rangeNote(const Step &step, int column) const
{
    if (!isNumberColumn(column))
        return {};
    const auto range = step.ranges.find(fieldKey(column));
    if (range == step.ranges.end())
        return {};
    const Distribution &d = range->second;
    const NumberField::Kind kind = numberKind(column);
    auto n = [kind](double v) { return NumberField::formatNumber(v, kind); };
    QString text;
    if (d.kind == DistributionKind::LogNormal) {
        text = tr("median %1").arg(n(d.median));
        if (d.p10)
            text += tr(", 10th percentile %1").arg(n(*d.p10));
        if (d.p90)
            text += tr(", 90th percentile %1").arg(n(*d.p90));
    } else {
        text = tr("low %1, likely %2, high %3").arg(n(d.low), n(d.likely), n(d.high));
    }
    return tr("A range (%1); point results use its most likely value (the median of a "
              "log-normal). Typing a number replaces the range.")
        .arg(text);
}

QStringList StepsTableModel::tierOptions(const Step &step) const
{
    QStringList keys;
    const ModelChoice *choice = findModelChoice(m_choices, QString::fromStdString(step.model));
    for (fulcrum::Tier tier : AllTiers) {
        // A model the catalog does not know could offer anything: list every tier.
        if (!choice || choice->tiers.contains(tier))
            keys << QString::fromUtf8(tierKey(tier));
    }
    return keys;
}

QVariant StepsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Name");
        case Model:
            return tr("Model");
        case Tier:
            return tr("Tier");
        case Calls:
            return tr("Calls");
        case StaticInputTokens:
            return tr("Static input\ntokens");
        case DynamicInputTokens:
            return tr("Dynamic input\ntokens");
        case CacheHitRate:
            return tr("Cache\nhit rate");
        case DistinctPrefixes:
            return tr("Distinct\nprefixes");
        case OutputTokens:
            return tr("Output\ntokens");
        case ReasoningTokens:
            return tr("Reasoning\ntokens");
        case Completions:
            return tr("Completions");
        case After:
            return tr("After");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Name:
            return tr("The step's name, which other steps use to wait for it.");
        case Model:
            return tr("The model the step calls; type any part of its name or provider to find it.");
        case Tier:
            return tr("The provider's service tier: batch and flex are cheaper but slower, priority faster and dearer.");
        case Calls:
            return tr("How many times per request the step calls the model, one after another.");
        case StaticInputTokens:
            return tr("Tokens of the reusable prompt prefix (instructions, examples, tool definitions), per call.");
        case DynamicInputTokens:
            return tr("Tokens that change with each request (user data, history, retrieved context), per call.");
        case CacheHitRate:
            return tr("The share of calls that find the static prefix in the provider's cache; \"auto\" derives it from traffic and the cache's lifetime.");
        case DistinctPrefixes:
            return tr("How many different static prefixes share the traffic, for an \"auto\" cache hit rate.");
        case OutputTokens:
            return tr("Visible tokens the model writes per call.");
        case ReasoningTokens:
            return tr("Hidden reasoning tokens the model generates (and bills) per call.");
        case Completions:
            return tr("How many completions each call asks for (the API's n or best_of); each is billed.");
        case After:
            return tr("The steps that must finish before this one starts, separated by commas; none means it starts at once.");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignCenter);
    return {};
}

Qt::ItemFlags StepsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool StepsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const int column = index.column();
    Scenario edited = m_scenario;
    Step &step = edited.workload.steps[row];
    const QString oldName = QString::fromStdString(step.name);
    if (!applyEdit(step, row, column, value, edited))
        return false;
    if (edited == m_scenario)
        return true;
    const QString description
        = column == Name ? tr("Rename step “%1” to “%2”").arg(oldName, QString::fromStdString(step.name))
                         : tr("Change %1 of step “%2”").arg(columnEditName(column), oldName);
    // A committed cell is one edit: two commits to the same cell are two undo steps.
    emit scenarioEdited(edited, QString(), description);
    return true;
}

bool StepsTableModel::applyEdit(Step &step, int row, int column, const QVariant &value,
                                Scenario &edited) const
{
    Q_UNUSED(row);
    if (const auto member = numberMember(column); member && value.metaType() == QMetaType::fromType<Distribution>()) {
        // A typed range: as the loader reads it, the point value into the member.
        Distribution range = value.value<Distribution>();
        const std::string key(fieldKey(column));
        if (const auto old = step.ranges.find(key); old != step.ranges.end())
            range.extra = old->second.extra;
        step.*member = range.pointValue();
        step.ranges[key] = std::move(range);
        return true;
    }
    if (const auto member = numberMember(column)) {
        const std::optional<double> number = finiteNumber(value);
        if (!number)
            return false;
        step.*member = *number;
        step.ranges.erase(std::string(fieldKey(column))); // a typed number replaces the file's range
        return true;
    }
    switch (column) {
    case Name: {
        const std::string from = step.name;
        const std::string to = value.toString().trimmed().toStdString();
        if (to == from)
            return true;
        // References follow a rename, unless it makes the name ambiguous or empty (then
        // validation says so, and the references still name what they meant).
        const bool unique = !to.empty() && !hasStepNamed(QString::fromStdString(to));
        step.name = to;
        if (unique && !from.empty())
            renameReferences(edited, from, to);
        return true;
    }
    case Model: {
        const QString id = value.toString().trimmed();
        if (id.isEmpty())
            return false;
        step.model = id.toStdString();
        // A model that does not offer the step's tier gets its standard tier (or its first).
        if (const ModelChoice *choice = findModelChoice(m_choices, id);
            choice && !choice->tiers.isEmpty() && !choice->tiers.contains(step.tier))
            step.tier = choice->tiers.contains(fulcrum::Tier::Standard) ? fulcrum::Tier::Standard
                                                                       : choice->tiers.first();
        return true;
    }
    case Tier: {
        const QString text = value.toString().trimmed();
        std::optional<fulcrum::Tier> tier = tierFromKey(text.toLower().toStdString());
        for (fulcrum::Tier t : AllTiers) {
            if (!tier && text.compare(tierName(t), Qt::CaseInsensitive) == 0)
                tier = t;
        }
        if (!tier)
            return false;
        step.tier = *tier;
        return true;
    }
    case CacheHitRate: {
        if (value.metaType() == QMetaType::fromType<Distribution>()) {
            // A typed range, as for the other numbers; "auto" or a number replaces it.
            Distribution range = value.value<Distribution>();
            if (const auto old = step.ranges.find("cache_hit_rate"); old != step.ranges.end())
                range.extra = old->second.extra;
            step.cacheHitRate = range.pointValue();
            step.ranges["cache_hit_rate"] = std::move(range);
            return true;
        }
        if (isAutoText(value)) {
            step.cacheHitRate.reset();
        } else {
            const std::optional<double> rate = finiteNumber(value);
            if (!rate)
                return false;
            step.cacheHitRate = *rate;
        }
        step.ranges.erase("cache_hit_rate");
        return true;
    }
    case After: {
        step.after.clear();
        for (const QString &name : afterNames(value))
            step.after.push_back(name.toStdString());
        return true;
    }
    default:
        return false;
    }
}

bool StepsTableModel::hasStepNamed(const QString &name) const
{
    const std::string key = name.toStdString();
    const std::vector<Step> &steps = m_scenario.workload.steps;
    return std::any_of(steps.begin(), steps.end(), [&](const Step &s) { return s.name == key; });
}

QString StepsTableModel::uniqueStepName(const QString &base) const
{
    if (!hasStepNamed(base))
        return base;
    // "answer 2" duplicated becomes "answer 3", not "answer 2 2".
    static const QRegularExpression numbered(uR"(^(.*\S)\s+(\d+)$)"_s);
    QString root = base;
    int number = 2;
    if (const QRegularExpressionMatch match = numbered.match(base); match.hasMatch()) {
        root = match.captured(1);
        number = match.captured(2).toInt() + 1;
    }
    while (hasStepNamed(u"%1 %2"_s.arg(root).arg(number)))
        ++number;
    return u"%1 %2"_s.arg(root).arg(number);
}

bool StepsTableModel::addStep(int row)
{
    std::vector<Step> steps = m_scenario.workload.steps;
    if (row < 0 || row > int(steps.size()))
        return false;
    Step step;
    int number = int(steps.size()) + 1;
    while (hasStepNamed(tr("step %1").arg(number)))
        ++number;
    step.name = tr("step %1").arg(number).toStdString();
    // A new step most likely uses the model of the step before it.
    if (!steps.empty()) {
        const Step &neighbour = steps[row > 0 ? row - 1 : 0];
        step.model = neighbour.model;
        step.tier = neighbour.tier;
    } else if (!m_choices.isEmpty()) {
        step.model = m_choices.first().id.toStdString();
        if (!m_choices.first().tiers.isEmpty() && !m_choices.first().tiers.contains(step.tier))
            step.tier = m_choices.first().tiers.first();
    }
    Scenario edited = m_scenario;
    edited.workload.steps.insert(edited.workload.steps.begin() + row, step);
    emit scenarioEdited(edited, QString(), tr("Add step “%1”").arg(QString::fromStdString(step.name)));
    return true;
}

bool StepsTableModel::duplicateStep(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    Scenario edited = m_scenario;
    Step copy = edited.workload.steps[row];
    const QString original = QString::fromStdString(copy.name);
    copy.name = uniqueStepName(original).toStdString();
    edited.workload.steps.insert(edited.workload.steps.begin() + row + 1, copy);
    emit scenarioEdited(edited, QString(), tr("Duplicate step “%1”").arg(original));
    return true;
}

bool StepsTableModel::removeStep(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    Scenario edited = m_scenario;
    const std::string name = edited.workload.steps[row].name;
    edited.workload.steps.erase(edited.workload.steps.begin() + row);
    for (Step &step : edited.workload.steps)
        std::erase(step.after, name);
    if (edited.alternatives.applyTo == name)
        edited.alternatives.applyTo = "final";
    emit scenarioEdited(edited, QString(), tr("Remove step “%1”").arg(QString::fromStdString(name)));
    return true;
}

bool StepsTableModel::moveStep(int row, int toRow)
{
    if (row < 0 || row >= rowCount() || toRow < 0 || toRow >= rowCount() || row == toRow)
        return false;
    Scenario edited = m_scenario;
    std::vector<Step> &steps = edited.workload.steps;
    if (row < toRow)
        std::rotate(steps.begin() + row, steps.begin() + row + 1, steps.begin() + toRow + 1);
    else
        std::rotate(steps.begin() + toRow, steps.begin() + row, steps.begin() + row + 1);
    const QString name = QString::fromStdString(steps[toRow].name);
    emit scenarioEdited(edited, QString(),
                        toRow < row ? tr("Move step “%1” up").arg(name) : tr("Move step “%1” down").arg(name));
    return true;
}

} // namespace fulcrum
