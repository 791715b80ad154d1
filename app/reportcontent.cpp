#include "app/reportcontent.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>
#include <string_view>

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>

#include "app/reportlayout.h"
#include "app/resultssummary.h"
#include "models/modellookup.h"
#include "models/uncertainty.h"
#include "widgets/alternativesscatter.h"
#include "widgets/businesscasechart.h"
#include "widgets/costbreakdownchart.h"
#include "widgets/costprojectionchart.h"
#include "widgets/diagnostictext.h"
#include "widgets/displayformat.h"
#include "widgets/inputlabel.h"
#include "widgets/latencybytokenschart.h"
#include "widgets/latencytimelinechart.h"
#include "widgets/uncertaintycharts.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

/// The translation context of this file's text (lupdate reads `ReportText::tr`).
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

/// Sentences as one paragraph: a space after each, except after a Chinese full stop; no
/// space left between two Chinese characters by the sentences' composition.
QString joinSentences(const QStringList &sentences)
{
    QString text;
    for (const QString &sentence : sentences) {
        if (!text.isEmpty() && !text.endsWith(u'。'))
            text += u' ';
        text += sentence.trimmed();
    }
    return withoutSpacesBetweenHan(text);
}

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

/// Alternatives listed in the report's table.
constexpr int TopAlternatives = 10;
constexpr double ChartHeight = 300;
constexpr double HistogramHeight = 200;

using Tone = ReportLayout::Tone;
using Table = ReportLayout::Table;

/// A price per million tokens: as many digits as it has, no more ("2.5", "0.075").
QString price(double perMTok)
{
    return QLocale().toString(perMTok, 'g', QLocale::FloatingPointShortest);
}

QString optionalPrice(const std::optional<double> &perMTok, const QString &otherwise)
{
    return perMTok ? price(*perMTok) : otherwise;
}

QString number(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString tokensPerSecond(double value)
{
    return QLocale().toString(value, 'f', value >= 100 ? 0 : 1);
}

/// A wait: seconds below a minute, else minutes or hours ("24 h" for the batch window).
QString duration(double s)
{
    if (s >= 3600)
        return ReportText::tr("%1 h").arg(QLocale().toString(s / 3600, 'g', 3));
    if (s >= 60)
        return ReportText::tr("%1 min").arg(QLocale().toString(s / 60, 'g', 3));
    return DisplayFormat::seconds(s);
}

QString datedSource(const std::string &asOf, const std::string &source)
{
    if (asOf.empty() && source.empty())
        return ReportText::tr("not stated");
    if (asOf.empty())
        return qs(source);
    if (source.empty())
        return DisplayFormat::date(asOf);
    return DisplayFormat::date(asOf) + u" · "_s + qs(source);
}

/// Colours the charts take in the report whatever the window's appearance: light.
QPalette reportPalette()
{
    QPalette palette;
    const QColor white(Qt::white);
    const QColor text(0x1F, 0x23, 0x28);
    for (const auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        palette.setColor(group, QPalette::Window, white);
        palette.setColor(group, QPalette::Base, white);
        palette.setColor(group, QPalette::AlternateBase, QColor(0xF6, 0xF8, 0xFA));
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, QColor(0xF0, 0xF0, 0xF0));
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::Mid, QColor(0xB0, 0xB7, 0xBE));
        palette.setColor(group, QPalette::Dark, QColor(0x80, 0x87, 0x8E));
        palette.setColor(group, QPalette::PlaceholderText, QColor(0x57, 0x60, 0x6A));
    }
    return palette;
}

QString reasonsText(unsigned reasons)
{
    QStringList parts;
    if (reasons & AccuracyUnmeasured)
        parts << ReportText::tr("accuracy unmeasured");
    if (reasons & BelowTarget)
        parts << ReportText::tr("below target");
    if (reasons & BelowBreakEven)
        parts << ReportText::tr("below break-even");
    if (reasons & OverBudget)
        parts << ReportText::tr("over budget");
    if (reasons & LatencyUnknown)
        parts << ReportText::tr("latency unknown");
    if (reasons & ContextExceeded)
        parts << ReportText::tr("context too long");
    return parts.join(u", "_s);
}

/// Builds the report's blocks from the figures; keeps the charts alive until painted.
class ReportContent
{
public:
    ReportContent(const Scenario &scenario, const Results &results, const Catalog &catalog,
                  const ReportOptions &options, ReportLayout &layout)
        : m_s { scenario }
        , m_r { results }
        , m_catalog { catalog }
        , m_lookup { scenario, catalog }
        , m_options { options }
        , m_layout { layout }
        , m_currency { qs(results.currency) }
    {
    }

    /// The charts the layout draws from; they must outlive its paint().
    std::vector<std::unique_ptr<ChartView>> takeCharts() { return std::move(m_charts); }

    void build()
    {
        // The Monte Carlo first: the summary quotes it. Nothing to sample, nothing to run.
        m_uncertainInputs = uncertainInputs(m_s, m_catalog);
        if (!m_uncertainInputs.empty()) {
            UncertaintyOptions options;
            options.samples = m_options.samples;
            options.seed = m_options.seed;
            m_uncertainty = computeUncertainty(m_s, m_catalog, options);
        }
        titleBlock();
        summary();
        charts();
        stepFigures();
        alternatives();
        rateLimits();
        uncertainty();
        assumptions();
    }

private:
    template <class Chart> void chart(const QString &heading, const QString &caption, double height = ChartHeight)
    {
        auto owned = std::make_unique<Chart>();
        Chart *view = owned.get();
        view->setAttribute(Qt::WA_DontShowOnScreen);
        view->setPalette(reportPalette());
        view->setFont(ReportLayout::font(7.5));
        view->resize(int(m_layout.contentWidth()), int(height));
        view->showResults(m_s, m_r);
        m_charts.push_back(std::move(owned));
        m_layout.addHeading(heading);
        m_layout.addNote(caption);
        m_layout.addDrawing(height, [view](QPainter *painter, const QRectF &rect) {
            view->renderTo(painter, rect);
        });
    }

