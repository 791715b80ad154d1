#include <initializer_list>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include <QDir>
#include <QFile>
#include <QTest>

#include "models/catalogio.h"
#include "models/scenarioio.h"
#include "models/scenariovalidation.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(const Diagnostic &d)
{
    return qstrdup((d.path + " " + d.code + " " + jsonText(d.params)).c_str());
}

char *toString(const Scenario &s)
{
    return qstrdup(scenarioToJson(s).dump().c_str());
}

namespace {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(FULCRUM_SOURCE_DIR) + u'/' + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

const QString ExamplePath = u"resources/examples/customer-service.fulcrum.json"_s;

const QByteArray &exampleText()
{
    static const QByteArray text = readFile(sourcePath(ExamplePath));
    return text;
}

const Catalog &defaultCatalog()
{
    static const Catalog catalog = [] {
        const QByteArray text = readFile(sourcePath(u"resources/catalog/default-catalog.json"_s));
        CatalogLoad load = catalogFromText(view(text));
        if (!load.catalog)
            qFatal("the default catalog does not load");
        return std::move(*load.catalog);
    }();
    return catalog;
}

/// One edit of the example: the value at a JSON pointer replaced by raw JSON text (written
/// into the file as is, so "1e999" stays 1e999), or removed when raw is null.
struct Edit
{
    const char *pointer;
    const char *raw;
};

/// The bundled example with the given edits, as file text: each case below differs from a
/// valid file in exactly one way.
QByteArray exampleWith(std::initializer_list<Edit> edits)
{
    Json json = Json::parse(view(exampleText()));
    std::vector<std::pair<std::string, std::string>> substitutions;
    for (const Edit &edit : edits) {
        const Json::json_pointer pointer(edit.pointer);
        if (!edit.raw) {
            Json &parent = json[pointer.parent_pointer()];
            if (parent.is_array())
                parent.erase(std::stoul(pointer.back()));
            else
                parent.erase(pointer.back());
            continue;
        }
        const std::string placeholder = "@@edit" + std::to_string(substitutions.size()) + "@@";
        json[pointer] = placeholder;
        substitutions.emplace_back('"' + placeholder + '"', edit.raw);
    }
    std::string text = json.dump(2);
    for (const auto &[from, to] : substitutions)
        text.replace(text.find(from), from.size(), to);
    return QByteArray::fromStdString(text);
}

/// JSON equality regardless of key order (ordered_json compares objects in order).
bool sameJson(const Json &a, const Json &b)
{
    return nlohmann::json::parse(a.dump()) == nlohmann::json::parse(b.dump());
}

QByteArray describe(const Diagnostics &errors)
{
    std::string text;
    for (const Diagnostic &d : errors)
        text += "\n  " + d.path + " " + d.code + " " + jsonText(d.params);
    return QByteArray::fromStdString(text.empty() ? std::string("(none)") : text);
}

/// scenarioFromText(), with an exception (which it must never throw) turned into a message.
ScenarioLoad loadCatching(const QByteArray &text, QByteArray &thrown)
{
    try {
        return scenarioFromText(view(text));
    } catch (const std::exception &e) {
        thrown = "scenarioFromText threw instead of reporting: "_ba + e.what();
        return {};
    }
}

Scenario loadOrFail(const QByteArray &text)
{
    ScenarioLoad load = scenarioFromText(view(text));
    if (!load.scenario)
        qFatal("a scenario that should load does not:%s", describe(load.errors).constData());
    return *load.scenario;
}

} // namespace

class TestScenarioIo : public QObject
{
    Q_OBJECT

private slots:
    void bundledExamplesLoadAndValidate_data();
    void bundledExamplesLoadAndValidate();
    void exampleReadsAsWritten();

    void roundTripWithoutLoss_data();
    void roundTripWithoutLoss();
    void unknownKeysSurviveASave_data();
    void unknownKeysSurviveASave();
    void rangesLoadAsTheirPointValue();
    void modelRangesLoadAsTheirPointValue();
    void rangesAreWrittenBackAsRanges_data();
    void rangesAreWrittenBackAsRanges();
    void autoCacheHitRateRoundTrips();
    void authorAndNotesAreOptionalFields();

    void structuralErrors_data();
    void structuralErrors();
    void notJsonNamesLineAndColumn_data();
    void notJsonNamesLineAndColumn();
    void newerVersionIsTheOnlyError();

    void validationErrors_data();
    void validationErrors();
    void nonFiniteValuesAreNamed_data();
    void nonFiniteValuesAreNamed();

    void migrationAppliesStepsInOrderAndStampsVersion();
    void migrationWithAMissingStepLeavesJsonUntouched();
    void noMigrationsAreRegisteredForTheFirstVersion();
};

