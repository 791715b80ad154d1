#include "widgets/fittinglabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace fulcrum {

FittingLabel::FittingLabel(const QString &text, QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setText(text);
}

void FittingLabel::setText(const QString &text)
{
    if (text == QLabel::text())
        return;
    m_hintWidth = -1;
    QLabel::setText(text);
    relayout();
}

void FittingLabel::setToolTipNote(const QString &note)
{
    m_toolTipNote = note;
    relayout();
}

void FittingLabel::setMaxLines(int lines)
{
    m_maxLines = std::max(1, lines);
    m_hintWidth = -1;
    updateGeometry();
    relayout();
}

int FittingLabel::widthForLines(int lines) const
{
    const QFontMetrics metrics(font());
    const QMargins m = contentsMargins();
    const auto linesAt = [this](int width) {
        QTextLayout layout(text(), font());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        int count = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            ++count;
        }
        layout.endLayout();
        return count;
    };
    int low = 1;
    int high = metrics.horizontalAdvance(text()) + 1;
    while (low < high) {
        const int middle = (low + high) / 2;
        if (linesAt(middle) <= lines)
            high = middle;
        else
            low = middle + 1;
    }
    return high + m.left() + m.right() + 2;
}

QSize FittingLabel::sizeHint() const
{
    // The narrowest width at which the whole text fits its lines: a layout gives a card with a
    // long figure more room than one with a short figure, before it cuts any.
    const QFontMetrics metrics(font());
    const QMargins m = contentsMargins();
    if (m_hintWidth < 0)
        m_hintWidth = widthForLines(m_maxLines);
    return {m_hintWidth, metrics.lineSpacing() * m_maxLines + m.top() + m.bottom()};
}

QSize FittingLabel::minimumSizeHint() const
{
    // A few characters: enough to see what the card is about, the tooltip says the rest.
    const QFontMetrics metrics(font());
    const QMargins m = contentsMargins();
    return {metrics.horizontalAdvance(u"MMMM…"_s) + m.left() + m.right(),
            metrics.lineSpacing() * m_maxLines + m.top() + m.bottom()};
}

void FittingLabel::relayout()
{
    const QFontMetrics metrics(font());
    const int width = std::max(1, contentsRect().width());
    QStringList lines;
    bool elided = false;
    const QString text = QLabel::text();
    if (m_maxLines == 1 || metrics.horizontalAdvance(text) <= width) {
        const QString shown = metrics.elidedText(text, Qt::ElideRight, width);
        elided = shown != text;
        lines << shown;
    } else {
        // Wrap at word breaks (any character where a word is wider than the label, and
        // between Chinese characters, which QTextLayout allows), elide the last line.
        QTextLayout layout(text, font());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            if (lines.size() == m_maxLines - 1) {
                const QString rest = text.mid(line.textStart());
                const QString shown = metrics.elidedText(rest, Qt::ElideRight, width);
                elided = shown != rest;
                lines << shown;
                break;
            }
            lines << text.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    m_lines = lines;
    QString tip = elided ? text : QString();
    if (!m_toolTipNote.isEmpty())
        tip = tip.isEmpty() ? m_toolTipNote : tip + u"\n\n"_s + m_toolTipNote;
    if (tip != toolTip())
        setToolTip(tip);
    m_elided = elided;
    update();
}

void FittingLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    const int lineSpacing = QFontMetrics(font()).lineSpacing();
    QStyleOption option;
    option.initFrom(this);
    int y = area.top();
    for (const QString &line : std::as_const(m_lines)) {
        style()->drawItemText(&painter, QRect(area.left(), y, area.width(), lineSpacing),
                              int(Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextSingleLine, option.palette,
                              isEnabled(), line, foregroundRole());
        y += lineSpacing;
    }
}

void FittingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    relayout();
}

void FittingLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_hintWidth = -1;
        relayout();
    }
}

} // namespace fulcrum