    QString money(double amount) const { return DisplayFormat::money(amount, m_currency); }
    /// An amount without its currency, for columns whose header names it.
    static QString amount(double value) { return DisplayFormat::money(value, QString()).trimmed(); }
    /// The same in a column of whole amounts: what rounds to 0 is 0 (no "−0.00", no 0.000031).
    static QString wholeAmount(double value) { return amount(std::abs(value) < 0.5 ? 0.0 : value); }

    void titleBlock()
    {
        const QString title = m_s.title.empty() ? ReportText::tr("Untitled scenario") : qs(m_s.title);
        m_layout.addTitle(title, ReportText::tr("Business case for an LLM feature"));
        Table facts;
        facts.firstColumnBold = true;
        if (!m_s.author.empty())
            facts.rows << QStringList { ReportText::tr("Prepared by"), qs(m_s.author) };
        facts.rows << QStringList { ReportText::tr("Date"),
                                    QLocale().toString(m_options.date, QLocale::LongFormat) };
        if (!m_options.scenarioFile.isEmpty())
            facts.rows << QStringList { ReportText::tr("Scenario file"), m_options.scenarioFile };
        facts.rows << QStringList { ReportText::tr("Fulcrum version"), QStringLiteral(FULCRUM_VERSION) };
        facts.rows << QStringList { ReportText::tr("Price catalog as of"), DisplayFormat::date(m_r.catalogAsOf) };
        facts.rows << QStringList { ReportText::tr("Currency"), m_currency };
        m_layout.addTable(facts);
        // One paragraph per paragraph of the notes, so that long notes can go on over pages.
        for (const QString &paragraph : qs(m_s.notes).split(u'\n', Qt::SkipEmptyParts))
            m_layout.addParagraph(paragraph);
    }

    void summary()
    {
        using namespace DisplayFormat;
        m_layout.addHeading(ReportText::tr("Summary"));
        QStringList sentences = executiveSummary(m_s, m_r);
        // How sure the case is, after the sentences on accuracy and break-even: the first, the
        // fixed costs' and the eval posterior's (executiveSummary()'s order).
        if (m_uncertainty) {
            qsizetype at = 1;
            if (m_s.economics.monthlyFixedCosts > 0 && m_r.business.breakEven <= 1)
                ++at;
            if (m_r.business.probabilityAboveBreakEven && m_r.business.accuracyBasis == AccuracyBasis::Eval)
                ++at;
            at = std::min(at, sentences.size());
            sentences.insert(at, howSureSentence());
            // Which written ranges drive it (the accuracy's posterior alone needs no naming).
            const bool anyRange = std::any_of(m_uncertainInputs.begin(), m_uncertainInputs.end(),
                                              [](const UncertainInput &i) { return i.kind == UncertainInput::Kind::Range; });
            if (const QString most = labels(mattersMost(*m_uncertainty, false)); anyRange && !most.isEmpty())
                sentences.insert(at + 1, ReportText::tr("What matters most for net per month: %1.").arg(most));
        }
        m_layout.addParagraph(joinSentences(sentences));

        const BusinessResults &b = m_r.business;
        const LatencyResults &l = m_r.latency;
        QList<ReportLayout::Figure> figures;
        // Per case, as DESIGN.md defines it; the fixed costs' own break-even in the detail.
        QString breakEvenDetail = b.breakEven > 1
            ? ReportText::tr("each request costs more than a success is worth")
            : ReportText::tr("%1 at %2 accuracy").arg(points(b.margin), percent(b.accuracy));
        if (m_s.economics.monthlyFixedCosts > 0)
            breakEvenDetail = ReportText::tr("%1; %2", "two details of a headline figure")
                                  .arg(breakEvenDetail,
                                       b.breakEvenWithFixedCosts > 1
                                           ? ReportText::tr("never with the fixed costs")
                                           : ReportText::tr("%1 with the fixed costs").arg(percent(b.breakEvenWithFixedCosts)));
        figures << ReportLayout::Figure { ReportText::tr("Break-even accuracy"),
                                          b.breakEven > 1 ? ReportText::tr("never") : percent(b.breakEven),
                                          breakEvenDetail,
                                          !b.breaksEven           ? Tone::Bad
                                              : b.netPerMonth < 0 ? Tone::Warning
                                                                  : Tone::Good };
        figures << ReportLayout::Figure { ReportText::tr("Net per month (%1)").arg(m_currency),
                                          amount(b.netPerMonth),
                                          ReportText::tr("%1 per case").arg(money(b.netPerCase)),
                                          b.netPerMonth >= 0 ? Tone::Good : Tone::Bad };
        figures << ReportLayout::Figure { ReportText::tr("LLM cost per month (%1)").arg(m_currency),
                                          amount(m_r.cost.perMonth),
                                          ReportText::tr("%1 per request").arg(money(m_r.cost.perRequest)),
                                          Tone::Neutral };
        if (l.known && l.hasSyncPath)
            figures << ReportLayout::Figure { ReportText::tr("Latency"), seconds(l.totalS),
                                              ReportText::tr("%1 at the slowest hour, budget %2")
                                                  .arg(seconds(l.totalSlowestS),
                                                       seconds(l.budgetS)),
                                              l.withinBudgetSlowest ? Tone::Good
                                                  : l.withinBudget  ? Tone::Warning
                                                                    : Tone::Bad };
        else
            figures << ReportLayout::Figure { ReportText::tr("Latency"),
                                              l.hasSyncPath ? ReportText::tr("unknown") : ReportText::tr("all batch"),
                                              l.hasSyncPath
                                                  ? ReportText::tr("a model on the path has no latency figures")
                                                  : ReportText::tr("no step waits for an answer"),
                                              Tone::Neutral };
        m_layout.addSpace(4);
        m_layout.addFigures(figures);
        if (!m_r.warnings.empty()) {
            QStringList notes;
            for (const Diagnostic &d : m_r.warnings)
                notes << diagnosticMessage(d);
            m_layout.addNote(ReportText::tr("Notes on the figures:"));
            m_layout.addBullets(notes);
        }
    }