void TestScenarioIo::bundledExamplesLoadAndValidate_data()
{
    QTest::addColumn<QString>("path");

    // STYLE.md: every file in resources/examples/ is loaded by a test.
    const QDir examples(sourcePath(u"resources/examples"_s));
    const QStringList files = examples.entryList({u"*.fulcrum.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.contains(u"customer-service.fulcrum.json"_s));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << examples.filePath(file);
}

void TestScenarioIo::bundledExamplesLoadAndValidate()
{
    QFETCH(QString, path);

    const QByteArray text = readFile(path);
    const ScenarioLoad load = scenarioFromText(view(text));
    QVERIFY2(load.scenario, describe(load.errors));
    QVERIFY2(load.errors.empty(), describe(load.errors));
    const Diagnostics errors = validateScenario(*load.scenario, defaultCatalog());
    QVERIFY2(errors.empty(), describe(errors));
}

void TestScenarioIo::exampleReadsAsWritten()
{
    const Scenario s = loadOrFail(exampleText());

    QCOMPARE(s.version, 1);
    QCOMPARE(s.title, "Customer service triage");
    QCOMPARE(s.currency, "USD");
    QCOMPARE(s.traffic.requestsPerDay, 100000.0);
    QCOMPARE(s.traffic.monthlyGrowth, 0.1);
    QCOMPARE(s.traffic.horizonMonths, 12.0);
    QCOMPARE(s.traffic.peakToAverage, 3.0);
    QCOMPARE(s.economics.valuePerSuccess, 20.0);
    QCOMPARE(s.economics.costPerEscalation, 40.0);
    QCOMPARE(s.economics.churnRatePerFailure, 0.05);
    QCOMPARE(s.economics.costPerChurn, 1000.0);
    QCOMPARE(s.economics.targetAccuracy, 0.9);
    QCOMPARE(s.economics.humanAccuracy, std::optional<double>(0.66));
    QCOMPARE(s.workload.networkOverheadS, 0.2);
    QCOMPARE(s.workload.latencyBudgetS, 5.0);
    QVERIFY(s.workload.streaming);

    QCOMPARE(s.workload.steps.size(), 2u);
    const Step &classify = s.workload.steps[0];
    QCOMPARE(classify.name, "classify");
    QCOMPARE(classify.model, "gpt-4o-mini");
    QCOMPARE(classify.tier, Tier::Standard);
    QCOMPARE(classify.staticInputTokens, 1200.0);
    QCOMPARE(classify.dynamicInputTokens, 300.0);
    QCOMPARE(classify.cacheHitRate, std::optional<double>(0.9));
    QCOMPARE(classify.outputTokens, 10.0);
    QVERIFY(classify.after.empty());
    const Step &answer = s.workload.steps[1];
    QCOMPARE(answer.name, "answer");
    QVERIFY(answer.autoCacheHitRate());
    QCOMPARE(answer.distinctPrefixes, 4.0);
    QCOMPARE(answer.outputTokens, 220.0);
    QCOMPARE(answer.after, std::vector<std::string> {"classify"});

    QCOMPARE(s.evals.size(), 6u);
    QCOMPARE(s.evals.at("gpt-4.1").accuracy, 0.9);
    QCOMPARE(s.evals.at("gpt-4.1").evalSize, 500.0);
    QCOMPARE(s.evals.at("gemini-2.5-flash").evalSize, 300.0);
    QCOMPARE(s.models.size(), 1u);
    QCOMPARE(s.models[0].id, "gpt-4.1");
    QVERIFY(s.models[0].offers(Tier::Batch));
    QVERIFY(!s.models[0].offers(Tier::Flex));
    // "notes" is not a field this version knows: it is kept, not dropped.
    QVERIFY(s.models[0].extra.contains("notes"));
}

void TestScenarioIo::roundTripWithoutLoss_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("the bundled example") << exampleText();
    QTest::newRow("ranges of every kind") << exampleWith({
        {"/traffic/requests_per_day", R"({"median": 100000, "p10": 50000, "dist": "lognormal"})"},
        {"/economics/value_per_success", R"({"low": 15, "likely": 20, "high": 30, "dist": "pert"})"},
        {"/workload/steps/0/cache_hit_rate", R"({"low": 0.8, "likely": 0.9, "high": 0.95, "dist": "triangular"})"},
        {"/workload/steps/1/output_tokens", R"({"median": 220, "p90": 420, "dist": "lognormal"})"},
        {"/evals/gpt-4.1/accuracy", R"({"low": 0.85, "likely": 0.9, "high": 0.93, "dist": "triangular"})"},
    });
    QTest::newRow("ranged prices and speeds of a model entry") << exampleWith({
        {"/models/0/prices_per_mtok/standard/input", R"({"low": 1.8, "likely": 2, "high": 2.6, "dist": "triangular"})"},
        {"/models/0/prices_per_mtok/standard/cached_input", R"({"low": 0.4, "likely": 0.5, "high": 0.6, "dist": "pert"})"},
        {"/models/0/prices_per_mtok/standard/output", R"({"low": 7, "likely": 8, "high": 11})"},
        {"/models/0/prices_per_mtok/batch/output", R"({"median": 4, "p90": 6, "dist": "lognormal"})"},
        {"/models/0/prices_per_mtok/priority/reasoning", R"({"low": 12, "likely": 14, "high": 16})"},
        {"/models/0/latency/ttft_s", R"({"median": 0.726, "p90": 1.5, "dist": "lognormal"})"},
        {"/models/0/latency/prefill_tokens_per_s", R"({"low": 3000, "likely": 5000, "high": 6000})"},
        {"/models/0/latency/output_tokens_per_s", R"({"median": 89, "p10": 40, "dist": "lognormal", "why": "logs"})"},
        {"/models/0/latency/output_tokens_per_s_slowest", R"({"low": 30, "likely": 56.9, "high": 60, "dist": "pert"})"},
    });
    QTest::newRow("unknown keys everywhere") << exampleWith({
        {"/x_top", R"({"note": "kept"})"},
        {"/traffic/x_traffic", "[1, 2]"},
        {"/economics/x_economics", R"("kept")"},
        {"/workload/x_workload", "true"},
        {"/workload/steps/0/x_step", R"({"owner": "ops"})"},
        {"/evals/gpt-4.1/x_eval", "null"},
        {"/models/0/x_model", "7"},
        {"/workload/steps/1/output_tokens", R"({"low": 180, "likely": 220, "high": 260, "x_range": "kept"})"},
    });
    QTest::newRow("no human accuracy, eval with correct count") << exampleWith({
        {"/economics/human_accuracy", "null"},
        {"/evals/gpt-4.1/correct", "450"},
    });
    QTest::newRow("author and notes") << exampleWith({
        {"/author", R"("Ана Ли 李")"},
        {"/notes", R"("Two lines,\nwith a comma")"},
    });
    QTest::newRow("alternatives on every step") << exampleWith({{"/alternatives", R"({"apply_to": "all"})"}});
    QTest::newRow("fractional numbers") << exampleWith({
        {"/traffic/requests_per_day", "1234.5678"},
        {"/workload/steps/0/calls", "1.25"},
        {"/economics/monthly_fixed_costs", "0.1"},
    });
}

void TestScenarioIo::roundTripWithoutLoss()
{
    QFETCH(QByteArray, text);

    const Scenario loaded = loadOrFail(text);
    const Json saved = scenarioToJson(loaded);

    const ScenarioLoad fromJson = scenarioFromJson(saved);
    QVERIFY2(fromJson.scenario, describe(fromJson.errors));
    QCOMPARE(*fromJson.scenario, loaded);

    const std::string savedText = scenarioToText(loaded);
    QVERIFY(savedText.ends_with('\n'));
    const ScenarioLoad fromText = scenarioFromText(savedText);
    QVERIFY2(fromText.scenario, describe(fromText.errors));
    QCOMPARE(*fromText.scenario, loaded);

    // A second save writes the same file.
    QCOMPARE(scenarioToText(*fromText.scenario), savedText);
    QCOMPARE(saved.at("format").get<std::string>(), "fulcrum-scenario");
    QCOMPARE(saved.at("version").get<int>(), 1);
}

void TestScenarioIo::unknownKeysSurviveASave_data()
{
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("top level") << "/x_top"_ba << R"({"note": "kept", "n": [1, 2]})"_ba;
    QTest::newRow("traffic") << "/traffic/x_traffic"_ba << "[1, 2, 3]"_ba;
    QTest::newRow("economics") << "/economics/x_economics"_ba << R"("kept")"_ba;
    QTest::newRow("workload") << "/workload/x_workload"_ba << "true"_ba;
    QTest::newRow("a step") << "/workload/steps/0/x_step"_ba << R"({"owner": "ops"})"_ba;
    QTest::newRow("an eval") << "/evals/gpt-4.1/x_eval"_ba << R"({"run": "2026-07-01"})"_ba;
    QTest::newRow("a model entry") << "/models/0/x_model"_ba << "7"_ba;
    QTest::newRow("a model's tier prices") << "/models/0/prices_per_mtok/standard/x_price"_ba << "0.5"_ba;
    QTest::newRow("a model's latency") << "/models/0/latency/x_latency"_ba << R"("p50")"_ba;
    QTest::newRow("alternatives") << "/alternatives/x_alternatives"_ba << "1"_ba;
}

void TestScenarioIo::unknownKeysSurviveASave()
{
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, value);

    const Scenario loaded = loadOrFail(exampleWith({{pointer.constData(), value.constData()}}));
    const Json saved = scenarioToJson(loaded);
    const Json::json_pointer at(pointer.toStdString());
    QVERIFY2(saved.contains(at), saved.dump(2).c_str());
    QVERIFY2(sameJson(saved.at(at), Json::parse(view(value))), saved.at(at).dump().c_str());

    const ScenarioLoad reloaded = scenarioFromJson(saved);
    QVERIFY2(reloaded.scenario, describe(reloaded.errors));
    QCOMPARE(*reloaded.scenario, loaded);
}

