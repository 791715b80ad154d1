#include "app/reportlayout.h"

#include <algorithm>
#include <numeric>

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

// Page geometry, in device pixels (96 dpi): about 15 mm side margins.
constexpr double SideMargin = 56;
constexpr double HeaderBaseline = 30;
constexpr double HeaderRule = 40;
constexpr double ContentTop = 58;
constexpr double FooterSpace = 58; ///< from the content's bottom to the page's bottom
constexpr double FooterRuleFromBottom = 44;
constexpr double CellPaddingX = 5;
constexpr double CellPaddingY = 3;
constexpr double CardGap = 8;
constexpr double CardPadding = 8;

const QColor TextColor(0x1F, 0x23, 0x28);
const QColor MutedColor(0x57, 0x60, 0x6A);
const QColor RuleColor(0xD0, 0xD7, 0xDE);
const QColor AccentColor(0x0B, 0x5C, 0xAD);
const QColor HeaderFill(0xF0, 0xF3, 0xF6);

QColor toneColor(ReportLayout::Tone tone)
{
    switch (tone) {
    case ReportLayout::Tone::Good:
        return { 0x1A, 0x7F, 0x37 };
    case ReportLayout::Tone::Warning:
        return { 0x9A, 0x67, 0x00 };
    case ReportLayout::Tone::Bad:
        return { 0xC6, 0x28, 0x28 };
    case ReportLayout::Tone::Neutral:
        break;
    }
    return TextColor;
}

QColor toneFill(ReportLayout::Tone tone)
{
    switch (tone) {
    case ReportLayout::Tone::Good:
        return { 0xEA, 0xF6, 0xEC };
    case ReportLayout::Tone::Warning:
        return { 0xFF, 0xF6, 0xDD };
    case ReportLayout::Tone::Bad:
        return { 0xFD, 0xEC, 0xEC };
    case ReportLayout::Tone::Neutral:
        break;
    }
    return Qt::transparent;
}

/// Lays text out in lines of width, breaking words only when one is longer than a line
/// (file names, URLs); returns the height.
double layOut(QTextLayout &layout, double width, Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

/// Line breaks as QTextLayout takes them, and what must not be broken joined by no-break
/// spaces: a figure and its unit in any language ("4.23 s", "90.0 %", "1,200 USD",
/// "4,09 с", "81,8 п. п.", "4.09 秒", "24 小时"), and a one-letter word with the word it
/// belongs to (a Russian "с" neither ends a line nor starts one alone).
QString typeset(QString text)
{
    // A unit is up to three letters (and a full stop) not followed by another letter; a
    // Chinese unit is glued to its figure by its first character.
    static const QRegularExpression numberAndUnit(
        u"(\\d) (?=%|(?!\\p{Han})\\p{L}{1,3}\\.?(?!\\p{L})|\\p{Han})"_s);
    static const QRegularExpression abbreviationPair(u"(?<!\\p{L})(\\p{L}\\.) (?=\\p{L}\\.)"_s);
    static const QRegularExpression oneLetterWord(u"(?<![\\p{L}\\p{N}])((?!\\p{Han})\\p{L}) (?=[\\p{L}\\p{N}])"_s);
    static const QRegularExpression oneLetterLast(u"(?<=[\\p{L}\\p{N}]) ((?!\\p{Han})\\p{L})(?=\\n|$)"_s);
    text.replace(numberAndUnit, u"\\1\u00A0"_s);
    text.replace(abbreviationPair, u"\\1\u00A0"_s);
    text.replace(oneLetterWord, u"\\1\u00A0"_s);
    text.replace(oneLetterLast, u"\u00A0\\1"_s);
    return text.replace(u'\n', QChar::LineSeparator);
}

/// Chinese punctuation after which a line may break; Chinese text between two of them is
/// kept whole in a table cell.
bool breaksAfter(QChar c)
{
    static const QString punctuation = u"，、；：。！？）」』"_s;
    return punctuation.contains(c);
}

/// A line of a table cell (typeset) in the pieces a line may break between: each word
/// with the space after it, Chinese text up to its punctuation, an opening bracket starting
/// a piece of its own.
QStringList unbreakablePieces(const QString &line)
{
    QStringList pieces;
    QString piece;
    for (const QChar c : line) {
        if (c == u'（' && !piece.trimmed().isEmpty()) {
            pieces << piece;
            piece.clear();
        }
        piece += c;
        if (c == u' ' || breaksAfter(c)) {
            pieces << piece;
            piece.clear();
        }
    }
    if (!piece.isEmpty())
        pieces << piece;
    return pieces;
}

/// text without the spaces at its end (a piece's, a line's); no-break spaces stay.
QString withoutTrailingSpaces(QString text)
{
    while (text.endsWith(u' '))
        text.chop(1);
    return text;
}

} // namespace

