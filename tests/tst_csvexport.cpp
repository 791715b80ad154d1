#include <QFile>
#include <QTest>

#include <charconv>
#include <clocale>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "models/catalogio.h"
#include "models/csvexport.h"
#include "models/evaluate.h"
#include "models/resultsio.h"
#include "models/scenarioio.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

using Rows = std::vector<std::vector<std::string>>;

std::string readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

/// The cell read back as a number; nullopt for an empty cell. Fails the test on text that
/// is not a whole number in the C locale.
std::optional<double> number(const std::string &cell)
{
    if (cell.empty())
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (error != std::errc() || end != cell.data() + cell.size())
        return std::numeric_limits<double>::quiet_NaN();
    return value;
}

/// The JSON value as a number the CSV should hold (null → nullopt).
std::optional<double> number(const Json &json)
{
    if (json.is_null())
        return std::nullopt;
    return json.get<double>();
}

/// The column of each header name.
int column(const Rows &rows, const std::string &name)
{
    const auto &header = rows.front();
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name)
            return int(i);
    }
    return -1;
}

Alternative tricky(std::string model, std::string provider)
{
    Alternative a;
    a.model = std::move(model);
    a.provider = std::move(provider);
    a.tier = Tier::Flex;
    a.caching = true;
    a.costPerRequest = 0.1;            // not exact in binary: must still read back exactly
    a.costPerMonth = 1e21;             // written with an exponent
    a.savingPerMonth = -1234.5678901234567;
    a.latencyKnown = false;            // latency columns empty
    a.accuracy = std::nullopt;         // unmeasured: empty
    a.accuracyBasis = AccuracyBasis::Unmeasured;
    a.breakEven = 5e-324;              // the smallest denormal
    a.netPerMonth = std::nullopt;
    a.netGainPerMonth = std::nullopt;
    a.feasible = false;
    a.reasons = AccuracyUnmeasured | OverBudget | ContextExceeded;
    return a;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fieldQuoting_data();
    void fieldQuoting();
    void numbersRoundTrip_data();
    void numbersRoundTrip();
    void alternativesParseBack_data();
    void alternativesParseBack();
    void projectionParseBack_data();
    void projectionParseBack();
    void invalidResultsGiveTheHeaderOnly();
    void numbersIgnoreTheLocale();

private:
    Results m_example;
};

void TestCsvExport::initTestCase()
{
    const QString source = QStringLiteral(FULCRUM_SOURCE_DIR);
    const CatalogLoad catalog = catalogFromText(readText(source + u"/resources/catalog/default-catalog.json"_s));
    QVERIFY(catalog.catalog);
    const ScenarioLoad scenario =
        scenarioFromText(readText(source + u"/resources/examples/customer-service.fulcrum.json"_s));
    QVERIFY(scenario.scenario);
    m_example = evaluate(*scenario.scenario, *catalog.catalog);
    QVERIFY(m_example.valid());
    QVERIFY(m_example.alternatives.size() > 10);
    QVERIFY(!m_example.projection.empty());
}

void TestCsvExport::fieldQuoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");

    QTest::newRow("plain") << u"gpt-4o"_s << u"gpt-4o"_s;
    QTest::newRow("empty") << u""_s << u""_s;
    QTest::newRow("comma") << u"Llama 3, 70B"_s << u"\"Llama 3, 70B\""_s;
    QTest::newRow("quote") << u"the \"fast\" one"_s << u"\"the \"\"fast\"\" one\""_s;
    QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("semicolon stays bare") << u"a;b"_s << u"a;b"_s;
    QTest::newRow("non-ASCII stays bare") << u"通义千问 Qwen"_s << u"通义千问 Qwen"_s;
}

void TestCsvExport::fieldQuoting()
{
    QFETCH(QString, text);
    QFETCH(QString, written);

    const std::string field = csvField(text.toStdString());
    QCOMPARE(QString::fromStdString(field), written);
    // The field alone is a one-row, one-column file that reads back as the text.
    const Rows rows = parseCsv(field + "\r\n");
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(rows[0][0]), text);
}

