#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
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
    void chineseCellsKeepWordsAndFiguresWhole();
    void russianHeadersWrapBetweenWholeWords();
};

namespace {

/// An A4 page at 96 dpi, like the report's.
struct A4Page
{
    QBuffer buffer;
    QPdfWriter writer { &buffer };
    A4Page()
    {
        buffer.open(QIODevice::WriteOnly);
        writer.setResolution(96);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    }
};

/// A Chinese cell's lines joined back (a line break takes no space there).
QString joined(const QStringList &lines)
{
    return lines.join(QString());
}

QString withoutSpaces(QString text)
{
    return text.remove(u' ').remove(QChar(0x00A0));
}

} // namespace

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

/// The report's "最佳替代方案" table as the Chinese report fills it: the latency column's
/// "4.09 秒" and "24 小时" must not wrap, and no Chinese word is split across lines.
void TestReportLayout::chineseCellsKeepWordsAndFiguresWhole()
{
    A4Page page;
    ReportLayout layout(&page.writer);
    ReportLayout::Table table;
    table.header = QStringList { u"模型"_s, u"服务层级"_s, u"成本/月（USD）"_s, u"节省/月（USD）"_s, u"延迟"_s,
                                 u"准确率"_s, u"净收益/月（USD）"_s, u"可行"_s };
    table.alignment = { Qt::AlignLeft,  Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight,
                        Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft };
    const QList<QStringList> rows {
        { u"claude-sonnet-4-6"_s, u"标准，启用缓存"_s, u"23,725"_s, u"−6,813"_s, u"4.09 秒"_s, u"93.0%"_s, u"37,388,775"_s, u"是"_s },
        { u"gemini-2.5-flash"_s, u"标准"_s, u"5,505"_s, u"11,406"_s, u"2.51 秒"_s, u"91.0%"_s, u"30,715,328"_s, u"是"_s },
        { u"gpt-4.1"_s, u"批处理"_s, u"14,387"_s, u"2,525"_s, u"24 小时"_s, u"90.0%"_s, u"27,360,613"_s, u"否：超出预算"_s },
        { u"gpt-4.1（当前方案）"_s, u"标准，启用缓存"_s, u"16,912"_s, u"0.00"_s, u"4.23 秒"_s, u"90.0%"_s, u"27,358,088"_s, u"是"_s },
        { u"gpt-4o"_s, u"批处理"_s, u"17,870"_s, u"−958"_s, u"24 小时"_s, u"89.0%"_s, u"24,011,297"_s,
          u"否：低于目标，超出预算"_s },
    };
    table.rows = rows;
    table.boldRows = { 3 };
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column) {
            const QStringList lines = layout.cellLines(table, row, column);
            const QString cell = rows[row][column];
            QCOMPARE(withoutSpaces(joined(lines)), withoutSpaces(cell));
            // Figures, with or without a unit, and words of up to four characters stay whole.
            if (column >= 2 && column <= 6)
                QVERIFY2(lines.size() == 1, qPrintable(u"\"%1\" wraps: %2"_s.arg(cell, lines.join(u" | "_s))));
            // A longer cell breaks only after its punctuation.
            for (qsizetype i = 0; i + 1 < lines.size(); ++i)
                QVERIFY2(lines[i].endsWith(u'，') || lines[i].endsWith(u'：') || lines[i + 1].startsWith(u'（'),
                         qPrintable(u"\"%1\" breaks inside a word: %2"_s.arg(cell, lines.join(u" | "_s))));
        }
    }
    for (int column = 0; column < table.header.size(); ++column) {
        const QStringList lines = layout.cellLines(table, -1, column);
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QVERIFY2(lines[i + 1].startsWith(u'（'), qPrintable(lines.join(u" | "_s)));
    }
}

/// The Russian rate-limit table: values such as "не указано" stay on one line before the
/// headers get room, and a header wraps between words, never leaving "с" alone.
void TestReportLayout::russianHeadersWrapBetweenWholeWords()
{
    A4Page page;
    ReportLayout layout(&page.writer);
    ReportLayout::Table table;
    table.header = QStringList { u"Модель"_s, u"Пик токенов / мин"_s, u"Лимит"_s, u"Запас"_s,
                                 u"Пик запросов / мин"_s, u"Лимит"_s, u"Запас"_s, u"Лимит превышен с"_s };
    table.rows << QStringList { u"gemini-2.5-flash"_s, u"63 333"_s, u"не указано"_s, u"—"_s, u"6"_s,
                                u"не указано"_s, u"—"_s, u"лимит не указан"_s }
               << QStringList { u"gpt-4.1"_s, u"816 667"_s, u"2 000 000"_s, u"59,2 %"_s, u"208"_s,
                                u"5 000"_s, u"95,8 %"_s, u"месяц 11"_s };
    for (int row = 0; row < table.rows.size(); ++row)
        for (int column = 0; column < table.rows[row].size(); ++column)
            QVERIFY2(layout.cellLines(table, row, column).size() == 1,
                     qPrintable(layout.cellLines(table, row, column).join(u" | "_s)));
    for (int column = 0; column < table.header.size(); ++column) {
        const QStringList lines = layout.cellLines(table, -1, column);
        for (const QString &line : lines)
            QVERIFY2(withoutSpaces(line).size() > 1, qPrintable(lines.join(u" | "_s)));
        // Words stay whole: the lines are the header's words, regrouped.
        QCOMPARE(lines.join(u' ').split(QRegularExpression(u"[ \u00A0]"_s), Qt::SkipEmptyParts).join(u' '),
                 table.header[column]);
    }
}

} // namespace fulcrum

QTEST_MAIN(fulcrum::TestReportLayout)
#include "tst_reportlayout.moc"
