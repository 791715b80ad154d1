#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/defaultcatalog.h"
#include "app/report.h"
#include "app/resultssummary.h"
#include "models/evaluate.h"
#include "models/scenarioio.h"
#include "widgets/displayformat.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

Scenario loadExample(const QString &name)
{
    QFile file(QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/examples/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    const QByteArray bytes = file.readAll();
    ScenarioLoad load
        = scenarioFromText(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!load.scenario)
        qFatal("%s does not load", qPrintable(name));
    return *load.scenario;
}

/// What a poppler tool printed; empty (and the test skipped by the caller) without it.
struct ToolRun
{
    bool available = false;
    int exitCode = -1;
    QString out;
};

ToolRun runTool(const QString &tool, const QStringList &arguments)
{
    ToolRun run;
    if (QStandardPaths::findExecutable(tool).isEmpty())
        return run;
    run.available = true;
    QProcess process;
    process.start(tool, arguments);
    process.waitForFinished(30000);
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    return run;
}

#define REQUIRE_TOOL(run, tool)                                                                    \
    if (!(run).available)                                                                          \
        QSKIP(tool " (poppler-utils) is not installed");                                           \
    QCOMPARE((run).exitCode, 0)

/// pdftotext's text with runs of white space (line breaks, wrapped cells) as one space.
QString pdfText(const QString &pdf)
{
    const ToolRun run = runTool(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s });
    return run.out.simplified();
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void executiveSummaryOfTheExample();
    void executiveSummaryWithoutEvalOrFeasibleAlternative();
    void executiveSummaryNamesTheFixedCostsBreakEven();
    void executiveSummaryWhenItCannotBreakEven();
    void asyncTrafficListsTheBatchPricesItPays();
    void unknownLatencyIsNotShownAsZero();

    void reportContents_data();
    void reportContents();
    void chartsAreVectors();
    void russianAndChineseRender();
    void refusesInvalidResults();
    void unwritablePathSaysWhy();

private:
    QTemporaryDir m_dir;
    Catalog m_catalog;
};

void TestReport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_catalog = defaultCatalog();
}

void TestReport::executiveSummaryOfTheExample()
{
    const Scenario s = loadExample(u"customer-service.fulcrum.json"_s);
    const Results r = evaluate(s, m_catalog);
    QVERIFY(r.valid());
    const QString text = executiveSummary(s, r).join(u' ');

    // DESIGN.md's worked example: p* = 0.818; 90 % on 500 examples is ±2.6 points (Wilson).
    QVERIFY2(
        text.contains(
            u"At 90.0 % measured accuracy (±2.6 points on 500 examples) the case is 8.2 points "
            "above its 81.8 % break-even and nets 27,358,088 USD per month."_s),
        qPrintable(text));
    QVERIFY2(
        text.contains(
            u"The pipeline answers in 4.23 s (5.75 s at the slowest hour) against a 5.00 s budget, "
            "the first token after 1.76 s: the budget holds typically but not at the slowest hour."_s),
        qPrintable(text));
    QVERIFY2(text.contains(u"0.00556 USD per request"_s), qPrintable(text));
    // Every figure of the alternative's sentence is the results' own.
    const Alternative *cheapest = r.cheapestFeasibleAlternative();
    QVERIFY(cheapest);
    QVERIFY2(text.contains(
                 u"Moving the answer step to %1 on the standard tier would save %2 per month"_s.arg(
                     QString::fromStdString(cheapest->model),
                     DisplayFormat::money(cheapest->savingPerMonth, u"USD"_s))),
             qPrintable(text));
    QVERIFY2(text.contains(u"gpt-4.1 reaches its rate limit at peak traffic in month 11."_s),
             qPrintable(text));
    QVERIFY(!text.contains(u"nan"_s, Qt::CaseInsensitive));
    QVERIFY(!text.contains(u"fixed costs"_s)); // the example has none
}

