#include <algorithm>
#include <cmath>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include "app/commandline.h"
#include "models/catalogio.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

const QString ExamplePath =
    QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/examples/customer-service.fulcrum.json"_s;
const QString LiteLlmPath =
    QStringLiteral(FULCRUM_SHARED_DATA_DIR) + u"/prices/litellm-model-prices-2026-07-24.json"_s;

/// What one in-process run of the command line printed and returned.
struct Run
{
    CommandLineOutcome outcome;
    QString out;
    QString err;

    nlohmann::ordered_json json() const { return nlohmann::ordered_json::parse(out.toStdString()); }
};

Run run(const QStringList &arguments)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.outcome = runCommandLine(arguments, out, err);
    out.flush();
    err.flush();
    return r;
}

/// Equal to within a relative 1e-9: the engine sums in its own order.
bool near(const nlohmann::ordered_json &actual, double expected)
{
    return actual.is_number()
        && std::fabs(actual.get<double>() - expected) <= 1e-9 * std::max(1.0, std::fabs(expected));
}

QByteArray nearMessage(const nlohmann::ordered_json &actual, double expected)
{
    return QByteArray::fromStdString(actual.dump()) + " != expected "
        + QByteArray::number(expected, 'g', 17);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void helpPrintsUsage_data();
    void helpPrintsUsage();
    void versionPrintsVersion();
    void noArgumentsOpensTheWorkbench();
    void aFileArgumentOpensIt();
    void badUsageExits2_data();
    void badUsageExits2();

    void computeOnTheExample();
    void computeFiguresWorkedOutByHand();
    void computeTopLimitsAlternatives();
    void computeCompactIsOneLine();
    void computeWithLiteLlmCatalogRanksMore();
    void computeWithSamplesAddsUncertainty();
    void computeUncertaintyIsReproducible();
    void computeSeedAloneTakesDefaultSamples();
    void computeOnBadInputExits1_data();
    void computeOnBadInputExits1();

    void importLiteLlmWritesALoadableCatalog();
};

void TestCommandLine::helpPrintsUsage_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << u"--help"_s;
    QTest::newRow("-h") << u"-h"_s;
}

void TestCommandLine::helpPrintsUsage()
{
    QFETCH(QString, option);

    const Run r = run({option});
    QVERIFY(r.outcome.handled);
    QCOMPARE(r.outcome.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"Usage:"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"fulcrum compute FILE"_s));
    QVERIFY(r.out.contains(u"fulcrum import-litellm FILE"_s));
    QVERIFY(r.out.contains(u"--catalog"_s));
    QVERIFY(r.out.contains(u"--version"_s));
    QCOMPARE(r.err, QString());
}

void TestCommandLine::versionPrintsVersion()
{
    const Run r = run({u"--version"_s});
    QVERIFY(r.outcome.handled);
    QCOMPARE(r.outcome.exitCode, 0);
    // The project's version, then the date of the built-in catalog.
    QVERIFY2(r.out.startsWith(u"fulcrum 0.1.0 "_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"2026-07-24"_s), qPrintable(r.out));
    QVERIFY(r.out.endsWith(u'\n'));
    QCOMPARE(r.err, QString());
}

void TestCommandLine::noArgumentsOpensTheWorkbench()
{
    const Run r = run({});
    QVERIFY(!r.outcome.handled);
    QCOMPARE(r.outcome.fileToOpen, QString()); // the bundled example
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QString());
}

void TestCommandLine::aFileArgumentOpensIt()
{
    const Run r = run({u"my.fulcrum.json"_s});
    QVERIFY(!r.outcome.handled);
    QCOMPARE(r.outcome.fileToOpen, u"my.fulcrum.json"_s);
}

