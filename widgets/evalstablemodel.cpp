#include "widgets/evalstablemodel.h"

#include <cmath>

#include <QBrush>
#include <QColor>

#include "widgets/diagnostictext.h"
#include "widgets/itemroles.h"
#include "widgets/numberfield.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

const char *fieldKey(int column)
{
    switch (column) {
    case EvalsTableModel::Accuracy:
        return "accuracy";
    case EvalsTableModel::EvalSize:
        return "eval_size";
    case EvalsTableModel::Correct:
        return "correct";
    default:
        return "";
    }
}

int columnOf(const std::string &key)
{
    if (key.empty())
        return EvalsTableModel::Model;
    for (int column = EvalsTableModel::Accuracy; column < EvalsTableModel::ColumnCount; ++column) {
        if (key == fieldKey(column))
            return column;
    }
    return -1;
}

NumberField::Kind numberKind(int column)
{
    return column == EvalsTableModel::Accuracy ? NumberField::Kind::Percent : NumberField::Kind::Integer;
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

bool isEmptyValue(const QVariant &value)
{
    return !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
}

} // namespace

EvalsTableModel::EvalsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EvalsTableModel::setScenario(const Scenario &scenario, const Catalog &catalog)
{
    QList<ModelChoice> choices = fulcrum::modelChoices(scenario, catalog);
    std::vector<std::string> ids;
    ids.reserve(scenario.evals.size());
    for (const auto &[id, eval] : scenario.evals)
        ids.push_back(id);
    if (ids != m_ids) {
        beginResetModel();
        m_scenario = scenario;
        m_choices = std::move(choices);
        m_ids = std::move(ids);
        endResetModel();
        return;
    }
    const bool changed = scenario.evals != m_scenario.evals || choices != m_choices
                         || scenario.workload.steps != m_scenario.workload.steps;
    m_scenario = scenario;
    m_choices = std::move(choices);
    if (changed && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EvalsTableModel::setDiagnostics(const Diagnostics &errors)
{
    std::map<std::pair<int, int>, QStringList> messages;
    for (const Diagnostic &d : errors) {
        for (int row = 0; row < int(m_ids.size()); ++row) {
            const std::string prefix = "evals." + m_ids[row];
            if (d.path == prefix) {
                messages[{row, Model}] << diagnosticMessage(d);
            } else if (d.path.starts_with(prefix + ".")) {
                const int column = columnOf(d.path.substr(prefix.size() + 1));
                if (column >= 0)
                    messages[{row, column}] << diagnosticMessage(d);
            }
        }
    }
    if (messages == m_messages)
        return;
    m_messages = std::move(messages);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::BackgroundRole, Qt::ToolTipRole});
}

QString EvalsTableModel::modelId(int row) const
{
    if (row < 0 || row >= int(m_ids.size()))
        return {};
    return QString::fromStdString(m_ids[row]);
}

int EvalsTableModel::rowOf(const QString &modelId) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), modelId.toStdString());
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

QString EvalsTableModel::fieldPath(int row, int column) const
{
    const QString base = u"evals."_s + modelId(row);
    if (column == Model)
        return base;
    return base + u'.' + QString::fromUtf8(fieldKey(column));
}

int EvalsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int EvalsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvalsTableModel::stepsUsing(const std::string &model) const
{
    QStringList names;
    for (const Step &step : m_scenario.workload.steps) {
        if (step.model == model)
            names << u"“%1”"_s.arg(QString::fromStdString(step.name));
    }
    return names.join(u", "_s);
}

QVariant EvalsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::string &id = m_ids[index.row()];
    const EvalResult &eval = m_scenario.evals.at(id);
    const int column = index.column();
    const auto messages = m_messages.find({index.row(), column});
    const bool marked = messages != m_messages.end();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Model:
            return QString::fromStdString(id);
        case Accuracy:
            if (const auto range = eval.ranges.find(fieldKey(column)); range != eval.ranges.end())
                return NumberField::formatPercentRange(range->second, tr("%1%", "a percentage"));
            return tr("%1%", "a percentage").arg(NumberField::formatNumber(eval.accuracy, NumberField::Kind::Percent));
        case EvalSize:
            if (eval.evalSize == 0)
                return tr("unknown");
            return NumberField::formatNumber(eval.evalSize, NumberField::Kind::Integer);
        case Correct:
            if (!eval.correct)
                return QString();
            return NumberField::formatNumber(*eval.correct, NumberField::Kind::Integer);
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case Model:
            return QString::fromStdString(id);
        case Accuracy:
            return eval.accuracy;
        case EvalSize:
            return eval.evalSize;
        case Correct:
            return eval.correct ? QVariant(*eval.correct) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Model)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (marked)
            return QBrush(QColor(220, 50, 47, 70));
        return {};
    case Qt::ToolTipRole: {
        QStringList tip;
        if (marked)
            tip << messages->second;
        if (column == Model) {
            const QString qid = QString::fromStdString(id);
            if (const ModelChoice *choice = findModelChoice(m_choices, qid))
                tip << (choice->name.isEmpty() ? choice->label() : choice->name + u" — "_s + choice->provider);
            else
                tip << tr("“%1” is not in the catalog.").arg(qid);
            const QString steps = stepsUsing(id);
            if (!steps.isEmpty())
                tip << tr("Used by step %1.").arg(steps);
        }
        if (column != Model && eval.ranges.contains(fieldKey(column)))
            tip << tr("The file gives a range; the cell shows its most likely value. Typing a number replaces the range.");
        if (tip.isEmpty())
            return {};
        return tip.join(u'\n');
    }
    case FieldPathRole:
        return fieldPath(index.row(), column);
    case NumberKindRole:
        if (column == Model)
            return {};
        return int(numberKind(column));
    case AllowsAutoRole:
        return false;
    case AcceptsRangesRole:
        return column == Accuracy;
    case RangeRole:
        if (column == Accuracy) {
            if (const auto range = eval.ranges.find(fieldKey(column)); range != eval.ranges.end())
                return QVariant::fromValue(range->second);
        }
        return {};
    case OptionalRole:
        return column == Correct;
    default:
        return {};
    }
}

