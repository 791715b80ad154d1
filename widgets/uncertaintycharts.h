#pragma once

#include <optional>
#include <string>
#include <vector>

#include "models/uncertainty.h"
#include "widgets/chartview.h"

namespace fulcrum {

/// How is one output spread over the Monte Carlo's samples? A histogram of net per month,
/// cost per month or total latency (UncertaintyResults' histograms, 40 equal bins) with
/// dashed lines at P5, P50 and P95; net per month also marks 0 (break even), latency the
/// budget.
///
/// shownSeries(): one series "samples": x the bins' centres (money in the scenario's
/// currency, or seconds), y the number of samples in each bin.
class UncertaintyHistogramChart : public ChartView
{
    Q_OBJECT

public:
    enum class Quantity { NetPerMonth, CostPerMonth, LatencyTotal };

    explicit UncertaintyHistogramChart(Quantity quantity, QWidget *parent = nullptr);

    Quantity quantity() const { return m_quantity; }
    /// Shows the quantity's histogram and percentiles; budgetS is the latency budget (the
    /// latency chart marks it). An unknown latency shows a note.
    void showUncertainty(const UncertaintyResults &results, const std::string &currency, double budgetS);

protected:
    void rebuild(const Scenario &scenario, const Results &results) override;

private:
    Quantity m_quantity;
    std::optional<UncertaintyResults> m_results;
    std::string m_currency;
    double m_budgetS = 0;
};

/// Which ranged inputs matter? A tornado: one horizontal bar per sampled input, from the
/// output at its point value to the output with that input alone at its low and at its high
/// end (every other input at its point value), the largest swing on top. Net per month
/// takes UncertaintyResults::sensitivity's order, latency sortedByLatencySwing().
///
/// shownSeries(): "input low" and "input high": x the bar's row (0 = top, in the order
/// shown), y the output (money, or seconds) with the input at that end. Entries without a
/// known latency are left out of the latency tornado.
class TornadoChart : public ChartView
{
    Q_OBJECT

public:
    enum class Measure { NetPerMonth, LatencyTotal };

    explicit TornadoChart(Measure measure, QWidget *parent = nullptr);

    Measure measure() const { return m_measure; }
    /// pointValue: the output at every input's point value (results.business.netPerMonth,
    /// or results.latency.totalS), where the bars start.
    /// scenario names the inputs (inputLabel()).
    void showUncertainty(const UncertaintyResults &results, const Scenario &scenario, const std::string &currency,
                         double pointValue);
    /// The inputs' paths in the order shown, top first.
    std::vector<std::string> shownInputs() const;

protected:
    void rebuild(const Scenario &scenario, const Results &results) override;

private:
    std::vector<SensitivityEntry> shownEntries() const;

    Measure m_measure;
    std::optional<UncertaintyResults> m_results;
    Scenario m_scenario;
    std::string m_currency;
    double m_pointValue = 0;
};

} // namespace fulcrum
