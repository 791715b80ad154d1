#include <cmath>
#include <limits>

#include <QLocale>
#include <QTest>

#include "widgets/displayformat.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void money_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("expected");

        QTest::newRow("large: whole units, grouped") << 27358088.4 << u"27,358,088 USD"_s;
        QTest::newRow("hundreds: whole units") << 100.5 << u"101 USD"_s;
        QTest::newRow("units: cents") << 8.99 << u"8.99 USD"_s;
        QTest::newRow("cents: four decimals, trailing zeros trimmed") << 0.0215 << u"0.0215 USD"_s;
        QTest::newRow("per request: six decimals, trimmed") << 0.00556 << u"0.00556 USD"_s;
        QTest::newRow("zero") << 0.0 << u"0.00 USD"_s;
        QTest::newRow("negative") << -6813.0 << u"−6,813 USD"_s;
        QTest::newRow("negative small") << -0.001 << u"−0.001 USD"_s;
        QTest::newRow("negative noise rounds to zero: no sign") << -1e-9 << u"0.00 USD"_s;
        QTest::newRow("not a number: a dash") << std::numeric_limits<double>::quiet_NaN() << u"—"_s;
        QTest::newRow("infinite: a dash") << -std::numeric_limits<double>::infinity() << u"—"_s;
    }

    void money()
    {
        QFETCH(double, amount);
        QFETCH(QString, expected);
        QCOMPARE(DisplayFormat::money(amount, u"USD"_s), expected);
    }

    void date_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("expected");

        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
        const QLocale ru(QLocale::Russian, QLocale::Russia);
        const QLocale zh(QLocale::Chinese, QLocale::China);
        QTest::newRow("en_US: month first, the whole year") << us << u"2026-07-24"_s << u"7/24/2026"_s;
        QTest::newRow("en_GB: day first") << gb << u"2026-07-24"_s << u"24/07/2026"_s;
        QTest::newRow("ru: dotted, day first") << ru << u"2026-07-24"_s << u"24.07.2026"_s;
        QTest::newRow("zh_CN: year first") << zh << u"2026-07-24"_s << u"2026/7/24"_s;
        QTest::newRow("a date and time: its date") << ru << u"2026-11-02T14:05:00Z"_s << u"02.11.2026"_s;
        QTest::newRow("surrounding spaces") << us << u" 2026-01-05 "_s << u"1/5/2026"_s;
        QTest::newRow("not a date: as written") << ru << u"July 2026"_s << u"July 2026"_s;
        QTest::newRow("no such day: as written") << us << u"2026-02-30"_s << u"2026-02-30"_s;
        QTest::newRow("empty") << us << QString() << QString();
    }

    void date()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, iso);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);
        const QString text = DisplayFormat::date(iso);
        const QString fromStd = DisplayFormat::date(iso.toStdString());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(text, expected);
        QCOMPARE(fromStd, expected);
    }
};

} // namespace fulcrum

QTEST_GUILESS_MAIN(fulcrum::TestDisplayFormat)
#include "tst_displayformat.moc"
