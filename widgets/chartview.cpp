#include "widgets/chartview.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMetaMethod>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>
#include <QPdfWriter>
#include <QPicture>
#include <QResizeEvent>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWindow>

#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

/// How far from a point or line (pixels) the hover read-out still names it.
constexpr double HoverReachPx = 16.0;
/// How much the veil over stale figures hides of them (alpha of the base colour).
constexpr int StaleVeilAlpha = 170;
/// What a chart that is not on screen is exported at (pixels at 96 dpi).
constexpr QSize HiddenExportSize {1200, 700};
/// PNG exports are drawn at this many pixels per logical pixel, sharp on high-DPI screens
/// and in print.
constexpr qreal PngPixelRatio = 2.0;
/// SVG and PDF pages are laid out in pixels at this resolution, like the screen's.
constexpr int VectorDpi = 96;

/// 12.5k, 3.25M, 1.2B; small values as they are (0.0042). Chinese counts in 万 (10⁴) and
/// 亿 (10⁸), as its readers do: 1.25万, 3.5亿.
QString compact(double value)
{
    const QLocale locale;
    const double magnitude = std::abs(value);
    if (locale.language() == QLocale::Chinese) {
        if (magnitude >= 1e8)
            return locale.toString(value / 1e8, 'g', 4) + u"亿"_s;
        if (magnitude >= 1e4)
            return locale.toString(value / 1e4, 'g', 4) + u"万"_s;
        if (magnitude >= 1e3)
            return locale.toString(value, 'f', 0);
    }
    if (magnitude >= 1e9)
        return ChartView::tr("%1B").arg(locale.toString(value / 1e9, 'g', 4));
    if (magnitude >= 1e6)
        return ChartView::tr("%1M").arg(locale.toString(value / 1e6, 'g', 4));
    if (magnitude >= 1e3)
        return ChartView::tr("%1k").arg(locale.toString(value / 1e3, 'g', 4));
    if (magnitude < 1e-12)
        return locale.toString(0);
    return locale.toString(value, 'g', 4);
}

/// Money axes: compact labels, the currency goes in the axis title.
class MoneyTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return compact(tick);
    }
};

/// Logarithmic money: decades with compact labels.
class LogMoneyTicker : public QCPAxisTickerLog
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return compact(tick);
    }
};

/// Linear seconds: plain numbers, the unit goes in the axis title.
class SecondsTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        // The language's locale with its digit grouping (QCustomPlot's own omits it).
        const QLocale locale;
        if (std::abs(tick) < 1e-12)
            return locale.toString(0);
        // Whole seconds from 1,000 on (a day's queue is 86,400 s, not 8.64e+04).
        return std::abs(tick) >= 1000 ? locale.toString(tick, 'f', 0) : locale.toString(tick, 'g', 4);
    }
};

/// Logarithmic seconds: decades as plain numbers (1, 10, 100, 1000, …).
class LogSecondsTicker : public QCPAxisTickerLog
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        // The language's locale with its digit grouping (QCustomPlot's own omits it).
        const QLocale locale;
        return locale.toString(tick, 'f', tick < 1 ? 3 : 0);
    }
};

/// Fractions 0..1 labelled as percent, ticks at round percentages.
class PercentTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override
    {
        return QCPAxisTicker::getTickStep(QCPRange(range.lower * 100, range.upper * 100)) / 100;
    }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        // The language's locale with its digit grouping (QCustomPlot's own omits it).
        const QLocale locale;
        const double percent = tick * 100;
        return std::abs(percent) < 1e-9 ? locale.toString(0) : locale.toString(percent, 'g', 4);
    }
};