void TestReport::executiveSummaryWithoutEvalOrFeasibleAlternative()
{
    Scenario s = loadExample(u"customer-service.fulcrum.json"_s);
    s.evals.clear(); // accuracy assumed at the target, nothing measured
    s.workload.latencyBudgetS = 0.5; // and nothing meets the budget
    const Results r = evaluate(s, m_catalog);
    QVERIFY(r.valid());
    const QString text = executiveSummary(s, r).join(u' ');
    QVERIFY2(text.contains(u"At an assumed 90.0 % accuracy (gpt-4.1 has no eval result)"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"over budget"_s), qPrintable(text));
    QVERIFY2(
        text.contains(
            u"No alternative in the catalog meets the accuracy target, break-even and the budget."_s),
        qPrintable(text));
}

void TestReport::executiveSummaryNamesTheFixedCostsBreakEven()
{
    Scenario s = loadExample(u"customer-service.fulcrum.json"_s);
    s.economics.monthlyFixedCosts = 30'000'000;
    const Results r = evaluate(s, m_catalog);
    QVERIFY(r.valid());
    QVERIFY(r.business.breakEvenWithFixedCosts > r.business.accuracy); // the month loses money
    const QString text = executiveSummary(s, r).join(u' ');
    QVERIFY2(
        text.contains(
            u"With 30,000,000 USD of fixed costs per month the month breaks even at %1 accuracy"_s
                .arg(DisplayFormat::percent(r.business.breakEvenWithFixedCosts))),
        qPrintable(text));
    QVERIFY2(text.contains(u"points below it"_s), qPrintable(text));
    QVERIFY2(text.contains(u"loses "_s), qPrintable(text));

    s.economics.monthlyFixedCosts = 400'000'000;
    const Results never = evaluate(s, m_catalog);
    QVERIFY(never.business.breakEvenWithFixedCosts > 1);
    QVERIFY(executiveSummary(s, never).join(u' ').contains(
        u"no accuracy breaks even at this traffic"_s));
}

void TestReport::executiveSummaryWhenItCannotBreakEven()
{
    // p* = (F + c) / (S + F) is above 1 exactly when the LLM cost per case c exceeds S.
    Scenario s = loadExample(u"customer-service.fulcrum.json"_s);
    s.economics.valuePerSuccess = 0.001;
    const Results r = evaluate(s, m_catalog);
    QVERIFY(r.valid());
    QVERIFY(r.business.breakEven > 1);
    const QString text = executiveSummary(s, r).join(u' ');
    QVERIFY2(
        text.contains(
            u"the case cannot break even: each request's LLM cost is more than a success is worth"_s),
        qPrintable(text));
}

void TestReport::asyncTrafficListsTheBatchPricesItPays()
{
    Scenario s = loadExample(u"contract-review.fulcrum.json"_s);
    QVERIFY(s.traffic.asyncShare > 0);
    const Results r = evaluate(s, m_catalog);
    const QString pdf = m_dir.filePath(u"async.pdf"_s);
    QCOMPARE(Report(s, r, m_catalog, {}).writeFile(pdf), QString());
    const ToolRun run = runTool(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s });
    REQUIRE_TOOL(run, "pdftotext");
    // gemini-2.5-flash offers no batch tier here; gpt-4.1-mini does, at 0.2 / 0.8 per Mtok.
    const ModelEntry *mini = m_catalog.find("gpt-4.1-mini");
    QVERIFY(mini && mini->offers(Tier::Batch));
    const QRegularExpression batchRow(
        u"gpt-4\\.1-mini\\s+Batch\\s+%1"_s.arg(QRegularExpression::escape(QLocale().toString(
            mini->pricesFor(Tier::Batch)->input, 'g', QLocale::FloatingPointShortest))));
    QVERIFY2(batchRow.match(run.out).hasMatch(), "the batch price the async share pays is listed");
}

