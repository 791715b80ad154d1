#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

#include "models/catalogio.h"
#include "models/evaluate.h"
#include "models/scenarioio.h"
#include "widgets/alternativesscatter.h"
#include "widgets/businesscasechart.h"
#include "widgets/costbreakdownchart.h"
#include "widgets/costprojectionchart.h"
#include "widgets/latencybytokenschart.h"
#include "widgets/latencytimelinechart.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

using Format = ChartView::ExportFormat;

std::string readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

/// Every chart class with one of its axis titles (as the example's results label it).
struct Kind
{
    QString name;
    std::function<std::unique_ptr<ChartView>()> make;
    QString axisLabel;
    /// Raster images in a vector export: the scatter's colour scale is a drawn gradient.
    int images = 0;
};

std::vector<Kind> chartKinds()
{
    return {
        {u"business"_s, [] { return std::make_unique<BusinessCaseChart>(); }, u"Accuracy (%)"_s},
        {u"costbreakdown"_s, [] { return std::make_unique<CostBreakdownChart>(); }, u"Cost per request (USD)"_s},
        {u"costprojection"_s, [] { return std::make_unique<CostProjectionChart>(); }, u"Cost per month (USD)"_s},
        {u"latencytimeline"_s, [] { return std::make_unique<LatencyTimelineChart>(); },
         u"Time since the request (s)"_s},
        {u"latencybytokens"_s, [] { return std::make_unique<LatencyByTokensChart>(); }, u"Output tokens per call"_s},
        {u"alternatives"_s, [] { return std::make_unique<AlternativesScatter>(); },
         u"Latency, total (s, log scale)"_s, 1},
    };
}

/// The texts of an SVG's <text> elements (each element's whole text, spaces trimmed).
QStringList svgTexts(const QByteArray &svg, QString *error)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text"_s)
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    if (xml.hasError())
        *error = xml.errorString();
    return texts;
}

/// Runs a poppler tool; the output, or nullopt when the tool is not installed.
std::optional<QString> runTool(const QString &tool, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(tool).isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QString(u"failed: "_s + QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsAChartNeverShown_data();
    void exportsAChartNeverShown();
    void pngOfAShownChartHasItsSize();
    void nothingToExportBeforeFigures();
    void unwritablePathIsReported();
    void failedExportKeepsTheOldFile();
    void contextMenuExports();
    void contextMenuAppendsTheExtension();
    void rightClickOpensTheMenu();

private:
    std::unique_ptr<ChartView> shownBusinessChart();

    Scenario m_scenario;
    Results m_results;
    QTemporaryDir m_dir;
};

void TestChartExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString source = QStringLiteral(FULCRUM_SOURCE_DIR);
    const CatalogLoad catalog = catalogFromText(readText(source + u"/resources/catalog/default-catalog.json"_s));
    QVERIFY(catalog.catalog);
    const ScenarioLoad scenario =
        scenarioFromText(readText(source + u"/resources/examples/customer-service.fulcrum.json"_s));
    QVERIFY(scenario.scenario);
    m_scenario = *scenario.scenario;
    m_results = evaluate(m_scenario, *catalog.catalog);
    QVERIFY(m_results.valid());
    QDir().mkpath(u"/tmp/charts"_s);
}

void TestChartExport::exportsAChartNeverShown_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("formatIndex");

    const auto kinds = chartKinds();
    for (int i = 0; i < int(kinds.size()); ++i) {
        const QByteArray name = kinds[i].name.toUtf8();
        QTest::newRow(name + " png") << i << int(Format::Png);
        QTest::newRow(name + " svg") << i << int(Format::Svg);
        QTest::newRow(name + " pdf") << i << int(Format::Pdf);
    }
}