    void charts()
    {
        chart<BusinessCaseChart>(
            ReportText::tr("Business case"),
            ReportText::tr("Net value per month at each accuracy: the case breaks even where the line "
               "crosses zero. Markers show break-even, the target, the measured accuracy "
               "(with its 95 % interval) and people's accuracy."));
        // Past six bars the step names are slanted below them and take a good part of the
        // height: a taller chart keeps the bars as tall as with a short pipeline.
        const std::size_t bars = m_r.steps.size() + (m_r.steps.size() > 1 ? 1 : 0);
        chart<CostBreakdownChart>(ReportText::tr("Cost per request"),
                                  ReportText::tr("What one request costs, by step and by kind of token."),
                                  bars > 6 ? ChartHeight + 100 : ChartHeight);
        chart<CostProjectionChart>(
            ReportText::tr("Cost over the horizon"),
            ReportText::tr("The monthly LLM cost as traffic grows, the cumulative cost (right axis) "
               "and the cheapest feasible alternative's monthly cost."));
        // One row per step: a long pipeline gets a taller timeline (up to most of a page).
        const double timelineHeight = std::clamp(150.0 + 36.0 * double(m_r.steps.size()), ChartHeight, 700.0);
        chart<LatencyTimelineChart>(
            ReportText::tr("Latency along the pipeline"),
            ReportText::tr("When each synchronous step starts and ends, split into network, queue, "
               "time to first token, prefill, reasoning and output, against the budget."),
            timelineHeight);
        chart<LatencyByTokensChart>(
            ReportText::tr("Latency by answer length"),
            ReportText::tr("The pipeline's total latency as a step's output grows, typical (solid) "
               "and at the slowest hour (dashed), and the output each step can afford "
               "within the budget."));
    }

    void alternatives()
    {
        using namespace DisplayFormat;
        const QString where = m_r.alternativesApplyTo == "all"
            ? ReportText::tr("every step")
            : ReportText::tr("the %1 step").arg(qs(m_r.alternativesApplyTo));
        chart<AlternativesScatter>(
            ReportText::tr("Alternatives"),
            ReportText::tr("Every candidate model × tier × caching: cost per month against total "
               "latency, coloured by accuracy. Faded points miss the accuracy target or "
               "the budget; the line joins the Pareto front."));
        m_layout.addHeading(ReportText::tr("Top alternatives"));
        // One arg() call: a step's name may itself contain "%2".
        m_layout.addNote(
            ReportText::tr("Candidates for %1, ranked by net per month then cost; %2 of %3 shown. A feasible "
               "candidate meets the accuracy target, break-even and the latency budget.")
                .arg(where,
                     QString::number(
                         std::min<std::size_t>(TopAlternatives, m_r.alternatives.size())),
                     QString::number(m_r.alternatives.size())));
        Table table;
        table.header = QStringList { ReportText::tr("Model"),
                                     ReportText::tr("Tier"),
                                     ReportText::tr("Cost / month (%1)").arg(m_currency),
                                     ReportText::tr("Saving / month (%1)").arg(m_currency),
                                     ReportText::tr("Latency"),
                                     ReportText::tr("Accuracy"),
                                     ReportText::tr("Net / month (%1)").arg(m_currency),
                                     ReportText::tr("Feasible") };
        table.alignment = { Qt::AlignLeft,  Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight,
                            Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft };
        for (std::size_t i = 0; i < m_r.alternatives.size() && i < TopAlternatives; ++i) {
            const Alternative &a = m_r.alternatives[i];
            const QString model = a.current ? ReportText::tr("%1 (as written)").arg(qs(a.model)) : qs(a.model);
            const QString tier
                = a.caching ? ReportText::tr("%1, cached").arg(tierName(a.tier)) : tierName(a.tier);
            const QString latency = !m_r.latency.hasSyncPath ? ReportText::tr("—")
                : a.latencyKnown                             ? duration(a.latencyTotalS)
                                                             : ReportText::tr("unknown");
            const QString accuracy = a.accuracy ? percent(*a.accuracy) : ReportText::tr("unmeasured");
            const QString net = a.netPerMonth ? amount(*a.netPerMonth) : ReportText::tr("—");
            table.rows << QStringList { model,
                                        tier,
                                        amount(a.costPerMonth),
                                        wholeAmount(a.savingPerMonth),
                                        latency,
                                        accuracy,
                                        net,
                                        a.feasible ? ReportText::tr("yes")
                                                   : ReportText::tr("no: %1").arg(reasonsText(a.reasons)) };
            table.rowTones << (a.feasible ? Tone::Good : Tone::Neutral);
            if (a.current)
                table.boldRows << table.rows.size() - 1;
        }
        if (table.rows.isEmpty())
            m_layout.addParagraph(ReportText::tr("No candidate in the catalog."));
        else
            m_layout.addTable(table);
    }

