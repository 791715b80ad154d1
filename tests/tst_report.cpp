#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/commandline.h"
#include "app/defaultcatalog.h"
#include "app/language.h"
#include "app/report.h"
#include "app/resultssummary.h"
#include "models/evaluate.h"
#include "models/scenarioio.h"
#include "models/uncertainty.h"
#include "widgets/displayformat.h"
#include "widgets/headlinestrip.h"
#include "widgets/inputlabel.h"

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

/// A word pdftotext -bbox found, in points, with its page.
struct PdfWord
{
    int page = 0;
    QRectF box;
    QString text;
};

/// Every word of the PDF with its bounding box; pageWidth gets the first page's width.
std::vector<PdfWord> pdfWords(const QString &pdf, double *pageWidth)
{
    const ToolRun run = runTool(u"pdftotext"_s, { u"-bbox"_s, pdf, u"-"_s });
    std::vector<PdfWord> words;
    static const QRegularExpression page(uR"re(<page width="([\d.]+)")re"_s);
    static const QRegularExpression word(
        uR"re(<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</word>)re"_s);
    int pageNumber = 0;
    for (const QString &line : run.out.split(u'\n')) {
        if (const QRegularExpressionMatch m = page.match(line); m.hasMatch()) {
            ++pageNumber;
            *pageWidth = m.captured(1).toDouble();
        } else if (const QRegularExpressionMatch m = word.match(line); m.hasMatch()) {
            words.push_back({ pageNumber,
                              QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                     QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
                              m.captured(5) });
        }
    }
    return words;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void executiveSummaryOfTheExample();
    void executiveSummaryWithoutEvalOrFeasibleAlternative();
    void executiveSummarySuggestsOnlyAMoveThatRaisesTheNet();
    void executiveSummarySaysWhenNoMoveRaisesTheNet();
    void executiveSummaryNamesTheFixedCostsBreakEven();
    void executiveSummaryWhenItCannotBreakEven();
    void asyncTrafficListsTheBatchPricesItPays();
    void unknownLatencyIsNotShownAsZero();

    void reportContents_data();
    void reportContents();
    void chartsAreVectors();
    void russianAndChineseRender();
    void chineseSentencesHaveNoSpacesBetweenChineseCharacters_data();
    void chineseSentencesHaveNoSpacesBetweenChineseCharacters();
    void uncertaintySection_data();
    void uncertaintySection();
    void uncertaintyChartsAreVectors();
    void pointEstimatesOnlySaySo();
    void reportSamplesAndSeedOnTheCommandLine();
    void reportSamplesAndSeedErrors_data();
    void reportSamplesAndSeedErrors();
    void refusesInvalidResults();
    void unwritablePathSaysWhy();
    void manyStepsKeepEveryLabelOnThePage();

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
    // Every figure of the alternatives' sentences is the results' own: the move that raises
    // the net most (it costs more), then the cheapest that also raises it.
    const Alternative *best = r.bestImprovingAlternative();
    QVERIFY(best && best->savingPerMonth < 0);
    QVERIFY2(text.contains(
                 u"Moving the answer step to %1 on the standard tier with prompt caching would raise the net "
                 "by %2 per month for %3 more in LLM cost, and still meet the accuracy target, break-even "
                 "and the budget."_s.arg(QString::fromStdString(best->model),
                                         DisplayFormat::money(*best->netGainPerMonth, u"USD"_s),
                                         DisplayFormat::money(-best->savingPerMonth, u"USD"_s))),
             qPrintable(text));
    const Alternative *cheaper = r.cheapestImprovingAlternative();
    QVERIFY(cheaper && cheaper->savingPerMonth > 0 && *cheaper->netGainPerMonth > 0);
    QVERIFY2(text.contains(u"The cheapest alternative that also raises the net is %1 on the standard tier: it saves "
                           "%2 per month and nets %3 more."_s.arg(
                               QString::fromStdString(cheaper->model),
                               DisplayFormat::money(cheaper->savingPerMonth, u"USD"_s),
                               DisplayFormat::money(*cheaper->netGainPerMonth, u"USD"_s))),
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

void TestReport::executiveSummarySuggestsOnlyAMoveThatRaisesTheNet()
{
    // Contract review: gpt-4.1 is the cheapest candidate that meets the target, but at 92 %
    // against 94 % its failures cost far more than it saves.
    const Scenario s = loadExample(u"contract-review.fulcrum.json"_s);
    const Results r = evaluate(s, m_catalog);
    QVERIFY(r.valid());
    const Alternative *cheapest = r.cheapestFeasibleAlternative();
    QVERIFY(cheapest && cheapest->model == "gpt-4.1" && cheapest->savingPerMonth > 0);
    QVERIFY(*cheapest->netGainPerMonth < 0);
    const Alternative *best = r.bestImprovingAlternative();
    QVERIFY(best && *best->netGainPerMonth > 0);
    QCOMPARE(best->model, std::string("claude-opus-4-7"));

    const QString text = executiveSummary(s, r).join(u' ');
    QVERIFY2(!text.contains(u"Moving the assess step to gpt-4.1"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Moving the assess step to claude-opus-4-7 on the standard tier with prompt caching "
                           "would raise the net by %1 per month for %2 more in LLM cost"_s.arg(
                               DisplayFormat::money(*best->netGainPerMonth, u"USD"_s),
                               DisplayFormat::money(-best->savingPerMonth, u"USD"_s))),
             qPrintable(text));
    // The cheaper move is named for what it is: a saving that nets less.
    QVERIFY2(text.contains(u"The cheapest alternative that meets them, gpt-4.1 on the standard tier with prompt "
                           "caching, would save %1 per month but net %2 less."_s.arg(
                               DisplayFormat::money(cheapest->savingPerMonth, u"USD"_s),
                               DisplayFormat::money(-*cheapest->netGainPerMonth, u"USD"_s))),
             qPrintable(text));

    // The window's headline card and the command line's summary name the same move.
    HeadlineStrip strip;
    strip.showResults(r);
    QVERIFY2(strip.cardText(HeadlineStrip::BestAlternative).startsWith(u"claude-opus-4-7, Standard, cached\n"_s),
             qPrintable(strip.cardText(HeadlineStrip::BestAlternative)));
    QVERIFY2(strip.cardText(HeadlineStrip::BestAlternative)
                 .contains(u"nets %1 more"_s.arg(DisplayFormat::money(*best->netGainPerMonth, u"USD"_s))),
             qPrintable(strip.cardText(HeadlineStrip::BestAlternative)));
    QCOMPARE(strip.cardStatus(HeadlineStrip::BestAlternative), HeadlineStrip::Status::Good);
    QVERIFY(resultsSummary(s, r).contains(u"Best feasible alternative for assess: claude-opus-4-7"_s));
}

void TestReport::executiveSummarySaysWhenNoMoveRaisesTheNet()
{
    // Without an eval for claude-opus-4-7 (the only candidate that nets more), the pipeline as
    // written nets the most of all that meet the target and the budget.
    Scenario s = loadExample(u"contract-review.fulcrum.json"_s);
    QVERIFY(s.evals.erase("claude-opus-4-7") == 1);
    const Results r = evaluate(s, m_catalog);
    QVERIFY(r.valid());
    QVERIFY(r.bestFeasibleAlternative());
    QVERIFY(*r.bestFeasibleAlternative()->netGainPerMonth < 0);
    QVERIFY(!r.bestImprovingAlternative());

    const QString text = executiveSummary(s, r).join(u' ');
    QVERIFY2(!text.contains(u"Moving"_s), qPrintable(text));
    QVERIFY2(text.contains(u"No alternative that meets the accuracy target, break-even and the budget raises the "
                           "net per month."_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"The cheapest alternative that meets them, gpt-4.1 on the standard tier with prompt "
                           "caching, would save"_s),
             qPrintable(text));

    HeadlineStrip strip;
    strip.showResults(r);
    QVERIFY2(strip.cardText(HeadlineStrip::BestAlternative).startsWith(u"none better\n"_s),
             qPrintable(strip.cardText(HeadlineStrip::BestAlternative)));
    QVERIFY(!strip.cardText(HeadlineStrip::BestAlternative).contains(u"gpt-4.1"_s));
    QVERIFY2(resultsSummary(s, r).contains(
                 u"No alternative that meets the accuracy target and the budget raises the net per month."_s),
             qPrintable(resultsSummary(s, r)));
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
                         u"7/24/2026"_s,
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

void TestReport::chineseSentencesHaveNoSpacesBetweenChineseCharacters_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("variant");
    // 0 as shipped; 1 every step replaced and a Chinese step name; 2 an eval so small that
    // the chance above break-even is a plain figure; 3 no candidate raises the net.
    for (const QString &example : { u"customer-service.fulcrum.json"_s, u"contract-review.fulcrum.json"_s })
        for (int variant = 0; variant < 4; ++variant)
            QTest::addRow("%s, variant %d", qPrintable(example), variant) << example << variant;
}

/// Sentences composed of translated pieces: "概率为 超过 99.9%", "4.23 秒 内完成",
/// "（标准 服务层级）" are what they must not read.
void TestReport::chineseSentencesHaveNoSpacesBetweenChineseCharacters()
{
    QFETCH(QString, example);
    QFETCH(int, variant);
    Scenario s = loadExample(example);
    if (variant == 1) {
        s.alternatives.applyTo = "all";
        s.workload.steps.back().name = "回答";
    } else if (variant == 2) {
        s.evals[s.workload.steps.back().model] = { 0.86, 40 };
    } else if (variant == 3) {
        std::erase_if(s.evals, [&s](const auto &eval) { return eval.first != s.workload.steps.back().model; });
    }
    QVERIFY(Language::apply(u"zh_CN"_s));
    const Results r = evaluate(s, m_catalog);
    const QStringList sentences = executiveSummary(s, r);
    const QString summary = resultsSummary(s, r);
    const QString pdf = m_dir.filePath(u"zh-%1-%2.pdf"_s.arg(example).arg(variant));
    const QString written = Report(s, r, m_catalog, {}).writeFile(pdf);
    QVERIFY(Language::apply(u"en"_s));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(r.valid());
    QCOMPARE(written, QString());

    const QRegularExpression chinese(u"\\p{Han}"_s);
    QVERIFY2(sentences.join(QString()).contains(chinese), qPrintable(sentences.join(u'\n')));
    // A space with Chinese on both sides (characters or Chinese punctuation).
    const QRegularExpression stray(u"[\\p{Han}\\x{3000}-\\x{303F}\\x{FF01}-\\x{FF60}] "
                                   "[\\p{Han}\\x{3000}-\\x{303F}\\x{FF01}-\\x{FF60}]"_s);
    for (const QString &sentence : sentences)
        QVERIFY2(!sentence.contains(stray), qPrintable(sentence));
    QVERIFY2(!summary.contains(stray), qPrintable(summary));

    // And so the PDF's summary reads (pdftotext: line ends are breaks, not spaces).
    const ToolRun run = runTool(u"pdftotext"_s, { pdf, u"-"_s });
    REQUIRE_TOOL(run, "pdftotext");
    const qsizetype start = run.out.indexOf(u"摘要"_s);
    const qsizetype end = run.out.indexOf(u"盈亏平衡准确率"_s, start);
    QVERIFY(start >= 0 && end > start);
    const QString text = run.out.mid(start, end - start);
    QVERIFY2(!text.contains(stray), qPrintable(text));
    QVERIFY(!text.contains(u"为 超过"_s) && !text.contains(u"为超过"_s));
}

/// How the example is changed for a row of uncertaintySection.
enum class Variant
{
    AsShipped, ///< the bundled example: only the accuracy's eval posterior is uncertain
    ValueRanged, ///< plus value per success as a triangular range around its break-even
    FixedCosts, ///< that, and fixed costs (P(net ≥ 0) differs from P(break even))
};

Scenario uncertaintyVariant(Variant variant)
{
    Scenario s = loadExample(u"customer-service.fulcrum.json"_s);
    if (variant != Variant::AsShipped) {
        // At 90 % accuracy the case breaks even for S above F (1 − p) / p = 10 USD: a range
        // from 5 to 30 puts some samples below it.
        Distribution range;
        range.kind = DistributionKind::Triangular;
        range.low = 5;
        range.likely = 20;
        range.high = 30;
        s.economics.ranges["value_per_success"] = range;
        s.economics.valuePerSuccess = range.pointValue();
    }
    if (variant == Variant::FixedCosts)
        s.economics.monthlyFixedCosts = 20'000'000;
    return s;
}

void TestReport::uncertaintySection_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("seed");

    QTest::newRow("example as shipped, defaults") << int(Variant::AsShipped) << 20000 << 1;
    QTest::newRow("value per success ranged, seed 7") << int(Variant::ValueRanged) << 20000 << 7;
    QTest::newRow("ranged, 5,000 samples, seed 123") << int(Variant::ValueRanged) << 5000 << 123;
    QTest::newRow("ranged with fixed costs") << int(Variant::FixedCosts) << 20000 << 1;
}

void TestReport::uncertaintySection()
{
    QFETCH(int, variant);
    QFETCH(int, samples);
    QFETCH(int, seed);

    const Scenario s = uncertaintyVariant(Variant(variant));
    const Results r = evaluate(s, m_catalog);
    QVERIFY(r.valid());
    QVERIFY(!uncertainInputs(s, m_catalog).empty());
    ReportOptions options;
    options.samples = std::size_t(samples);
    options.seed = std::uint64_t(seed);
    const QString pdf = m_dir.filePath(u"uncertainty-%1-%2-%3.pdf"_s.arg(variant).arg(samples).arg(seed));
    QCOMPARE(Report(s, r, m_catalog, options).writeFile(pdf), QString());
    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");

    // The figures are computeUncertainty()'s with the same samples and seed.
    UncertaintyOptions same;
    same.samples = std::size_t(samples);
    same.seed = std::uint64_t(seed);
    const auto u = computeUncertainty(s, m_catalog, same);
    QVERIFY(u);
    using namespace DisplayFormat;
    const QString samplesText = count(double(samples));
    const QStringList expected {
        u"Uncertainty"_s,
        u"Uncertainty: the spread of the outcomes"_s,
        u"Uncertainty: what moves the figures"_s,
        // the executive summary's sentence
        u"Over %1 samples of its uncertain inputs the case breaks even with probability %2"_s.arg(
            samplesText, percent(u->pBreakEven)),
        // the section's
        u"%1 samples (seed %2)"_s.arg(samplesText).arg(seed),
        u"The case breaks even in %1 of the samples, and the pipeline answers within the 5.00 s budget in %2."_s
            .arg(percent(u->pBreakEven), percent(u->pWithinBudget)),
        u"Net per month is %1 at the median and between %2 (P5) and %3 (P95)."_s.arg(
            money(u->netPerMonth.p50, u"USD"_s), money(u->netPerMonth.p5, u"USD"_s),
            money(u->netPerMonth.p95, u"USD"_s)),
        // Only value per success is ranged: the cost and the latency are one figure each.
        u"The LLM cost per month does not vary: %1."_s.arg(money(u->costPerMonth.p50, u"USD"_s)),
        u"The total latency does not vary: %1."_s.arg(seconds(u->latencyTotalS.p50)),
        u"What matters most for net per month: %1"_s.arg(inputLabel(u->sensitivity.front().input, s)),
        // the table of inputs, by name
        u"Uncertain input"_s,
        u"Accuracy of gpt-4.1"_s,
        u"Beta(451, 51) posterior eval: 450 of 500 correct"_s,
        u"An outcome that does not vary in the samples gets no histogram."_s,
        u"No uncertain input moves the latency: there is no latency tornado."_s,
    };
    QCOMPARE(u->costPerMonth.min, u->costPerMonth.max);
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(e, text)));

    // The summary names what matters most only when a range is written.
    const QString summary = text.section(u"Summary"_s, 1).section(u"Uncertainty"_s, 0, 0);
    if (Variant(variant) == Variant::AsShipped) {
        QVERIFY(!summary.contains(u"What matters most"_s));
        QVERIFY(text.contains(u"Only the measured accuracy is uncertain here"_s));
    } else {
        // Some samples fall below break-even: a figure worth checking, not a certainty.
        QVERIFY2(u->pBreakEven > 0.5 && u->pBreakEven < 0.99, qPrintable(QString::number(u->pBreakEven)));
        QVERIFY2(summary.contains(u"What matters most for net per month: Value of a success, Accuracy of gpt-4.1."_s),
                 qPrintable(summary));
        QVERIFY(text.contains(u"Value of a success triangular 5 – 20 – 30 20 5 – 30"_s));
        QVERIFY(!text.contains(u"economics.value_per_success"_s));
        QVERIFY(!text.contains(u"Only the measured accuracy is uncertain here"_s));
    }
    const QString netPositive = u"net per month is at least 0 in %1"_s.arg(percent(u->pNetPositive));
    if (Variant(variant) == Variant::FixedCosts) {
        QVERIFY2(text.contains(netPositive), qPrintable(netPositive));
        QVERIFY(text.contains(u"and the month nets at least 0 after fixed costs with probability %1"_s.arg(
            percent(u->pNetPositive))));
        QVERIFY(u->pNetPositive < u->pBreakEven);
    } else {
        QVERIFY(!text.contains(u"net per month is at least 0 in"_s));
    }
}