void TestChartExport::exportsAChartNeverShown()
{
    QFETCH(int, kind);
    QFETCH(int, formatIndex);
    const Format format = Format(formatIndex);

    // As in a tab not yet opened: the chart has figures but was never on screen.
    const Kind k = chartKinds()[kind];
    const std::unique_ptr<ChartView> chart = k.make();
    chart->showResults(m_scenario, m_results);
    QCOMPARE(chart->exportSize(), QSize(1200, 700));
    const QString path = m_dir.filePath(k.name + u'.' + ChartView::extension(format));
    QString error;
    QVERIFY2(chart->exportTo(path, format, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QFile::remove(u"/tmp/charts/export-"_s + QFileInfo(path).fileName());
    QFile::copy(path, u"/tmp/charts/export-"_s + QFileInfo(path).fileName()); // to look at

    switch (format) {
    case Format::Png: {
        QImage image;
        QVERIFY(image.load(path, "PNG"));
        QCOMPARE(image.size(), QSize(2400, 1400)); // twice the pixel ratio
        // Not blank: many pixels differ from the background in the corner.
        const QRgb background = image.pixel(0, 0);
        int drawn = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                drawn += image.pixel(x, y) != background;
        }
        QVERIFY2(drawn > 500, qPrintable(QString::number(drawn)));
        break;
    }
    case Format::Svg: {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QString xmlError;
        const QStringList texts = svgTexts(svg, &xmlError);
        QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
        QVERIFY(svg.contains("viewBox=\"0 0 1200 700\""));
        // Vector: the axis title is text, not pixels.
        QVERIFY2(texts.contains(k.axisLabel), qPrintable(texts.join(u" | "_s)));
        QCOMPARE(int(svg.count("<image")), k.images);
        break;
    }
    case Format::Pdf: {
        const auto text = runTool(u"pdftotext"_s, {path, u"-"_s});
        if (!text)
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text->simplified().contains(k.axisLabel), qPrintable(*text));
        const auto images = runTool(u"pdfimages"_s, {u"-list"_s, path});
        QVERIFY(images);
        // The header and its rule, then one line per image: none but a colour scale's.
        QCOMPARE(images->trimmed().split(u'\n').size(), 2 + k.images);
        const auto info = runTool(u"pdfinfo"_s, {path});
        QVERIFY(info);
        // One page the chart's size: 1200 × 700 pixels at 96 dpi are 900 × 525 points.
        QVERIFY2(info->simplified().contains(u"Pages: 1 "_s), qPrintable(*info));
        QVERIFY2(info->simplified().contains(u"Page size: 900 x 525 pts"_s), qPrintable(*info));
        break;
    }
    }
}

std::unique_ptr<ChartView> TestChartExport::shownBusinessChart()
{
    auto chart = std::make_unique<BusinessCaseChart>();
    chart->showResults(m_scenario, m_results);
    chart->resize(800, 450);
    chart->show();
    if (!QTest::qWaitForWindowExposed(chart.get()))
        return nullptr;
    return chart;
}

void TestChartExport::pngOfAShownChartHasItsSize()
{
    const auto chart = shownBusinessChart();
    QVERIFY(chart);
    QCOMPARE(chart->exportSize(), QSize(800, 450));
    const QString path = m_dir.filePath(u"shown.png"_s);
    QVERIFY(chart->exportTo(path, Format::Png));
    QCOMPARE(QImage(path).size(), QSize(1600, 900));
    // Exporting lays the plot out for the file, then back for the screen.
    QCOMPARE(chart->size(), QSize(800, 450));
    QVERIFY(!chart->shownSeries().empty());
}

