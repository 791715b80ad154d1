#pragma once

#include <QLabel>

namespace fulcrum {

/// A plain-text label that never widens its window: it wraps onto at most maxLines() lines
/// at the width it is given and elides the rest ("…"), with the whole text in its tooltip
/// then. Its minimum width is a few characters, its size hint the narrowest width at which
/// the whole text fits its lines.
class FittingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FittingLabel(const QString &text = {}, QWidget *parent = nullptr);

    void setText(const QString &text);
    /// Lines the text may take before it is elided (1: one line, elided at the right).
    void setMaxLines(int lines);
    int maxLines() const { return m_maxLines; }
    /// A tooltip of its own, shown below the whole text when that is elided. (setToolTip()
    /// is the label's: it is replaced whenever the text is laid out.)
    void setToolTipNote(const QString &note);
    /// The narrowest width, in pixels, at which the whole text takes at most lines lines.
    int widthForLines(int lines) const;
    /// Whether the text is cut short at the present width (the tooltip then holds it all).
    bool isElided() const { return m_elided; }
    /// The lines as drawn at the present width.
    const QStringList &shownLines() const { return m_lines; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();

    QString m_toolTipNote;
    int m_maxLines = 1;
    bool m_elided = false;
    QStringList m_lines;
    mutable int m_hintWidth = -1; ///< sizeHint()'s width, worked out once per text and font
};

} // namespace fulcrum
