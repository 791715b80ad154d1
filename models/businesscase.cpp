#include "models/businesscase.h"

#include <algorithm>
#include <cmath>

namespace fulcrum {

double failureCost(double costPerEscalation, double churnRatePerFailure, double costPerChurn)
{
    return costPerEscalation + churnRatePerFailure * costPerChurn;
}

double breakEvenAccuracy(double valuePerSuccess, double failureCost, double llmCostPerCase)
{
    return (failureCost + llmCostPerCase) / (valuePerSuccess + failureCost);
}

double netPerCase(double accuracy, double valuePerSuccess, double failureCost, double llmCostPerCase)
{
    return accuracy * valuePerSuccess - (1.0 - accuracy) * failureCost - llmCostPerCase;
}

Interval wilsonInterval(double p, double n, double z)
{
    if (n <= 0)
        return {0.0, 1.0};
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

namespace {

// Continued fraction for the incomplete beta function (modified Lentz's method).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr int MaxIterations = 300;
    constexpr double Epsilon = 1e-15;
    constexpr double Tiny = 1e-300;
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < Tiny)
        d = Tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= MaxIterations; ++m) {
        const int m2 = 2 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < Tiny)
            d = Tiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < Tiny)
            c = Tiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < Tiny)
            d = Tiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < Tiny)
            c = Tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < Epsilon)
            break;
    }
    return h;
}

} // namespace

double regularizedIncompleteBeta(double a, double b, double x)
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b)
                            + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(logFront);
    // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use symmetry otherwise.
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double probabilityAbove(double threshold, double correct, double n)
{
    return 1.0 - regularizedIncompleteBeta(correct + 1.0, n - correct + 1.0, threshold);
}

} // namespace fulcrum
