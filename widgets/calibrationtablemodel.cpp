#include "widgets/calibrationtablemodel.h"

#include <QLocale>

#include "widgets/displayformat.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

CalibrationTableModel::CalibrationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CalibrationTableModel::setFits(const std::vector<LatencyFit> &fits)
{
    beginResetModel();
    m_fits = fits;
    for (LatencyFit &fit : m_fits)
        fit.points.clear();
    endResetModel();
}

int CalibrationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fits.size());
}

int CalibrationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalibrationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LatencyFit &fit = m_fits[static_cast<std::size_t>(index.row())];
    const QLocale locale;
    const QString none = u"—"_s;
    const bool fitted = fit.n > 0;
    const bool usable = fit.usable();
    if (role == Qt::TextAlignmentRole)
        return index.column() == Model || index.column() == Source ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TtftS:
            return fit.inputVaries ? tr("TTFT = %1 + %2 s per input token")
                                         .arg(DisplayFormat::seconds(fit.ttftS))
                                         .arg(fit.ttftSPerInputToken, 0, 'g', 3)
                                   : tr("Every run had the same input length: the median TTFT, not fitted "
                                        "against input");
        case Mape:
        case ErrorP50S:
        case ErrorP90S:
            return tr("Predicted against measured end-to-end latency on the %n fitted runs", nullptr,
                      static_cast<int>(fit.fit.n));
        case HoldoutMape:
            return fit.holdout ? tr("On %n held-out runs the fit did not see", nullptr, static_cast<int>(fit.holdout->n))
                               : tr("No runs held out");
        case Source:
            return fit.asOf.empty() ? tr("Run date unknown") : tr("Run on %1").arg(DisplayFormat::date(fit.asOf));
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Model:
        return QString::fromStdString(fit.model);
    case Runs:
        return locale.toString(static_cast<qulonglong>(fit.n));
    case Failed:
        return locale.toString(static_cast<qulonglong>(fit.errorsSkipped));
    case HeldOut:
        return locale.toString(static_cast<qulonglong>(fit.heldOut));
    case TtftS:
        return fitted ? DisplayFormat::seconds(fit.ttftS) : none;
    case PrefillTokensPerS:
        return fit.ttftSPerInputToken > 0 ? DisplayFormat::count(1.0 / fit.ttftSPerInputToken)
                                          : (fitted && !fit.inputVaries ? tr("not varied") : none);
    case OutputTokensPerS:
        return fit.outputTokensPerS ? locale.toString(*fit.outputTokensPerS, 'f', 1) : none;
    case OutputTokensPerSSlowest:
        return fit.outputTokensPerSSlowest ? locale.toString(*fit.outputTokensPerSSlowest, 'f', 1) : none;
    case Mape:
        return usable ? DisplayFormat::percent(fit.fit.mape) : none;
    case ErrorP50S:
        return usable ? DisplayFormat::seconds(fit.fit.absErrorP50S) : none;
    case ErrorP90S:
        return usable ? DisplayFormat::seconds(fit.fit.absErrorP90S) : none;
    case HoldoutMape:
        return fit.holdout ? DisplayFormat::percent(fit.holdout->mape) : none;
    case Source: {
        QStringList sources;
        for (const std::string &s : fit.sources)
            sources << QString::fromStdString(s);
        return sources.join(u", "_s) + (fit.asOf.empty() ? QString() : u" ("_s + DisplayFormat::date(fit.asOf) + u")"_s);
    }
    default:
        return {};
    }
}

QVariant CalibrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TtftS:
            return tr("a: the time to first token before input is counted (the median of TTFT − b × input)");
        case PrefillTokensPerS:
            return tr("1 / b, where TTFT = a + b × input tokens, fitted by non-negative least squares");
        case OutputTokensPerS:
            return tr("1 / the median time between tokens, (end-to-end − TTFT) / (output tokens − 1)");
        case OutputTokensPerSSlowest:
            return tr("1 / the 90th percentile of the time between tokens");
        case Mape:
            return tr("Median absolute percentage error of the predicted end-to-end latency");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Model:
        return tr("Model / endpoint");
    case Runs:
        return tr("Runs");
    case Failed:
        return tr("Failed");
    case HeldOut:
        return tr("Held out");
    case TtftS:
        return tr("TTFT");
    case PrefillTokensPerS:
        return tr("Prefill tok/s");
    case OutputTokensPerS:
        return tr("Output tok/s");
    case OutputTokensPerSSlowest:
        return tr("Slowest tok/s");
    case Mape:
        return tr("Error (median %)");
    case ErrorP50S:
        return tr("Error p50");
    case ErrorP90S:
        return tr("Error p90");
    case HoldoutMape:
        return tr("Held-out error");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace fulcrum
