#include "app/resultssummary.h"

#include <QCoreApplication>
#include <QLocale>

#include "models/tier.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Summary", text);
}

QString percent(double share)
{
    return QLocale(QLocale::English).toString(share * 100.0, 'f', 1) + u" %"_s;
}

QString money(double amount, const QString &currency)
{
    const QLocale locale(QLocale::English);
    const double magnitude = std::abs(amount);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 1 ? 2 : 5;
    return (amount < 0 ? u"−"_s : QString()) + locale.toString(magnitude, 'f', decimals) + u" "_s + currency;
}

QString seconds(double s)
{
    return QLocale(QLocale::English).toString(s, 'f', 2) + u" s"_s;
}

} // namespace

QString resultsSummary(const Scenario &scenario, const Results &r)
{
    const QString currency = QString::fromStdString(r.currency);
    const BusinessResults &b = r.business;
    QString text = QString::fromStdString(scenario.title) + u"\n"_s;

    QString accuracy = percent(b.accuracy);
    if (b.accuracyBasis == AccuracyBasis::AssumedTarget)
        accuracy = tr("an assumed %1 (no eval result)").arg(accuracy);
    else if (b.wilson95)
        accuracy = tr("%1 measured (95 % interval %2 to %3 on %4 examples)")
                       .arg(accuracy, percent(b.wilson95->low), percent(b.wilson95->high))
                       .arg(b.evalSize);
    text += tr("Break-even accuracy %1; at %2 the margin is %3 points.")
                .arg(percent(b.breakEven), accuracy,
                     QLocale(QLocale::English).toString(b.margin * 100.0, 'f', 1))
            + u"\n"_s;
    text += tr("Net %1 per month on %2 cases (%3 per case).")
                .arg(money(b.netPerMonth, currency),
                     QLocale(QLocale::English).toString(b.casesPerMonth, 'f', 0),
                     money(b.netPerCase, currency))
            + u"\n"_s;
    text += tr("LLM cost %1 per request, %2 per day, %3 per month; %4 over %5 months of growth.")
                .arg(money(r.cost.perRequest, currency), money(r.cost.perDay, currency),
                     money(r.cost.perMonth, currency), money(r.cost.perHorizon, currency))
                .arg(r.projection.size())
            + u"\n"_s;
    const LatencyResults &l = r.latency;
    if (!l.known)
        text += tr("Latency unknown: a model on the synchronous path has no latency figures.") + u"\n"_s;
    else if (l.hasSyncPath)
        text += tr("First token after %1, whole answer after %2 (%3 at the slowest hour) against a %4 budget: %5.")
                    .arg(seconds(l.firstTokenS), seconds(l.totalS), seconds(l.totalSlowestS), seconds(l.budgetS),
                         l.withinBudgetSlowest ? tr("holds even at the slowest hour")
                         : l.withinBudget      ? tr("holds typically, not at the slowest hour")
                                               : tr("over budget"))
                + u"\n"_s;
    if (const Alternative *best = r.bestFeasibleAlternative())
        text += (best->savingPerMonth >= 0
                     ? tr("Best feasible alternative for %1: %2 on the %3 tier%4, saving %5 per month.")
                     : tr("Best feasible alternative for %1: %2 on the %3 tier%4, costing %5 more per month "
                          "for a higher net."))
                    .arg(QString::fromStdString(r.alternativesApplyTo), QString::fromStdString(best->model),
                         QString::fromUtf8(tierKey(best->tier).data(), tierKey(best->tier).size()),
                         best->caching ? tr(" with prompt caching") : QString(),
                         money(std::abs(best->savingPerMonth), currency))
                + u"\n"_s;
    else
        text += tr("No feasible alternative meets the accuracy target and the budget.") + u"\n"_s;
    return text;
}

} // namespace fulcrum