void TestReport::unknownLatencyIsNotShownAsZero()
{
    Scenario s = loadExample(u"customer-service.fulcrum.json"_s);
    s.workload.steps[0].model = "gpt-5.6"; // no latency figures in the catalog
    const Results r = evaluate(s, m_catalog);
    QVERIFY(r.valid());
    QVERIFY(!r.latency.known);
    const QString pdf = m_dir.filePath(u"unknown-latency.pdf"_s);
    QCOMPARE(Report(s, r, m_catalog, {}).writeFile(pdf), QString());
    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(text.contains(u"The latency is unknown"_s), qPrintable(text.left(3000)));
    QVERIFY(!text.contains(u"0.00 s – 0.00 s"_s));
    QVERIFY(!text.contains(u"0.00\u00A0s – 0.00\u00A0s"_s));
}

void TestReport::reportContents_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("expectedSize");
    QTest::addColumn<QStringList>("expectedText");

    QTest::newRow("customer service, A4")
        << u"customer-service.fulcrum.json"_s << int(QPageSize::A4) << u"595 x 842 pts (A4)"_s
        << QStringList { u"Customer service triage"_s,
                         u"81.8 %"_s,
                         u"27,358,088"_s,
                         u"0.00556 USD per request"_s,
                         u"4.23 s"_s,
                         u"Page 1 of"_s,
                         u"Top alternatives"_s,
                         u"Rate-limit headroom"_s,
                         u"Prices used"_s,
                         u"Latency figures used"_s,
                         u"2026-07-24"_s,
                         u"Price catalog as of"_s,
                         u"LiteLLM"_s,
                         u"the scenario's own entry"_s };
    QTest::newRow("customer service, Letter")
        << u"customer-service.fulcrum.json"_s << int(QPageSize::Letter)
        << u"612 x 792 pts (letter)"_s
        << QStringList { u"Customer service triage"_s, u"81.8 %"_s, u"Page 1 of"_s };
    QTest::newRow("contract review, A4")
        << u"contract-review.fulcrum.json"_s << int(QPageSize::A4) << u"595 x 842 pts (A4)"_s
        << QStringList { u"Contract clause review"_s,
                         u"Legal operations"_s,
                         u"Incoming supplier contracts"_s,
                         u"assess"_s,
                         u"claude-sonnet-4-6"_s,
                         u"Batch"_s,
                         u"Steps"_s };
}

void TestReport::reportContents()
{
    QFETCH(QString, example);
    QFETCH(int, pageSize);
    QFETCH(QString, expectedSize);
    QFETCH(QStringList, expectedText);

    const Scenario s = loadExample(example);
    const Results r = evaluate(s, m_catalog);
    QVERIFY(r.valid());
    ReportOptions options;
    options.pageSize = QPageSize::PageSizeId(pageSize);
    options.scenarioFile = example;
    const QString pdf = m_dir.filePath(example + QString::number(pageSize) + u".pdf"_s);
    QCOMPARE(Report(s, r, m_catalog, options).writeFile(pdf), QString());

    const ToolRun info = runTool(u"pdfinfo"_s, { pdf });
    REQUIRE_TOOL(info, "pdfinfo");
    QVERIFY2(info.out.contains(u"Page size:       "_s + expectedSize), qPrintable(info.out));
    const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info.out);
    QVERIFY(pages.hasMatch());
    QVERIFY2(pages.captured(1).toInt() >= 5 && pages.captured(1).toInt() <= 10,
             qPrintable(info.out));

    const QString text = pdfText(pdf);
    for (const QString &expected : expectedText)
        QVERIFY2(text.contains(expected),
                 qPrintable(u"missing \"%1\" in the report"_s.arg(expected)));
    QVERIFY2(text.contains(u"Page %1 of %1"_s.arg(pages.captured(1))), "the last page is numbered");
    // The headline figures are the results' own.
    QVERIFY(text.contains(DisplayFormat::percent(r.business.breakEven)));
    QVERIFY(text.contains(DisplayFormat::money(r.cost.perRequest, u"USD"_s)));
    QVERIFY(!text.contains(u"nan"_s, Qt::CaseInsensitive)
            && !text.contains(u"inf "_s, Qt::CaseInsensitive));
    // No ligatures: "figures" is searchable as typed.
    for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
        QVERIFY(!text.contains(QChar(ligature)));

    // Every font is embedded.
    const ToolRun fonts = runTool(u"pdffonts"_s, { pdf });
    REQUIRE_TOOL(fonts, "pdffonts");
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(line.contains(u" yes "_s) && !line.contains(u"Type 3"_s), qPrintable(line));
}