struct ReportLayout::Block
{
    enum Kind
    {
        Title,
        Heading,
        Paragraph,
        Note,
        Bullets,
        Figures,
        TableBlock,
        DrawingBlock,
        Space
    };

    Kind kind = Paragraph;
    QString text;
    QString subtitle;
    QStringList items;
    QList<Figure> figures;
    Table table;
    Drawing drawing;
    double height = 0; ///< of a drawing or a space
};

QFont ReportLayout::font(double pointSize, bool bold)
{
    // fontconfig falls back to any other installed font for scripts neither covers.
    QFont font;
    font.setFamilies({ u"DejaVu Sans"_s, u"WenQuanYi Micro Hei"_s });
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // No ligatures: "fi" stays two letters, so the PDF's text can be searched and copied.
    // Scripts that need shaping still get it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

ReportLayout::ReportLayout(QPagedPaintDevice *device)
    : m_device { device }
    , m_titleFont { font(20, true) }
    , m_headingFont { font(12.5, true) }
    , m_bodyFont { font(9.5) }
    , m_smallFont { font(8) }
    , m_figureFont { font(12.5, true) }
{
}

ReportLayout::~ReportLayout() = default;

void ReportLayout::setRunningHeader(const QString &left, const QString &right)
{
    m_headerLeft = left;
    m_headerRight = right;
}

void ReportLayout::setFooter(const QString &left)
{
    m_footerLeft = left;
}

void ReportLayout::setPageNumberFormat(const QString &format)
{
    m_pageNumberFormat = format;
}

void ReportLayout::addTitle(const QString &title, const QString &subtitle)
{
    Block block;
    block.kind = Block::Title;
    // At most three lines: a title is no place for a paragraph.
    const QFontMetricsF metrics(m_titleFont, m_device);
    block.text = metrics.elidedText(title, Qt::ElideRight, contentWidth() * 2.6);
    block.subtitle = subtitle;
    m_blocks.push_back(std::move(block));
}

void ReportLayout::addHeading(const QString &text)
{
    Block block;
    block.kind = Block::Heading;
    block.text = text;
    m_blocks.push_back(std::move(block));
}

void ReportLayout::addParagraph(const QString &text)
{
    Block block;
    block.kind = Block::Paragraph;
    block.text = text;
    m_blocks.push_back(std::move(block));
}

void ReportLayout::addNote(const QString &text)
{
    Block block;
    block.kind = Block::Note;
    block.text = text;
    m_blocks.push_back(std::move(block));
}

void ReportLayout::addBullets(const QStringList &items)
{
    Block block;
    block.kind = Block::Bullets;
    block.items = items;
    m_blocks.push_back(std::move(block));
}

void ReportLayout::addFigures(const QList<Figure> &figures)
{
    Block block;
    block.kind = Block::Figures;
    block.figures = figures;
    m_blocks.push_back(std::move(block));
}

void ReportLayout::addTable(const Table &table)
{
    Block block;
    block.kind = Block::TableBlock;
    block.table = table;
    m_blocks.push_back(std::move(block));
}

void ReportLayout::addDrawing(double height, Drawing drawing)
{
    Block block;
    block.kind = Block::DrawingBlock;
    block.height = height;
    block.drawing = std::move(drawing);
    m_blocks.push_back(std::move(block));
}

void ReportLayout::addSpace(double height)
{
    Block block;
    block.kind = Block::Space;
    block.height = height;
    m_blocks.push_back(std::move(block));
}

double ReportLayout::contentWidth() const
{
    return m_device->width() - 2 * SideMargin;
}

double ReportLayout::contentHeight() const
{
    return m_device->height() - ContentTop - FooterSpace;
}

double ReportLayout::contentTop() const
{
    return ContentTop;
}

double ReportLayout::contentBottom() const
{
    return ContentTop + contentHeight();
}

double ReportLayout::textHeight(const QFont &font, const QString &text, double width) const
{
    if (text.isEmpty())
        return 0;
    QTextLayout layout(typeset(text), font, m_device);
    return layOut(layout, width, Qt::AlignLeft);
}

std::vector<double> ReportLayout::lineHeights(const QFont &font, const QString &text,
                                              double width) const
{
    QTextLayout layout(typeset(text), font, m_device);
    layOut(layout, width, Qt::AlignLeft);
    std::vector<double> heights;
    for (int i = 0; i < layout.lineCount(); ++i)
        heights.push_back(layout.lineAt(i).height());
    return heights;
}

void ReportLayout::drawText(QPainter *painter, const QFont &font, const QRectF &rect,
                            const QString &text, Qt::Alignment alignment) const
{
    if (text.isEmpty())
        return;
    QTextLayout layout(typeset(text), font, m_device);
    layOut(layout, rect.width(), alignment);
    layout.draw(painter, rect.topLeft());
}

std::vector<double> ReportLayout::columnWidths(const Table &table) const
{
    // As browsers size auto tables: no column narrower than its widest unbreakable piece (a
    // word, a figure with its unit, Chinese text between punctuation), none wider than its
    // longest line, in the current language's words and font. The slack goes first to the
    // body's cells, so that figures and short values keep to one line, then to the headers,
    // whose words may wrap. When the widest pieces do not fit side by side, only the widest
    // columns give way (their words break), so figures and short words stay whole.
    const double width = contentWidth();
    qsizetype columns = table.header.size();
    for (const QStringList &row : table.rows)
        columns = std::max(columns, row.size());
    std::vector<double> least(std::size_t(columns), 2 * CellPaddingX + 8);
    std::vector<double> bodyWanted = least;
    std::vector<double> headerWanted = least;
    const auto measureRow = [&](const QStringList &cells, bool bold, std::vector<double> &wanted) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            QFont font = m_smallFont;
            font.setBold(bold || (c == 0 && table.firstColumnBold));
            const QFontMetricsF metrics(font, m_device);
            const auto i = std::size_t(c);
            for (const QString &line : typeset(cells[c]).split(QChar::LineSeparator)) {
                wanted[i] = std::max(wanted[i], metrics.horizontalAdvance(withoutTrailingSpaces(line))
                                                    + 2 * CellPaddingX + 1);
                for (const QString &piece : unbreakablePieces(line))
                    least[i] = std::max(least[i], metrics.horizontalAdvance(withoutTrailingSpaces(piece))
                                                      + 2 * CellPaddingX + 1);
            }
        }
    };
    measureRow(table.header, true, headerWanted);
    for (int r = 0; r < table.rows.size(); ++r)
        measureRow(table.rows[r], table.boldRows.contains(r), bodyWanted);
    // Water-filling: the level every column is cut down to so that the least widths fit.
    if (std::accumulate(least.begin(), least.end(), 0.0) > width) {
        std::vector<double> sorted = least;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        double level = width / double(sorted.size());
        for (std::size_t k = 0; k < sorted.size(); ++k) {
            const double rest
                = std::accumulate(sorted.begin() + std::ptrdiff_t(k) + 1, sorted.end(), 0.0);
            const double candidate = (width - rest) / double(k + 1);
            if (k + 1 == sorted.size() || candidate >= sorted[k + 1]) {
                level = candidate;
                break;
            }
        }
        for (double &w : least)
            w = std::min(w, std::max(level, 2 * CellPaddingX + 8));
    }
    std::vector<double> body(least.size());
    std::vector<double> wanted(least.size());
    for (std::size_t i = 0; i < least.size(); ++i) {
        body[i] = std::max(bodyWanted[i], least[i]);
        wanted[i] = std::max(body[i], headerWanted[i]);
    }
    const double sumLeast = std::accumulate(least.begin(), least.end(), 0.0);
    const double sumBody = std::accumulate(body.begin(), body.end(), 0.0);
    const double sumWanted = std::accumulate(wanted.begin(), wanted.end(), 0.0);
    // Shares the room between from and to in proportion to what each column still wants.
    const auto between = [&](const std::vector<double> &from, double sumFrom, const std::vector<double> &to,
                             double sumTo) {
        std::vector<double> widths(from.size());
        for (std::size_t i = 0; i < widths.size(); ++i)
            widths[i] = sumTo > sumFrom ? from[i] + (to[i] - from[i]) * (width - sumFrom) / (sumTo - sumFrom)
                                        : from[i];
        return widths;
    };
    if (sumWanted <= width) {
        std::vector<double> widths(wanted.size());
        for (std::size_t i = 0; i < widths.size(); ++i)
            widths[i] = wanted[i] * width / sumWanted;
        return widths;
    }
    if (sumBody <= width)
        return between(body, sumBody, wanted, sumWanted);
    if (sumLeast >= width) {
        std::vector<double> widths(least.size());
        for (std::size_t i = 0; i < widths.size(); ++i)
            widths[i] = least[i] * width / sumLeast;
        return widths;
    }
    return between(least, sumLeast, body, sumBody);
}