    void rateLimits()
    {
        using namespace DisplayFormat;
        m_layout.addHeading(ReportText::tr("Rate-limit headroom"));
        m_layout.addNote(
            ReportText::tr("Peak use per minute (average traffic × the peak-to-average factor) against each "
               "model's limits, now and over the horizon."));
        Table table;
        table.header = QStringList { ReportText::tr("Model"),    ReportText::tr("Peak tokens / min"),   ReportText::tr("Limit"),
                                     ReportText::tr("Headroom"), ReportText::tr("Peak requests / min"), ReportText::tr("Limit"),
                                     ReportText::tr("Headroom"), ReportText::tr("Over the limit from") };
        table.alignment = { Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight, Qt::AlignRight,
                            Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft };
        const auto limitText = [](const std::optional<double> &limit) {
            return limit ? count(*limit) : ReportText::tr("not stated");
        };
        const auto headroomText = [](const std::optional<double> &headroom) {
            return headroom ? percent(*headroom) : ReportText::tr("—");
        };
        for (const RateLimitResult &limit : m_r.rateLimits) {
            const bool stated = limit.tokensPerMinuteLimit || limit.requestsPerMinuteLimit;
            const QString over = !stated     ? ReportText::tr("no limit stated")
                : !limit.firstMonthOverLimit ? ReportText::tr("never in the horizon")
                : *limit.firstMonthOverLimit == 0
                ? ReportText::tr("now")
                : ReportText::tr("month %1").arg(*limit.firstMonthOverLimit + 1);
            table.rows << QStringList { qs(limit.model),
                                        count(limit.peakTokensPerMinute),
                                        limitText(limit.tokensPerMinuteLimit),
                                        headroomText(limit.tokenHeadroom),
                                        count(limit.peakRequestsPerMinute),
                                        limitText(limit.requestsPerMinuteLimit),
                                        headroomText(limit.requestHeadroom),
                                        over };
            const bool overNow = (limit.tokenHeadroom && *limit.tokenHeadroom < 0)
                || (limit.requestHeadroom && *limit.requestHeadroom < 0);
            table.rowTones << (overNow                         ? Tone::Bad
                                   : limit.firstMonthOverLimit ? Tone::Warning
                                                               : Tone::Neutral);
        }
        if (!m_r.latency.hasSyncPath)
            m_layout.addParagraph(
                ReportText::tr("Every step runs on the batch tier: requests are queued, so per-minute rate "
                   "limits do not bind."));
        else if (table.rows.isEmpty())
            m_layout.addParagraph(ReportText::tr("No model of the pipeline states a rate limit."));
        else
            m_layout.addTable(table);
    }

    /// "In 20,000 samples the case breaks even with probability 93.1 %" (and the month's
    /// net with fixed costs), from the same run as the uncertainty section.
    QString howSureSentence() const
    {
        using namespace DisplayFormat;
        const UncertaintyResults &u = *m_uncertainty;
        const QString samples = count(double(u.samples));
        if (m_s.economics.monthlyFixedCosts > 0)
            return ReportText::tr("Over %1 samples of its uncertain inputs the case breaks even with probability %2, "
                      "and the month nets at least 0 after fixed costs with probability %3.")
                .arg(samples, percent(u.pBreakEven), percent(u.pNetPositive));
        return ReportText::tr("Over %1 samples of its uncertain inputs the case breaks even with probability %2.")
            .arg(samples, percent(u.pBreakEven));
    }

    /// Whether the samples' latency means anything: known, and some step waits for it.
    bool uncertainLatencyKnown() const
    {
        return m_uncertainty && m_uncertainty->latencyKnown && m_r.latency.hasSyncPath;
    }

    /// A value of an uncertain input as the reader knows it: shares as percent, whole
    /// numbers with separators, others with as many digits as they need.
    /// The inputs' labels as one list.
    QString labels(const std::vector<std::string> &paths) const
    {
        QStringList names;
        for (const std::string &path : paths)
            names << inputLabel(path, m_s);
        return joinedNames(names);
    }

    static QString inputValue(const std::string &path, double value, bool computed)
    {
        using namespace DisplayFormat;
        static const std::vector<std::string_view> shares { "accuracy",        "monthly_growth",
                                                            "async_share",     "churn_rate_per_failure",
                                                            "cache_hit_rate" };
        const bool share = std::any_of(shares.begin(), shares.end(), [&path](std::string_view key) {
            return path.ends_with(key);
        });
        if (share)
            return percent(value);
        if (!computed && value == std::round(value) && std::abs(value) < 1e15)
            return count(value);
        if (computed && std::abs(value) >= 100)
            return count(std::round(value));
        return QLocale().toString(value, 'g', computed ? 3 : QLocale::FloatingPointShortest);
    }

    /// A short range on one line: its spaces do not break.
    static QString keepTogether(QString text) { return text.replace(u' ', QChar(0x00A0)); }

    static QString distributionName(const UncertainInput &input)
    {
        if (input.kind == UncertainInput::Kind::BetaPosterior)
            return ReportText::tr("Beta(%1, %2) posterior")
                .arg(DisplayFormat::count(input.alpha), DisplayFormat::count(input.beta));
        switch (input.distribution.kind) {
        case DistributionKind::Triangular:
            return ReportText::tr("triangular");
        case DistributionKind::Pert:
            return ReportText::tr("PERT");
        case DistributionKind::LogNormal:
            return ReportText::tr("log-normal");
        }
        return {};
    }

    /// The range as the scenario writes it.
    static QString writtenRange(const UncertainInput &input)
    {
        const Distribution &d = input.distribution;
        const auto value = [&input](double v) { return inputValue(input.path, v, false); };
        if (input.kind == UncertainInput::Kind::BetaPosterior) {
            const double correct = input.alpha - 1;
            const double examples = input.alpha + input.beta - 2;
            return ReportText::tr("eval: %1 of %2 correct").arg(DisplayFormat::count(correct), DisplayFormat::count(examples));
        }
        if (d.kind == DistributionKind::LogNormal) {
            if (d.p90)
                return ReportText::tr("median %1, p90 %2").arg(value(d.median), value(*d.p90));
            return ReportText::tr("median %1, p10 %2").arg(value(d.median), value(d.p10.value_or(0)));
        }
        return keepTogether(ReportText::tr("%1 – %2 – %3").arg(value(d.low), value(d.likely), value(d.high)));
    }

