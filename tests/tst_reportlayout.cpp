#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

#include "app/reportlayout.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

class TestReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void layoutKeepsBlocksWhole();
    void layoutSplitsOnlyTablesTallerThanAPage();
    void layoutSplitsAParagraphLongerThanAPage();
};

void TestReportLayout::layoutKeepsBlocksWhole()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(96);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    ReportLayout layout(&writer);
    ReportLayout::Table table;
    table.header = QStringList { u"Model"_s, u"Price"_s };
    for (int i = 0; i < 12; ++i)
        table.rows << QStringList { u"model-%1"_s.arg(i), u"%1 USD"_s.arg(i) };
    // Headings, notes, tables and drawings in a row, more than a page of them.
    for (int section = 0; section < 6; ++section) {
        layout.addHeading(u"Section %1"_s.arg(section));
        layout.addNote(u"What the drawing shows."_s);
        layout.addDrawing(300, {});
        layout.addTable(table);
    }
    const std::vector<ReportLayout::Placement> placements = layout.layout();
    QCOMPARE(placements.size(), std::size_t(24)); // nothing split
    for (const ReportLayout::Placement &p : placements) {
        QVERIFY2(
            p.y >= layout.contentTop() && p.y + p.height <= layout.contentBottom() + 0.01,
            qPrintable(
                u"block %1 on page %2 runs from %3 to %4"_s.arg(p.block).arg(p.page).arg(p.y).arg(
                    p.y + p.height)));
    }
    // A heading, its note and its drawing share a page.
    for (std::size_t i = 0; i < placements.size(); i += 4) {
        QCOMPARE(placements[i + 1].page, placements[i].page);
        QCOMPARE(placements[i + 2].page, placements[i].page);
    }
    QVERIFY(placements.back().page >= 2);
    // Pages are filled in order.
    for (std::size_t i = 1; i < placements.size(); ++i)
        QVERIFY(placements[i].page >= placements[i - 1].page);
}

void TestReportLayout::layoutSplitsOnlyTablesTallerThanAPage()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(96);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF()));
    ReportLayout layout(&writer);
    layout.addParagraph(u"Before."_s);
    ReportLayout::Table table;
    table.header = QStringList { u"Month"_s, u"Cost"_s };
    for (int i = 0; i < 150; ++i)
        table.rows << QStringList { QString::number(i + 1), u"%1 USD"_s.arg(i * 10) };
    layout.addHeading(u"Projection"_s);
    layout.addTable(table);
    const std::vector<ReportLayout::Placement> placements = layout.layout();
    // The paragraph, the heading, then the table over several pages, every row once.
    QVERIFY(placements.size() >= 4);
    int nextRow = 0;
    int lastPage = placements[1].page;
    for (std::size_t i = 2; i < placements.size(); ++i) {
        const ReportLayout::Placement &p = placements[i];
        QCOMPARE(p.block, 2);
        QCOMPARE(p.firstRow, nextRow);
        QVERIFY(p.endRow > p.firstRow);
        QVERIFY(p.y + p.height <= layout.contentBottom() + 0.01);
        QVERIFY(p.page == lastPage || p.page == lastPage + 1);
        lastPage = p.page;
        nextRow = p.endRow;
    }
    QCOMPARE(nextRow, 150);
    QCOMPARE(placements[2].page,
             placements[1].page); // the heading stays with its table's first rows
}

void TestReportLayout::layoutSplitsAParagraphLongerThanAPage()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(96);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    ReportLayout layout(&writer);
    layout.addParagraph(u"Short."_s);
    layout.addParagraph(u"word "_s.repeated(4000).trimmed()); // notes of several pages
    layout.addParagraph(u"After."_s);
    const std::vector<ReportLayout::Placement> placements = layout.layout();
    QVERIFY(placements.size() >= 4);
    int nextLine = 0;
    for (std::size_t i = 1; i + 1 < placements.size(); ++i) {
        const ReportLayout::Placement &p = placements[i];
        QCOMPARE(p.block, 1);
        QCOMPARE(p.firstRow, nextLine);
        QVERIFY(p.endRow > p.firstRow);
        QVERIFY(p.y + p.height <= layout.contentBottom() + 0.01);
        QCOMPARE(p.page, int(i) - 1);
        nextLine = p.endRow;
    }
    QVERIFY(nextLine > 100); // every line placed once
    QCOMPARE(placements.back().block, 2);
    QPainter painter(&writer);
    QCOMPARE(layout.paint(&painter), placements.back().page + 1);
}

} // namespace fulcrum

QTEST_MAIN(fulcrum::TestReportLayout)
#include "tst_reportlayout.moc"