QString ReportLayout::cellText(const QFont &font, const QString &text, double width) const
{
    // QTextLayout would break Chinese between any two characters ("24 小 / 时"): the lines
    // are broken here between unbreakable pieces, and QTextLayout breaks further only a
    // piece wider than the column.
    const QFontMetricsF metrics(font, m_device);
    QStringList lines;
    for (const QString &paragraph : typeset(text).split(QChar::LineSeparator)) {
        QString line;
        for (const QString &piece : unbreakablePieces(paragraph)) {
            const QString longer = line + piece;
            if (!line.isEmpty() && metrics.horizontalAdvance(withoutTrailingSpaces(longer)) > width) {
                lines << withoutTrailingSpaces(line);
                line = piece;
            } else {
                line = longer;
            }
        }
        lines << withoutTrailingSpaces(line);
    }
    return lines.join(QChar::LineSeparator);
}

QStringList ReportLayout::cellLines(const Table &table, int row, int column) const
{
    const std::vector<double> widths = columnWidths(table);
    const bool header = row < 0;
    const QStringList &cells = header ? table.header : table.rows[row];
    if (column < 0 || column >= cells.size() || std::size_t(column) >= widths.size())
        return {};
    QFont font = m_smallFont;
    font.setBold(header || table.boldRows.contains(row) || (column == 0 && table.firstColumnBold));
    const double width = widths[std::size_t(column)] - 2 * CellPaddingX;
    QTextLayout layout(typeset(cellText(font, cells[column], width)), font, m_device);
    layOut(layout, width, Qt::AlignLeft);
    QStringList lines;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        lines << layout.text().mid(line.textStart(), line.textLength()).trimmed();
    }
    return lines;
}