    void uncertainty()
    {
        using namespace DisplayFormat;
        m_layout.addHeading(ReportText::tr("Uncertainty"));
        if (!m_uncertainty) {
            // Say so rather than leave the reader to wonder: every figure is a point estimate.
            m_layout.addParagraph(
                ReportText::tr("Every figure in this report is a point estimate: no input is written as a range "
                   "and the measured accuracy has no eval size, so there is no spread to show. Write "
                   "ranges (triangular, PERT or log-normal) in the scenario file to see how sure the "
                   "case is."));
            return;
        }
        const UncertaintyResults &u = *m_uncertainty;
        const bool latency = uncertainLatencyKnown();
        QStringList sentences;
        sentences << ReportText::tr("The figures below come from %1 samples (seed %2): every uncertain input is drawn "
                        "from its range at once, the others stay as written, and each sample is computed "
                        "as the point figures are.")
                         .arg(count(double(u.samples)))
                         .arg(u.seed);
        if (latency)
            sentences << ReportText::tr("The case breaks even in %1 of the samples, and the pipeline answers within the "
                            "%2 budget in %3.")
                             .arg(percent(u.pBreakEven), seconds(m_s.workload.latencyBudgetS),
                                  percent(u.pWithinBudget));
        else
            sentences << ReportText::tr("The case breaks even in %1 of the samples.").arg(percent(u.pBreakEven));
        if (m_s.economics.monthlyFixedCosts > 0)
            sentences << ReportText::tr("After %1 of fixed costs per month, net per month is at least 0 in %2.")
                             .arg(money(m_s.economics.monthlyFixedCosts), percent(u.pNetPositive));
        // An outcome no uncertain input moves is one figure, not a range "from 4.23 s to 4.23 s".
        if (varies(u.netPerMonth))
            sentences << ReportText::tr("Net per month is %1 at the median and between %2 (P5) and %3 (P95).")
                             .arg(money(u.netPerMonth.p50), money(u.netPerMonth.p5), money(u.netPerMonth.p95));
        else
            sentences << ReportText::tr("Net per month does not vary: %1.").arg(money(u.netPerMonth.p50));
        if (varies(u.costPerMonth))
            sentences << ReportText::tr("The LLM cost per month is %1 at the median and between %2 (P5) and %3 (P95).")
                             .arg(money(u.costPerMonth.p50), money(u.costPerMonth.p5), money(u.costPerMonth.p95));
        else
            sentences << ReportText::tr("The LLM cost per month does not vary: %1.").arg(money(u.costPerMonth.p50));
        if (latency && varies(u.latencyTotalS))
            sentences << ReportText::tr("The total latency is %1 at the median and between %2 (P5) and %3 (P95); its "
                            "p90 is %4 and its p99 %5.")
                             .arg(seconds(u.latencyTotalS.p50), seconds(u.latencyTotalS.p5),
                                  seconds(u.latencyTotalS.p95), seconds(u.latencyTotalS.p90),
                                  seconds(u.latencyTotalS.p99));
        else if (latency)
            sentences << ReportText::tr("The total latency does not vary: %1.").arg(seconds(u.latencyTotalS.p50));
        else if (m_r.latency.hasSyncPath)
            sentences << ReportText::tr("The latency is unknown: a model on the path has no latency figures.");

        m_layout.addParagraph(joinSentences(sentences));
        sentences.clear();

        const QString netMost = labels(mattersMost(u, false));
        const QString latencyMost = latency ? labels(mattersMost(u, true)) : QString();
        if (!netMost.isEmpty() && !latencyMost.isEmpty())
            sentences << ReportText::tr("What matters most for net per month: %1; for the latency: %2.")
                             .arg(netMost, latencyMost);
        else if (!netMost.isEmpty())
            sentences << ReportText::tr("What matters most for net per month: %1.").arg(netMost);
        else if (!latencyMost.isEmpty())
            sentences << ReportText::tr("What matters most for the latency: %1; no uncertain input moves net per month.")
                             .arg(latencyMost);
        const bool anyRange = std::any_of(m_uncertainInputs.begin(), m_uncertainInputs.end(),
                                          [](const UncertainInput &i) { return i.kind == UncertainInput::Kind::Range; });
        if (!anyRange)
            sentences << ReportText::tr("Only the measured accuracy is uncertain here (its eval's Beta posterior): no input "
                            "is written as a range.");
        m_layout.addParagraph(joinSentences(sentences));

        Table table;
        table.header = QStringList { ReportText::tr("Uncertain input"), ReportText::tr("Distribution"), ReportText::tr("As written"),
                                     ReportText::tr("Point value"), ReportText::tr("Low – high") };
        table.alignment = { Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight };
        for (const UncertainInput &input : m_uncertainInputs) {
            const bool computedEnds = input.kind == UncertainInput::Kind::BetaPosterior
                || input.distribution.kind == DistributionKind::LogNormal;
            table.rows << QStringList { inputLabel(input.path, m_s), distributionName(input), writtenRange(input),
                                        inputValue(input.path, input.pointValue, false),
                                        keepTogether(ReportText::tr("%1 – %2").arg(
                                            inputValue(input.path, input.lowValue(), computedEnds),
                                            inputValue(input.path, input.highValue(), computedEnds))) };
        }
        m_layout.addNote(
            ReportText::tr("The point value is what the rest of the report uses. Low – high are the ends the tornado "
               "charts put each input at: as written for a triangular or PERT range, the 5th and 95th "
               "percentiles for a log-normal range or a posterior."));
        m_layout.addTable(table);

        uncertaintyCharts(latency);
    }