void TestScenarioIo::rangesLoadAsTheirPointValue()
{
    const Scenario s = loadOrFail(exampleWith({
        {"/traffic/requests_per_day", R"({"median": 100000, "p10": 50000})"},
        {"/economics/value_per_success", R"({"low": 15, "likely": 20, "high": 30, "dist": "pert"})"},
        {"/workload/steps/0/cache_hit_rate", R"({"low": 0.8, "likely": 0.9, "high": 0.95, "dist": "triangular"})"},
        {"/workload/steps/1/output_tokens", R"({"low": 180, "likely": 200, "high": 260, "dist": "triangular"})"},
        {"/workload/steps/0/output_tokens", R"({"median": 10, "p90": 25, "dist": "lognormal"})"},
        {"/evals/gpt-4.1/accuracy", R"({"low": 0.85, "likely": 0.9, "high": 0.93})"},
    }));

    QCOMPARE(s.traffic.requestsPerDay, 100000.0);
    const Distribution &requests = s.traffic.ranges.at("requests_per_day");
    QCOMPARE(requests.kind, DistributionKind::LogNormal); // a median makes a log-normal
    QCOMPARE(requests.median, 100000.0);
    QCOMPARE(requests.p10, std::optional<double>(50000.0));
    QCOMPARE(requests.p90, std::nullopt);

    QCOMPARE(s.economics.valuePerSuccess, 20.0);
    const Distribution &value = s.economics.ranges.at("value_per_success");
    QCOMPARE(value.kind, DistributionKind::Pert);
    QCOMPARE(value.low, 15.0);
    QCOMPARE(value.likely, 20.0);
    QCOMPARE(value.high, 30.0);

    const Step &classify = s.workload.steps[0];
    QCOMPARE(classify.cacheHitRate, std::optional<double>(0.9));
    QCOMPARE(classify.ranges.at("cache_hit_rate").kind, DistributionKind::Triangular);
    QCOMPARE(classify.outputTokens, 10.0);
    QCOMPARE(classify.ranges.at("output_tokens").kind, DistributionKind::LogNormal);
    QCOMPARE(classify.ranges.at("output_tokens").p90, std::optional<double>(25.0));

    const Step &answer = s.workload.steps[1];
    QCOMPARE(answer.outputTokens, 200.0);
    QCOMPARE(answer.ranges.at("output_tokens").low, 180.0);
    QCOMPARE(answer.ranges.at("output_tokens").high, 260.0);
    QVERIFY(!answer.ranges.contains("dynamic_input_tokens")); // plain numbers have no range

    QCOMPARE(s.evals.at("gpt-4.1").accuracy, 0.9);
    QCOMPARE(s.evals.at("gpt-4.1").ranges.at("accuracy").kind, DistributionKind::Triangular);

    // Ranges in order are valid.
    const Diagnostics errors = validateScenario(s, defaultCatalog());
    QVERIFY2(errors.empty(), describe(errors));
}

void TestScenarioIo::modelRangesLoadAsTheirPointValue()
{
    const Scenario s = loadOrFail(exampleWith({
        {"/models/0/prices_per_mtok/standard/output", R"({"low": 7, "likely": 8, "high": 11, "dist": "triangular"})"},
        {"/models/0/prices_per_mtok/standard/cached_input", R"({"low": 0.4, "likely": 0.45, "high": 0.6, "dist": "pert"})"},
        {"/models/0/latency/output_tokens_per_s", R"({"median": 60, "p10": 25, "dist": "lognormal"})"},
        {"/models/0/latency/prefill_tokens_per_s", R"({"low": 3000, "likely": 5000, "high": 6000})"},
    }));
    const ModelEntry &m = s.models.at(0);
    const TierPrices &standard = *m.pricesFor(Tier::Standard);
    QCOMPARE(standard.output, 8.0);
    QCOMPARE(standard.cachedInput, std::optional<double>(0.45));
    QCOMPARE(standard.input, 2.0);
    QCOMPARE(standard.ranges.size(), 2u);
    QCOMPARE(standard.ranges.at("output").high, 11.0);
    QCOMPARE(standard.ranges.at("cached_input").kind, DistributionKind::Pert);
    QVERIFY(m.pricesFor(Tier::Batch)->ranges.empty());
    QCOMPARE(m.latency->outputTokensPerS, 60.0);
    QCOMPARE(m.latency->ranges.at("output_tokens_per_s").kind, DistributionKind::LogNormal);
    QCOMPARE(m.latency->ranges.at("output_tokens_per_s").p10, std::optional<double>(25.0));
    QCOMPARE(m.latency->prefillTokensPerS, std::optional<double>(5000.0));
    QVERIFY(!m.latency->ranges.contains("ttft_s"));
    QVERIFY(m.hasRanges());
    const Diagnostics errors = validateScenario(s, defaultCatalog());
    QVERIFY2(errors.empty(), describe(errors));

    // The same reader reads catalog files: a catalog's entries may carry ranges too.
    Json catalog = {{"format", "fulcrum-catalog"}, {"version", 1}, {"models", Json::array()}};
    catalog["models"].push_back(scenarioToJson(s)["models"][0]);
    const CatalogLoad load = catalogFromJson(catalog);
    QVERIFY2(load.catalog, describe(load.errors));
    QCOMPARE(*load.catalog->find("gpt-4.1"), m);
    QVERIFY(sameJson(catalogToJson(*load.catalog)["models"][0], scenarioToJson(s)["models"][0]));
}