void TestCsvExport::numbersRoundTrip_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("written");

    QTest::newRow("zero") << 0.0 << u"0"_s;
    QTest::newRow("whole") << 100000.0 << u"100000"_s;
    QTest::newRow("tenth") << 0.1 << u"0.1"_s;
    QTest::newRow("negative") << -1740000.0 << u"-1740000"_s;
    QTest::newRow("third") << 1.0 / 3.0 << u"0.3333333333333333"_s;
    QTest::newRow("huge") << 1e21 << u"1e+21"_s;
    QTest::newRow("small, still plain") << 0.00001234 << u"0.00001234"_s;
    QTest::newRow("large, still plain") << 1e15 << u"1000000000000000"_s;
    QTest::newRow("money") << -1234.5678901234567 << u"-1234.5678901234567"_s;
    QTest::newRow("tiny") << 1.5e-10 << u"1.5e-10"_s;
    QTest::newRow("denormal") << 5e-324 << u"5e-324"_s;
    QTest::newRow("largest") << std::numeric_limits<double>::max() << u"1.7976931348623157e+308"_s;
    QTest::newRow("infinity is unknown") << std::numeric_limits<double>::infinity() << u""_s;
    QTest::newRow("NaN is unknown") << std::numeric_limits<double>::quiet_NaN() << u""_s;
}

void TestCsvExport::numbersRoundTrip()
{
    QFETCH(double, value);
    QFETCH(QString, written);

    const std::string text = csvNumber(value);
    QCOMPARE(QString::fromStdString(text), written);
    if (std::isfinite(value))
        QCOMPARE(number(text), std::optional<double>(value)); // exact, not near
    else
        QCOMPARE(number(text), std::optional<double>());
}

void TestCsvExport::alternativesParseBack_data()
{
    QTest::addColumn<bool>("withTrickyRows");

    QTest::newRow("the example's candidates") << false;
    QTest::newRow("names to quote, unknown figures, extreme numbers") << true;
}

void TestCsvExport::alternativesParseBack()
{
    QFETCH(bool, withTrickyRows);

    Results results = m_example;
    if (withTrickyRows) {
        results.alternatives.insert(results.alternatives.begin(), tricky("acme/fast, cheap", "Acme \"Labs\""));
        results.alternatives.push_back(tricky("multi\nline", "Provider\r\nInc"));
        results.alternatives.back().tier = Tier::Priority;
        results.alternatives.back().feasible = true;
        results.alternatives.back().reasons = 0;
        results.alternatives.back().pareto = true;
    }
    const std::string csv = alternativesToCsv(results);
    // Every row ends in CRLF, including the last.
    QVERIFY(csv.ends_with("\r\n"));
    const Rows rows = parseCsv(csv);
    QCOMPARE(rows.size(), results.alternatives.size() + 1);
    const std::size_t columns = rows.front().size();
    QCOMPARE(columns, std::size_t(20));
    for (const auto &row : rows)
        QCOMPARE(row.size(), columns);

    // Every column is named as the JSON names the same figure; each cell holds the JSON's
    // value exactly (numbers as doubles, null as an empty cell).
    const Json json = resultsToJson(results);
    const Json &alternatives = json.at("alternatives");
    QCOMPARE(alternatives.size(), results.alternatives.size());
    for (std::size_t r = 0; r < alternatives.size(); ++r) {
        const Json &expected = alternatives[r];
        const auto &row = rows[r + 1];
        for (std::size_t c = 0; c < columns; ++c) {
            const std::string &name = rows.front()[c];
            QVERIFY2(expected.contains(name), name.c_str());
            const Json &value = expected.at(name);
            const QByteArray where = QByteArray::fromStdString("row " + std::to_string(r + 1) + ", " + name
                                                               + ": \"" + row[c] + "\" vs " + value.dump());
            if (value.is_null()) {
                QVERIFY2(row[c].empty(), where.constData());
            } else if (value.is_number()) {
                QVERIFY2(number(row[c]) == number(value), where.constData());
            } else if (value.is_boolean()) {
                QVERIFY2(row[c] == (value.get<bool>() ? "true" : "false"), where.constData());
            } else if (value.is_string()) {
                QVERIFY2(row[c] == value.get<std::string>(), where.constData());
            } else {
                // reasons: the JSON list joined by ";"
                QVERIFY2(value.is_array(), where.constData());
                std::string joined;
                for (const Json &code : value)
                    joined += (joined.empty() ? "" : ";") + code.get<std::string>();
                QVERIFY2(row[c] == joined, where.constData());
            }
        }
    }

    // And against the Results themselves, exactly.
    const int cost = column(rows, "cost_per_month");
    const int accuracy = column(rows, "accuracy");
    const int latency = column(rows, "latency_total_s");
    for (std::size_t i = 0; i < results.alternatives.size(); ++i) {
        const Alternative &a = results.alternatives[i];
        QCOMPARE(number(rows[i + 1][cost]), std::optional<double>(a.costPerMonth));
        QCOMPARE(number(rows[i + 1][accuracy]), a.accuracy);
        QCOMPARE(number(rows[i + 1][latency]),
                 a.latencyKnown ? std::optional<double>(a.latencyTotalS) : std::optional<double>());
        QCOMPARE(rows[i + 1][column(rows, "model")], a.model);
        QCOMPARE(rows[i + 1][column(rows, "provider")], a.provider);
        QCOMPARE(rows[i + 1][column(rows, "tier")], std::string(tierKey(a.tier)));
    }
    if (withTrickyRows) {
        QCOMPARE(rows[1][column(rows, "model")], std::string("acme/fast, cheap"));
        QCOMPARE(rows[1][column(rows, "reasons")], std::string("accuracy_unmeasured;over_budget;context_exceeded"));
        QCOMPARE(rows[1][column(rows, "tier")], std::string("flex"));
        QVERIFY(csv.find("\"acme/fast, cheap\",\"Acme \"\"Labs\"\"\",flex,true,0.1,1e+21,") != std::string::npos);
    }
}

