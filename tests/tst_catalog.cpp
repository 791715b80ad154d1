#include <QFile>
#include <QTest>

#include "models/catalogio.h"
#include "models/litellmimport.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

std::string readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll().toStdString();
}

QString snapshotPath()
{
    return QStringLiteral(FULCRUM_SHARED_DATA_DIR) + u"/prices/litellm-model-prices-2026-07-24.json"_s;
}

Catalog defaultCatalog()
{
    CatalogLoad load = catalogFromText(
        readText(QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/catalog/default-catalog.json"_s));
    if (!load.catalog)
        qFatal("the default catalog does not load: %s", load.errors.front().code.c_str());
    return *load.catalog;
}

LiteLlmImport importSnapshot()
{
    return importLiteLlmText(readText(snapshotPath()), "2026-07-24", "test");
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void defaultCatalogLoadsAndIsDated();
    void defaultCatalogHasTheMajorProviders();
    void defaultCatalogPricesMatchTheSnapshot();
    void importKeepsOnlyChatModels();
    void importGivesGpt4oTierPricesExactly();
    void importGivesCacheWritesAndReasoningPrices();
    void mergeKeepsWhatLiteLlmCannotCarry();
    void catalogRoundTrips();
    void badEntriesNameTheirField_data();
    void badEntriesNameTheirField();
    void importRefusesWhatIsNotAnObject();
};

void TestCatalog::defaultCatalogLoadsAndIsDated()
{
    const Catalog catalog = defaultCatalog();
    QCOMPARE(catalog.asOf(), std::string("2026-07-24"));
    QVERIFY(catalog.models().size() >= 30);
    for (const ModelEntry &m : catalog.models()) {
        QVERIFY2(!m.asOf.empty() && !m.source.empty(), m.id.c_str());
        QVERIFY2(m.offers(Tier::Standard), m.id.c_str());
        if (m.latency) {
            QVERIFY2(!m.latency->asOf.empty() && !m.latency->source.empty(), m.id.c_str());
            QVERIFY2(m.latency->outputTokensPerS > 0, m.id.c_str());
        }
        Diagnostics errors;
        checkModelEntry(m, m.id, errors);
        QVERIFY2(errors.empty(), m.id.c_str());
    }
}

void TestCatalog::defaultCatalogHasTheMajorProviders()
{
    const Catalog catalog = defaultCatalog();
    for (const char *provider : {"OpenAI", "Anthropic", "Google"}) {
        int withLatency = 0;
        for (const ModelEntry &m : catalog.models()) {
            if (m.provider == provider && m.latency)
                ++withLatency;
        }
        QVERIFY2(withLatency >= 3, provider);
    }
}

void TestCatalog::defaultCatalogPricesMatchTheSnapshot()
{
    // The shipped catalog is built from the snapshot by tools/build_default_catalog.py; the
    // importer must read the same prices, so the two cannot drift apart unnoticed.
    const LiteLlmImport import = importSnapshot();
    const Catalog catalog = defaultCatalog();
    for (const ModelEntry &shipped : catalog.models()) {
        const auto it = std::find_if(import.models.begin(), import.models.end(),
                                     [&](const ModelEntry &m) { return m.id == shipped.id; });
        QVERIFY2(it != import.models.end(), shipped.id.c_str());
        QVERIFY2(it->prices == shipped.prices, shipped.id.c_str());
        QVERIFY2(it->contextWindow == shipped.contextWindow, shipped.id.c_str());
        QVERIFY2(it->maxOutputTokens == shipped.maxOutputTokens, shipped.id.c_str());
    }
}

void TestCatalog::importKeepsOnlyChatModels()
{
    const LiteLlmImport import = importSnapshot();
    QVERIFY(import.errors.empty());
    // 218 entries: 166 chat models, one of which (deepseek-v3-2-251201) lists every price as 0.
    QCOMPARE(import.models.size(), std::size_t(165));
    QCOMPARE(import.skippedNotChat, 52);
    QCOMPARE(import.skippedWithoutPrices, 1);
    for (const ModelEntry &m : import.models) {
        QCOMPARE(m.asOf, std::string("2026-07-24"));
        QVERIFY(m.id != "gpt-4o-transcribe" && m.id != "gemini-embedding-001" && m.id != "o3-pro");
    }
}

void TestCatalog::importGivesGpt4oTierPricesExactly()
{
    const LiteLlmImport import = importSnapshot();
    const auto it = std::find_if(import.models.begin(), import.models.end(),
                                 [](const ModelEntry &m) { return m.id == "gpt-4o"; });
    QVERIFY(it != import.models.end());
    QCOMPARE(it->provider, std::string("OpenAI"));
    // USD per token in the file: 2.5e-06 / 1.25e-06 / 1e-05; batches 1.25e-06 / 5e-06;
    // priority 4.25e-06 / 2.125e-06 / 1.7e-05.
    const TierPrices &standard = *it->pricesFor(Tier::Standard);
    QCOMPARE(standard.input, 2.5);
    QCOMPARE(standard.cachedInput, std::optional<double>(1.25));
    QCOMPARE(standard.cacheWrite, std::optional<double>());
    QCOMPARE(standard.output, 10.0);
    const TierPrices &batch = *it->pricesFor(Tier::Batch);
    QCOMPARE(batch.input, 1.25);
    QCOMPARE(batch.cachedInput, std::optional<double>());
    QCOMPARE(batch.output, 5.0);
    QVERIFY(!it->offers(Tier::Flex));
    const TierPrices &priority = *it->pricesFor(Tier::Priority);
    QCOMPARE(priority.input, 4.25);
    QCOMPARE(priority.cachedInput, std::optional<double>(2.125));
    QCOMPARE(priority.output, 17.0);
    QCOMPARE(it->contextWindow, std::optional<double>(128000));
    QCOMPARE(it->maxOutputTokens, std::optional<double>(16384));
    QVERIFY(!it->latency);
}

void TestCatalog::importGivesCacheWritesAndReasoningPrices()
{
    const LiteLlmImport import = importSnapshot();
    auto find = [&](const char *id) {
        return *std::find_if(import.models.begin(), import.models.end(),
                             [&](const ModelEntry &m) { return m.id == id; });
    };
    // claude-sonnet-4-6: 3e-06 in, 3e-07 read, 3.75e-06 write, 1.5e-05 out; min prefix 1024.
    const ModelEntry sonnet = find("claude-sonnet-4-6");
    QCOMPARE(sonnet.provider, std::string("Anthropic"));
    QCOMPARE(sonnet.pricesFor(Tier::Standard)->cacheWrite, std::optional<double>(3.75));
    QCOMPARE(sonnet.pricesFor(Tier::Standard)->cachedInput, std::optional<double>(0.3));
    QCOMPARE(sonnet.promptCacheMinTokens, std::optional<double>(1024));
    QVERIFY(!sonnet.offers(Tier::Batch));
    // gpt-5.6 flex: 2.5e-06 in, 2.5e-07 read, 3.125e-06 write, 1.5e-05 out.
    const ModelEntry gpt56 = find("gpt-5.6");
    const TierPrices &flex = *gpt56.pricesFor(Tier::Flex);
    QCOMPARE(flex.input, 2.5);
    QCOMPARE(flex.cachedInput, std::optional<double>(0.25));
    QCOMPARE(flex.cacheWrite, std::optional<double>(3.125));
    QCOMPARE(flex.output, 15.0);
    // gemini-3.6-flash prices reasoning tokens separately (7.5e-06, like its output).
    QCOMPARE(find("gemini-3.6-flash").pricesFor(Tier::Standard)->reasoning, std::optional<double>(7.5));
    QCOMPARE(find("gemini-3.6-flash").provider, std::string("Google"));
    // Rate limits come through where LiteLLM lists them (gemini-flash-latest: rpm 100000, tpm 8000000).
    QCOMPARE(find("gemini-flash-latest").rateLimits.requestsPerMinute, std::optional<double>(100000));
    QCOMPARE(find("gemini-flash-latest").rateLimits.tokensPerMinute, std::optional<double>(8000000));
    // deepseek-v4-flash's cache hit costs 2.8e-09 per token = 0.0028 per million.
    QCOMPARE(find("deepseek-v4-flash").pricesFor(Tier::Standard)->cachedInput, std::optional<double>(0.0028));
}

void TestCatalog::mergeKeepsWhatLiteLlmCannotCarry()
{
    const Catalog base = defaultCatalog();
    const LiteLlmImport import = importSnapshot();
    const Catalog merged = mergeImportedPrices(base, import.models, "2026-07-24", "snapshot");
    QCOMPARE(merged.models().size(), std::size_t(165)); // every shipped id is in the snapshot
    const ModelEntry *gpt4o = merged.find("gpt-4o");
    QVERIFY(gpt4o);
    QCOMPARE(gpt4o->latency, base.find("gpt-4o")->latency);
    QCOMPARE(gpt4o->name, std::string("GPT-4o"));
    QCOMPARE(gpt4o->cacheTtlS, base.find("gpt-4o")->cacheTtlS);
    QCOMPARE(gpt4o->source, std::string("test")); // the import's, not the base's
    QCOMPARE(merged.source(), std::string("snapshot"));
    QVERIFY(merged.find("gpt-4o-2024-08-06"));
    QVERIFY(!merged.find("gpt-4o-2024-08-06")->latency);
}

void TestCatalog::catalogRoundTrips()
{
    const Catalog catalog = defaultCatalog();
    const CatalogLoad again = catalogFromJson(catalogToJson(catalog));
    QVERIFY(again.errors.empty());
    QVERIFY(*again.catalog == catalog);
}

void TestCatalog::badEntriesNameTheirField_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");

    QTest::newRow("no id") << u"{\"prices_per_mtok\": {\"standard\": {\"input\": 1, \"output\": 2}}}"_s
                           << u"models[0].id"_s << u"missing"_s;
    QTest::newRow("price missing") << u"{\"id\": \"x\", \"prices_per_mtok\": {\"standard\": {\"output\": 2}}}"_s
                                   << u"models[0].prices_per_mtok.standard.input"_s << u"missing"_s;
    QTest::newRow("price is text")
        << u"{\"id\": \"x\", \"prices_per_mtok\": {\"standard\": {\"input\": \"1\", \"output\": 2}}}"_s
        << u"models[0].prices_per_mtok.standard.input"_s << u"wrong_type"_s;
    QTest::newRow("negative price")
        << u"{\"id\": \"x\", \"prices_per_mtok\": {\"standard\": {\"input\": -1, \"output\": 2}}}"_s
        << u"models[0].prices_per_mtok.standard.input"_s << u"negative"_s;
    QTest::newRow("no tier") << u"{\"id\": \"x\", \"prices_per_mtok\": {\"standard\": null}}"_s
                             << u"models[0].prices_per_mtok"_s << u"no_tier_offered"_s;
    QTest::newRow("zero speed")
        << u"{\"id\": \"x\", \"prices_per_mtok\": {\"standard\": {\"input\": 1, \"output\": 2}},"
           " \"latency\": {\"ttft_s\": 0.5, \"output_tokens_per_s\": 0}}"_s
        << u"models[0].latency.output_tokens_per_s"_s << u"not_positive"_s;
    QTest::newRow("slowest faster than typical")
        << u"{\"id\": \"x\", \"prices_per_mtok\": {\"standard\": {\"input\": 1, \"output\": 2}},"
           " \"latency\": {\"ttft_s\": 0.5, \"output_tokens_per_s\": 50, \"output_tokens_per_s_slowest\": 80}}"_s
        << u"models[0].latency.output_tokens_per_s_slowest"_s << u"faster_than_typical"_s;
}

void TestCatalog::badEntriesNameTheirField()
{
    QFETCH(QString, entry);
    QFETCH(QString, path);
    QFETCH(QString, code);
    const std::string text = "{\"format\": \"fulcrum-catalog\", \"version\": 1, \"models\": [" + entry.toStdString() + "]}";
    const CatalogLoad load = catalogFromText(text);
    QVERIFY(!load.catalog);
    QVERIFY(!load.errors.empty());
    QCOMPARE(QString::fromStdString(load.errors.front().path), path);
    QCOMPARE(QString::fromStdString(load.errors.front().code), code);
}

void TestCatalog::importRefusesWhatIsNotAnObject()
{
    QCOMPARE(importLiteLlmText("[1, 2]", "", "").errors.front().code, std::string("wrong_type"));
    QCOMPARE(importLiteLlmText("{\"a\": ", "", "").errors.front().code, std::string("not_json"));
    QCOMPARE(importLiteLlmText("", "", "").errors.front().code, std::string("empty"));
    // A price no model can have (here 1e300 USD per token) is skipped, not imported as infinity.
    const LiteLlmImport absurd = importLiteLlmText(
        R"({"m": {"mode": "chat", "input_cost_per_token": 1e300, "output_cost_per_token": 1e-6},
            "ok": {"mode": "chat", "input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6}})", "", "");
    QCOMPARE(absurd.models.size(), std::size_t(1));
    QCOMPARE(absurd.models.front().id, std::string("ok"));
    QCOMPARE(absurd.skippedWithoutPrices, 1);
}

} // namespace fulcrum

QTEST_APPLESS_MAIN(fulcrum::TestCatalog)
#include "tst_catalog.moc"