void TestReport::uncertaintyChartsAreVectors()
{
    // The example with five ranges: every histogram and tornado has something to draw.
    QFile file(QFINDTESTDATA("data/customer-service-ranged.fulcrum.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const ScenarioLoad load = scenarioFromText(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    QVERIFY(load.scenario);
    const Results r = evaluate(*load.scenario, m_catalog);
    const QString pdf = m_dir.filePath(u"uncertainty-vectors.pdf"_s);
    QCOMPARE(Report(*load.scenario, r, m_catalog, {}).writeFile(pdf), QString());

    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // Axis titles, legends and the tornados' input names are text.
    for (const QString &label :
         { u"Samples"_s, u"Cost per month (USD)"_s, u"Total latency (s)"_s, u"input at its low"_s,
           u"input at its high"_s, u"answer step: output tokens"_s, u"Requests per day"_s,
           u"P50"_s, u"break even"_s })
        QVERIFY2(text.contains(label), qPrintable(u"chart text \"%1\" is not text"_s.arg(label)));
    // Every outcome varies here: each gets its percentiles (the default samples and seed).
    const auto u = computeUncertainty(*load.scenario, m_catalog, {});
    QVERIFY(u);
    using namespace DisplayFormat;
    for (const QString &sentence :
         { u"The LLM cost per month is %1 at the median and between %2 (P5) and %3 (P95)."_s.arg(
               money(u->costPerMonth.p50, u"USD"_s), money(u->costPerMonth.p5, u"USD"_s),
               money(u->costPerMonth.p95, u"USD"_s)),
           u"The total latency is %1 at the median and between %2 (P5) and %3 (P95); its p90 is %4 and its p99 %5."_s
               .arg(seconds(u->latencyTotalS.p50), seconds(u->latencyTotalS.p5), seconds(u->latencyTotalS.p95),
                    seconds(u->latencyTotalS.p90), seconds(u->latencyTotalS.p99)),
           u"for the latency: answer step: output tokens"_s })
        QVERIFY2(text.contains(sentence), qPrintable(sentence));
    QVERIFY(!text.contains(u"gets no histogram"_s) && !text.contains(u"there is no latency tornado"_s));
    // Still only the accuracy colour bar as a raster: the five new charts are vectors.
    const ToolRun images = runTool(u"pdfimages"_s, { u"-list"_s, pdf });
    REQUIRE_TOOL(images, "pdfimages");
    const QStringList rows = images.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY2(rows.size() <= 1, qPrintable(images.out));
    for (const QString &row : rows) {
        const QStringList cells = row.simplified().split(u' ');
        QVERIFY2(std::min(cells.at(3).toInt(), cells.at(4).toInt()) <= 16, qPrintable(row));
    }
}

void TestReport::pointEstimatesOnlySaySo()
{
    // No range and no eval size: nothing is uncertain; the section says so in one paragraph.
    Scenario s = loadExample(u"customer-service.fulcrum.json"_s);
    for (auto &[model, eval] : s.evals) {
        eval.evalSize = 0;
        eval.correct.reset();
    }
    QVERIFY(uncertainInputs(s, m_catalog).empty());
    const Results r = evaluate(s, m_catalog);
    QVERIFY(r.valid());
    const QString pdf = m_dir.filePath(u"point-estimates.pdf"_s);
    QCOMPARE(Report(s, r, m_catalog, {}).writeFile(pdf), QString());
    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(text.contains(u"Uncertainty Every figure in this report is a point estimate: no input is written "
                          "as a range"_s));
    for (const QString &absent : { u"with probability"_s, u"Uncertainty: the spread"_s, u"Uncertain input"_s,
                                   u"input at its low"_s })
        QVERIFY2(!text.contains(absent), qPrintable(absent));
}

void TestReport::reportSamplesAndSeedOnTheCommandLine()
{
    const QString pdf = m_dir.filePath(u"cli-samples.pdf"_s);
    const QString example = QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/examples/customer-service.fulcrum.json"_s;
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const CommandLineOutcome outcome = runCommandLine(
        { u"report"_s, example, u"-o"_s, pdf, u"--samples"_s, u"3000"_s, u"--seed"_s, u"9"_s }, outStream,
        errStream);
    errStream.flush();
    QCOMPARE(outcome.exitCode, int(ExitOk));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(text.contains(u"3,000 samples (seed 9)"_s), qPrintable(text));
    QVERIFY(text.contains(u"Over 3,000 samples of its uncertain inputs"_s));
}

void TestReport::reportSamplesAndSeedErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");

    QTest::newRow("--samples 0") << QStringList { u"--samples"_s, u"0"_s }
                                 << u"fulcrum: --samples needs a whole number from 1 to 1000000, got 0"_s;
    QTest::newRow("--samples above a million")
        << QStringList { u"--samples"_s, u"1000001"_s }
        << u"fulcrum: --samples needs a whole number from 1 to 1000000, got 1000001"_s;
    QTest::newRow("--samples not a number") << QStringList { u"--samples"_s, u"many"_s }
                                            << u"--samples needs a whole number from 1 to 1000000, got many"_s;
    QTest::newRow("--samples without a value") << QStringList { u"--samples"_s } << u"fulcrum: --samples needs a value"_s;
    QTest::newRow("--seed negative") << QStringList { u"--seed"_s, u"-1"_s }
                                     << u"fulcrum: --seed needs a whole number from 0 to 18446744073709551615, got -1"_s;
    QTest::newRow("--seed above 64 bits")
        << QStringList { u"--seed"_s, u"18446744073709551616"_s }
        << u"--seed needs a whole number from 0 to 18446744073709551615, got 18446744073709551616"_s;
    QTest::newRow("--seed not a number") << QStringList { u"--seed"_s, u"1.5"_s } << u"got 1.5"_s;
}

void TestReport::reportSamplesAndSeedErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);

    const QString pdf = m_dir.filePath(u"cli-error.pdf"_s);
    const QString example = QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/examples/customer-service.fulcrum.json"_s;
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const CommandLineOutcome outcome
        = runCommandLine(QStringList { u"report"_s, example, u"-o"_s, pdf } + options, outStream, errStream);
    errStream.flush();
    QCOMPARE(outcome.exitCode, int(ExitUsage));
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1); // one line, nothing else
    QVERIFY(!QFile::exists(pdf));
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

