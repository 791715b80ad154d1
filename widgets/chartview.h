#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QWidget>

#include "models/chartdata.h"
#include "models/results.h"
#include "models/scenario.h"

class QCustomPlot;
class QCPItemText;
class QCPItemRect;
class QCPAxis;
class QCPLayerable;
class QImage;
class QLabel;
class QMenu;
class QPainter;

namespace fulcrum {

/// The common frame of Fulcrum's charts: one QCustomPlot with axis titles, a legend below
/// the plot, a hover read-out (tooltip naming the series and the nearest point), wheel zoom
/// and drag pan, double-click back to the home view, colours from the palette (light and
/// dark), and a "stale" mark that dims the last good figures. Subclasses lay out what
/// Results gives them in rebuild(); they compute no figure themselves.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    /// A vertical line across the plot at x (xAxis coordinates), labelled at the top.
    struct Marker
    {
        double x = 0;
        QString label;
        QString hover;
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
    };

    /// The file formats of exportTo(): PNG raster, SVG and PDF vector (text stays text).
    enum class ExportFormat { Png, Svg, Pdf };
    /// Asks where to save: (dialog caption, suggested file name, name filter) -> path, or ""
    /// when the user cancels.
    using SaveFileChooser =
        std::function<QString(const QString &caption, const QString &suggestedName, const QString &filter)>;

    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    /// Replots from results (always valid) and clears the stale mark. The view goes back to
    /// its home ranges. The replot itself is queued, so many calls in a row cost one replot.
    void showResults(const Scenario &scenario, const Results &results);

    /// Dims the chart and labels it "stale — fix the marked input"; the figures stay.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    /// Testing and report hook: the series the chart last plotted, in the order its class
    /// documents. Empty before the first showResults() and when there was nothing to plot.
    const std::vector<Series> &shownSeries() const { return m_shownSeries; }

    /// The short centred note of an empty plot ("no latency known"); empty when it has data.
    const QString &note() const { return m_note; }
    /// The bottom and left axes' titles as shown (tests: they follow the language).
    QString xAxisLabel() const;
    QString yAxisLabel() const;

    /// Draws the plot, vectorized (text stays text), into rect of the painter's coordinate
    /// system, e.g. a PDF page: the plot is laid out at rect's size in those units.
    void renderTo(QPainter *painter, const QRectF &rect);

    /// Writes the chart to path (atomically: an existing file is replaced only on success).
    /// PNG is drawn at twice the pixel ratio of exportSize(); SVG and PDF are vector, their
    /// page exportSize() in pixels at 96 dpi. Works on a chart that was never shown. On
    /// failure returns false and says why in error (nothing shown yet, unwritable path).
    bool exportTo(const QString &path, ExportFormat format, QString *error = nullptr);
    /// The size exports are laid out for: the widget's when it is on screen and not tiny,
    /// else 1200 × 700.
    QSize exportSize() const;
    /// The file name the export dialog suggests: the chart's objectName, else its kind in
    /// kebab case ("business-case-chart"), plus the format's extension.
    QString suggestedExportName(ExportFormat format) const;
    static QString extension(ExportFormat format);

    /// The context menu: "Export as PNG…", "Export as SVG…", "Export as PDF…", "Copy as
    /// Image". The caller owns the menu. Its export actions ask the save-file chooser.
    QMenu *createContextMenu(QWidget *parent = nullptr);
    /// Replaces the file dialog of the context menu's exports (the window passes its own,
    /// which starts in the last directory; tests answer without a dialog).
    void setSaveFileChooser(SaveFileChooser chooser);
    /// Asks for a path and exports there; reports a failure (exportFailed, or a message box
    /// when nothing listens). Returns the path written, or "" when cancelled or failed.
    QString exportWithDialog(ExportFormat format);

    /// The hover read-out for a position in the widget's coordinates: the series and the
    /// data point nearest to it, or an empty string when nothing is within reach.
    QString hoverTextAt(const QPointF &position) const;

    /// Back to the ranges set by the last data update (what a double-click does).
    void resetView();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// An export from the context menu wrote path.
    void exported(const QString &path);
    /// An export from the context menu failed; text says why.
    void exportFailed(const QString &title, const QString &text);

protected:
    /// Text for the hover read-out of one data point (index into the plottable's data,
    /// 0 for items).
    using HoverText = std::function<QString(int index)>;

