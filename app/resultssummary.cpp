#include "app/resultssummary.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include "models/tier.h"
#include "widgets/displayformat.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

/// The translation context of this file's text (lupdate reads `SummaryText::tr`).
struct SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(SummaryText)
};

QString percent(double share)
{
    return DisplayFormat::percent(share, 1);
}

QString money(double amount, const QString &currency)
{
    const QLocale locale;
    const double magnitude = std::abs(amount);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 1 ? 2 : 5;
    return (amount < 0 ? u"−"_s : QString()) + locale.toString(magnitude, 'f', decimals) + u" "_s + currency;
}

QString seconds(double s)
{
    return QCoreApplication::translate("DisplayFormat", "%1 s", "seconds").arg(QLocale().toString(s, 'f', 2));
}

} // namespace

QString resultsSummary(const Scenario &scenario, const Results &r)
{
    const QString currency = QString::fromStdString(r.currency);
    const BusinessResults &b = r.business;
    QString text = QString::fromStdString(scenario.title) + u"\n"_s;

    QString accuracy = percent(b.accuracy);
    if (b.accuracyBasis == AccuracyBasis::AssumedTarget)
        accuracy = SummaryText::tr("an assumed %1 (no eval result)").arg(accuracy);
    else if (b.wilson95)
        accuracy = SummaryText::tr("%1 measured (95 % interval %2 to %3 on %4 examples)")
                       .arg(accuracy, percent(b.wilson95->low), percent(b.wilson95->high))
                       .arg(b.evalSize);
    text += SummaryText::tr("Break-even accuracy %1; at %2 the margin is %3 points.")
                .arg(percent(b.breakEven), accuracy,
                     QLocale().toString(b.margin * 100.0, 'f', 1))
            + u"\n"_s;
    text += SummaryText::tr("Net %1 per month on %2 cases (%3 per case).")
                .arg(money(b.netPerMonth, currency),
                     QLocale().toString(b.casesPerMonth, 'f', 0),
                     money(b.netPerCase, currency))
            + u"\n"_s;
    text += SummaryText::tr("LLM cost %1 per request, %2 per day, %3 per month; %4 over %5 months of growth.")
                .arg(money(r.cost.perRequest, currency), money(r.cost.perDay, currency),
                     money(r.cost.perMonth, currency), money(r.cost.perHorizon, currency))
                .arg(r.projection.size())
            + u"\n"_s;
    const LatencyResults &l = r.latency;
    if (!l.known)
        text += SummaryText::tr("Latency unknown: a model on the synchronous path has no latency figures.") + u"\n"_s;
    else if (l.hasSyncPath)
        text += SummaryText::tr("First token after %1, whole answer after %2 (%3 at the slowest hour) against a %4 budget: %5.")
                    .arg(seconds(l.firstTokenS), seconds(l.totalS), seconds(l.totalSlowestS), seconds(l.budgetS),
                         l.withinBudgetSlowest ? SummaryText::tr("holds even at the slowest hour")
                         : l.withinBudget      ? SummaryText::tr("holds typically, not at the slowest hour")
                                               : SummaryText::tr("over budget"))
                + u"\n"_s;
    // Only a move that raises the net is worth naming: a cheaper candidate can lose far more
    // in accuracy than it saves.
    if (const Alternative *best = r.bestImprovingAlternative())
        text += (best->savingPerMonth >= 0
                     ? SummaryText::tr("Best feasible alternative for %1: %2 on the %3 tier%4, saving %5 per month "
                          "and netting %6 more.")
                     : SummaryText::tr("Best feasible alternative for %1: %2 on the %3 tier%4, costing %5 more per month "
                          "and netting %6 more."))
                    .arg(QString::fromStdString(r.alternativesApplyTo), QString::fromStdString(best->model),
                         QLocale().toLower(tierName(best->tier)),
                         best->caching ? SummaryText::tr(" with prompt caching") : QString(),
                         money(std::abs(best->savingPerMonth), currency), money(*best->netGainPerMonth, currency))
                + u"\n"_s;
    else if (r.bestFeasibleAlternative())
        text += SummaryText::tr("No alternative that meets the accuracy target and the budget raises the net per month.")
                + u"\n"_s;
    else
        text += SummaryText::tr("No feasible alternative meets the accuracy target and the budget.") + u"\n"_s;
    return withoutSpacesBetweenHan(text);
}