    /// A chart of the uncertainty section, light like the others, laid out at width × height.
    template <class Chart, class Kind> Chart *uncertaintyChart(Kind kind, double width, double height)
    {
        auto owned = std::make_unique<Chart>(kind);
        Chart *view = owned.get();
        view->setAttribute(Qt::WA_DontShowOnScreen);
        view->setPalette(reportPalette());
        view->setFont(ReportLayout::font(7.5));
        view->resize(int(width), int(height));
        m_charts.push_back(std::move(owned));
        return view;
    }

    void addChartDrawing(ChartView *view, double height)
    {
        m_layout.addDrawing(height, [view](QPainter *painter, const QRectF &rect) { view->renderTo(painter, rect); });
    }

    static bool varies(const SampleSummary &summary) { return summary.max > summary.min; }

    /// The tab's charts, less those with nothing to show: a histogram of an outcome that does
    /// not vary is one bar, a tornado whose inputs move nothing has no bars.
    void uncertaintyCharts(bool latency)
    {
        using Quantity = UncertaintyHistogramChart::Quantity;
        using Measure = TornadoChart::Measure;
        const UncertaintyResults &u = *m_uncertainty;
        const std::string &currency = m_r.currency;
        const double budgetS = m_s.workload.latencyBudgetS;
        const double width = m_layout.contentWidth();

        std::vector<Quantity> quantities;
        if (varies(u.netPerMonth))
            quantities.push_back(Quantity::NetPerMonth);
        if (varies(u.costPerMonth))
            quantities.push_back(Quantity::CostPerMonth);
        if (latency && varies(u.latencyTotalS))
            quantities.push_back(Quantity::LatencyTotal);
        if (!quantities.empty()) {
            m_layout.addHeading(ReportText::tr("Uncertainty: the spread of the outcomes"));
            QString note = ReportText::tr("How the samples spread, with P5, P50 and P95 marked, and break even (net 0) or "
                              "the latency budget.");
            if (quantities.size() < (latency ? 3u : 2u))
                note = joinSentences({ note, ReportText::tr("An outcome that does not vary in the samples gets no histogram.") });
            m_layout.addNote(note);
        }
        // One below the other at the page's width: side by side, the P5/P50/P95 labels at
        // their tops collide.
        for (const Quantity quantity : quantities) {
            auto *view = uncertaintyChart<UncertaintyHistogramChart>(quantity, width, HistogramHeight);
            view->showUncertainty(u, currency, budgetS);
            addChartDrawing(view, HistogramHeight);
        }

        std::vector<Measure> measures;
        const auto swings = [&u](auto swing) {
            return std::any_of(u.sensitivity.begin(), u.sensitivity.end(),
                               [&swing](const SensitivityEntry &e) { return swing(e) > 0; });
        };
        if (swings([](const SensitivityEntry &e) { return e.netSwing(); }))
            measures.push_back(Measure::NetPerMonth);
        if (latency && swings([](const SensitivityEntry &e) { return e.latencySwing(); }))
            measures.push_back(Measure::LatencyTotal);
        if (measures.empty())
            return;
        m_layout.addHeading(ReportText::tr("Uncertainty: what moves the figures"));
        QString note = ReportText::tr("Each uncertain input alone at its low and its high end, every other input at its "
                          "point value: how far it moves net per month and the total latency from the point "
                          "figures (the vertical line). The largest swing is on top.");
        if (measures.size() < (latency ? 2u : 1u))
            note = joinSentences({ note,
                                   measures.front() == Measure::NetPerMonth
                                       ? ReportText::tr("No uncertain input moves the latency: there is no latency tornado.")
                                       : ReportText::tr("No uncertain input moves net per month: there is no tornado of it.") });
        m_layout.addNote(note);
        for (const Measure measure : measures) {
            const double height = std::clamp(110.0 + 26.0 * double(u.sensitivity.size()), 170.0, 520.0);
            auto *view = uncertaintyChart<TornadoChart>(measure, width, height);
            view->showUncertainty(u, m_s, currency,
                                  measure == Measure::NetPerMonth ? m_r.business.netPerMonth : m_r.latency.totalS);
            addChartDrawing(view, height);
        }
    }

    void assumptions()
    {
        using namespace DisplayFormat;
        m_layout.addHeading(ReportText::tr("Assumptions: traffic and business case"));
        const Traffic &t = m_s.traffic;
        const Economics &e = m_s.economics;
        Table inputs;
        inputs.header = QStringList { ReportText::tr("Input"), ReportText::tr("Value"), ReportText::tr("Input"), ReportText::tr("Value") };
        inputs.alignment = { Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight };
        const QList<std::pair<QString, QString>> left {
            { ReportText::tr("Requests per day"), count(t.requestsPerDay) },
            { ReportText::tr("Monthly growth"), percent(t.monthlyGrowth) },
            { ReportText::tr("Horizon"),
              t.horizonMonths == 1 ? ReportText::tr("1 month") : ReportText::tr("%1 months").arg(number(t.horizonMonths)) },
            { ReportText::tr("Peak-to-average traffic"), ReportText::tr("%1×").arg(number(t.peakToAverage)) },
            { ReportText::tr("Asynchronous share (batch)"), percent(t.asyncShare) },
            { ReportText::tr("Network overhead per call"), seconds(m_s.workload.networkOverheadS) },
            { ReportText::tr("Latency budget"), seconds(m_s.workload.latencyBudgetS) },
            { ReportText::tr("Streaming"), m_s.workload.streaming ? ReportText::tr("yes") : ReportText::tr("no") },
        };
        QList<std::pair<QString, QString>> right {
            { ReportText::tr("Value per success"), money(e.valuePerSuccess) },
            { ReportText::tr("Cost per escalation"), money(e.costPerEscalation) },
            { ReportText::tr("Churn rate per failure"), percent(e.churnRatePerFailure, 2) },
            { ReportText::tr("Cost per churned customer"), money(e.costPerChurn) },
            { ReportText::tr("Fixed costs per month"), money(e.monthlyFixedCosts) },
            { ReportText::tr("Target accuracy"), percent(e.targetAccuracy) },
            { ReportText::tr("People's accuracy"),
              e.humanAccuracy ? percent(*e.humanAccuracy) : ReportText::tr("not stated") },
            { ReportText::tr("Cost of a failure"), money(m_r.business.failureCost) },
        };
        for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
            const auto cell = [](const auto &list, qsizetype i) {
                return i < list.size() ? list[i] : std::pair<QString, QString> {};
            };
            inputs.rows << QStringList { cell(left, i).first, cell(left, i).second,
                                         cell(right, i).first, cell(right, i).second };
        }
        m_layout.addTable(inputs);

