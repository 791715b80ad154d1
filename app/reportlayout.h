#pragma once

#include <functional>
#include <vector>

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace fulcrum {

/// The page flow of the PDF report: blocks laid out top to bottom on pages of the
/// device's size, with a running header and a footer ("Page n of m") on every page.
/// A block is never split across pages: one that does not fit starts a new page, and a
/// heading stays with the block after it. Only a table or a paragraph taller than a whole
/// page goes on over several pages (a table with its header repeated). Units are the device's (96
/// dpi pixels for a QPdfWriter at resolution 96).
class ReportLayout
{
public:
    /// How a figure card or a table row is coloured.
    enum class Tone
    {
        Neutral,
        Good,
        Warning,
        Bad
    };

    struct Table
    {
        /// Columns are as wide as their widest unbreakable piece at least (a word, a figure
        /// with its unit, Chinese text between punctuation) and their longest line at most,
        /// the body's lines kept whole before the header's.
        QStringList header; ///< empty: a table of rows only (key–value lists)
        QList<QStringList> rows;
        QList<Qt::Alignment> alignment; ///< per column; default left
        QList<Tone> rowTones; ///< per row; missing = neutral
        QList<int> boldRows;
        bool firstColumnBold = false;
    };

    /// A headline figure: a caption, a large value and a line of detail.
    struct Figure
    {
        QString caption;
        QString value;
        QString detail;
        Tone tone = Tone::Neutral;
    };

    /// Draws into a rect of the page (e.g. a chart); the rect's height is the block's.
    using Drawing = std::function<void(QPainter *painter, const QRectF &rect)>;

    explicit ReportLayout(QPagedPaintDevice *device);
    ~ReportLayout();

    /// The report's typeface at a size: DejaVu Sans for Latin and Cyrillic, WenQuanYi
    /// Micro Hei for Chinese (both installed by scripts/setup, embedded in the PDF).
    static QFont font(double pointSize, bool bold = false);

    void setRunningHeader(const QString &left, const QString &right);
    /// The footer's left text; "Page n of m" is written on its right.
    void setFooter(const QString &left);
    /// "Page %1 of %2", translated by the caller.
    void setPageNumberFormat(const QString &format);

    void addTitle(const QString &title, const QString &subtitle);
    /// A section heading, kept on the page of the block that follows it.
    void addHeading(const QString &text);
    void addParagraph(const QString &text);
    /// Smaller, muted text: captions under charts, sources, footnotes.
    void addNote(const QString &text);
    void addBullets(const QStringList &items);
    void addFigures(const QList<Figure> &figures);
    void addTable(const Table &table);
    void addDrawing(double height, Drawing drawing);
    void addSpace(double height);

    /// The usable width of a page, for sizing drawings.
    double contentWidth() const;
    /// The usable height of a page below the header and above the footer.
    double contentHeight() const;

    /// Where a block (or a page's share of a long table) went: blocks are numbered in the
    /// order they were added.
    struct Placement
    {
        int block = 0;
        int page = 0; ///< 0-based
        double y = 0; ///< top, in page coordinates
        double height = 0;
        int firstRow = 0; ///< a table's rows (a long paragraph's lines) on this page:
        int endRow = 0; ///< [firstRow, endRow); for other blocks both 0
    };
    /// The page flow paint() draws (also a testing hook).
    std::vector<Placement> layout() const;
    /// The lines a table's cell is drawn in (row -1: the header), as laid out at its
    /// column's width (testing hook).
    QStringList cellLines(const Table &table, int row, int column) const;
    /// The content's top and bottom on every page, in page coordinates.
    double contentTop() const;
    double contentBottom() const;

    /// Lays the blocks out and paints every page on painter (begun on the device);
    /// returns the number of pages.
    int paint(QPainter *painter);

private:
    struct Block;

    double measure(const Block &block) const;
    double tableRowHeight(const Table &table, int row, const std::vector<double> &widths) const;
    /// A cell's text with its line breaks for width: only between unbreakable pieces.
    QString cellText(const QFont &font, const QString &text, double width) const;
    std::vector<double> columnWidths(const Table &table) const;
    void paintBlock(QPainter *painter, const Placement &placement, double top) const;
    void paintTable(QPainter *painter, const Block &block, int firstRow, int endRow,
                    double top) const;
    void paintFigures(QPainter *painter, const Block &block, double top) const;
    void paintPageFrame(QPainter *painter, int page, int pageCount) const;
    double textHeight(const QFont &font, const QString &text, double width) const;
    std::vector<double> lineHeights(const QFont &font, const QString &text, double width) const;
    void drawText(QPainter *painter, const QFont &font, const QRectF &rect, const QString &text,
                  Qt::Alignment alignment = Qt::AlignLeft) const;

    QPagedPaintDevice *m_device = nullptr;
    std::vector<Block> m_blocks;
    QString m_headerLeft;
    QString m_headerRight;
    QString m_footerLeft;
    QString m_pageNumberFormat = QStringLiteral("%1 / %2");
    QFont m_titleFont;
    QFont m_headingFont;
    QFont m_bodyFont;
    QFont m_smallFont;
    QFont m_figureFont;
};

} // namespace fulcrum
