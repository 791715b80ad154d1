#pragma once

#include <optional>
#include <string>
#include <vector>

#include <QWidget>

#include "models/uncertainty.h"

class QLabel;
class QProgressBar;
class QSpinBox;

namespace fulcrum {

class ChartView;
class TornadoChart;
class UncertaintyHistogramChart;

/// The Uncertainty tab: the Monte Carlo's options (samples, seed), its figures (the
/// probabilities of breaking even, of a non-negative net and of meeting the latency budget;
/// P5/P50/P95 of net and cost per month; latency p50/p90/p99), the three inputs that swing
/// net per month most, three histograms and two tornados. It computes nothing: the window
/// runs computeUncertainty() off the UI thread and hands the results in.
class UncertaintyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UncertaintyPanel(QWidget *parent = nullptr);

    /// The samples and seed as set (threads and bins at their defaults).
    UncertaintyOptions options() const;
    /// Sets the samples and seed without announcing an edit (the window rebuilt in another
    /// language keeps them).
    void setOptions(const UncertaintyOptions &options);
    /// Shows or hides the busy indicator of a run in flight.
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    /// Shows a run's results of scenario (which names the inputs); the point values (every
    /// input at its point value) are where the tornados' bars start.
    void showUncertainty(const UncertaintyResults &results, const Scenario &scenario, double pointNetPerMonth,
                         double pointLatencyS);
    /// Dims the last figures and charts (the scenario as edited has an error).
    void setStale(bool stale);

    /// The results shown; nullopt before the first.
    const std::optional<UncertaintyResults> &shownResults() const { return m_results; }
    /// The figures as one text (lines "P(break even): 72.4 %" …), for tests.
    QString figuresText() const;
    /// "Matters most: a, b, c" (at most three inputs that move net per month, by their labels),
    /// or a note when nothing moves it.
    QString mattersMostText() const;
    /// The note shown when the scenario has no ranges ("" otherwise).
    QString noRangesNote() const;

    UncertaintyHistogramChart *netHistogram() const { return m_netHistogram; }
    UncertaintyHistogramChart *costHistogram() const { return m_costHistogram; }
    UncertaintyHistogramChart *latencyHistogram() const { return m_latencyHistogram; }
    TornadoChart *netTornado() const { return m_netTornado; }
    TornadoChart *latencyTornado() const { return m_latencyTornado; }
    /// Every chart of the panel (for the window's export wiring).
    std::vector<ChartView *> charts() const;

signals:
    /// The user changed the samples or the seed.
    void optionsEdited();

private:
    QSpinBox *m_samples = nullptr;
    QSpinBox *m_seed = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_computing = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_mattersMost = nullptr;
    QLabel *m_note = nullptr;
    UncertaintyHistogramChart *m_netHistogram = nullptr;
    UncertaintyHistogramChart *m_costHistogram = nullptr;
    UncertaintyHistogramChart *m_latencyHistogram = nullptr;
    TornadoChart *m_netTornado = nullptr;
    TornadoChart *m_latencyTornado = nullptr;
    std::optional<UncertaintyResults> m_results;
    bool m_running = false;
};

} // namespace fulcrum