double ReportLayout::tableRowHeight(const Table &table, int row,
                                    const std::vector<double> &widths) const
{
    const bool header = row < 0;
    const QStringList &cells = header ? table.header : table.rows[row];
    const bool bold = header || table.boldRows.contains(row);
    double height = 0;
    for (qsizetype c = 0; c < cells.size() && c < qsizetype(widths.size()); ++c) {
        QFont font = m_smallFont;
        font.setBold(bold || (c == 0 && table.firstColumnBold));
        const double width = widths[std::size_t(c)] - 2 * CellPaddingX;
        height = std::max(height, textHeight(font, cellText(font, cells[c], width), width));
    }
    return height + 2 * CellPaddingY;
}

double ReportLayout::measure(const Block &block) const
{
    const double width = contentWidth();
    switch (block.kind) {
    case Block::Title:
        return textHeight(m_titleFont, block.text, width) + 4
            + textHeight(m_bodyFont, block.subtitle, width) + 14;
    case Block::Heading:
        return 14 + textHeight(m_headingFont, block.text, width) + 6;
    case Block::Paragraph:
        return textHeight(m_bodyFont, block.text, width) + 8;
    case Block::Note:
        return textHeight(m_smallFont, block.text, width) + 8;
    case Block::Bullets: {
        double height = 4;
        for (const QString &item : block.items)
            height += textHeight(m_bodyFont, item, width - 16) + 3;
        return height;
    }
    case Block::Figures: {
        const auto n = std::max<qsizetype>(1, block.figures.size());
        const double cardWidth = (width - CardGap * double(n - 1)) / double(n) - 2 * CardPadding;
        double height = 0;
        for (const Figure &f : block.figures) {
            height = std::max(height,
                              textHeight(m_smallFont, f.caption, cardWidth) + 2
                                  + textHeight(m_figureFont, f.value, cardWidth) + 2
                                  + textHeight(m_smallFont, f.detail, cardWidth));
        }
        return height + 2 * CardPadding + 10;
    }
    case Block::TableBlock: {
        const std::vector<double> widths = columnWidths(block.table);
        double height = block.table.header.isEmpty() ? 0 : tableRowHeight(block.table, -1, widths);
        for (int r = 0; r < block.table.rows.size(); ++r)
            height += tableRowHeight(block.table, r, widths);
        return height + 10;
    }
    case Block::DrawingBlock:
        return block.height + 6;
    case Block::Space:
        return block.height;
    }
    return 0;
}

