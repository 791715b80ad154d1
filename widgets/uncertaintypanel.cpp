#include "widgets/uncertaintypanel.h"

#include <algorithm>
#include <limits>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include "widgets/displayformat.h"
#include "widgets/inputlabel.h"
#include "widgets/uncertaintycharts.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

UncertaintyPanel::UncertaintyPanel(QWidget *parent)
    : QWidget(parent)
    , m_samples {new QSpinBox}
    , m_seed {new QSpinBox}
    , m_progress {new QProgressBar}
    , m_figures {new QLabel}
    , m_mattersMost {new QLabel}
    , m_note {new QLabel}
    , m_netHistogram {new UncertaintyHistogramChart(UncertaintyHistogramChart::Quantity::NetPerMonth)}
    , m_costHistogram {new UncertaintyHistogramChart(UncertaintyHistogramChart::Quantity::CostPerMonth)}
    , m_latencyHistogram {new UncertaintyHistogramChart(UncertaintyHistogramChart::Quantity::LatencyTotal)}
    , m_netTornado {new TornadoChart(TornadoChart::Measure::NetPerMonth)}
    , m_latencyTornado {new TornadoChart(TornadoChart::Measure::LatencyTotal)}
{
    m_samples->setObjectName(u"uncertainty.samples"_s);
    m_samples->setRange(1, int(MaxUncertaintySamples));
    m_samples->setSingleStep(10000);
    m_samples->setValue(int(DefaultUncertaintySamples));
    m_samples->setGroupSeparatorShown(true);
    m_samples->setKeyboardTracking(false);
    m_seed->setObjectName(u"uncertainty.seed"_s);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(DefaultUncertaintySeed));
    m_seed->setKeyboardTracking(false);
    m_progress->setObjectName(u"uncertainty.progress"_s);
    m_progress->setRange(0, 0); // busy: the engine reports no progress
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_computing = new QLabel(tr("Computing…"));
    m_computing->setObjectName(u"uncertainty.computing"_s);
    m_computing->setVisible(false);
    m_figures->setObjectName(u"uncertainty.figures"_s);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mattersMost->setObjectName(u"uncertainty.mattersMost"_s);
    m_mattersMost->setWordWrap(true);
    m_note->setObjectName(u"uncertainty.note"_s);
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    m_netHistogram->setObjectName(u"uncertainty-net-per-month"_s);
    m_costHistogram->setObjectName(u"uncertainty-cost-per-month"_s);
    m_latencyHistogram->setObjectName(u"uncertainty-latency"_s);
    m_netTornado->setObjectName(u"tornado-net-per-month"_s);
    m_latencyTornado->setObjectName(u"tornado-latency"_s);

    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Samples:")));
    options->addWidget(m_samples);
    options->addSpacing(12);
    options->addWidget(new QLabel(tr("Seed:")));
    options->addWidget(m_seed);
    options->addSpacing(12);
    options->addWidget(m_progress);
    options->addWidget(m_computing);
    options->addStretch();

    auto *histograms = new QSplitter(Qt::Horizontal);
    histograms->addWidget(m_netHistogram);
    histograms->addWidget(m_costHistogram);
    histograms->addWidget(m_latencyHistogram);
    histograms->setChildrenCollapsible(false);
    auto *tornados = new QSplitter(Qt::Horizontal);
    tornados->addWidget(m_netTornado);
    tornados->addWidget(m_latencyTornado);
    tornados->setChildrenCollapsible(false);
    auto *charts = new QSplitter(Qt::Vertical);
    charts->addWidget(histograms);
    charts->addWidget(tornados);
    charts->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_figures);
    layout->addWidget(m_mattersMost);
    layout->addWidget(m_note);
    layout->addWidget(charts, 1);

    auto edited = [this] { emit optionsEdited(); };
    connect(m_samples, &QSpinBox::valueChanged, this, edited);
    connect(m_seed, &QSpinBox::valueChanged, this, edited);
}

UncertaintyOptions UncertaintyPanel::options() const
{
    UncertaintyOptions options;
    options.samples = std::size_t(m_samples->value());
    options.seed = std::uint64_t(m_seed->value());
    return options;
}

void UncertaintyPanel::setOptions(const UncertaintyOptions &options)
{
    const QSignalBlocker samples(m_samples);
    const QSignalBlocker seed(m_seed);
    m_samples->setValue(int(std::min<std::size_t>(options.samples, MaxUncertaintySamples)));
    m_seed->setValue(int(std::min<std::uint64_t>(options.seed, std::uint64_t(m_seed->maximum()))));
}

void UncertaintyPanel::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_computing->setVisible(running);
}