/// A nine-step pipeline: the cost chart's slanted step names, the timeline's rows and both
/// legends stay on the page, each in its chart, none over another.
void TestReport::manyStepsKeepEveryLabelOnThePage()
{
    QFile file(QFINDTESTDATA("data/nine-steps.fulcrum.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const ScenarioLoad load = scenarioFromText(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    QVERIFY(load.scenario);
    const Scenario &s = *load.scenario;
    const Results r = evaluate(s, m_catalog);
    QVERIFY(r.valid());
    QCOMPARE(r.steps.size(), std::size_t(9));
    const QString pdf = m_dir.filePath(u"nine-steps.pdf"_s);
    QCOMPARE(Report(s, r, m_catalog, {}).writeFile(pdf), QString());

    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    double pageWidth = 0;
    const std::vector<PdfWord> words = pdfWords(pdf, &pageWidth);
    QVERIFY(!words.empty());
    // The report's side margins are 56 px at 96 dpi: 42 pt. A word left of the left one was
    // drawn off its chart (and cut off by it).
    const double left = 42 - 1.5;
    const double right = pageWidth - 42 + 1.5;
    QString outside;
    for (const PdfWord &w : words)
        if (w.box.left() < left || w.box.right() > right)
            outside += u"page %1: '%2' at %3..%4 pt\n"_s.arg(w.page).arg(w.text).arg(w.box.left()).arg(w.box.right());
    QVERIFY2(outside.isEmpty(), qPrintable(outside));

    // The cost chart grows with the steps: its slanted names take height that the bars keep.
    // Measured between its heading and the next one (pdftotext shreds slanted names, so
    // they cannot be read back; the old, fixed height cut the first name off the chart).
    const auto costChartHeight = [](const std::vector<PdfWord> &w) {
        for (std::size_t i = 0; i + 1 < w.size(); ++i) {
            if (w[i].text != u"Cost"_s || w[i + 1].text != u"over"_s)
                continue;
            for (std::size_t j = i; j-- > 2;)
                if (w[j].text == u"request"_s && w[j - 1].text == u"per"_s && w[j - 2].text == u"Cost"_s
                    && w[j].page == w[i].page && w[j - 2].box.left() < 45)
                    return w[i].box.top() - w[j].box.top();
        }
        return -1.0;
    };
    const Scenario two = loadExample(u"customer-service.fulcrum.json"_s);
    const QString twoPdf = m_dir.filePath(u"two-steps.pdf"_s);
    QCOMPARE(Report(two, evaluate(two, m_catalog), m_catalog, {}).writeFile(twoPdf), QString());
    double twoWidth = 0;
    const double twoHeight = costChartHeight(pdfWords(twoPdf, &twoWidth));
    const double nineHeight = costChartHeight(words);
    QVERIFY2(twoHeight > 0 && nineHeight > 0, qPrintable(u"%1 %2"_s.arg(twoHeight).arg(nineHeight)));
    QVERIFY2(nineHeight >= twoHeight + 60, qPrintable(u"%1 pt against %2 pt"_s.arg(nineHeight).arg(twoHeight)));
}

} // namespace fulcrum

QTEST_MAIN(fulcrum::TestReport)
#include "tst_report.moc"
