#include "widgets/displayformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fulcrum::DisplayFormat {

namespace {

const QString Dash = u"—"_s;

} // namespace

QString money(double amount, const QString &currency)
{
    if (!std::isfinite(amount))
        return Dash;
    const double magnitude = std::abs(amount);
    const int decimals = magnitude >= 100 ? 0 : (magnitude >= 1 || magnitude == 0) ? 2 : magnitude >= 0.01 ? 4 : 6;
    QString text = QLocale().toString(magnitude, 'f', decimals);
    if (decimals > 2 && magnitude > 0) {
        // Trim trailing zeros of small amounts (0.005560 → 0.00556) but keep two decimals.
        const QChar point = QLocale().decimalPoint().front();
        while (text.endsWith(u'0') && text.size() - text.indexOf(point) > 3)
            text.chop(1);
    }
    // No sign on what rounds to zero ("−0.00").
    const bool zero = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return !c.isDigit() || c == u'0'; });
    return (amount < 0 && !zero ? u"−"_s : QString()) + text + u" "_s + currency;
}

QString percent(double share, int decimals)
{
    if (!std::isfinite(share))
        return Dash;
    return QCoreApplication::translate("DisplayFormat", "%1 %", "a percentage")
        .arg(QLocale().toString(share * 100.0, 'f', decimals));
}

QString points(double shareDifference, int decimals)
{
    if (!std::isfinite(shareDifference))
        return Dash;
    const QString number = QLocale().toString(std::abs(shareDifference) * 100.0, 'f', decimals);
    return QCoreApplication::translate("DisplayFormat", "%1 pts", "percentage points, with their sign")
        .arg((shareDifference < 0 ? u"−"_s : u"+"_s) + number);
}

QString seconds(double s)
{
    if (!std::isfinite(s))
        return Dash;
    return QCoreApplication::translate("DisplayFormat", "%1 s", "seconds")
        .arg(QLocale().toString(s, 'f', s >= 100 ? 0 : 2));
}

QString count(double value)
{
    if (!std::isfinite(value))
        return Dash;
    return QLocale().toString(value, 'f', 0);
}

QString date(const QString &iso)
{
    const QString trimmed = iso.trimmed();
    QDate day;
    if (trimmed.size() == 10)
        day = QDate::fromString(trimmed, Qt::ISODate);
    else if (trimmed.size() > 10)
        day = QDateTime::fromString(trimmed, Qt::ISODate).date();
    return day.isValid() ? date(day) : iso;
}

QString date(const QDate &day)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // Short formats with a two-digit year ("M/d/yy") get the whole year: a catalog's or a
    // run's date may be years old.
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return locale.toString(day, format);
}

QString date(const std::string &iso)
{
    return date(QString::fromStdString(iso));
}

} // namespace fulcrum::DisplayFormat

namespace fulcrum {

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::Standard:
        return QCoreApplication::translate("Tier", "Standard");
    case Tier::Batch:
        return QCoreApplication::translate("Tier", "Batch");
    case Tier::Flex:
        return QCoreApplication::translate("Tier", "Flex");
    case Tier::Priority:
        return QCoreApplication::translate("Tier", "Priority");
    }
    return {};
}

} // namespace fulcrum
