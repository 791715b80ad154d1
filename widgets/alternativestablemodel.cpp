#include "widgets/alternativestablemodel.h"

#include <bit>
#include <cmath>

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QStringList>

#include "widgets/displayformat.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

bool sameRows(const std::vector<Alternative> &a, const std::vector<Alternative> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].model != b[i].model || a[i].tier != b[i].tier || a[i].caching != b[i].caching)
            return false;
    }
    return true;
}

/// Money per month; an amount that rounds to nothing is written as a plain 0 (the
/// scenario's own row saves nothing).
QString monthlyMoney(double amount, const QString &currency)
{
    if (std::abs(amount) < 0.005)
        return QLocale().toString(0) + u' ' + currency;
    return DisplayFormat::money(amount, currency);
}

QVariant optionalDouble(bool known, double value)
{
    return known ? QVariant(value) : QVariant();
}

} // namespace

AlternativesTableModel::AlternativesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AlternativesTableModel::setResults(const Results &results)
{
    const QString currency = QString::fromStdString(results.currency);
    // Recomputed on every keystroke: while the ranking keeps its order, refresh the figures
    // in place so that the selection and the scroll position stay.
    if (sameRows(m_alternatives, results.alternatives) && currency == m_currency) {
        if (m_alternatives == results.alternatives)
            return;
        m_alternatives = results.alternatives;
        if (!m_alternatives.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_alternatives = results.alternatives;
    m_currency = currency;
    endResetModel();
}

const Alternative *AlternativesTableModel::alternative(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_alternatives[static_cast<std::size_t>(row)];
}

QString AlternativesTableModel::verdictText(const Alternative &a)
{
    if (a.feasible)
        return tr("Feasible");
    QStringList reasons;
    if (a.reasons & BelowTarget)
        reasons << tr("below target");
    if (a.reasons & BelowBreakEven)
        reasons << tr("below break-even");
    if (a.reasons & OverBudget)
        reasons << tr("over budget");
    if (a.reasons & LatencyUnknown)
        reasons << tr("latency unknown");
    if (a.reasons & AccuracyUnmeasured)
        reasons << tr("accuracy unmeasured");
    if (a.reasons & ContextExceeded)
        reasons << tr("context too small");
    if (reasons.isEmpty())
        return tr("Not feasible");
    return reasons.join(u", "_s);
}

int AlternativesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alternatives.size());
}

int AlternativesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlternativesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Alternative &a = m_alternatives[static_cast<std::size_t>(row)];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(a, row, column);
    case Qt::ToolTipRole:
        return toolTipData(a, column);
    case Qt::TextAlignmentRole:
        switch (column) {
        case Model:
        case Provider:
        case ServiceTier:
        case Verdict:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case Caching:
        case Pareto:
            return QVariant(Qt::AlignCenter);
        default:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
    case Qt::FontRole:
        if (a.current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!a.feasible)
            return QGuiApplication::palette().color(QPalette::Active, QPalette::PlaceholderText);
        return {};
    case SortRole:
        return sortData(a, row, column);
    case FilterTextRole:
        return QString::fromStdString(a.model) + u' ' + QString::fromStdString(a.provider);
    case FeasibleRole:
        return a.feasible;
    case ParetoRole:
        return a.pareto;
    case CachingRole:
        return a.caching;
    case TierRole:
        return tierIndex(a.tier);
    case CurrentRole:
        return a.current;
    case AlternativeIndexRole:
        return row;
    default:
        return {};
    }
}

QVariant AlternativesTableModel::displayData(const Alternative &a, int row, int column) const
{
    switch (column) {
    case Rank:
        return QString::number(row + 1);
    case Model:
        return QString::fromStdString(a.model);
    case Provider:
        return QString::fromStdString(a.provider);
    case ServiceTier:
        return tierName(a.tier);
    case Caching:
        return a.caching ? tr("Yes") : tr("No");
    case CostPerMonth:
        return monthlyMoney(a.costPerMonth, m_currency);
    case SavingPerMonth:
        return monthlyMoney(a.savingPerMonth, m_currency);
    case LatencyTypical:
        return a.latencyKnown ? DisplayFormat::seconds(a.latencyTotalS) : tr("unknown");
    case LatencySlowest:
        return a.latencyKnown ? DisplayFormat::seconds(a.latencyTotalSlowestS) : tr("unknown");
    case Accuracy:
        if (!a.accuracy)
            return tr("unmeasured");
        if (a.accuracyBasis == AccuracyBasis::Unchanged)
            return tr("%1 (unchanged)").arg(DisplayFormat::percent(*a.accuracy));
        return DisplayFormat::percent(*a.accuracy);
    case BreakEven:
        return a.breakEven > 1.0 ? tr("never") : DisplayFormat::percent(a.breakEven);
    case NetPerMonth:
        return a.netPerMonth ? monthlyMoney(*a.netPerMonth, m_currency) : u"—"_s;
    case Verdict:
        return verdictText(a);
    case Pareto:
        return a.pareto ? u"◆"_s : QString();
    default:
        return {};
    }
}

