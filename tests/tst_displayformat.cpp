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
};

} // namespace fulcrum

QTEST_GUILESS_MAIN(fulcrum::TestDisplayFormat)
#include "tst_displayformat.moc"