/// 0-based months labelled 1-based, ticks at round 1-based months.
class MonthTicker : public QCPAxisTicker
{
protected:
    int getSubTickCount(double) override { return 0; }
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override
    {
        const double step = std::max(1.0, std::round(tickStep));
        QVector<double> ticks;
        for (double label = std::max(1.0, std::ceil((range.lower + 1) / step) * step);
             label - 1 <= range.upper && ticks.size() < 1000; label += step)
            ticks.append(label - 1);
        return ticks;
    }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        // The language's locale with its digit grouping (QCustomPlot's own omits it).
        const QLocale locale;
        return locale.toString(qRound64(tick) + 1);
    }
};

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_staleLabel(new QLabel(tr("stale — fix the marked input"), this))
{
    m_plot->setObjectName(u"plot"_s);
    // The language's numbers with their digit grouping on every axis (QCustomPlot omits the
    // grouping by default). A language switch rebuilds the window and so its charts.
    m_plot->setLocale(QLocale());
    m_plot->setMouseTracking(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoomFactor(0.85);
    connect(m_plot, &QCustomPlot::afterLayout, this, &ChartView::wrapNote);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    // The legend goes below the plot, in rows, so it never covers data.
    m_plot->legend->setVisible(true);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->plotLayout()->setRowSpacing(0);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(4);
    m_plot->legend->setMargins(QMargins(6, 2, 6, 4));
    m_plot->legend->setColumnSpacing(14);
    m_plot->legend->setRowSpacing(0);

    m_staleLabel->setObjectName(u"staleLabel"_s);
    m_staleLabel->setAutoFillBackground(true);
    m_staleLabel->setBackgroundRole(QPalette::ToolTipBase);
    m_staleLabel->setForegroundRole(QPalette::ToolTipText);
    m_staleLabel->setFrameShape(QFrame::StyledPanel);
    m_staleLabel->setMargin(4);
    m_staleLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_staleLabel->hide();

    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        if (event->buttons() != Qt::NoButton) {
            QToolTip::hideText();
            return;
        }
        updateHover(m_plot->mapTo(this, event->position()), event->globalPosition().toPoint());
    });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *) { resetView(); });
    // QCustomPlot accepts every mouse press, and Qt 6 then sends no context-menu event for
    // it: the plot's own right-button release opens the menu.
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        if (event->button() == Qt::RightButton && m_plot->rect().contains(event->position().toPoint()))
            showContextMenu(event->globalPosition().toPoint());
    });

    applyPalette();
}

ChartView::~ChartView() = default;

void ChartView::showResults(const Scenario &scenario, const Results &results)
{
    m_scenario = scenario;
    m_results = results;
    setStale(false);
    rebuildFromLast(false, size());
}

void ChartView::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    updateVeil();
    if (stale) {
        m_staleLabel->adjustSize();
        m_staleLabel->move((width() - m_staleLabel->width()) / 2, 8);
        m_staleLabel->show();
        m_staleLabel->raise();
    } else {
        m_staleLabel->hide();
    }
    // Only the overlay layer changes: no need to draw the figures again.
    if (isVisible())
        m_plot->layer(u"overlay"_s)->replot();
}

void ChartView::updateVeil()
{
    if (m_stale && !m_veil) {
        // A veil of the base colour over everything, on the plot's own overlay layer.
        auto *veil = new QCPItemRect(m_plot);
        veil->setLayer(u"overlay"_s);
        veil->setClipToAxisRect(false);
        veil->topLeft->setType(QCPItemPosition::ptViewportRatio);
        veil->bottomRight->setType(QCPItemPosition::ptViewportRatio);
        veil->topLeft->setCoords(0, 0);
        veil->bottomRight->setCoords(1, 1);
        veil->setPen(Qt::NoPen);
        veil->setSelectable(false);
        m_veil = veil;
    } else if (!m_stale && m_veil) {
        m_plot->removeItem(m_veil);
        m_veil = nullptr;
    }
    if (m_veil)
        m_veil->setBrush(withAlpha(palette().color(QPalette::Base), StaleVeilAlpha));
}