void TestChartExport::nothingToExportBeforeFigures()
{
    BusinessCaseChart chart;
    const QString path = m_dir.filePath(u"empty.png"_s);
    QString error;
    QVERIFY(!chart.exportTo(path, Format::Png, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
    // Nor does the menu offer it.
    std::unique_ptr<QMenu> menu(chart.createContextMenu());
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    }
}

void TestChartExport::unwritablePathIsReported()
{
    BusinessCaseChart chart;
    chart.showResults(m_scenario, m_results);
    for (const Format format : {Format::Png, Format::Svg, Format::Pdf}) {
        const QString path = m_dir.filePath(u"no-such-folder/chart."_s + ChartView::extension(format));
        QString error;
        QVERIFY(!chart.exportTo(path, format, &error));
        QVERIFY2(error.contains(u"no-such-folder"_s), qPrintable(error));
    }
}

void TestChartExport::failedExportKeepsTheOldFile()
{
    // A directory where the file should go: nothing can be written, nothing is lost.
    const QString path = m_dir.filePath(u"taken.svg"_s);
    QVERIFY(QDir().mkpath(path));
    BusinessCaseChart chart;
    chart.showResults(m_scenario, m_results);
    QString error;
    QVERIFY(!chart.exportTo(path, Format::Svg, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(path).isDir());
}

void TestChartExport::contextMenuExports()
{
    const auto chart = shownBusinessChart();
    QVERIFY(chart);
    QStringList suggested;
    chart->setSaveFileChooser([&](const QString &, const QString &name, const QString &filter) {
        suggested << name;
        [&] { QVERIFY(filter.contains(u"*."_s + QFileInfo(name).suffix())); }();
        return m_dir.filePath(u"menu-"_s + name);
    });
    QSignalSpy exported(chart.get(), &ChartView::exported);
    std::unique_ptr<QMenu> menu(chart->createContextMenu());
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        texts << action->text().remove(u'&');
        QVERIFY(action->isEnabled());
        action->trigger();
    }
    // Copy as Image: the PNG's picture, on the clipboard.
    QCOMPARE(QApplication::clipboard()->image().size(), QSize(1600, 900));
    QCOMPARE(texts, (QStringList {u"Export as PNG…"_s, u"Export as SVG…"_s, u"Export as PDF…"_s,
                                  u"Copy as Image"_s}));
    QCOMPARE(suggested, (QStringList {u"business-case-chart.png"_s, u"business-case-chart.svg"_s,
                                      u"business-case-chart.pdf"_s}));
    QCOMPARE(exported.size(), 3);
    for (const QString &name : suggested)
        QVERIFY(QFileInfo(m_dir.filePath(u"menu-"_s + name)).size() > 1000);

    // A failure goes to whoever listens, with the reason.
    chart->setSaveFileChooser([&](const QString &, const QString &, const QString &) {
        return m_dir.filePath(u"no-such-folder/chart.png"_s);
    });
    QSignalSpy failed(chart.get(), &ChartView::exportFailed);
    QCOMPARE(chart->exportWithDialog(Format::Png), QString());
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(1).toString().contains(u"no-such-folder"_s));
}

void TestChartExport::contextMenuAppendsTheExtension()
{
    BusinessCaseChart chart;
    chart.showResults(m_scenario, m_results);
    chart.setSaveFileChooser([&](const QString &, const QString &, const QString &) {
        return m_dir.filePath(u"typed-without-extension"_s);
    });
    const QString written = chart.exportWithDialog(Format::Pdf);
    QCOMPARE(written, m_dir.filePath(u"typed-without-extension.pdf"_s));
    QVERIFY(QFile::exists(written));
    // Cancelling writes nothing.
    chart.setSaveFileChooser([](const QString &, const QString &, const QString &) { return QString(); });
    QCOMPARE(chart.exportWithDialog(Format::Pdf), QString());
}

void TestChartExport::rightClickOpensTheMenu()
{
    const auto chart = shownBusinessChart();
    QVERIFY(chart);
    auto *plot = chart->findChild<QWidget *>(u"plot"_s);
    QVERIFY(plot);
    QTest::mouseClick(plot, Qt::RightButton, {}, QPoint(300, 200));
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QCOMPARE(menu->actions().first()->text().remove(u'&'), u"Export as PNG…"_s);
    menu->close();
    // A left click opens nothing.
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(300, 200));
    QTest::qWait(20);
    QVERIFY(!QApplication::activePopupWidget());
}

} // namespace fulcrum

QTEST_MAIN(fulcrum::TestChartExport)

#include "tst_chartexport.moc"
