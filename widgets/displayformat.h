#pragma once

#include <QDate>
#include <QString>

#include <string>

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
/// A date written as ISO 8601 in the files ("2026-07-24", or a date and time) in the
/// locale's short form with the whole year: "7/24/2026", "24.07.2026", "2026/7/24". Text
/// that is not such a date ("July 2026", a typo) is returned as it is.
QString date(const QString &iso);
QString date(const std::string &iso);
QString date(const QDate &day);

} // namespace DisplayFormat

/// A tier's name as the window shows it ("Standard", "Batch", ...), translated.
QString tierName(Tier tier);

} // namespace fulcrum