void UncertaintyPanel::showUncertainty(const UncertaintyResults &results, const Scenario &scenario,
                                       double pointNetPerMonth, double pointLatencyS)
{
    m_results = results;
    const std::string &currency = scenario.currency;
    const double budgetS = scenario.workload.latencyBudgetS;
    const QString cur = QString::fromStdString(currency);
    const auto money = [&cur](double v) { return DisplayFormat::money(v, cur); };
    QStringList lines;
    lines << tr("P(break even): %1    P(net ≥ 0): %2    P(within budget): %3")
                 .arg(DisplayFormat::percent(results.pBreakEven), DisplayFormat::percent(results.pNetPositive),
                      results.latencyKnown ? DisplayFormat::percent(results.pWithinBudget) : tr("unknown"));
    lines << tr("Net per month: P5 %1, P50 %2, P95 %3")
                 .arg(money(results.netPerMonth.p5), money(results.netPerMonth.p50), money(results.netPerMonth.p95));
    lines << tr("Cost per month: P5 %1, P50 %2, P95 %3")
                 .arg(money(results.costPerMonth.p5), money(results.costPerMonth.p50),
                      money(results.costPerMonth.p95));
    if (results.latencyKnown)
        lines << tr("Total latency: p50 %1, p90 %2, p99 %3 (budget %4)")
                     .arg(DisplayFormat::seconds(results.latencyTotalS.p50), DisplayFormat::seconds(results.latencyTotalS.p90),
                          DisplayFormat::seconds(results.latencyTotalS.p99), DisplayFormat::seconds(budgetS));
    else
        lines << tr("Total latency: unknown (a model has no latency figures)");
    lines << tr("%1 samples, seed %2").arg(DisplayFormat::count(double(results.samples))).arg(results.seed);
    m_figures->setText(lines.join(u'\n'));

    const auto labels = [&scenario](const std::vector<std::string> &paths) {
        QStringList names;
        for (const std::string &path : paths)
            names << inputLabel(path, scenario);
        return joinedNames(names);
    };
    const QString net = labels(mattersMost(results, false));
    const QString latency = results.latencyKnown ? labels(mattersMost(results, true)) : QString();
    if (results.sensitivity.empty())
        m_mattersMost->setText(tr("Matters most: nothing is uncertain"));
    else if (net.isEmpty() && latency.isEmpty())
        m_mattersMost->setText(tr("Matters most: no uncertain input moves net per month or the latency"));
    else if (latency.isEmpty())
        m_mattersMost->setText(tr("Matters most for net per month: %1").arg(net));
    else if (net.isEmpty())
        m_mattersMost->setText(tr("Matters most for the latency: %1 (no uncertain input moves net per month)")
                                   .arg(latency));
    else
        m_mattersMost->setText(tr("Matters most for net per month: %1; for the latency: %2").arg(net, latency));

    // Only the accuracy's posterior, or nothing at all, is uncertain: say how to add ranges.
    const bool anyRange = std::any_of(results.sensitivity.begin(), results.sensitivity.end(),
                                      [](const SensitivityEntry &e) { return e.dist != "beta_posterior"; });
    if (anyRange) {
        m_note->clear();
    } else if (results.inputs.empty()) {
        m_note->setText(tr("Nothing in this scenario is uncertain: no input is written as a range and the final "
                           "step's eval has no size, so every sample equals the point figures. Write ranges "
                           "(triangular, PERT or log-normal) in the scenario file to see their spread."));
    } else {
        m_note->setText(tr("Only the measured accuracy is uncertain (its eval's Beta posterior): no input is "
                           "written as a range. Write ranges in the scenario file to see their spread."));
    }
    m_note->setVisible(!m_note->text().isEmpty());

    m_netHistogram->showUncertainty(results, currency, budgetS);
    m_costHistogram->showUncertainty(results, currency, budgetS);
    m_latencyHistogram->showUncertainty(results, currency, budgetS);
    m_netTornado->showUncertainty(results, scenario, currency, pointNetPerMonth);
    m_latencyTornado->showUncertainty(results, scenario, currency, pointLatencyS);
    setStale(false);
}

void UncertaintyPanel::setStale(bool stale)
{
    for (ChartView *chart : charts())
        chart->setStale(stale);
    m_figures->setEnabled(!stale);
    m_mattersMost->setEnabled(!stale);
}

QString UncertaintyPanel::figuresText() const
{
    return m_figures->text();
}

QString UncertaintyPanel::mattersMostText() const
{
    return m_mattersMost->text();
}

QString UncertaintyPanel::noRangesNote() const
{
    return m_note->text();
}

std::vector<ChartView *> UncertaintyPanel::charts() const
{
    return {m_netHistogram, m_costHistogram, m_latencyHistogram, m_netTornado, m_latencyTornado};
}

} // namespace fulcrum