    /// Lays out results on an empty plot (clearPlot() has run): plottables, items, home
    /// ranges, setShownSeries(), and setNote() when there is nothing to plot. Called by
    /// showResults(), and again with the same figures when the palette or font changes,
    /// after a large resize and for renderTo() (labels are placed for layoutSize()).
    virtual void rebuild(const Scenario &scenario, const Results &results) = 0;

    QCustomPlot *plot() const { return m_plot; }
    /// Queues a replot; a hidden chart replots when it is shown.
    void requestReplot();
    /// Lays the legend out again after its entries changed outside rebuild().
    void placeLegend();
    /// The size rebuild() lays labels out for (the widget's, or a report's).
    QSize layoutSize() const { return m_layoutSize; }

    void setShownSeries(std::vector<Series> series) { m_shownSeries = std::move(series); }
    /// Shows text centred on the (empty) plot.
    void setNote(const QString &text);
    /// Makes a plottable or an item answer the hover read-out.
    void setHoverText(QCPLayerable *layerable, HoverText text);

    /// Palette-derived colours; series colours stay readable on light and dark bases.
    bool isDark() const;
    QColor textColor() const;
    QColor seriesColor(int index) const;
    QColor lossColor() const;
    QColor profitColor() const;
    QColor budgetColor() const;
    QColor mutedColor() const;

    /// Axis tick labels: compact money (12.5k, 3.2M); seconds (linear or log scale);
    /// fractions 0..1 as percent; 0-based months labelled 1-based. The data stay as
    /// Results and models/chartdata.h give them.
    void setMoneyTicker(QCPAxis *axis, bool logarithmic = false) const;
    void setSecondsTicker(QCPAxis *axis, bool logarithmic) const;
    void setPercentTicker(QCPAxis *axis) const;
    void setMonthTicker(QCPAxis *axis) const;
    /// Puts the legend below the plot in rows of columns entries.
    void setLegendColumns(int columns);

    /// Draws the markers (dashed ones over solid ones) with their labels stacked in rows at
    /// the top, so that markers close together stay readable; xLower..xUpper is the home
    /// view's x range. Returns the number of label rows.
    int addVerticalMarkers(const std::vector<Marker> &markers, double xLower, double xUpper);
    /// A dashed horizontal line at the latency budget (seconds on the value axis), labelled
    /// at the right end, with its hover read-out.
    void addBudgetLine(double budgetS, double penWidth);
    /// The share of the plot's height that rows of labels at its top take.
    double labelRowsShare(int rows) const;

    /// Display texts, in the current language.
    static QString moneyText(double value, const std::string &currency);
    /// The currency figures are in: the results', else the scenario's.
    static std::string currencyOf(const Scenario &scenario, const Results &results);
    static QString compactNumber(double value);
    static QString percentText(double fraction, int decimals = 1);
    static QString secondsText(double seconds);
    static QString tokensText(double tokens);
    static QString qs(const std::string &text) { return QString::fromStdString(text); }

    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    /// Breaks the note into lines as wide as the plot (after each layout, before drawing).
    void wrapNote();
    struct Hover
    {
        QCPLayerable *layerable = nullptr;
        HoverText text;
    };
    struct HomeRange
    {
        QCPAxis *axis = nullptr;
        double lower = 0;
        double upper = 0;
    };

    void clearPlot();
    void applyPalette();
    void rememberHome();
    /// Lays the last figures out again, labels and legend for a plot of layoutSize.
    void rebuildFromLast(bool keepRanges, QSize layoutSize);
    void syncDevicePixelRatio();
    void updateVeil();
    void updateHover(const QPointF &position, const QPoint &globalPosition);
    void showContextMenu(const QPoint &globalPosition);
    /// The chart as a raster at exportSize() and twice the pixel ratio (PNG, clipboard).
    QImage renderImage();

    QCustomPlot *m_plot = nullptr;
    QLabel *m_staleLabel = nullptr;
    QCPItemRect *m_veil = nullptr; ///< dims stale figures; owned by the plot
    bool m_stale = false;
    bool m_rebuilding = false;
    bool m_screenConnected = false;
    bool m_replotPending = false;
    int m_legendColumns = 4;
    QSize m_layoutSize {640, 380}; ///< the size labels and legend were last laid out for
    std::vector<Series> m_shownSeries;
    QString m_note;
    QCPItemText *m_noteItem = nullptr; ///< the note, wrapped to the plot's width as it is laid out
    std::vector<Hover> m_hovers;
    std::vector<HomeRange> m_home;
    std::optional<Scenario> m_scenario; ///< the last figures, to redraw on a palette change
    std::optional<Results> m_results;
    SaveFileChooser m_saveFileChooser;
};

} // namespace fulcrum
