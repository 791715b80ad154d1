#pragma once

namespace fulcrum {

/// A month is 365/12 days.
inline constexpr double DaysPerMonth = 365.0 / 12.0;

/// The z of a two-sided 95 % interval.
inline constexpr double Z95 = 1.959963984540054;

struct Interval
{
    double low = 0;
    double high = 0;

    bool operator==(const Interval &) const = default;
};

/// F = E + q·L: what one failure costs (an escalation plus the expected churn).
double failureCost(double costPerEscalation, double churnRatePerFailure, double costPerChurn);

/// p* = (F + c) / (S + F): the accuracy at which a case nets zero. Above 1 it never breaks
/// even. S + F must be positive.
double breakEvenAccuracy(double valuePerSuccess, double failureCost, double llmCostPerCase);

/// p·S − (1 − p)·F − c.
double netPerCase(double accuracy, double valuePerSuccess, double failureCost, double llmCostPerCase);

/// The 95 % (or other z) Wilson score interval of an accuracy measured on n examples.
Interval wilsonInterval(double accuracy, double n, double z = Z95);

/// I_x(a, b), the regularized incomplete beta function (the Beta distribution's CDF).
double regularizedIncompleteBeta(double a, double b, double x);

/// The probability that the true accuracy is above threshold after `correct` successes in
/// n examples, under a uniform prior (posterior Beta(correct + 1, n − correct + 1)).
double probabilityAbove(double threshold, double correct, double n);

} // namespace fulcrum