void TestReport::chartsAreVectors()
{
    const Scenario s = loadExample(u"customer-service.fulcrum.json"_s);
    const Results r = evaluate(s, m_catalog);
    const QString pdf = m_dir.filePath(u"vectors.pdf"_s);
    QCOMPARE(Report(s, r, m_catalog, {}).writeFile(pdf), QString());

    // Axis titles and tick labels are text, so the charts are drawn, not pasted as pictures.
    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    for (const QString &axis :
         { u"Accuracy (%)"_s, u"Net per month (USD)"_s, u"Cost per month (USD, log scale)"_s,
           u"Time since the request (s)"_s, u"Output tokens per call"_s, u"Month"_s })
        QVERIFY2(text.contains(axis), qPrintable(u"axis title \"%1\" is not text"_s.arg(axis)));
    // The only raster is the accuracy colour bar's gradient strip (QCustomPlot draws it as
    // an image); no chart is an image.
    const ToolRun images = runTool(u"pdfimages"_s, { u"-list"_s, pdf });
    REQUIRE_TOOL(images, "pdfimages");
    const QStringList rows = images.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(rows.size() <= 1);
    for (const QString &row : rows) {
        const QStringList cells = row.simplified().split(u' ');
        QVERIFY2(std::min(cells.at(3).toInt(), cells.at(4).toInt()) <= 16, qPrintable(row));
    }
}

void TestReport::russianAndChineseRender()
{
    Scenario s = loadExample(u"customer-service.fulcrum.json"_s);
    s.title = "Поддержка клиентов · 客户服务分流";
    s.author = "Анна Петрова, 李华";
    s.notes = "Первая очередь. 第一阶段。";
    const Results r = evaluate(s, m_catalog);
    const QString pdf = m_dir.filePath(u"unicode.pdf"_s);
    QCOMPARE(Report(s, r, m_catalog, {}).writeFile(pdf), QString());

    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    for (const QString &expected :
         { u"Поддержка клиентов · 客户服务分流"_s, u"Анна Петрова, 李华"_s, u"第一阶段"_s })
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // Chinese glyphs come from an embedded CJK font, not boxes of a Latin one.
    const ToolRun fonts = runTool(u"pdffonts"_s, { pdf });
    REQUIRE_TOOL(fonts, "pdffonts");
    QVERIFY2(fonts.out.contains(u"WenQuanYi"_s) || fonts.out.contains(u"MicroHei"_s),
             qPrintable(fonts.out));
}

void TestReport::refusesInvalidResults()
{
    Scenario s = loadExample(u"customer-service.fulcrum.json"_s);
    s.workload.steps[0].outputTokens = -5;
    const Results r = evaluate(s, m_catalog);
    QVERIFY(!r.valid());
    const QString pdf = m_dir.filePath(u"invalid.pdf"_s);
    QVERIFY(!Report(s, r, m_catalog, {}).writeFile(pdf).isEmpty());
    QVERIFY(!QFile::exists(pdf));
}

void TestReport::unwritablePathSaysWhy()
{
    const Scenario s = loadExample(u"customer-service.fulcrum.json"_s);
    const Results r = evaluate(s, m_catalog);
    const QString error
        = Report(s, r, m_catalog, {}).writeFile(m_dir.filePath(u"no/such/dir/report.pdf"_s));
    QVERIFY(!error.isEmpty());
}

} // namespace fulcrum

QTEST_MAIN(fulcrum::TestReport)
#include "tst_report.moc"