void ChartView::renderTo(QPainter *painter, const QRectF &rect)
{
    if (!painter || !painter->isActive() || rect.isEmpty())
        return;
    // QCustomPlot draws only on its own QCPPainter; a QPicture records that drawing as
    // vector commands (text stays text) and plays it back on any painter, e.g. a PDF's.
    // Labels and legend were laid out for the widget's size: lay them out for rect's.
    const QSize target = rect.size().toSize();
    const bool relayout = target != m_layoutSize;
    if (relayout)
        rebuildFromLast(true, target);
    // The report shows the figures, not the editing state.
    if (m_veil)
        m_veil->setVisible(false);
    QPicture picture;
    {
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        recorder.setMode(QCPPainter::pmNoCaching);
        m_plot->toPainter(&recorder, qRound(rect.width()), qRound(rect.height()));
    }
    painter->save();
    painter->translate(rect.topLeft());
    painter->setClipRect(QRectF(QPointF(0, 0), rect.size()), Qt::IntersectClip);
    painter->drawPicture(0, 0, picture);
    painter->restore();
    if (m_veil)
        m_veil->setVisible(true);
    // toPainter laid the plot out at rect's size; lay it out again for the screen.
    if (relayout)
        rebuildFromLast(true, size());
    requestReplot();
}

QSize ChartView::exportSize() const
{
    // A chart squeezed small on screen (or never shown, in another tab) would export as
    // a thumbnail: then use a size that reads well in a document.
    const QSize minimum = minimumSizeHint();
    if (isVisible() && width() >= minimum.width() && height() >= minimum.height())
        return size();
    return HiddenExportSize;
}

QString ChartView::extension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return u"png"_s;
    case ExportFormat::Svg:
        return u"svg"_s;
    case ExportFormat::Pdf:
        return u"pdf"_s;
    }
    return u"png"_s;
}

QString ChartView::suggestedExportName(ExportFormat format) const
{
    QString base = objectName();
    if (base.isEmpty()) {
        // fulcrum::BusinessCaseChart -> business-case-chart
        const QString className = QString::fromLatin1(metaObject()->className()).section(u"::"_s, -1);
        for (const QChar c : className) {
            if (c.isUpper() && !base.isEmpty())
                base += u'-';
            base += c.toLower();
        }
    }
    return base + u'.' + extension(format);
}