void TestScenarioIo::rangesAreWrittenBackAsRanges_data()
{
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("triangular")
        << "/workload/steps/1/output_tokens"_ba
        << R"({"low": 180, "likely": 200, "high": 260, "dist": "triangular"})"_ba
        << R"({"low": 180, "likely": 200, "high": 260, "dist": "triangular"})"_ba;
    QTest::newRow("pert") << "/economics/value_per_success"_ba
                          << R"({"low": 15, "likely": 20, "high": 30, "dist": "pert"})"_ba
                          << R"({"low": 15, "likely": 20, "high": 30, "dist": "pert"})"_ba;
    QTest::newRow("lognormal by p90") << "/workload/steps/1/output_tokens"_ba
                                      << R"({"median": 200, "p90": 420, "dist": "lognormal"})"_ba
                                      << R"({"median": 200, "p90": 420, "dist": "lognormal"})"_ba;
    QTest::newRow("lognormal by p10") << "/traffic/requests_per_day"_ba
                                      << R"({"median": 100000, "p10": 25000, "dist": "lognormal"})"_ba
                                      << R"({"median": 100000, "p10": 25000, "dist": "lognormal"})"_ba;
    QTest::newRow("no dist: triangular") << "/workload/steps/0/output_tokens"_ba
                                         << R"({"low": 5, "likely": 10, "high": 20})"_ba
                                         << R"({"low": 5, "likely": 10, "high": 20, "dist": "triangular"})"_ba;
    QTest::newRow("no dist with a median: lognormal")
        << "/workload/steps/0/output_tokens"_ba << R"({"median": 10, "p90": 30})"_ba
        << R"({"median": 10, "p90": 30, "dist": "lognormal"})"_ba;
    QTest::newRow("cache hit rate") << "/workload/steps/0/cache_hit_rate"_ba
                                    << R"({"low": 0.5, "likely": 0.9, "high": 0.95})"_ba
                                    << R"({"low": 0.5, "likely": 0.9, "high": 0.95, "dist": "triangular"})"_ba;
    QTest::newRow("eval accuracy") << "/evals/gpt-4o/accuracy"_ba
                                   << R"({"low": 0.8, "likely": 0.89, "high": 0.92, "dist": "pert"})"_ba
                                   << R"({"low": 0.8, "likely": 0.89, "high": 0.92, "dist": "pert"})"_ba;
    QTest::newRow("a model's output price")
        << "/models/0/prices_per_mtok/standard/output"_ba << R"({"low": 2, "likely": 2.5, "high": 3.5})"_ba
        << R"({"low": 2, "likely": 2.5, "high": 3.5, "dist": "triangular"})"_ba;
    QTest::newRow("a model's speed by p10")
        << "/models/0/latency/output_tokens_per_s"_ba << R"({"median": 60, "p10": 25, "dist": "lognormal"})"_ba
        << R"({"median": 60, "p10": 25, "dist": "lognormal"})"_ba;
    QTest::newRow("unknown key of a range") << "/workload/steps/1/output_tokens"_ba
                                            << R"({"low": 180, "likely": 200, "high": 260, "why": "logs"})"_ba
                                            << R"({"low": 180, "likely": 200, "high": 260, "dist": "triangular", "why": "logs"})"_ba;
}

void TestScenarioIo::rangesAreWrittenBackAsRanges()
{
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, range);
    QFETCH(QByteArray, written);

    const Scenario loaded = loadOrFail(exampleWith({{pointer.constData(), range.constData()}}));
    const Json saved = scenarioToJson(loaded);
    const Json &value = saved.at(Json::json_pointer(pointer.toStdString()));
    QVERIFY2(sameJson(value, Json::parse(view(written))), value.dump().c_str());
}

void TestScenarioIo::authorAndNotesAreOptionalFields()
{
    const Scenario plain = loadOrFail(exampleText());
    QVERIFY(plain.author.empty());
    QVERIFY(!scenarioToJson(plain).contains("author")); // DESIGN.md's shape when unused
    QVERIFY(!scenarioToJson(plain).contains("notes"));

    const Scenario s = loadOrFail(exampleWith({{"/author", R"("Ops")"}, {"/notes", R"("Why")"}}));
    QCOMPARE(s.author, "Ops");
    QCOMPARE(s.notes, "Why");
    QVERIFY(!s.extra.contains("author"));
    QCOMPARE(scenarioToJson(s).at("notes").get<std::string>(), "Why");
}

void TestScenarioIo::autoCacheHitRateRoundTrips()
{
    const Scenario loaded = loadOrFail(exampleText());
    QVERIFY(!loaded.workload.steps[0].autoCacheHitRate());
    QVERIFY(loaded.workload.steps[1].autoCacheHitRate());

    const Json saved = scenarioToJson(loaded);
    QCOMPARE(saved.at("/workload/steps/0/cache_hit_rate"_json_pointer).get<double>(), 0.9);
    QCOMPARE(saved.at("/workload/steps/1/cache_hit_rate"_json_pointer).get<std::string>(), "auto");

    const Scenario reloaded = loadOrFail(QByteArray::fromStdString(saved.dump()));
    QVERIFY(reloaded.workload.steps[1].autoCacheHitRate());
    QCOMPARE(reloaded.workload.steps[1].cacheHitRate, std::nullopt);

    // A step without the key has a hit rate of 0, not "auto".
    const Scenario without = loadOrFail(exampleWith({{"/workload/steps/0/cache_hit_rate", nullptr}}));
    QCOMPARE(without.workload.steps[0].cacheHitRate, std::optional<double>(0.0));
}