void TestCommandLine::badUsageExits2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown option") << QStringList {u"--bogus"_s} << u"--bogus"_s;
    QTest::newRow("unknown option of compute")
        << QStringList {u"compute"_s, ExamplePath, u"--bogus"_s} << u"--bogus"_s;
    QTest::newRow("compute without a file") << QStringList {u"compute"_s} << u"exactly one scenario file"_s;
    QTest::newRow("compute with two files")
        << QStringList {u"compute"_s, u"a"_s, u"b"_s} << u"exactly one scenario file"_s;
    QTest::newRow("--catalog without a value")
        << QStringList {u"compute"_s, ExamplePath, u"--catalog"_s} << u"--catalog needs a value"_s;
    QTest::newRow("--top not a number")
        << QStringList {u"compute"_s, ExamplePath, u"--top"_s, u"three"_s} << u"three"_s;
    QTest::newRow("--top negative")
        << QStringList {u"compute"_s, ExamplePath, u"--top"_s, u"-1"_s} << u"--top"_s;
    QTest::newRow("--samples 0")
        << QStringList {u"compute"_s, ExamplePath, u"--samples"_s, u"0"_s} << u"--samples needs a whole number"_s;
    QTest::newRow("--samples above a million")
        << QStringList {u"compute"_s, ExamplePath, u"--samples"_s, u"1000001"_s} << u"1000001"_s;
    QTest::newRow("--samples not a whole number")
        << QStringList {u"compute"_s, ExamplePath, u"--samples"_s, u"1e5"_s} << u"1e5"_s;
    QTest::newRow("--samples without a value")
        << QStringList {u"compute"_s, ExamplePath, u"--samples"_s} << u"--samples needs a value"_s;
    QTest::newRow("--seed negative")
        << QStringList {u"compute"_s, ExamplePath, u"--seed"_s, u"-1"_s} << u"--seed needs a whole number"_s;
    QTest::newRow("--seed above 64 bits")
        << QStringList {u"compute"_s, ExamplePath, u"--seed"_s, u"18446744073709551616"_s}
        << u"18446744073709551616"_s;
    QTest::newRow("--samples is compute's only")
        << QStringList {u"summary"_s, ExamplePath, u"--samples"_s, u"10"_s} << u"--samples"_s;
    QTest::newRow("import-litellm without a file")
        << QStringList {u"import-litellm"_s} << u"exactly one LiteLLM price file"_s;
    QTest::newRow("import-litellm with an option of compute")
        << QStringList {u"import-litellm"_s, LiteLlmPath, u"--top"_s, u"3"_s} << u"--top"_s;
    QTest::newRow("an unknown command") << QStringList {u"frobnicate"_s, u"x"_s} << u"frobnicate"_s;
}