bool ChartView::exportTo(const QString &path, ExportFormat format, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_results)
        return fail(tr("The chart shows no figures yet."));
    const QSize size = exportSize();
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    const QString title = QFileInfo(path).completeBaseName();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    bool drawn = false;
    switch (format) {
    case ExportFormat::Png:
        drawn = renderImage().save(&file, "PNG");
        break;
    case ExportFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setResolution(VectorDpi);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(title);
        generator.setDescription(tr("Exported from Fulcrum"));
        QPainter painter;
        drawn = painter.begin(&generator);
        if (drawn) {
            renderTo(&painter, rect);
            drawn = painter.end();
        }
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(VectorDpi);
        writer.setCreator(u"Fulcrum"_s);
        writer.setTitle(title);
        // One page exactly the chart's size: it goes into a document as a figure.
        const QSizeF points = QSizeF(size) * 72.0 / VectorDpi;
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        drawn = painter.begin(&writer);
        if (drawn) {
            renderTo(&painter, rect);
            drawn = painter.end();
        }
        break;
    }
    }
    if (!drawn) {
        file.cancelWriting();
        return fail(tr("Cannot write %1: the %2 could not be drawn.")
                        .arg(QDir::toNativeSeparators(path), extension(format).toUpper()));
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

QImage ChartView::renderImage()
{
    const QSize size = exportSize();
    QImage image(size * PngPixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(PngPixelRatio);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    renderTo(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

QMenu *ChartView::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const bool hasFigures = m_results.has_value();
    const std::array<std::pair<ExportFormat, QString>, 3> formats = {
        std::pair {ExportFormat::Png, tr("Export as &PNG…")},
        std::pair {ExportFormat::Svg, tr("Export as &SVG…")},
        std::pair {ExportFormat::Pdf, tr("Export as P&DF…")},
    };
    for (const auto &[format, text] : formats) {
        QAction *action = menu->addAction(text, this, [this, format = format] { exportWithDialog(format); });
        action->setEnabled(hasFigures);
    }
    menu->addSeparator();
    QAction *copy = menu->addAction(tr("&Copy as Image"), this,
                                    [this] { QApplication::clipboard()->setImage(renderImage()); });
    copy->setEnabled(hasFigures);
    return menu;
}

void ChartView::setSaveFileChooser(SaveFileChooser chooser)
{
    m_saveFileChooser = std::move(chooser);
}

QString ChartView::exportWithDialog(ExportFormat format)
{
    const QString ext = extension(format);
    const QString caption = tr("Export Chart as %1").arg(ext.toUpper());
    const QString filter = tr("%1 files (*.%2)").arg(ext.toUpper(), ext);
    const QString suggested = suggestedExportName(format);
    QString path;
    if (m_saveFileChooser) {
        path = m_saveFileChooser(caption, suggested, filter);
    } else {
        // The dialog adds the extension, so that it asks before overwriting the real file.
        QFileDialog dialog(this, caption, suggested, filter);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(ext);
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
            path = dialog.selectedFiles().constFirst();
    }
    if (path.isEmpty())
        return {};
    // A name typed without the extension gets it (a window's chooser may not add it).
    if (!path.endsWith(u'.' + ext, Qt::CaseInsensitive))
        path += u'.' + ext;
    QString error;
    if (!exportTo(path, format, &error)) {
        const QString title = tr("Cannot export the chart");
        if (isSignalConnected(QMetaMethod::fromSignal(&ChartView::exportFailed)))
            emit exportFailed(title, error);
        else
            QMessageBox::warning(this, title, error);
        return {};
    }
    emit exported(path);
    return path;
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    // The mouse's context menu opens on the plot's right-button release (see the
    // constructor); this is the keyboard's (the Menu key).
    if (event->reason() == QContextMenuEvent::Mouse) {
        event->ignore();
        return;
    }
    showContextMenu(event->globalPos());
    event->accept();
}

void ChartView::showContextMenu(const QPoint &globalPosition)
{
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPosition);
}

QString ChartView::hoverTextAt(const QPointF &position) const
{
    const QPointF pos = m_plot->mapFrom(this, position);
    double best = HoverReachPx;
    const Hover *found = nullptr;
    int index = 0;
    // Later layerables are drawn on top, so on a tie the later one wins.
    for (const Hover &hover : m_hovers) {
        if (!hover.layerable->realVisibility())
            continue;
        QVariant details;
        const double distance = hover.layerable->selectTest(pos, false, &details);
        if (distance < 0 || distance > best)
            continue;
        best = distance;
        found = &hover;
        index = details.canConvert<QCPDataSelection>()
                    ? details.value<QCPDataSelection>().dataRange().begin()
                    : 0;
    }
    return found ? found->text(index) : QString();
}

void ChartView::resetView()
{
    for (const HomeRange &home : m_home)
        home.axis->setRange(home.lower, home.upper);
    requestReplot();
}

QSize ChartView::sizeHint() const
{
    return QSize(640, 380);
}

QSize ChartView::minimumSizeHint() const
{
    return QSize(240, 160);
}

void ChartView::setNote(const QString &text)
{
    m_note = text;
    auto *item = new QCPItemText(m_plot);
    item->position->setType(QCPItemPosition::ptAxisRectRatio);
    item->position->setCoords(0.5, 0.5);
    item->setPositionAlignment(Qt::AlignCenter);
    item->setTextAlignment(Qt::AlignCenter);
    item->setText(text);
    item->setColor(mutedColor());
    QFont noteFont = font();
    noteFont.setPointSizeF(noteFont.pointSizeF() * 1.15);
    item->setFont(noteFont);
    item->setClipToAxisRect(false);
    m_noteItem = item;
}

void ChartView::wrapNote()
{
    // Broken into lines that fit the plot, in any language (QTextLayout knows where Chinese
    // and Russian text may break).
    if (!m_noteItem || m_note.isEmpty())
        return;
    const int width = std::max(120, m_plot->axisRect()->width() - 16);
    QStringList lines;
    for (const QString &paragraph : m_note.split(u'\n')) {
        QTextLayout layout(paragraph, m_noteItem->font());
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    m_noteItem->setText(lines.join(u'\n'));
}

void ChartView::setHoverText(QCPLayerable *layerable, HoverText text)
{
    if (layerable && text)
        m_hovers.push_back({layerable, std::move(text)});
}

bool ChartView::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

QColor ChartView::textColor() const
{
    return palette().color(QPalette::Text);
}

QColor ChartView::seriesColor(int index) const
{
    // Okabe–Ito: distinguishable with colour-blindness; lightened on dark bases.
    static const QColor light[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                   QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                   QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                   QColor(0x8C, 0x7A, 0x00)};
    static const QColor dark[] = {QColor(0x5A, 0xAE, 0xF0), QColor(0xF0, 0xB4, 0x3C),
                                  QColor(0x3C, 0xCF, 0xA0), QColor(0xE6, 0x9C, 0xC6),
                                  QColor(0x9E, 0xD8, 0xFA), QColor(0xFF, 0x8A, 0x3D),
                                  QColor(0xF0, 0xE4, 0x42)};
    constexpr int count = int(std::size(light));
    const int i = ((index % count) + count) % count;
    return isDark() ? dark[i] : light[i];
}

QColor ChartView::lossColor() const
{
    return isDark() ? QColor(0xF8, 0x71, 0x71, 40) : QColor(0xDC, 0x26, 0x26, 34);
}

QColor ChartView::profitColor() const
{
    return isDark() ? QColor(0x4A, 0xDE, 0x80, 34) : QColor(0x16, 0xA3, 0x4A, 34);
}

QColor ChartView::budgetColor() const
{
    return isDark() ? QColor(0xFF, 0x6B, 0x6B) : QColor(0xC6, 0x28, 0x28);
}

QColor ChartView::mutedColor() const
{
    return withAlpha(textColor(), 150);
}

void ChartView::setMoneyTicker(QCPAxis *axis, bool logarithmic) const
{
    if (logarithmic) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        auto ticker = QSharedPointer<LogMoneyTicker>::create();
        ticker->setSubTickCount(8);
        axis->setTicker(ticker);
    } else {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(QSharedPointer<MoneyTicker>::create());
    }
}

void ChartView::setSecondsTicker(QCPAxis *axis, bool logarithmic) const
{
    if (logarithmic) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        auto ticker = QSharedPointer<LogSecondsTicker>::create();
        ticker->setSubTickCount(8);
        axis->setTicker(ticker);
    } else {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(QSharedPointer<SecondsTicker>::create());
    }
}

void ChartView::setPercentTicker(QCPAxis *axis) const
{
    axis->setTicker(QSharedPointer<PercentTicker>::create());
}

void ChartView::setMonthTicker(QCPAxis *axis) const
{
    auto ticker = QSharedPointer<MonthTicker>::create();
    ticker->setTickCount(12); // every month of a year's horizon
    axis->setTicker(ticker);
}

void ChartView::setLegendColumns(int columns)
{
    m_legendColumns = std::max(1, columns);
    m_plot->legend->setWrap(m_legendColumns);
}

int ChartView::addVerticalMarkers(const std::vector<Marker> &markers, double xLower, double xUpper)
{
    const double span = xUpper > xLower ? xUpper - xLower : 1.0;
    // The axis rect is not laid out yet: estimate its width from the widget's.
    const double plotWidthPx = std::max(120, m_layoutSize.width() - 110);
    const QFontMetricsF metrics(font());
    const double rowShare = labelRowsShare(1) - labelRowsShare(0);

    std::vector<std::size_t> order(markers.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t l, std::size_t r) { return markers[l].x < markers[r].x; });
    // Solid lines first, so that a dashed one on the same x still shows.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t l, std::size_t r) {
        return (markers[l].style == Qt::SolidLine) > (markers[r].style == Qt::SolidLine);
    });

    QColor labelBack = palette().color(QPalette::Base);
    labelBack.setAlpha(215);
    for (std::size_t i : order) {
        const Marker &m = markers[i];
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(m.x, 0);
        line->point2->setCoords(m.x, 1);
        line->setPen(QPen(m.color, 1.6, m.style));
        setHoverText(line, [hover = m.hover](int) { return hover; });
    }

    // Labels: each takes the first row where it runs into no other label.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t l, std::size_t r) { return markers[l].x < markers[r].x; });
    std::vector<std::vector<std::pair<double, double>>> rows;
    for (std::size_t i : order) {
        const Marker &m = markers[i];
        const double labelWidth = (metrics.horizontalAdvance(m.label) + 14) / plotWidthPx * span;
        // Right of its line where it fits, else left of it; on a plot too narrow for either,
        // as near its line as the plot's edges allow (never cut off at an edge).
        const bool fitsRight = m.x + labelWidth <= xUpper;
        const bool fitsLeft = m.x - labelWidth >= xLower;
        const double start = fitsRight  ? m.x
                             : fitsLeft ? m.x - labelWidth
                                        : std::max(xLower, std::min(m.x - labelWidth / 2, xUpper - labelWidth));
        const std::pair<double, double> extent {start, start + labelWidth};
        const bool leftOfLine = !fitsRight && fitsLeft;
        std::size_t row = 0;
        for (; row < rows.size(); ++row) {
            const bool clash = std::any_of(rows[row].begin(), rows[row].end(), [&](auto taken) {
                return extent.first < taken.second && taken.first < extent.second;
            });
            if (!clash)
                break;
        }
        if (row == rows.size())
            rows.emplace_back();
        rows[row].push_back(extent);

        auto *label = new QCPItemText(m_plot);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(leftOfLine ? m.x : start, 0.01 + rowShare * double(row));
        label->setPositionAlignment(Qt::AlignTop | (leftOfLine ? Qt::AlignRight : Qt::AlignLeft));
        label->setText(m.label);
        // Coloured text needs more contrast than a coloured line on a light base.
        label->setColor(isDark() || m.color == textColor() ? m.color : m.color.darker(135));
        label->setBrush(labelBack);
        label->setPadding(QMargins(4, 1, 4, 1));
        label->setFont(font());
        setHoverText(label, [hover = m.hover](int) { return hover; });
    }
    return int(rows.size());
}