std::vector<ReportLayout::Placement> ReportLayout::layout() const
{
    const double top = ContentTop;
    const double bottom = ContentTop + contentHeight();
    std::vector<Placement> placements;
    std::vector<double> heights;
    heights.reserve(m_blocks.size());
    for (const Block &block : m_blocks)
        heights.push_back(measure(block));

    int page = 0;
    double y = top;
    auto newPage = [&] {
        ++page;
        y = top;
    };
    for (std::size_t i = 0; i < m_blocks.size(); ++i) {
        const Block &block = m_blocks[i];
        const double height = heights[i];
        if (block.kind == Block::Space) {
            if (y > top) // no gap at the top of a page
                y += height;
            continue;
        }
        if (block.kind == Block::Paragraph && height > bottom - top) {
            // Longer than a page (long notes): its lines go on over pages.
            const std::vector<double> lines = lineHeights(m_bodyFont, block.text, contentWidth());
            int line = 0;
            const int lineCount = int(lines.size());
            while (line < lineCount) {
                if (y + lines[std::size_t(line)] > bottom && y > top)
                    newPage();
                Placement p { int(i), page, y, 0, line, line };
                while (p.endRow < lineCount
                       && (y + p.height + lines[std::size_t(p.endRow)] <= bottom
                           || p.endRow == line)) {
                    p.height += lines[std::size_t(p.endRow)];
                    ++p.endRow;
                }
                placements.push_back(p);
                y += p.height + 8;
                line = p.endRow;
                if (line < lineCount)
                    newPage();
            }
            continue;
        }
        if (block.kind == Block::TableBlock && height > bottom - top) {
            // Taller than a page: rows go on over pages, the header repeated on each.
            const Table &table = block.table;
            const std::vector<double> widths = columnWidths(table);
            const double headerHeight
                = table.header.isEmpty() ? 0 : tableRowHeight(table, -1, widths);
            int row = 0;
            while (row < table.rows.size()) {
                if (y + headerHeight + tableRowHeight(table, row, widths) > bottom && y > top)
                    newPage();
                Placement p { int(i), page, y, headerHeight, row, row };
                while (p.endRow < table.rows.size()) {
                    const double rowHeight = tableRowHeight(table, p.endRow, widths);
                    if (y + p.height + rowHeight > bottom && p.endRow > row)
                        break;
                    p.height += rowHeight;
                    ++p.endRow;
                }
                placements.push_back(p);
                y += p.height + 10;
                row = p.endRow;
                if (row < table.rows.size())
                    newPage();
            }
            continue;
        }
        // A heading stays with the notes under it and the block they introduce; of a
        // table taller than a page, with its first rows.
        double needed = height;
        if (block.kind == Block::Heading) {
            for (std::size_t j = i + 1; j < m_blocks.size(); ++j) {
                needed += heights[j] <= bottom - top ? heights[j] : (bottom - top) / 4;
                if (m_blocks[j].kind != Block::Note)
                    break;
            }
        }
        if (y + needed > bottom && y > top)
            newPage();
        placements.push_back({ int(i), page, y, height, 0, int(block.table.rows.size()) });
        y += height;
    }
    return placements;
}

int ReportLayout::paint(QPainter *painter)
{
    const std::vector<Placement> placements = layout();
    const int pageCount = placements.empty() ? 1 : placements.back().page + 1;
    int page = 0;
    paintPageFrame(painter, 0, pageCount);
    for (const Placement &p : placements) {
        while (page < p.page) {
            m_device->newPage();
            ++page;
            paintPageFrame(painter, page, pageCount);
        }
        paintBlock(painter, p, p.y);
    }
    return pageCount;
}