void TestScenarioIo::structuralErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");

    // Not JSON at all.
    QTest::newRow("not JSON") << R"({"format": "fulcrum-scenario",)"_ba << u""_s << u"not_json"_s;
    QTest::newRow("NaN is not JSON")
        << exampleWith({{"/workload/steps/1/output_tokens", "NaN"}}) << u""_s << u"not_json"_s;
    QTest::newRow("empty text") << ""_ba << u""_s << u"empty"_s;
    QTest::newRow("blank text") << " \n\t\r\n"_ba << u""_s << u"empty"_s;
    QTest::newRow("an array, not an object") << "[]"_ba << u""_s << u"wrong_type"_s;
    // A number too large for a double is refused by the parser; its field is still named.
    QTest::newRow("infinite output tokens")
        << exampleWith({{"/workload/steps/1/output_tokens", "1e999"}}) << u"workload.steps[1].output_tokens"_s
        << u"not_finite"_s;
    QTest::newRow("minus infinite requests per day")
        << exampleWith({{"/traffic/requests_per_day", "-1e999"}}) << u"traffic.requests_per_day"_s
        << u"not_finite"_s;
    QTest::newRow("infinite value in a list")
        << exampleWith({{"/workload/steps/0/after", "[1e999]"}}) << u"workload.steps[0].after[0]"_s
        << u"not_finite"_s;

    // Wrong types.
    QTest::newRow("output tokens as a string")
        << exampleWith({{"/workload/steps/0/output_tokens", R"("200")"}})
        << u"workload.steps[0].output_tokens"_s << u"wrong_type"_s;
    QTest::newRow("output tokens as a bool")
        << exampleWith({{"/workload/steps/1/output_tokens", "true"}})
        << u"workload.steps[1].output_tokens"_s << u"wrong_type"_s;
    QTest::newRow("requests per day as null")
        << exampleWith({{"/traffic/requests_per_day", "null"}}) << u"traffic.requests_per_day"_s
        << u"wrong_type"_s;
    QTest::newRow("traffic as an array")
        << exampleWith({{"/traffic", "[]"}}) << u"traffic"_s << u"wrong_type"_s;
    QTest::newRow("title as a number") << exampleWith({{"/title", "42"}}) << u"title"_s << u"wrong_type"_s;
    QTest::newRow("streaming as a string")
        << exampleWith({{"/workload/streaming", R"("yes")"}}) << u"workload.streaming"_s << u"wrong_type"_s;
    QTest::newRow("steps as an object")
        << exampleWith({{"/workload/steps", "{}"}}) << u"workload.steps"_s << u"wrong_type"_s;
    QTest::newRow("a step as a number")
        << exampleWith({{"/workload/steps/1", "7"}}) << u"workload.steps[1]"_s << u"wrong_type"_s;
    QTest::newRow("after as a string")
        << exampleWith({{"/workload/steps/1/after", R"("classify")"}}) << u"workload.steps[1].after"_s
        << u"wrong_type"_s;
    QTest::newRow("an after entry as a number")
        << exampleWith({{"/workload/steps/1/after/0", "0"}}) << u"workload.steps[1].after[0]"_s
        << u"wrong_type"_s;
    QTest::newRow("an eval as a number")
        << exampleWith({{"/evals/gpt-4o", "0.89"}}) << u"evals.gpt-4o"_s << u"wrong_type"_s;
    QTest::newRow("human accuracy as a string")
        << exampleWith({{"/economics/human_accuracy", R"("66%")"}}) << u"economics.human_accuracy"_s
        << u"wrong_type"_s;
    QTest::newRow("tier as a number")
        << exampleWith({{"/workload/steps/0/tier", "1"}}) << u"workload.steps[0].tier"_s << u"wrong_type"_s;
    QTest::newRow("a model entry as a string")
        << exampleWith({{"/models/0", R"("gpt-4.1")"}}) << u"models[0]"_s << u"wrong_type"_s;

    // Missing required fields.
    QTest::newRow("requests per day missing")
        << exampleWith({{"/traffic/requests_per_day", nullptr}}) << u"traffic.requests_per_day"_s
        << u"missing"_s;
    QTest::newRow("value per success missing")
        << exampleWith({{"/economics/value_per_success", nullptr}}) << u"economics.value_per_success"_s
        << u"missing"_s;
    QTest::newRow("latency budget missing")
        << exampleWith({{"/workload/latency_budget_s", nullptr}}) << u"workload.latency_budget_s"_s
        << u"missing"_s;
    QTest::newRow("economics missing") << exampleWith({{"/economics", nullptr}}) << u"economics"_s << u"missing"_s;
    QTest::newRow("steps missing")
        << exampleWith({{"/workload/steps", nullptr}}) << u"workload.steps"_s << u"missing"_s;
    QTest::newRow("step name missing")
        << exampleWith({{"/workload/steps/0/name", nullptr}}) << u"workload.steps[0].name"_s << u"missing"_s;
    QTest::newRow("step model missing")
        << exampleWith({{"/workload/steps/1/model", nullptr}}) << u"workload.steps[1].model"_s << u"missing"_s;
    QTest::newRow("eval accuracy missing")
        << exampleWith({{"/evals/gpt-4.1/accuracy", nullptr}}) << u"evals.gpt-4.1.accuracy"_s << u"missing"_s;
    QTest::newRow("model id missing")
        << exampleWith({{"/models/0/id", nullptr}}) << u"models[0].id"_s << u"missing"_s;

    // Strings that are not one of the allowed words.
    QTest::newRow("cache hit rate a string other than auto")
        << exampleWith({{"/workload/steps/0/cache_hit_rate", R"("always")"}})
        << u"workload.steps[0].cache_hit_rate"_s << u"wrong_type"_s;
    QTest::newRow("cache hit rate AUTO in capitals")
        << exampleWith({{"/workload/steps/1/cache_hit_rate", R"("AUTO")"}})
        << u"workload.steps[1].cache_hit_rate"_s << u"wrong_type"_s;
    QTest::newRow("unknown tier")
        << exampleWith({{"/workload/steps/0/tier", R"("turbo")"}}) << u"workload.steps[0].tier"_s
        << u"unknown_tier"_s;
    QTest::newRow("another format")
        << exampleWith({{"/format", R"("fulcrum-catalog")"}}) << u"format"_s << u"wrong_format"_s;

    // Versions.
    QTest::newRow("version 99") << exampleWith({{"/version", "99"}}) << u"version"_s << u"newer_version"_s;
    QTest::newRow("version 2") << exampleWith({{"/version", "2"}}) << u"version"_s << u"newer_version"_s;
    QTest::newRow("version 0") << exampleWith({{"/version", "0"}}) << u"version"_s << u"bad_version"_s;
    QTest::newRow("version 1.5") << exampleWith({{"/version", "1.5"}}) << u"version"_s << u"bad_version"_s;
    QTest::newRow("version -1") << exampleWith({{"/version", "-1"}}) << u"version"_s << u"bad_version"_s;
    QTest::newRow("version as a string")
        << exampleWith({{"/version", R"("1")"}}) << u"version"_s << u"wrong_type"_s;

    // Bad ranges.
    QTest::newRow("range without high")
        << exampleWith({{"/workload/steps/1/output_tokens", R"({"low": 180, "likely": 220, "dist": "triangular"})"}})
        << u"workload.steps[1].output_tokens.high"_s << u"missing"_s;
    QTest::newRow("range with an unknown dist")
        << exampleWith({{"/workload/steps/1/output_tokens",
                         R"({"low": 180, "likely": 220, "high": 260, "dist": "uniform"})"}})
        << u"workload.steps[1].output_tokens.dist"_s << u"unknown_distribution"_s;
    QTest::newRow("price range with an unknown dist")
        << exampleWith({{"/models/0/prices_per_mtok/standard/output",
                         R"({"low": 7, "likely": 8, "high": 11, "dist": "uniform"})"}})
        << u"models[0].prices_per_mtok.standard.output.dist"_s << u"unknown_distribution"_s;
    QTest::newRow("speed range without its median")
        << exampleWith({{"/models/0/latency/output_tokens_per_s", R"({"p10": 25, "dist": "lognormal"})"}})
        << u"models[0].latency.output_tokens_per_s.median"_s << u"missing"_s;
    QTest::newRow("range with a string bound")
        << exampleWith({{"/economics/value_per_success", R"({"low": "15", "likely": 20, "high": 30})"}})
        << u"economics.value_per_success.low"_s << u"wrong_type"_s;
    QTest::newRow("lognormal without median")
        << exampleWith({{"/workload/steps/1/output_tokens", R"({"p90": 420, "dist": "lognormal"})"}})
        << u"workload.steps[1].output_tokens.median"_s << u"missing"_s;
    QTest::newRow("lognormal with both percentiles")
        << exampleWith({{"/workload/steps/1/output_tokens", R"({"median": 220, "p10": 100, "p90": 420})"}})
        << u"workload.steps[1].output_tokens"_s << u"lognormal_needs_one_percentile"_s;
    QTest::newRow("triangular range with a percentile")
        << exampleWith({{"/workload/steps/1/output_tokens", R"({"low": 180, "likely": 220, "high": 260, "p90": 400})"}})
        << u"workload.steps[1].output_tokens.p90"_s << u"not_for_distribution"_s;
    QTest::newRow("PERT range with a median")
        << exampleWith({{"/economics/value_per_success",
                         R"({"low": 15, "likely": 20, "high": 30, "median": 20, "dist": "pert"})"}})
        << u"economics.value_per_success.median"_s << u"not_for_distribution"_s;
    QTest::newRow("lognormal with a low end")
        << exampleWith({{"/workload/steps/1/output_tokens", R"({"median": 220, "p90": 420, "low": 100})"}})
        << u"workload.steps[1].output_tokens.low"_s << u"not_for_distribution"_s;
    QTest::newRow("lognormal with no percentile")
        << exampleWith({{"/workload/steps/1/output_tokens", R"({"median": 220, "dist": "lognormal"})"}})
        << u"workload.steps[1].output_tokens"_s << u"lognormal_needs_one_percentile"_s;
}