double ChartView::labelRowsShare(int rows) const
{
    const double plotHeightPx = std::max(160, m_layoutSize.height() - 90);
    const double rowPx = QFontMetricsF(font()).height() + 5;
    return std::min(0.6, (rowPx * rows + 6) / plotHeightPx);
}

QString ChartView::moneyText(double value, const std::string &currency)
{
    return tr("%1 %2").arg(compact(value), qs(currency));
}

std::string ChartView::currencyOf(const Scenario &scenario, const Results &results)
{
    return results.currency.empty() ? scenario.currency : results.currency;
}

QString ChartView::compactNumber(double value)
{
    return compact(value);
}

QString ChartView::percentText(double fraction, int decimals)
{
    return tr("%1 %").arg(QLocale().toString(fraction * 100, 'f', decimals));
}

QString ChartView::secondsText(double seconds)
{
    const QLocale locale;
    if (std::abs(seconds) < 1.0)
        return tr("%1 ms").arg(locale.toString(seconds * 1000, 'f', 0));
    if (std::abs(seconds) < 120.0)
        return tr("%1 s").arg(locale.toString(seconds, 'f', 2));
    if (std::abs(seconds) < 7200.0)
        return tr("%1 min").arg(locale.toString(seconds / 60, 'f', 1));
    return tr("%1 h").arg(locale.toString(seconds / 3600, 'f', 1));
}