QVariant EvalsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Model:
            return tr("Model");
        case Accuracy:
            return tr("Accuracy");
        case EvalSize:
            return tr("Eval size");
        case Correct:
            return tr("Correct");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Model:
            return tr("The model that was evaluated; type any part of its name or provider to find it.");
        case Accuracy:
            return tr("The share of the eval's examples the model got right, in percent.");
        case EvalSize:
            return tr("How many examples the eval has; the more, the surer the accuracy (0 = unknown).");
        case Correct:
            return tr("How many examples the model got right, if known exactly; empty otherwise.");
        }
    }
    return {};
}

Qt::ItemFlags EvalsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool EvalsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const std::string id = m_ids[index.row()];
    const QString qid = QString::fromStdString(id);
    Scenario edited = m_scenario;
    EvalResult &eval = edited.evals.at(id);
    const int column = index.column();
    QString description;

    switch (column) {
    case Model: {
        const std::string to = value.toString().trimmed().toStdString();
        if (to.empty())
            return false;
        if (to == id)
            return true;
        if (edited.evals.contains(to))
            return false; // one result per model
        EvalResult moved = std::move(eval);
        edited.evals.erase(id);
        edited.evals[to] = std::move(moved);
        description = tr("Change eval model “%1” to “%2”").arg(qid, QString::fromStdString(to));
        break;
    }
    case Accuracy:
    case EvalSize: {
        if (column == Accuracy && value.metaType() == QMetaType::fromType<Distribution>()) {
            // A typed range: as the loader reads it, the point value into the member.
            Distribution range = value.value<Distribution>();
            const std::string key(fieldKey(column));
            if (const auto old = eval.ranges.find(key); old != eval.ranges.end())
                range.extra = old->second.extra;
            eval.accuracy = range.pointValue();
            eval.ranges[key] = std::move(range);
            description = tr("Change accuracy of %1").arg(qid);
            break;
        }
        const std::optional<double> number = finiteNumber(value);
        if (!number)
            return false;
        (column == Accuracy ? eval.accuracy : eval.evalSize) = *number;
        eval.ranges.erase(fieldKey(column));
        description = column == Accuracy ? tr("Change accuracy of %1").arg(qid)
                                         : tr("Change eval size of %1").arg(qid);
        break;
    }
    case Correct: {
        if (isEmptyValue(value)) {
            eval.correct.reset();
        } else {
            const std::optional<double> number = finiteNumber(value);
            if (!number)
                return false;
            eval.correct = *number;
        }
        description = tr("Change correct answers of %1").arg(qid);
        break;
    }
    default:
        return false;
    }
    if (edited == m_scenario)
        return true;
    // A committed cell is one edit: two commits to the same cell are two undo steps.
    emit scenarioEdited(edited, QString(), description);
    return true;
}

QString EvalsTableModel::newEvalModelId() const
{
    std::string id;
    // The models the pipeline uses need a result most; the last step's usually decides.
    const std::vector<Step> &steps = m_scenario.workload.steps;
    for (auto it = steps.rbegin(); it != steps.rend() && id.empty(); ++it) {
        if (!it->model.empty() && !m_scenario.evals.contains(it->model))
            id = it->model;
    }
    for (const ModelChoice &choice : m_choices) {
        if (!id.empty())
            break;
        if (!m_scenario.evals.contains(choice.id.toStdString()))
            id = choice.id.toStdString();
    }
    for (int n = 1; id.empty(); ++n) {
        const std::string candidate = tr("model %1").arg(n).toStdString();
        if (!m_scenario.evals.contains(candidate))
            id = candidate;
    }
    return QString::fromStdString(id);
}

QString EvalsTableModel::addEval()
{
    const QString qid = newEvalModelId();
    const std::string id = qid.toStdString();
    Scenario edited = m_scenario;
    EvalResult eval;
    // Until measured, a model is assumed to meet the target (as the engine assumes it).
    eval.accuracy = m_scenario.economics.targetAccuracy;
    edited.evals[id] = eval;
    emit scenarioEdited(edited, QString(), tr("Add eval result for %1").arg(qid));
    return qid;
}

bool EvalsTableModel::removeEval(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    Scenario edited = m_scenario;
    edited.evals.erase(m_ids[row]);
    emit scenarioEdited(edited, QString(), tr("Remove eval result for %1").arg(modelId(row)));
    return true;
}

} // namespace fulcrum