QVariant AlternativesTableModel::sortData(const Alternative &a, int row, int column) const
{
    switch (column) {
    case Rank:
        return row + 1;
    case Model:
        return QString::fromStdString(a.model);
    case Provider:
        return QString::fromStdString(a.provider);
    case ServiceTier:
        return tierIndex(a.tier);
    case Caching:
        return a.caching ? 1 : 0;
    case CostPerMonth:
        return a.costPerMonth;
    case SavingPerMonth:
        return a.savingPerMonth;
    case LatencyTypical:
        return optionalDouble(a.latencyKnown, a.latencyTotalS);
    case LatencySlowest:
        return optionalDouble(a.latencyKnown, a.latencyTotalSlowestS);
    case Accuracy:
        return optionalDouble(a.accuracy.has_value(), a.accuracy.value_or(0.0));
    case BreakEven:
        return a.breakEven;
    case NetPerMonth:
        return optionalDouble(a.netPerMonth.has_value(), a.netPerMonth.value_or(0.0));
    case Verdict:
        // Feasible first, then by how many reasons stand in the way.
        return a.feasible ? 0 : 1 + std::popcount(a.reasons);
    case Pareto:
        return a.pareto ? 0 : 1;
    default:
        return {};
    }
}

QVariant AlternativesTableModel::toolTipData(const Alternative &a, int column) const
{
    switch (column) {
    case Model:
    case Rank:
        if (a.current)
            return tr("The scenario as written");
        return {};
    case Caching:
        return a.caching ? tr("With prompt caching") : tr("Without prompt caching");
    case SavingPerMonth:
        return a.savingPerMonth >= 0 ? tr("Cheaper than the scenario by this much per month")
                                     : tr("Dearer than the scenario by this much per month");
    case LatencyTypical:
    case LatencySlowest:
        if (!a.latencyKnown)
            return tr("A model on the synchronous path has no latency figures");
        return tr("First token after %1; whole answer after %2 (%3 at the slowest hour)")
            .arg(DisplayFormat::seconds(a.latencyFirstTokenS), DisplayFormat::seconds(a.latencyTotalS),
                 DisplayFormat::seconds(a.latencyTotalSlowestS));
    case Accuracy:
        switch (a.accuracyBasis) {
        case AccuracyBasis::Unchanged:
            return tr("An earlier step changes: the final step's accuracy is assumed unchanged");
        case AccuracyBasis::Unmeasured:
            return tr("No eval result for %1").arg(QString::fromStdString(a.model));
        case AccuracyBasis::AssumedTarget:
            return tr("No eval result: the target accuracy is assumed");
        case AccuracyBasis::Eval:
            return tr("From the eval of %1").arg(QString::fromStdString(a.model));
        }
        return {};
    case BreakEven:
        if (a.breakEven > 1.0)
            return tr("Break-even accuracy %1: no accuracy breaks even")
                .arg(DisplayFormat::percent(a.breakEven));
        return tr("The accuracy at which the feature pays for itself");
    case NetPerMonth:
        if (!a.netPerMonth)
            return tr("Unknown without an eval result for %1").arg(QString::fromStdString(a.model));
        return {};
    case Verdict:
        return a.feasible ? tr("Accurate enough and within the latency budget") : verdictText(a);
    case Pareto:
        return a.pareto ? tr("On the Pareto front: no other candidate is cheaper, faster and more "
                             "accurate at once")
                        : QVariant();
    default:
        return {};
    }
}

QVariant AlternativesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Rank:
            return tr("Rank");
        case Model:
            return tr("Model");
        case Provider:
            return tr("Provider");
        case ServiceTier:
            return tr("Tier");
        case Caching:
            return tr("Caching");
        case CostPerMonth:
            return tr("Cost\nper month");
        case SavingPerMonth:
            return tr("Saving\nper month");
        case LatencyTypical:
            return tr("Latency\n(typical)");
        case LatencySlowest:
            return tr("Latency\n(slowest)");
        case Accuracy:
            return tr("Accuracy");
        case BreakEven:
            return tr("Break-even");
        case NetPerMonth:
            return tr("Net\nper month");
        case Verdict:
            return tr("Verdict");
        case Pareto:
            return tr("Pareto");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Rank:
            return tr("Ranked by net per month, then by cost");
        case LatencyTypical:
            return tr("The pipeline's whole answer at typical speed");
        case LatencySlowest:
            return tr("The pipeline's whole answer at the provider's busiest hour");
        case Accuracy:
            return tr("The final step's eval accuracy");
        case BreakEven:
            return tr("The accuracy needed to break even at this cost");
        case Verdict:
            return tr("Feasible: accuracy at least the target and break-even, latency within budget");
        case Pareto:
            return tr("On the front of cost × latency × accuracy");
        default:
            return {};
        }
    }
    return {};
}

} // namespace fulcrum