QString ChartView::tokensText(double tokens)
{
    return tr("%1 tokens").arg(QLocale().toString(tokens, 'f', 0));
}

void ChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        if (m_rebuilding)
            return;
        applyPalette();
        // Subclasses take their colours from the palette while laying out: lay out again,
        // keeping the user's zoom.
        rebuildFromLast(true, size());
    }
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Labels were stacked for the old size: lay them out again after a large change.
    const QSize size = event->size();
    if (std::abs(size.width() - m_layoutSize.width()) > m_layoutSize.width() / 6
        || std::abs(size.height() - m_layoutSize.height()) > m_layoutSize.height() / 6)
        rebuildFromLast(true, size);
    m_staleLabel->adjustSize();
    m_staleLabel->move((width() - m_staleLabel->width()) / 2, 8);
}

void ChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    syncDevicePixelRatio();
    if (m_replotPending) {
        m_replotPending = false;
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    // Follow the window to screens of another pixel ratio (high-DPI).
    if (!m_screenConnected && window()->windowHandle()) {
        m_screenConnected = true;
        connect(window()->windowHandle(), &QWindow::screenChanged, this,
                [this](QScreen *) { syncDevicePixelRatio(); });
    }
}

void ChartView::clearPlot()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_veil = nullptr;
    m_hovers.clear();
    m_note.clear();
    m_noteItem = nullptr;
    m_shownSeries.clear();
}

