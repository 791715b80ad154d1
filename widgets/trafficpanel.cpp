#include "widgets/trafficpanel.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

TrafficPanel::TrafficPanel(QWidget *parent)
    : FormPanel(parent)
{
    setWindowTitle(tr("Traffic"));
    using Kind = NumberField::Kind;

    NumberField *requests = addNumber(
        tr("Requests per day:"), Kind::Plain, &Scenario::traffic, &Traffic::requestsPerDay,
        u"traffic.requests_per_day"_s,
        tr("How many requests the feature serves on an average day today."),
        tr("Change requests per day"));
    requests->setUnit(tr("per day"));

    NumberField *growth = addNumber(
        tr("Monthly growth:"), Kind::Percent, &Scenario::traffic, &Traffic::monthlyGrowth,
        u"traffic.monthly_growth"_s,
        tr("By how much the daily volume grows each month, in percent (negative if it shrinks)."),
        tr("Change monthly growth"));
    growth->setUnit(tr("% a month"));

    NumberField *horizon = addNumber(
        tr("Horizon:"), Kind::Integer, &Scenario::traffic, &Traffic::horizonMonths,
        u"traffic.horizon_months"_s,
        tr("How many months the cost and value projection covers."),
        tr("Change horizon"));
    horizon->setUnit(tr("months"));

    NumberField *peak = addNumber(
        tr("Peak-to-average:"), Kind::Plain, &Scenario::traffic, &Traffic::peakToAverage,
        u"traffic.peak_to_average"_s,
        tr("How many times the busiest minute's traffic exceeds the day's average; it decides "
           "the rate limits needed."),
        tr("Change peak-to-average factor"));
    peak->setUnit(u"×"_s);

    addNumber(tr("Can wait (async):"), Kind::Percent, &Scenario::traffic, &Traffic::asyncShare,
              u"traffic.async_share"_s,
              tr("The share of requests that need no immediate answer (back-office jobs, nightly "
                 "summaries): they run on the cheaper batch tier and are left out of latency."),
              tr("Change async share"));
}

} // namespace fulcrum