void TestScenarioIo::structuralErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QString, code);

    QByteArray thrown;
    const ScenarioLoad load = loadCatching(text, thrown);
    QVERIFY2(thrown.isEmpty(), thrown.constData());
    QVERIFY2(!load.scenario, "a file with a structural error must not give a scenario");
    QVERIFY2(load.errors.size() == 1, "expected exactly one error, got:" + describe(load.errors));
    QCOMPARE(QString::fromStdString(load.errors[0].path), path);
    QCOMPARE(QString::fromStdString(load.errors[0].code), code);
}

void TestScenarioIo::notJsonNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("found"); // what stands there; empty at the end of the text

    // The position is that of the character the parser stopped at, 1-based.
    QTest::newRow("a bare word on line 3") << "{\n  \"a\": 1,\n  oops\n}"_ba << 3 << 3 << u"oops"_s;
    QTest::newRow("NaN on line 1") << R"({"a": NaN})"_ba << 1 << 7 << u"NaN"_s;
    QTest::newRow("a comma too many") << R"({"a": 1,})"_ba << 1 << 9 << u"}"_s;
    QTest::newRow("cut short: one past the end") << R"({"title": "x")"_ba << 1 << 14 << QString();
    QTest::newRow("after CRLF lines") << "{\r\n\"a\": 1,\r\n\"b\": @\r\n}"_ba << 3 << 6 << u"@"_s;
    QTest::newRow("a tab inside a string") << "{\"a\": \"x\ty\"}"_ba << 1 << 9 << u"U+0009"_s;
    QTest::newRow("a comma forgotten before a key") << "{\"a\": 1\n \"b\": 2}"_ba << 2 << 4 << u"\"b\""_s;
    QTest::newRow("a number where a comma was due") << R"({"a": 1 23})"_ba << 1 << 10 << u"23"_s;
    QTest::newRow("a Cyrillic word") << "{\"a\": да}"_ba << 1 << 7 << u"да"_s;
}

void TestScenarioIo::notJsonNamesLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, found);

    QByteArray thrown;
    const ScenarioLoad load = loadCatching(text, thrown);
    QVERIFY2(thrown.isEmpty(), thrown.constData());
    QVERIFY(!load.scenario);
    QVERIFY2(load.errors.size() == 1, describe(load.errors));
    const Diagnostic &d = load.errors[0];
    QCOMPARE(d.path, "");
    QCOMPARE(d.code, "not_json");
    QCOMPARE(d.params.at("line").get<int>(), line);
    QCOMPARE(d.params.at("column").get<int>(), column);
    QVERIFY(d.params.at("detail").is_string());
    QVERIFY(!d.params.at("detail").get<std::string>().empty());
    if (found.isEmpty())
        QVERIFY(!d.params.contains("found"));
    else
        QCOMPARE(QString::fromStdString(d.params.at("found").get<std::string>()), found);
}

void TestScenarioIo::newerVersionIsTheOnlyError()
{
    // A newer file may be laid out differently: nothing else in it is judged.
    const QByteArray text = exampleWith({
        {"/version", "99"},
        {"/traffic", R"("moved to a newer section")"},
        {"/workload/steps/0/output_tokens", R"("many")"},
        {"/economics", nullptr},
    });
    const ScenarioLoad load = scenarioFromText(view(text));
    QVERIFY(!load.scenario);
    QVERIFY2(load.errors.size() == 1, describe(load.errors));
    QCOMPARE(load.errors[0].path, "version");
    QCOMPARE(load.errors[0].code, "newer_version");
    QCOMPARE(load.errors[0].params.at("version").get<double>(), 99.0);
    QCOMPARE(load.errors[0].params.at("supported").get<int>(), ScenarioFormatVersion);
}