void TestCommandLine::badUsageExits2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const Run r = run(arguments);
    QVERIFY(r.outcome.handled);
    QCOMPARE(r.outcome.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void TestCommandLine::computeOnTheExample()
{
    const Run r = run({u"compute"_s, ExamplePath});
    QVERIFY(r.outcome.handled);
    QCOMPARE(r.outcome.exitCode, 0);
    QCOMPARE(r.err, QString());

    const nlohmann::ordered_json json = r.json();
    QVERIFY(json.at("errors").is_array());
    QVERIFY(json.at("errors").empty());
    QVERIFY(json.at("break_even_accuracy").is_number());
    QVERIFY(json.at("net_value_per_month").is_number());
    for (const char *key : {"per_request", "per_day", "per_month"})
        QVERIFY2(json.at("cost").at(key).is_number(), key);
    for (const char *key : {"first_token_s", "total_s", "total_slowest_s"})
        QVERIFY2(json.at("latency").at(key).is_number(), key);

    const auto &alternatives = json.at("alternatives");
    QVERIFY(alternatives.is_array());
    QVERIFY(alternatives.size() > 3);
    for (const auto &a : alternatives) {
        const QByteArray entry = QByteArray::fromStdString(a.dump());
        QVERIFY2(a.at("model").is_string() && !a.at("model").get<std::string>().empty(), entry);
        const std::string tier = a.at("tier").get<std::string>();
        QVERIFY2(tier == "standard" || tier == "batch" || tier == "flex" || tier == "priority", entry);
        QVERIFY2(a.at("caching").is_boolean(), entry);
        QVERIFY2(a.at("cost_per_month").is_number(), entry);
        QVERIFY2(a.at("cost_per_month").get<double>() >= 0, entry);
        QVERIFY2(a.at("latency_total_s").is_number() || a.at("latency_total_s").is_null(), entry);
        QVERIFY2(a.at("accuracy").is_number() || a.at("accuracy").is_null(), entry);
        QVERIFY2(a.at("feasible").is_boolean(), entry);
    }
}

void TestCommandLine::computeFiguresWorkedOutByHand()
{
    const Run r = run({u"compute"_s, ExamplePath});
    QCOMPARE(r.outcome.exitCode, 0);
    const nlohmann::ordered_json json = r.json();

    // classify, gpt-4o-mini standard ($0.15 in, $0.075 cached, $0.60 out per MTok):
    //   1200 static × 0.9 cached = 1080; uncached 120 + 300 = 420; 10 out
    //   (420 × 0.15 + 1080 × 0.075 + 10 × 0.6) / 1e6 = (63 + 81 + 6) / 1e6 = 150e-6
    // answer, gpt-4.1 (the scenario's entry: $2 in, $0.50 cached, $8 out), hit rate "auto":
    //   r = 100000 / 86400 / 4 prefixes per second, TTL 300 s: 1 − exp(−86.8) = 1 in doubles
    //   (1200 × 2 + 2500 × 0.5 + 220 × 8) / 1e6 = (2400 + 1250 + 1760) / 1e6 = 5410e-6
    const double perRequest = 150e-6 + 5410e-6;
    const double perDay = 100000 * perRequest;
    const double perMonth = perDay * 365.0 / 12.0;
    const auto &cost = json.at("cost");
    QVERIFY2(near(cost.at("per_request"), perRequest), nearMessage(cost.at("per_request"), perRequest));
    QVERIFY2(near(cost.at("per_day"), perDay), nearMessage(cost.at("per_day"), perDay));
    QVERIFY2(near(cost.at("per_month"), perMonth), nearMessage(cost.at("per_month"), perMonth));

    // S = 20, F = 40 + 0.05 × 1000 = 90, p = 0.9 (gpt-4.1's eval, the final step's model).
    const double breakEven = (90 + perRequest) / (20 + 90);
    const double netPerMonth = 100000 * 365.0 / 12.0 * (0.9 * 20 - 0.1 * 90 - perRequest);
    QVERIFY2(near(json.at("break_even_accuracy"), breakEven),
             nearMessage(json.at("break_even_accuracy"), breakEven));
    QVERIFY2(near(json.at("net_value_per_month"), netPerMonth),
             nearMessage(json.at("net_value_per_month"), netPerMonth));

    // Latency: classify then answer; no prefill speed is known for either, so none is added.
    //   classify: 0.2 network + 0.536 TTFT + 10 / 105.3 (slowest 10 / 46.1)
    //   answer:   0.2 network + 0.726 TTFT + 220 / 89 (slowest 220 / 56.9)
    const double classify = 0.2 + 0.536 + 10 / 105.3;
    const double classifySlowest = 0.2 + 0.536 + 10 / 46.1;
    const double firstToken = classify + 0.2 + 0.726;
    const double total = classify + 0.2 + 0.726 + 220 / 89.0;
    const double totalSlowest = classifySlowest + 0.2 + 0.726 + 220 / 56.9;
    const auto &latency = json.at("latency");
    QVERIFY2(near(latency.at("first_token_s"), firstToken), nearMessage(latency.at("first_token_s"), firstToken));
    QVERIFY2(near(latency.at("total_s"), total), nearMessage(latency.at("total_s"), total));
    QVERIFY2(near(latency.at("total_slowest_s"), totalSlowest),
             nearMessage(latency.at("total_slowest_s"), totalSlowest));
}

void TestCommandLine::computeTopLimitsAlternatives()
{
    const Run all = run({u"compute"_s, ExamplePath});
    const Run top = run({u"compute"_s, ExamplePath, u"--top"_s, u"3"_s});
    QCOMPARE(top.outcome.exitCode, 0);
    const auto allAlternatives = all.json().at("alternatives");
    const auto topAlternatives = top.json().at("alternatives");
    QCOMPARE(topAlternatives.size(), 3u);
    // The first three of the same ranking.
    for (std::size_t i = 0; i < 3; ++i)
        QVERIFY2(topAlternatives[i] == allAlternatives[i], topAlternatives[i].dump().c_str());

    const Run none = run({u"compute"_s, ExamplePath, u"--top"_s, u"0"_s});
    QCOMPARE(none.outcome.exitCode, 0);
    QVERIFY(none.json().at("alternatives").empty());
}

void TestCommandLine::computeCompactIsOneLine()
{
    const Run r = run({u"compute"_s, ExamplePath, u"--compact"_s});
    QCOMPARE(r.outcome.exitCode, 0);
    QCOMPARE(r.out.count(u'\n'), 1);
    QVERIFY(r.out.endsWith(u'\n'));
    QVERIFY(r.json().at("errors").empty());
}

void TestCommandLine::computeWithSamplesAddsUncertainty()
{
    const Run plain = run({u"compute"_s, ExamplePath});
    QVERIFY(!plain.json().contains("uncertainty")); // only when asked for

    const Run r = run({u"compute"_s, ExamplePath, u"--samples"_s, u"5000"_s, u"--seed"_s, u"18446744073709551615"_s});
    QCOMPARE(r.outcome.exitCode, 0);
    QCOMPARE(r.err, QString());
    const nlohmann::ordered_json json = r.json();
    // The rest of the output is compute's as before.
    nlohmann::ordered_json withoutBlock = json;
    withoutBlock.erase("uncertainty");
    QCOMPARE(withoutBlock.dump(), plain.json().dump());

    const auto &u = json.at("uncertainty");
    QCOMPARE(u.at("samples").get<int>(), 5000);
    QCOMPARE(u.at("seed").get<std::uint64_t>(), std::uint64_t(18446744073709551615ULL));
    for (const char *key : {"p_break_even", "p_within_budget"}) {
        const double p = u.at(key).get<double>();
        QVERIFY2(p >= 0 && p <= 1, key);
    }
    for (const char *output : {"net_per_month", "cost_per_month", "latency_total_s"}) {
        const auto &o = u.at(output);
        QVERIFY2(o.at("p5").get<double>() <= o.at("p50").get<double>(), output);
        QVERIFY2(o.at("p50").get<double>() <= o.at("p95").get<double>(), output);
    }
    for (const char *key : {"p90", "p99"})
        QVERIFY2(u.at("latency_total_s").at(key).is_number(), key);
    // The example's only uncertain input is the final step's eval (450 of 500 correct).
    QCOMPARE(u.at("inputs").size(), std::size_t(1));
    QCOMPARE(u.at("sensitivity").at(0).at("input").get<std::string>(), std::string("evals.gpt-4.1.accuracy"));
    // Accuracy alone moves net, not cost or latency.
    QVERIFY(u.at("net_per_month").at("p5").get<double>() < u.at("net_per_month").at("p95").get<double>());
    QVERIFY(near(u.at("cost_per_month").at("p95"), json.at("cost").at("per_month").get<double>()));
    QVERIFY(near(u.at("latency_total_s").at("p50"), json.at("latency").at("total_s").get<double>()));
}

void TestCommandLine::computeUncertaintyIsReproducible()
{
    const QStringList args {u"compute"_s, ExamplePath, u"--samples"_s, u"3000"_s, u"--seed"_s, u"7"_s};
    const Run a = run(args);
    const Run b = run(args);
    QCOMPARE(a.outcome.exitCode, 0);
    QCOMPARE(a.out, b.out);
    const Run other = run({u"compute"_s, ExamplePath, u"--samples"_s, u"3000"_s, u"--seed"_s, u"8"_s});
    QVERIFY(other.json().at("uncertainty").at("net_per_month") != a.json().at("uncertainty").at("net_per_month"));
    // Without --seed the seed is 1.
    const Run defaultSeed = run({u"compute"_s, ExamplePath, u"--samples"_s, u"3000"_s});
    QCOMPARE(defaultSeed.json().at("uncertainty").at("seed").get<int>(), 1);
    QCOMPARE(defaultSeed.out, run({u"compute"_s, ExamplePath, u"--samples"_s, u"3000"_s, u"--seed"_s, u"1"_s}).out);
}

void TestCommandLine::computeSeedAloneTakesDefaultSamples()
{
    const Run r = run({u"compute"_s, ExamplePath, u"--seed"_s, u"3"_s, u"--compact"_s});
    QCOMPARE(r.outcome.exitCode, 0);
    QCOMPARE(r.json().at("uncertainty").at("samples").get<int>(), 20000);
}

void TestCommandLine::computeWithLiteLlmCatalogRanksMore()
{
    QVERIFY2(QFile::exists(LiteLlmPath), qPrintable(LiteLlmPath));

    const Run builtIn = run({u"compute"_s, ExamplePath});
    const Run litellm = run({u"compute"_s, ExamplePath, u"--catalog"_s, LiteLlmPath});
    QVERIFY(litellm.outcome.handled);
    QCOMPARE(litellm.outcome.exitCode, 0);
    QCOMPARE(litellm.err, QString());

    const auto json = litellm.json();
    QVERIFY(json.at("errors").empty());
    const std::size_t withDefault = builtIn.json().at("alternatives").size();
    const std::size_t withLiteLlm = json.at("alternatives").size();
    QVERIFY2(withLiteLlm > withDefault,
             qPrintable(u"%1 alternatives with the LiteLLM file, %2 with the built-in catalog"_s
                            .arg(withLiteLlm)
                            .arg(withDefault)));
}

void TestCommandLine::computeOnBadInputExits1_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << ""_ba << u"the file is empty"_s;
    QTest::newRow("not JSON") << "{\n  oops\n}"_ba << u"not valid JSON at line 2, column 3"_s;
    QTest::newRow("version 99") << R"({"format": "fulcrum-scenario", "version": 99})"_ba
                                << u"version: the file was written by a newer Fulcrum"_s;
    QTest::newRow("missing traffic")
        << R"({"format": "fulcrum-scenario", "version": 1, "economics": {}, "workload": {}})"_ba
        << u"traffic: is required but missing"_s;
}