void ReportLayout::paintPageFrame(QPainter *painter, int page, int pageCount) const
{
    const double width = m_device->width();
    const double height = m_device->height();
    const double inner = width - 2 * SideMargin;
    const QFontMetricsF metrics(m_smallFont, m_device);
    painter->setFont(m_smallFont);
    painter->setPen(MutedColor);
    const QString right = metrics.elidedText(m_headerRight, Qt::ElideRight, inner * 0.55);
    const double rightWidth = metrics.horizontalAdvance(right);
    const QString left = metrics.elidedText(m_headerLeft, Qt::ElideRight, inner - rightWidth - 16);
    painter->drawText(QPointF(SideMargin, HeaderBaseline), left);
    painter->drawText(QPointF(width - SideMargin - rightWidth, HeaderBaseline), right);
    painter->setPen(QPen(RuleColor, 1));
    painter->drawLine(QPointF(SideMargin, HeaderRule), QPointF(width - SideMargin, HeaderRule));

    const double footerRule = height - FooterRuleFromBottom;
    painter->drawLine(QPointF(SideMargin, footerRule), QPointF(width - SideMargin, footerRule));
    painter->setPen(MutedColor);
    const QString number = m_pageNumberFormat.arg(page + 1).arg(pageCount);
    const double numberWidth = metrics.horizontalAdvance(number);
    const double baseline = footerRule + 6 + metrics.ascent();
    painter->drawText(QPointF(width - SideMargin - numberWidth, baseline), number);
    painter->drawText(QPointF(SideMargin, baseline),
                      metrics.elidedText(m_footerLeft, Qt::ElideRight, inner - numberWidth - 16));
}

void ReportLayout::paintBlock(QPainter *painter, const Placement &placement, double top) const
{
    const Block &block = m_blocks[std::size_t(placement.block)];
    const double width = contentWidth();
    const double left = SideMargin;
    switch (block.kind) {
    case Block::Title: {
        const double titleHeight = textHeight(m_titleFont, block.text, width);
        painter->setPen(TextColor);
        drawText(painter, m_titleFont, QRectF(left, top, width, titleHeight), block.text);
        const double subtitleTop = top + titleHeight + 4;
        const double subtitleHeight = textHeight(m_bodyFont, block.subtitle, width);
        painter->setPen(MutedColor);
        drawText(painter, m_bodyFont, QRectF(left, subtitleTop, width, subtitleHeight),
                 block.subtitle);
        painter->setPen(QPen(AccentColor, 2));
        const double rule = subtitleTop + subtitleHeight + 6;
        painter->drawLine(QPointF(left, rule), QPointF(left + width, rule));
        break;
    }
    case Block::Heading:
        painter->setPen(AccentColor);
        drawText(painter, m_headingFont, QRectF(left, top + 14, width, placement.height - 20),
                 block.text);
        break;
    case Block::Paragraph:
        painter->setPen(TextColor);
        if (placement.endRow > placement.firstRow) {
            // A page's share of a paragraph longer than a page.
            QTextLayout layout(typeset(block.text), m_bodyFont, m_device);
            layOut(layout, width, Qt::AlignLeft);
            const double offset = layout.lineAt(placement.firstRow).y();
            for (int i = placement.firstRow; i < placement.endRow; ++i)
                layout.lineAt(i).draw(painter, QPointF(left, top - offset));
        } else {
            drawText(painter, m_bodyFont, QRectF(left, top, width, placement.height), block.text);
        }
        break;
    case Block::Note:
        painter->setPen(MutedColor);
        drawText(painter, m_smallFont, QRectF(left, top, width, placement.height), block.text);
        break;
    case Block::Bullets: {
        double y = top + 2;
        painter->setFont(m_bodyFont);
        const QFontMetricsF metrics(m_bodyFont, m_device);
        for (const QString &item : block.items) {
            const double h = textHeight(m_bodyFont, item, width - 16);
            painter->setPen(AccentColor);
            painter->drawText(QPointF(left + 3, y + metrics.ascent()), u"•"_s);
            painter->setPen(TextColor);
            drawText(painter, m_bodyFont, QRectF(left + 16, y, width - 16, h), item);
            y += h + 3;
        }
        break;
    }
    case Block::Figures:
        paintFigures(painter, block, top);
        break;
    case Block::TableBlock:
        paintTable(painter, block, placement.firstRow, placement.endRow, top);
        break;
    case Block::DrawingBlock:
        if (block.drawing) {
            painter->save();
            block.drawing(painter, QRectF(left, top, width, block.height));
            painter->restore();
        }
        break;
    case Block::Space:
        break;
    }
}