void TestScenarioIo::validationErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("params");

    // Numbers out of range.
    QTest::newRow("negative output tokens")
        << exampleWith({{"/workload/steps/0/output_tokens", "-5"}}) << u"workload.steps[0].output_tokens"_s
        << u"negative"_s << R"({"value": -5})"_ba;
    QTest::newRow("negative dynamic input tokens")
        << exampleWith({{"/workload/steps/1/dynamic_input_tokens", "-0.5"}})
        << u"workload.steps[1].dynamic_input_tokens"_s << u"negative"_s << R"({"value": -0.5})"_ba;
    QTest::newRow("negative cost per churn")
        << exampleWith({{"/economics/cost_per_churn", "-1000"}}) << u"economics.cost_per_churn"_s
        << u"negative"_s << R"({"value": -1000})"_ba;
    QTest::newRow("churn rate above 1")
        << exampleWith({{"/economics/churn_rate_per_failure", "1.5"}}) << u"economics.churn_rate_per_failure"_s
        << u"not_a_share"_s << R"({"value": 1.5})"_ba;
    QTest::newRow("cache hit rate below 0")
        << exampleWith({{"/workload/steps/0/cache_hit_rate", "-0.1"}})
        << u"workload.steps[0].cache_hit_rate"_s << u"not_a_share"_s << R"({"value": -0.1})"_ba;
    QTest::newRow("async share above 1")
        << exampleWith({{"/traffic/async_share", "1.01"}}) << u"traffic.async_share"_s << u"not_a_share"_s
        << R"({"value": 1.01})"_ba;
    QTest::newRow("eval accuracy above 1")
        << exampleWith({{"/evals/gpt-4o/accuracy", "1.2"}}) << u"evals.gpt-4o.accuracy"_s
        << u"not_a_share"_s << R"({"value": 1.2})"_ba;
    QTest::newRow("human accuracy above 1")
        << exampleWith({{"/economics/human_accuracy", "66"}}) << u"economics.human_accuracy"_s
        << u"not_a_share"_s << R"({"value": 66})"_ba;
    QTest::newRow("a latency budget of 0")
        << exampleWith({{"/workload/latency_budget_s", "0"}}) << u"workload.latency_budget_s"_s
        << u"not_positive"_s << R"({"value": 0})"_ba;
    QTest::newRow("0 calls")
        << exampleWith({{"/workload/steps/0/calls", "0"}}) << u"workload.steps[0].calls"_s
        << u"below_minimum"_s << R"({"value": 0, "minimum": 1})"_ba;
    QTest::newRow("horizon of 1.5 months")
        << exampleWith({{"/traffic/horizon_months", "1.5"}}) << u"traffic.horizon_months"_s
        << u"not_integer"_s << R"({"value": 1.5})"_ba;
    QTest::newRow("horizon of 0 months")
        << exampleWith({{"/traffic/horizon_months", "0"}}) << u"traffic.horizon_months"_s
        << u"below_minimum"_s << R"({"value": 0, "minimum": 1})"_ba;
    QTest::newRow("horizon of 121 months")
        << exampleWith({{"/traffic/horizon_months", "121"}}) << u"traffic.horizon_months"_s
        << u"above_maximum"_s << R"({"value": 121, "maximum": 120})"_ba;
    QTest::newRow("1.5 completions")
        << exampleWith({{"/workload/steps/1/completions", "1.5"}}) << u"workload.steps[1].completions"_s
        << u"not_integer"_s << R"({"value": 1.5})"_ba;
    QTest::newRow("eval correct above eval size")
        << exampleWith({{"/evals/gpt-4.1/correct", "501"}}) << u"evals.gpt-4.1.correct"_s
        << u"above_maximum"_s << R"({"value": 501, "maximum": 500})"_ba;
    QTest::newRow("eval correct not whole")
        << exampleWith({{"/evals/gpt-4.1/correct", "450.5"}}) << u"evals.gpt-4.1.correct"_s
        << u"not_integer"_s << R"({"value": 450.5})"_ba;
    QTest::newRow("nothing at stake")
        << exampleWith({{"/economics/value_per_success", "0"},
                        {"/economics/cost_per_escalation", "0"},
                        {"/economics/churn_rate_per_failure", "0"}})
        << u"economics.value_per_success"_s << u"no_stakes"_s << "{}"_ba;

    // Ranges.
    QTest::newRow("range out of order")
        << exampleWith({{"/workload/steps/1/output_tokens",
                         R"({"low": 300, "likely": 220, "high": 260, "dist": "triangular"})"}})
        << u"workload.steps[1].output_tokens"_s << u"range_order"_s
        << R"({"low": 300, "likely": 220, "high": 260})"_ba;
    QTest::newRow("lognormal p90 below its median")
        << exampleWith({{"/workload/steps/1/output_tokens", R"({"median": 220, "p90": 150, "dist": "lognormal"})"}})
        << u"workload.steps[1].output_tokens"_s << u"range_order"_s
        << R"({"median": 220, "p10": null, "p90": 150})"_ba;
    QTest::newRow("range with a negative low")
        << exampleWith({{"/workload/steps/1/output_tokens", R"({"low": -10, "likely": 220, "high": 260})"}})
        << u"workload.steps[1].output_tokens.low"_s << u"negative"_s << R"({"value": -10})"_ba;
    QTest::newRow("accuracy range above 1")
        << exampleWith({{"/evals/gpt-4.1/accuracy", R"({"low": 0.85, "likely": 0.9, "high": 1.1})"}})
        << u"evals.gpt-4.1.accuracy.high"_s << u"not_a_share"_s << R"({"value": 1.1})"_ba;

    // Ranges of a model's prices and speeds.
    QTest::newRow("price range out of order")
        << exampleWith({{"/models/0/prices_per_mtok/standard/output", R"({"low": 9, "likely": 8, "high": 11})"}})
        << u"models[0].prices_per_mtok.standard.output"_s << u"range_order"_s
        << R"({"low": 9, "likely": 8, "high": 11})"_ba;
    QTest::newRow("price range with a negative low")
        << exampleWith({{"/models/0/prices_per_mtok/batch/input", R"({"low": -1, "likely": 1, "high": 2})"}})
        << u"models[0].prices_per_mtok.batch.input.low"_s << u"negative"_s << R"({"value": -1})"_ba;
    QTest::newRow("log-normal price of 0")
        << exampleWith({{"/models/0/prices_per_mtok/standard/cached_input", R"({"median": 0, "p90": 1})"}})
        << u"models[0].prices_per_mtok.standard.cached_input.median"_s << u"not_positive"_s
        << R"({"value": 0})"_ba;
    QTest::newRow("speed p10 above its median")
        << exampleWith({{"/models/0/latency/output_tokens_per_s", R"({"median": 60, "p10": 80, "dist": "lognormal"})"}})
        << u"models[0].latency.output_tokens_per_s"_s << u"range_order"_s
        << R"({"median": 60, "p10": 80, "p90": null})"_ba;
    QTest::newRow("speed range with a zero low")
        << exampleWith({{"/models/0/latency/prefill_tokens_per_s", R"({"low": 0, "likely": 5000, "high": 6000})"}})
        << u"models[0].latency.prefill_tokens_per_s.low"_s << u"not_positive"_s << R"({"value": 0})"_ba;
    QTest::newRow("ttft range with a negative low")
        << exampleWith({{"/models/0/latency/ttft_s", R"({"low": -0.1, "likely": 0.7, "high": 1})"}})
        << u"models[0].latency.ttft_s.low"_s << u"negative"_s << R"({"value": -0.1})"_ba;
    QTest::newRow("slowest speed likely above the typical")
        << exampleWith({{"/models/0/latency/output_tokens_per_s_slowest", R"({"low": 50, "likely": 95, "high": 99})"}})
        << u"models[0].latency.output_tokens_per_s_slowest"_s << u"faster_than_typical"_s
        << R"({"value": 95, "typical": 89})"_ba;

    // Names that refer to nothing, or twice to the same thing.
    QTest::newRow("unknown model")
        << exampleWith({{"/workload/steps/0/model", R"("gpt-9000")"}}) << u"workload.steps[0].model"_s
        << u"unknown_model"_s << R"({"model": "gpt-9000"})"_ba;
    QTest::newRow("unknown step in after")
        << exampleWith({{"/workload/steps/1/after/0", R"("clasify")"}}) << u"workload.steps[1].after[0]"_s
        << u"unknown_step"_s << R"({"step": "clasify"})"_ba;
    QTest::newRow("duplicate step names")
        << exampleWith({{"/workload/steps/1/name", R"("classify")"}, {"/workload/steps/1/after", "[]"}})
        << u"workload.steps[1].name"_s << u"duplicate_step"_s << R"({"step": "classify"})"_ba;
    // Step 0 is found first and the cycle is followed along "after": classify → answer.
    QTest::newRow("two steps wait for each other")
        << exampleWith({{"/workload/steps/0/after", R"(["answer"])"}}) << u"workload.steps[0].after"_s
        << u"dependency_cycle"_s << R"({"cycle": ["classify", "answer"]})"_ba;
    QTest::newRow("a step waits for itself")
        << exampleWith({{"/workload/steps/1/after", R"(["answer"])"}}) << u"workload.steps[1].after[0]"_s
        << u"dependency_cycle"_s << R"({"cycle": ["answer"]})"_ba;
    QTest::newRow("gpt-4o on flex")
        << exampleWith({{"/workload/steps/0/model", R"("gpt-4o")"}, {"/workload/steps/0/tier", R"("flex")"}})
        << u"workload.steps[0].tier"_s << u"tier_not_offered"_s << R"({"model": "gpt-4o", "tier": "flex"})"_ba;
    // gpt-4.1 is the scenario's own entry, which has no flex prices either.
    QTest::newRow("scenario's own model on flex")
        << exampleWith({{"/workload/steps/1/tier", R"("flex")"}}) << u"workload.steps[1].tier"_s
        << u"tier_not_offered"_s << R"({"model": "gpt-4.1", "tier": "flex"})"_ba;
    QTest::newRow("empty pipeline")
        << exampleWith({{"/workload/steps", "[]"}}) << u"workload.steps"_s << u"empty_pipeline"_s << "{}"_ba;
    QTest::newRow("alternatives on a step that does not exist")
        << exampleWith({{"/alternatives", R"({"apply_to": "summarize"})"}}) << u"alternatives.apply_to"_s
        << u"unknown_step"_s << R"({"step": "summarize"})"_ba;
    QTest::newRow("empty currency")
        << exampleWith({{"/currency", R"("")"}}) << u"currency"_s << u"empty_name"_s << "{}"_ba;
}