void ChartView::applyPalette()
{
    const QColor base = palette().color(QPalette::Base);
    const QColor text = textColor();
    const QColor grid = withAlpha(text, isDark() ? 50 : 38);
    const QFont labelFont = font();

    m_plot->setBackground(base);
    auto styleAxis = [&](QCPAxis *axis) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(withAlpha(text, 140), 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->setTickLabelFont(labelFont);
        axis->setLabelFont(labelFont);
        axis->grid()->setPen(QPen(grid, 1, Qt::SolidLine));
        // A stronger line at y = 0 (profit and loss, no cost); none at x = 0, which is
        // often not zero of anything (month 1, say).
        axis->grid()->setZeroLinePen(axis->orientation() == Qt::Vertical
                                         ? QPen(withAlpha(text, 110), 1)
                                         : QPen(grid, 1, Qt::SolidLine));
        axis->grid()->setSubGridVisible(false);
    };
    for (QCPAxisRect *rect : m_plot->axisRects()) {
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis);
    }
    for (QCPLayoutElement *element : m_plot->plotLayout()->elements(true)) {
        if (auto *scale = qobject_cast<QCPColorScale *>(element))
            styleAxis(scale->axis());
    }
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setTextColor(text);
    m_plot->legend->setFont(labelFont);
    m_plot->legend->setIconSize(22, 12);
}

void ChartView::rememberHome()
{
    m_home.clear();
    for (QCPAxis *axis : m_plot->axisRect()->axes())
        m_home.push_back({axis, axis->range().lower, axis->range().upper});
}

void ChartView::rebuildFromLast(bool keepRanges, QSize layoutSize)
{
    m_layoutSize = layoutSize;
    if (!m_scenario || !m_results)
        return;
    m_rebuilding = true;
    // Keep the user's zoom and pan, if any; a view still at home follows the new home.
    std::vector<HomeRange> current;
    bool atHome = true;
    for (const HomeRange &home : m_home) {
        const QCPRange range = home.axis->range();
        atHome = atHome && range.lower == home.lower && range.upper == home.upper;
    }
    if (keepRanges && !atHome) {
        for (QCPAxis *axis : m_plot->axisRect()->axes())
            current.push_back({axis, axis->range().lower, axis->range().upper});
    }
    clearPlot();
    rebuild(*m_scenario, *m_results);
    updateVeil();
    applyPalette();
    placeLegend();
    rememberHome();
    for (const HomeRange &range : current)
        range.axis->setRange(range.lower, range.upper);
    requestReplot();
    m_rebuilding = false;
}