void ReportLayout::paintFigures(QPainter *painter, const Block &block, double top) const
{
    const auto n = std::max<qsizetype>(1, block.figures.size());
    const double outerWidth = (contentWidth() - CardGap * double(n - 1)) / double(n);
    const double innerWidth = outerWidth - 2 * CardPadding;
    const double height = measure(block) - 10;
    double x = SideMargin;
    for (const Figure &f : block.figures) {
        painter->setPen(QPen(RuleColor, 1));
        painter->setBrush(HeaderFill);
        painter->drawRoundedRect(QRectF(x, top, outerWidth, height), 4, 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(toneColor(f.tone));
        painter->drawRect(QRectF(x, top + 4, 3, height - 8)); // the tone as a stripe
        painter->setBrush(Qt::NoBrush);
        double y = top + CardPadding;
        const double captionHeight = textHeight(m_smallFont, f.caption, innerWidth);
        painter->setPen(MutedColor);
        drawText(painter, m_smallFont, QRectF(x + CardPadding, y, innerWidth, captionHeight),
                 f.caption);
        y += captionHeight + 2;
        const double valueHeight = textHeight(m_figureFont, f.value, innerWidth);
        painter->setPen(toneColor(f.tone));
        drawText(painter, m_figureFont, QRectF(x + CardPadding, y, innerWidth, valueHeight),
                 f.value);
        y += valueHeight + 2;
        painter->setPen(TextColor);
        drawText(painter, m_smallFont, QRectF(x + CardPadding, y, innerWidth, height - (y - top)),
                 f.detail);
        x += outerWidth + CardGap;
    }
}

void ReportLayout::paintTable(QPainter *painter, const Block &block, int firstRow, int endRow,
                              double top) const
{
    const Table &table = block.table;
    const std::vector<double> widths = columnWidths(table);
    std::vector<int> rows;
    if (!table.header.isEmpty())
        rows.push_back(-1);
    for (int r = firstRow; r < endRow; ++r)
        rows.push_back(r);
    // Fills first, so that no row's fill covers the rule above it.
    double y = top;
    for (const int row : rows) {
        const double height = tableRowHeight(table, row, widths);
        const Tone tone
            = row >= 0 && row < table.rowTones.size() ? table.rowTones[row] : Tone::Neutral;
        const QColor fill = row < 0 ? HeaderFill : toneFill(tone);
        if (fill.alpha() > 0)
            painter->fillRect(QRectF(SideMargin, y, contentWidth(), height), fill);
        y += height;
    }
    y = top;
    auto paintRow = [&](int row) {
        const bool header = row < 0;
        const QStringList &cells = header ? table.header : table.rows[row];
        const double height = tableRowHeight(table, row, widths);
        double x = SideMargin;
        for (qsizetype c = 0; c < cells.size() && c < qsizetype(widths.size()); ++c) {
            QFont font = m_smallFont;
            font.setBold(header || table.boldRows.contains(row)
                         || (c == 0 && table.firstColumnBold));
            painter->setPen(header ? MutedColor : TextColor);
            const Qt::Alignment align
                = c < table.alignment.size() ? table.alignment[c] : Qt::AlignLeft;
            const QRectF cell(x + CellPaddingX, y + CellPaddingY,
                              widths[std::size_t(c)] - 2 * CellPaddingX, height - 2 * CellPaddingY);
            drawText(painter, font, cell, cellText(font, cells[c], cell.width()), align);
            x += widths[std::size_t(c)];
        }
        y += height;
        painter->setPen(QPen(header ? MutedColor : RuleColor, header ? 0.8 : 0.5));
        painter->drawLine(QPointF(SideMargin, y), QPointF(SideMargin + contentWidth(), y));
    };
    for (const int row : rows)
        paintRow(row);
}

} // namespace fulcrum