void TestScenarioIo::validationErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QString, code);
    QFETCH(QByteArray, params);

    // Values out of range still load (the window shows the file and marks the field).
    QByteArray thrown;
    const ScenarioLoad load = loadCatching(text, thrown);
    QVERIFY2(thrown.isEmpty(), thrown.constData());
    QVERIFY2(load.scenario, "should load:" + describe(load.errors));
    QVERIFY2(load.errors.empty(), describe(load.errors));

    const Diagnostics errors = validateScenario(*load.scenario, defaultCatalog());
    QVERIFY2(errors.size() == 1, "expected exactly one error, got:" + describe(errors));
    QCOMPARE(QString::fromStdString(errors[0].path), path);
    QCOMPARE(QString::fromStdString(errors[0].code), code);
    QVERIFY2(sameJson(errors[0].params, Json::parse(view(params))), errors[0].params.dump().c_str());
}

void TestScenarioIo::nonFiniteValuesAreNamed_data()
{
    QTest::addColumn<double>("value");

    QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
    QTest::newRow("minus infinity") << -std::numeric_limits<double>::infinity();
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
}

void TestScenarioIo::nonFiniteValuesAreNamed()
{
    QFETCH(double, value);

    // Set in the struct, as the window's editors would: validation does not rely on the parser.
    Scenario s = loadOrFail(exampleText());
    s.workload.steps[1].outputTokens = value;
    const Diagnostics errors = validateScenario(s, defaultCatalog());
    QVERIFY2(errors.size() == 1, describe(errors));
    QCOMPARE(errors[0].path, "workload.steps[1].output_tokens");
    QCOMPARE(errors[0].code, "not_finite");
    QVERIFY(errors[0].params.empty());

    s = loadOrFail(exampleText());
    s.economics.humanAccuracy = value;
    const Diagnostics human = validateScenario(s, defaultCatalog());
    QVERIFY2(human.size() == 1, describe(human));
    QCOMPARE(human[0].path, "economics.human_accuracy");
    QCOMPARE(human[0].code, "not_finite");
}

void TestScenarioIo::migrationAppliesStepsInOrderAndStampsVersion()
{
    // A fake history: version 1 called the traffic "requests", version 2 nested it.
    const std::map<int, ScenarioMigration> migrations = {
        {1,
         [](Json &json) {
             json["traffic"]["requests_per_day"] = json["traffic"]["requests"];
             json["traffic"].erase("requests");
         }},
        {2,
         [](Json &json) {
             // Only works if step 1 ran first.
             json["traffic"]["requests_per_day"] = json["traffic"]["requests_per_day"].get<double>() * 2;
         }},
    };

    Json oneStep = Json::parse(R"({"format": "fulcrum-scenario", "version": 1,
                                   "traffic": {"requests": 500, "monthly_growth": 0.1}})");
    QVERIFY(migrateScenarioJson(oneStep, 1, 2, migrations));
    QCOMPARE(oneStep.at("version").get<int>(), 2);
    QCOMPARE(oneStep.at("traffic").at("requests_per_day").get<double>(), 500.0);
    QVERIFY(!oneStep.at("traffic").contains("requests"));
    QCOMPARE(oneStep.at("traffic").at("monthly_growth").get<double>(), 0.1);
    QCOMPARE(oneStep.at("format").get<std::string>(), "fulcrum-scenario");

    Json twoSteps = Json::parse(R"({"version": 1, "traffic": {"requests": 500}})");
    QVERIFY(migrateScenarioJson(twoSteps, 1, 3, migrations));
    QCOMPARE(twoSteps.at("version").get<int>(), 3);
    QCOMPARE(twoSteps.at("traffic").at("requests_per_day").get<double>(), 1000.0);

    // Nothing to do: the version is stamped, nothing else changes.
    Json current = Json::parse(R"({"version": 2, "traffic": {"requests_per_day": 7}})");
    QVERIFY(migrateScenarioJson(current, 2, 2, migrations));
    QCOMPARE(current.dump(), R"({"version":2,"traffic":{"requests_per_day":7}})");
}

void TestScenarioIo::migrationWithAMissingStepLeavesJsonUntouched()
{
    int applied = 0;
    const std::map<int, ScenarioMigration> migrations = {
        {1, [&](Json &json) { ++applied; json["renamed"] = true; }},
        // no step from 2 to 3
    };
    const Json original = Json::parse(R"({"version": 1, "traffic": {"requests": 500}})");

    Json json = original;
    QVERIFY(!migrateScenarioJson(json, 1, 3, migrations));
    QCOMPARE(json.dump(), original.dump());
    QCOMPARE(applied, 0); // not even the steps that exist

    json = original;
    QVERIFY(!migrateScenarioJson(json, 2, 3, migrations));
    QCOMPARE(json.dump(), original.dump());

    json = original;
    QVERIFY(!migrateScenarioJson(json, 1, 2, {}));
    QCOMPARE(json.dump(), original.dump());
}

void TestScenarioIo::noMigrationsAreRegisteredForTheFirstVersion()
{
    // Version 1 is the first format: nothing to upgrade from yet.
    QCOMPARE(ScenarioFormatVersion, 1);
    QVERIFY(scenarioMigrations().empty());
    // A file without a version is read as the current one.
    const ScenarioLoad load = scenarioFromText(view(exampleWith({{"/version", nullptr}})));
    QVERIFY2(load.scenario, describe(load.errors));
    QCOMPARE(load.scenario->version, ScenarioFormatVersion);
}

} // namespace fulcrum

QTEST_APPLESS_MAIN(fulcrum::TestScenarioIo)

#include "tst_scenarioio.moc"