void ChartView::placeLegend()
{
    // An empty legend in the layout would squeeze the plot to its own (zero) width: take
    // it out while it has nothing to say.
    const bool used = m_plot->legend->itemCount() > 0;
    if (used && !m_plot->legend->layout()) {
        m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
        m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    } else if (!used && m_plot->legend->layout()) {
        m_plot->plotLayout()->take(m_plot->legend);
        m_plot->plotLayout()->simplify();
    }
    m_plot->legend->setVisible(used);
    if (!used)
        return;
    // As many columns as fit the width, so that no entry is cut short.
    const QFontMetricsF metrics(m_plot->legend->font());
    double widest = 0;
    for (int i = 0; i < m_plot->legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(m_plot->legend->item(i))) {
            widest = std::max(widest, metrics.horizontalAdvance(item->plottable()->name()));
        }
    }
    // QCustomPlot clips an entry to its font's height, which cuts off underscores and
    // descenders ("groq_70b" read "groq 70b"): a little room below each entry.
    for (int i = 0; i < m_plot->legend->itemCount(); ++i) {
        if (QCPAbstractLegendItem *item = m_plot->legend->item(i))
            item->setMargins(QMargins(0, 0, 0, 3));
    }
    const QMargins padding = m_plot->legend->item(0)->margins();
    const double itemWidth = widest + m_plot->legend->iconSize().width()
                             + m_plot->legend->iconTextPadding() + padding.left() + padding.right()
                             + m_plot->legend->columnSpacing() + 4;
    // The legend shares its column with the axis rect; a colour scale takes the rest.
    double available = std::max(200, m_layoutSize.width()) - 20;
    if (m_plot->plotLayout()->columnCount() > 1)
        available -= 90;
    const int fit = std::max(1, int(available / itemWidth));
    m_plot->legend->setWrap(std::min(m_legendColumns, fit));
    // The wrap applies to entries added from now on: place the present ones again.
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst, true);
}

void ChartView::requestReplot()
{
    // A hidden chart (another tab) replots when it is shown: every keystroke re-lays out
    // every chart, but only the visible ones draw.
    if (isVisible()) {
        m_replotPending = false;
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    } else {
        m_replotPending = true;
    }
}

void ChartView::syncDevicePixelRatio()
{
    const double ratio = devicePixelRatioF();
    if (!qFuzzyCompare(m_plot->bufferDevicePixelRatio(), ratio)) {
        m_plot->setBufferDevicePixelRatio(ratio);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void ChartView::updateHover(const QPointF &position, const QPoint &globalPosition)
{
    const QString text = hoverTextAt(position);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPosition, text, m_plot);
}

void ChartView::addBudgetLine(double budgetS, double penWidth)
{
    auto *line = new QCPItemStraightLine(m_plot);
    line->point1->setCoords(0, budgetS);
    line->point2->setCoords(1, budgetS);
    line->setPen(QPen(budgetColor(), penWidth, Qt::DashLine));
    const QString hover = tr("Latency budget: %1").arg(secondsText(budgetS));
    setHoverText(line, [hover](int) { return hover; });
    auto *label = new QCPItemText(m_plot);
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(0.995, budgetS);
    label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    label->setText(tr("budget %1").arg(secondsText(budgetS)));
    label->setColor(budgetColor());
    label->setFont(font());
    label->setPadding(QMargins(2, 0, 2, 2));
}

QString ChartView::xAxisLabel() const
{
    return m_plot->xAxis->label();
}

QString ChartView::yAxisLabel() const
{
    return m_plot->yAxis->label();
}

} // namespace fulcrum