QStringList executiveSummary(const Scenario &scenario, const Results &r)
{
    namespace F = DisplayFormat;
    const QString currency = QString::fromStdString(r.currency);
    const BusinessResults &b = r.business;
    QStringList sentences;

    // Accuracy against break-even, and what that nets.
    const QString margin = QLocale().toString(std::abs(b.margin) * 100.0, 'f', 1);
    QString accuracy;
    if (b.accuracyBasis == AccuracyBasis::AssumedTarget)
        accuracy = SummaryText::tr("At an assumed %1 accuracy (%2 has no eval result)")
                       .arg(F::percent(b.accuracy), QString::fromStdString(b.accuracyModel));
    else if (b.wilson95)
        accuracy = SummaryText::tr("At %1 measured accuracy (±%2 points on %3 examples)")
                       .arg(F::percent(b.accuracy),
                            QLocale().toString((b.wilson95->high - b.wilson95->low) / 2 * 100.0, 'f', 1),
                            F::count(b.evalSize));
    else
        accuracy = SummaryText::tr("At %1 measured accuracy").arg(F::percent(b.accuracy));
    const QString net = b.netPerMonth >= 0 ? SummaryText::tr("nets %1 per month").arg(F::money(b.netPerMonth, currency))
                                           : SummaryText::tr("loses %1 per month").arg(F::money(-b.netPerMonth, currency));
    if (b.breakEven > 1)
        sentences << SummaryText::tr("%1 the case cannot break even: each request's LLM cost is more than a success is "
                        "worth, and it %2.")
                         .arg(accuracy, net);
    else
        sentences << (b.margin >= 0 ? SummaryText::tr("%1 the case is %2 points above its %3 break-even and %4.")
                                    : SummaryText::tr("%1 the case is %2 points below its %3 break-even and %4."))
                         .arg(accuracy, margin, F::percent(b.breakEven), net);
    // DESIGN.md's p* is per case; fixed costs move the point where the month breaks even.
    if (scenario.economics.monthlyFixedCosts > 0 && b.breakEven <= 1) {
        const QString fixedCosts = F::money(scenario.economics.monthlyFixedCosts, currency);
        if (b.breakEvenWithFixedCosts > 1)
            sentences << SummaryText::tr("With %1 of fixed costs per month no accuracy breaks even at this traffic.").arg(fixedCosts);
        else
            sentences << SummaryText::tr("With %1 of fixed costs per month the month breaks even at %2 accuracy (%3 points %4).")
                             .arg(fixedCosts, F::percent(b.breakEvenWithFixedCosts),
                                  QLocale().toString(std::abs(b.accuracy - b.breakEvenWithFixedCosts) * 100.0, 'f', 1),
                                  b.accuracy >= b.breakEvenWithFixedCosts ? SummaryText::tr("above it") : SummaryText::tr("below it"));
    }
    // Whole sentences for each case: a language may not say "is over 99.9 %" by putting a
    // word before the figure (Chinese "概率超过", not "概率为超过").
    if (b.probabilityAboveBreakEven && b.accuracyBasis == AccuracyBasis::Eval) {
        const double p = *b.probabilityAboveBreakEven;
        if (p > 0.999)
            sentences << SummaryText::tr("Given the eval's size, the chance that the true accuracy is above break-even "
                            "is over %1.")
                             .arg(F::percent(0.999));
        else if (p < 0.001)
            sentences << SummaryText::tr("Given the eval's size, the chance that the true accuracy is above break-even "
                            "is under %1.")
                             .arg(F::percent(0.001));
        else
            sentences << SummaryText::tr("Given the eval's size, the chance that the true accuracy is above break-even "
                            "is %1.")
                             .arg(F::percent(p));
    }

    // Latency against the budget.
    const LatencyResults &l = r.latency;
    if (!l.hasSyncPath)
        sentences << SummaryText::tr("Every step runs on the batch tier, so no user waits on the pipeline.");
    else if (!l.known)
        sentences << SummaryText::tr("The latency is unknown: a model on the synchronous path has no latency figures.");
    else
        sentences << SummaryText::tr("The pipeline answers in %1 (%2 at the slowest hour) against a %3 budget, the first "
                        "token after %4: %5.")
                         .arg(F::seconds(l.totalS), F::seconds(l.totalSlowestS), F::seconds(l.budgetS),
                              F::seconds(l.firstTokenS),
                              l.withinBudgetSlowest ? SummaryText::tr("the budget holds even at the slowest hour")
                              : l.withinBudget      ? SummaryText::tr("the budget holds typically but not at the slowest hour")
                                                    : SummaryText::tr("over budget"));

    // Cost now and over the horizon.
    sentences << SummaryText::tr("The LLM costs %1 per request, %2 per month now and %3 over the %4-month horizon at %5 "
                    "monthly growth.")
                     .arg(F::money(r.cost.perRequest, currency), F::money(r.cost.perMonth, currency),
                          F::money(r.cost.perHorizon, currency), QString::number(r.projection.size()),
                          F::percent(scenario.traffic.monthlyGrowth));

    // What is cheaper and still meets the target and the budget.
    const auto describe = [](const Alternative &a) {
        QString text = SummaryText::tr("%1 on the %2 tier").arg(QString::fromStdString(a.model), tierName(a.tier).toLower());
        if (a.caching)
            text = SummaryText::tr("%1 with prompt caching").arg(text);
        return text;
    };
    const QString where = r.alternativesApplyTo == "all"
                              ? SummaryText::tr("every step")
                              : SummaryText::tr("the %1 step").arg(QString::fromStdString(r.alternativesApplyTo));
    // The move to suggest raises the net per month, not only saves: a cheaper candidate whose
    // accuracy is lower can lose far more in failures than it saves in LLM cost.
    const Alternative *best = r.bestImprovingAlternative();
    const Alternative *cheapest = r.cheapestFeasibleAlternative();
    if (best && best->savingPerMonth > 0)
        sentences << SummaryText::tr("Moving %1 to %2 would save %3 per month, raise the net by %4 per month and still "
                        "meet the accuracy target, break-even and the budget.")
                         .arg(where, describe(*best), F::money(best->savingPerMonth, currency),
                              F::money(*best->netGainPerMonth, currency));
    else if (best)
        sentences << SummaryText::tr("Moving %1 to %2 would raise the net by %3 per month for %4 more in LLM cost, and "
                        "still meet the accuracy target, break-even and the budget.")
                         .arg(where, describe(*best), F::money(*best->netGainPerMonth, currency),
                              F::money(-best->savingPerMonth, currency));
    else if (cheapest)
        sentences << SummaryText::tr("No alternative that meets the accuracy target, break-even and the budget raises "
                        "the net per month.");
    else
        sentences << SummaryText::tr("No alternative in the catalog meets the accuracy target, break-even and the budget.");
    // What is cheaper: the cheapest move that still raises the net, or else what the cheapest
    // one that meets the target would cost in net.
    if (const Alternative *cheaper = r.cheapestImprovingAlternative(); cheaper && cheaper != best)
        sentences << SummaryText::tr("The cheapest alternative that also raises the net is %1: it saves %2 per month and "
                        "nets %3 more.")
                         .arg(describe(*cheaper), F::money(cheaper->savingPerMonth, currency),
                              F::money(*cheaper->netGainPerMonth, currency));
    else if (cheapest && cheapest->savingPerMonth > 0 && !r.improvesNet(*cheapest) && cheapest->netGainPerMonth)
        sentences << SummaryText::tr("The cheapest alternative that meets them, %1, would save %2 per month but net %3 "
                        "less.")
                         .arg(describe(*cheapest), F::money(cheapest->savingPerMonth, currency),
                              F::money(-*cheapest->netGainPerMonth, currency));

    // Rate limits that bind within the horizon.
    for (const RateLimitResult &limit : r.rateLimits) {
        if (!limit.firstMonthOverLimit)
            continue;
        if (*limit.firstMonthOverLimit == 0)
            sentences << SummaryText::tr("%1 is over its rate limit at peak traffic already.").arg(QString::fromStdString(limit.model));
        else
            sentences << SummaryText::tr("%1 reaches its rate limit at peak traffic in month %2.")
                             .arg(QString::fromStdString(limit.model), QString::number(*limit.firstMonthOverLimit + 1));
    }
    for (QString &sentence : sentences)
        sentence = withoutSpacesBetweenHan(sentence);
    return sentences;
}

QString withoutSpacesBetweenHan(QString text)
{
    // A space on both sides of which Chinese is written: "（标准 服务层级）", a Chinese
    // step name before "步骤". Latin names and figures keep their spaces ("answer 步骤").
    static const QRegularExpression between(u"(?<=[\\p{Han}\\x{3000}-\\x{303F}\\x{FF01}-\\x{FF60}]) "
                                            "(?=[\\p{Han}\\x{3000}-\\x{303F}\\x{FF01}-\\x{FF60}])"_s);
    return text.replace(between, QString());
}

} // namespace fulcrum