void TestCommandLine::computeOnBadInputExits1()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bad.fulcrum.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    const Run r = run({u"compute"_s, path});
    QVERIFY(r.outcome.handled);
    QCOMPARE(r.outcome.exitCode, 1);
    QVERIFY2(r.err.contains(u"fulcrum: "_s + path + u": "_s + message), qPrintable(r.err));
    const auto json = r.json();
    QVERIFY(!json.at("errors").empty());

    const Run missing = run({u"compute"_s, dir.filePath(u"does-not-exist.fulcrum.json"_s)});
    QCOMPARE(missing.outcome.exitCode, 1);
    QVERIFY2(missing.err.contains(u"cannot read the file"_s), qPrintable(missing.err));
}

void TestCommandLine::importLiteLlmWritesALoadableCatalog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString output = dir.filePath(u"catalog.json"_s);

    const Run r = run({u"import-litellm"_s, LiteLlmPath, u"-o"_s, output});
    QVERIFY(r.outcome.handled);
    QCOMPARE(r.outcome.exitCode, 0);
    QCOMPARE(r.out, QString()); // the catalog went to the file
    QVERIFY2(r.err.contains(u"imported"_s), qPrintable(r.err));

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const CatalogLoad load = catalogFromText(std::string_view(text.constData(), text.size()));
    QVERIFY(load.catalog);
    QVERIFY(load.errors.empty());
    // The date comes from the file's name; the built-in models are kept alongside.
    QCOMPARE(load.catalog->asOf(), "2026-07-24");
    QVERIFY(load.catalog->models().size() > 39);
    QVERIFY(load.catalog->find("gpt-4o"));
    QVERIFY(load.catalog->find("gpt-4o")->offers(Tier::Standard));

    // --as-of wins over the name, and without -o the catalog goes to stdout.
    const Run toStdout = run({u"import-litellm"_s, LiteLlmPath, u"--as-of"_s, u"2026-08-01"_s});
    QCOMPARE(toStdout.outcome.exitCode, 0);
    const CatalogLoad printed = catalogFromText(toStdout.out.toStdString());
    QVERIFY(printed.catalog);
    QCOMPARE(printed.catalog->asOf(), "2026-08-01");
}

} // namespace fulcrum

QTEST_GUILESS_MAIN(fulcrum::TestCommandLine)

#include "tst_commandline.moc"