        pipeline();
        evals();
        prices();
        latencyFigures();
    }

    void pipeline()
    {
        using namespace DisplayFormat;
        m_layout.addHeading(ReportText::tr("Assumptions: the pipeline"));
        m_layout.addNote(
            ReportText::tr("Token counts are averages per call; the cache hit rate is the share of the static "
               "prefix read from the prompt cache (\"auto\": derived from the traffic and the "
               "cache's lifetime)."));
        Table table;
        table.header
            = QStringList { ReportText::tr("Step"),      ReportText::tr("Model"),      ReportText::tr("Tier"),       ReportText::tr("Calls"),
                            ReportText::tr("Static in"), ReportText::tr("Dynamic in"), ReportText::tr("Cache hits"), ReportText::tr("Output"),
                            ReportText::tr("Reasoning"), ReportText::tr("After") };
        table.alignment
            = { Qt::AlignLeft,  Qt::AlignLeft,  Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight,
                Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft };
        for (std::size_t i = 0; i < m_s.workload.steps.size() && i < m_r.steps.size(); ++i) {
            const Step &step = m_s.workload.steps[i];
            const StepResult &result = m_r.steps[i];
            QString hits = percent(result.cacheHitRate);
            if (result.cacheHitRateDerived)
                hits = ReportText::tr("auto: %1").arg(hits);
            QStringList after;
            for (const std::string &name : step.after)
                after << qs(name);
            table.rows << QStringList { qs(step.name),
                                        qs(step.model),
                                        tierName(step.tier),
                                        number(step.calls),
                                        count(step.staticInputTokens),
                                        count(step.dynamicInputTokens),
                                        hits,
                                        count(step.outputTokens),
                                        count(step.reasoningTokens),
                                        after.join(u", "_s) };
        }
        m_layout.addTable(table);
    }

    void stepFigures()
    {
        using namespace DisplayFormat;
        m_layout.addHeading(ReportText::tr("Steps"));
        m_layout.addNote(
            ReportText::tr("Each step's cost per request and, on the synchronous path, when it starts and ends "
               "(typical), the wait for its first token per call and how many output tokens per "
               "call the budget affords it, the other steps as they are."));
        Table table;
        table.header = QStringList { ReportText::tr("Step"),         ReportText::tr("Cost / request (%1)").arg(m_currency),
                                     ReportText::tr("Start – end"),  ReportText::tr("First token per call"),
                                     ReportText::tr("Output tok/s"), ReportText::tr("Affordable output tokens") };
        table.alignment = { Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight,
                            Qt::AlignRight, Qt::AlignRight, Qt::AlignRight };
        for (const StepResult &step : m_r.steps) {
            QStringList row { qs(step.name), amount(step.costPerRequest.total()) };
            if (!step.onSyncPath)
                row << ReportText::tr("off the synchronous path") << QString() << QString() << QString();
            else if (!step.latencyKnown || !m_r.latency.known)
                row << ReportText::tr("unknown") << QString() << QString() << QString();
            else
                row << ReportText::tr("%1 – %2").arg(seconds(step.startS), seconds(step.finishS))
                    << seconds(step.latencyPerCall.firstTokenS())
                    << tokensPerSecond(step.outputTokensPerS)
                    << (step.affordableOutputTokens ? count(*step.affordableOutputTokens)
                                                    : ReportText::tr("—"));
            table.rows << row;
        }
        m_layout.addTable(table);
    }

    void evals()
    {
        using namespace DisplayFormat;
        if (m_s.evals.empty())
            return;
        m_layout.addHeading(ReportText::tr("Assumptions: measured accuracy"));
        Table table;
        table.header = QStringList { ReportText::tr("Model"), ReportText::tr("Accuracy"), ReportText::tr("Examples"), ReportText::tr("Correct") };
        table.alignment = { Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight };
        for (const auto &[model, eval] : m_s.evals)
            table.rows << QStringList { qs(model), percent(eval.accuracy),
                                        eval.evalSize > 0 ? count(eval.evalSize) : ReportText::tr("unknown"),
                                        eval.correct ? count(*eval.correct) : ReportText::tr("—") };
        m_layout.addTable(table);
    }

    /// The models the figures were computed with: the pipeline's, then those of the
    /// alternatives shown, each with the tiers used.
    std::vector<std::pair<std::string, std::set<Tier>>> modelsUsed() const
    {
        std::vector<std::pair<std::string, std::set<Tier>>> used;
        const auto add = [&used](const std::string &model, Tier tier) {
            for (auto &[id, tiers] : used) {
                if (id == model) {
                    tiers.insert(tier);
                    return;
                }
            }
            used.push_back({ model, { tier } });
        };
        for (const Step &step : m_s.workload.steps) {
            add(step.model, step.tier);
            // The asynchronous share runs on the batch tier where the model offers it.
            const ModelEntry *entry = m_lookup.find(step.model);
            if (m_s.traffic.asyncShare > 0 && entry && entry->offers(Tier::Batch))
                add(step.model, Tier::Batch);
        }
        for (std::size_t i = 0; i < m_r.alternatives.size() && i < TopAlternatives; ++i)
            add(m_r.alternatives[i].model, m_r.alternatives[i].tier);
        // The summary and the projection chart quote these.
        for (const Alternative *a :
             { m_r.cheapestFeasibleAlternative(), m_r.bestFeasibleAlternative(),
               m_r.bestImprovingAlternative(), m_r.cheapestImprovingAlternative() }) {
            if (a)
                add(a->model, a->tier);
        }
        return used;
    }

    /// A figure's date and source, marked when the scenario's own entry replaced the catalog's.
    QString sourceOf(const ModelEntry &entry, const std::string &asOf,
                     const std::string &source) const
    {
        const bool own = std::any_of(m_s.models.begin(), m_s.models.end(),
                                     [&entry](const ModelEntry &m) { return m.id == entry.id; });
        const QString text = datedSource(asOf, source);
        return own ? ReportText::tr("the scenario's own entry: %1").arg(text) : text;
    }

    void prices()
    {
        m_layout.addHeading(ReportText::tr("Prices used"));
        m_layout.addNote(
            ReportText::tr("In %1 per million tokens, for the pipeline's models and the alternatives shown. "
               "\"input\" means the token kind is billed at the plain input price; reasoning "
               "without a price of its own is billed as output.")
                .arg(m_currency));
        Table table;
        table.header = QStringList { ReportText::tr("Model"),        ReportText::tr("Tier"),          ReportText::tr("Input"),
                                     ReportText::tr("Cached input"), ReportText::tr("Cache write"),   ReportText::tr("Output"),
                                     ReportText::tr("Reasoning"),    ReportText::tr("As of · source") };
        table.alignment = { Qt::AlignLeft,  Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight,
                            Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft };
        for (const auto &[id, tiers] : modelsUsed()) {
            const ModelEntry *entry = m_lookup.find(id);
            if (!entry)
                continue;
            bool first = true; // the source once per model, on its first tier
            for (const Tier tier : tiers) {
                const std::optional<TierPrices> &p = entry->pricesFor(tier);
                if (!p) {
                    table.rows << QStringList { qs(id), tierName(tier), ReportText::tr("not offered") };
                    continue;
                }
                table.rows << QStringList { qs(id),
                                            tierName(tier),
                                            price(p->input),
                                            optionalPrice(p->cachedInput, ReportText::tr("input")),
                                            optionalPrice(p->cacheWrite, ReportText::tr("input")),
                                            price(p->output),
                                            optionalPrice(p->reasoning, ReportText::tr("output")),
                                            first ? sourceOf(*entry, entry->asOf, entry->source)
                                                  : ReportText::tr("as above") };
                first = false;
            }
        }
        m_layout.addTable(table);
    }

    void latencyFigures()
    {
        using namespace DisplayFormat;
        m_layout.addHeading(ReportText::tr("Latency figures used"));
        m_layout.addNote(
            ReportText::tr("Time to first token and output speed (tokens per second), typical and at the "
               "slowest hour, with the tiers' queueing; from public measurements unless the "
               "scenario overrides them."));
        Table table;
        table.header = QStringList { ReportText::tr("Model"),         ReportText::tr("First token"),   ReportText::tr("Prefill tok/s"),
                                     ReportText::tr("Output tok/s"),  ReportText::tr("Slowest tok/s"), ReportText::tr("Queue"),
                                     ReportText::tr("As of · source") };
        table.alignment = { Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight, Qt::AlignRight,
                            Qt::AlignRight, Qt::AlignLeft,  Qt::AlignLeft };
        for (const auto &[id, tiers] : modelsUsed()) {
            const ModelEntry *entry = m_lookup.find(id);
            if (!entry)
                continue;
            QStringList queues;
            for (const Tier tier : tiers) {
                if (entry->queueS(tier) > 0)
                    queues << ReportText::tr("%1: %2").arg(tierName(tier), duration(entry->queueS(tier)));
            }
            if (!entry->latency) {
                table.rows << QStringList { qs(id),    ReportText::tr("not measured"),   QString(), QString(),
                                            QString(), queues.join(u", "_s), QString() };
                continue;
            }
            const LatencyProfile &l = *entry->latency;
            table.rows << QStringList { qs(id),
                                        seconds(l.ttftS),
                                        l.prefillTokensPerS ? tokensPerSecond(*l.prefillTokensPerS)
                                                            : ReportText::tr("—"),
                                        tokensPerSecond(l.outputTokensPerS),
                                        tokensPerSecond(l.slowestOutputTokensPerS()),
                                        queues.join(u", "_s),
                                        sourceOf(*entry, l.asOf, l.source) };
        }
        m_layout.addTable(table);
    }

    const Scenario &m_s;
    const Results &m_r;
    const Catalog &m_catalog;
    ModelLookup m_lookup;
    const ReportOptions &m_options;
    ReportLayout &m_layout;
    QString m_currency;
    std::vector<std::unique_ptr<ChartView>> m_charts;
    std::vector<UncertainInput> m_uncertainInputs;
    std::optional<UncertaintyResults> m_uncertainty; ///< when an input is uncertain
};

} // namespace

std::vector<std::unique_ptr<ChartView>>
addReportContent(ReportLayout &layout, const Scenario &scenario, const Results &results,
                 const Catalog &catalog, const ReportOptions &options)
{
    ReportContent content(scenario, results, catalog, options, layout);
    content.build();
    return content.takeCharts();
}

} // namespace fulcrum