void TestCsvExport::projectionParseBack_data()
{
    QTest::addColumn<int>("horizonMonths");

    QTest::newRow("the example's year") << 12;
    QTest::newRow("one month") << 1;
    QTest::newRow("ten years") << 120;
}

void TestCsvExport::projectionParseBack()
{
    QFETCH(int, horizonMonths);

    const QString source = QStringLiteral(FULCRUM_SOURCE_DIR);
    const CatalogLoad catalog = catalogFromText(readText(source + u"/resources/catalog/default-catalog.json"_s));
    ScenarioLoad load = scenarioFromText(readText(source + u"/resources/examples/customer-service.fulcrum.json"_s));
    QVERIFY(catalog.catalog && load.scenario);
    load.scenario->traffic.horizonMonths = horizonMonths;
    const Results results = evaluate(*load.scenario, *catalog.catalog);
    QVERIFY(results.valid());
    QCOMPARE(int(results.projection.size()), horizonMonths);

    const Rows rows = parseCsv(projectionToCsv(results));
    QCOMPARE(rows.size(), results.projection.size() + 1);
    QCOMPARE(rows.front(), (std::vector<std::string> {"month", "requests_per_day", "cost", "net", "cumulative_cost",
                                                      "cumulative_net"}));
    const Json projection = resultsToJson(results).at("projection");
    for (std::size_t i = 0; i < results.projection.size(); ++i) {
        const MonthProjection &m = results.projection[i];
        const auto &row = rows[i + 1];
        QCOMPARE(number(row[0]), std::optional<double>(m.month));
        QCOMPARE(number(row[1]), std::optional<double>(m.requestsPerDay));
        QCOMPARE(number(row[2]), std::optional<double>(m.cost));
        QCOMPARE(number(row[3]), std::optional<double>(m.net));
        QCOMPARE(number(row[4]), std::optional<double>(m.cumulativeCost));
        QCOMPARE(number(row[5]), std::optional<double>(m.cumulativeNet));
        for (std::size_t c = 0; c < row.size(); ++c)
            QCOMPARE(number(row[c]), number(projection[i].at(rows.front()[c])));
    }
}

void TestCsvExport::invalidResultsGiveTheHeaderOnly()
{
    Results invalid;
    invalid.errors.push_back({"workload.steps[0].output_tokens", "negative", {{"value", -5}}});
    QCOMPARE(parseCsv(alternativesToCsv(invalid)).size(), std::size_t(1));
    QCOMPARE(parseCsv(projectionToCsv(invalid)).size(), std::size_t(1));
}

void TestCsvExport::numbersIgnoreTheLocale()
{
    // A German C locale writes 0,1 with printf; the CSV must not.
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8") && !std::setlocale(LC_ALL, "de_DE"))
        QSKIP("no German locale on this machine");
    const std::string text = csvNumber(0.1);
    std::setlocale(LC_ALL, "C");
    QCOMPARE(text, std::string("0.1"));
}

} // namespace fulcrum

QTEST_APPLESS_MAIN(fulcrum::TestCsvExport)

#include "tst_csvexport.moc"
