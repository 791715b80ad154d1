#pragma once

#include <QString>

#include "models/tier.h"

namespace fulcrum {

/// How the window and the report write figures, in the current locale (QLocale()).
/// Never "nan" or "inf": a non-finite value is written as an em dash.
namespace DisplayFormat {

/// 1,234 USD; 12.34 USD; 0.00556 USD — enough digits for per-request costs.
QString money(double amount, const QString &currency);
/// A share 0..1 as "81.8 %".
QString percent(double share, int decimals = 1);
/// Percentage points: "+8.2 pts".
QString points(double shareDifference, int decimals = 1);
/// Seconds: "4.23 s", "86,404 s".
QString seconds(double s);
/// A count: "3,041,667".
QString count(double value);

} // namespace DisplayFormat

/// A tier's name as the window shows it ("Standard", "Batch", ...), translated.
QString tierName(Tier tier);

} // namespace fulcrum
