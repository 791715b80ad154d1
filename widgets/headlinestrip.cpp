#include "widgets/headlinestrip.h"

#include <algorithm>

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "models/tier.h"
#include "widgets/displayformat.h"
#include "widgets/fittinglabel.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

QColor statusColour(HeadlineStrip::Status status, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (status) {
    case HeadlineStrip::Status::Good:
        return dark ? QColor(0x6c, 0xd0, 0x7a) : QColor(0x1b, 0x7f, 0x37);
    case HeadlineStrip::Status::Warning:
        return dark ? QColor(0xf0, 0xc0, 0x50) : QColor(0x9a, 0x67, 0x00);
    case HeadlineStrip::Status::Bad:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    case HeadlineStrip::Status::Neutral:
        break;
    }
    return palette.color(QPalette::Text);
}

QString statusIcon(HeadlineStrip::Status status)
{
    switch (status) {
    case HeadlineStrip::Status::Good:
        return u"✔"_s;
    case HeadlineStrip::Status::Warning:
        return u"⚠"_s;
    case HeadlineStrip::Status::Bad:
        return u"✖"_s;
    case HeadlineStrip::Status::Neutral:
        break;
    }
    return u"•"_s;
}

} // namespace

HeadlineStrip::HeadlineStrip(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 6, 8, 6);
    row->setSpacing(12);
    const std::array<QString, CardCount> captions = {tr("Break-even accuracy"), tr("Net per month"),
                                                     tr("LLM cost"), tr("Latency"),
                                                     tr("Best feasible alternative")};
    for (int i = 0; i < CardCount; ++i) {
        CardWidgets &c = m_cards[i];
        auto *card = new QVBoxLayout;
        card->setSpacing(1);
        auto *top = new QHBoxLayout;
        c.icon = new QLabel(this);
        // Long captions and sentences (Russian ones above all) wrap or shorten, with the
        // whole text in the tooltip: the strip never makes the window wider than a screen.
        c.caption = new FittingLabel(captions[i], this);
        QFont small = c.caption->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        c.caption->setFont(small);
        top->addWidget(c.icon);
        top->addWidget(c.caption, 1);
        c.value = new FittingLabel(u"—"_s, this);
        QFont big = c.value->font();
        big.setPointSizeF(big.pointSizeF() * 1.35);
        big.setBold(true);
        c.value->setFont(big);
        c.detail = new FittingLabel({}, this);
        c.detail->setFont(small);
        c.detail->setMaxLines(2);
        card->addLayout(top);
        card->addWidget(c.value);
        card->addWidget(c.detail);
        card->addStretch();
        // No stretch factors: the cards share the width by what their texts need (their
        // labels' size hints), so a short figure leaves room for a long one.
        row->addLayout(card);
        m_status[i] = Status::Neutral;
    }
    // A fixed height: figures changing on every keystroke must not resize the charts below
    // (that would redraw them all), so two lines of detail are always reserved.
    const QFontMetrics captionMetrics(m_cards[0].caption->font());
    const QFontMetrics valueMetrics(m_cards[0].value->font());
    const QMargins margins = row->contentsMargins();
    setFixedHeight(margins.top() + margins.bottom() + 2 * frameWidth() + 3 * captionMetrics.lineSpacing()
                   + valueMetrics.lineSpacing() + 2 + 4);
    m_staleLabel = new FittingLabel(tr("⚠ Stale: fix the marked input"), this);
    m_staleLabel->setMaxLines(3);
    m_staleLabel->setToolTipNote(tr("An input is invalid: these are the last valid results."));
    // A width of its own, taken from the cards only while it shows: fresh figures get the
    // whole strip (a Russian headline at 1280 px is then whole), stale ones make room for it
    // by wrapping or cutting their text; the window's width never changes (every label of
    // the strip has a small minimum width).
    m_staleLabel->setFixedWidth(m_staleLabel->widthForLines(2));
    m_staleLabel->setVisible(false);
    row->addWidget(m_staleLabel, 0, Qt::AlignTop);
    applyColours();
}

void HeadlineStrip::setCard(Card card, const QString &value, const QString &detail, Status status)
{
    CardWidgets &c = m_cards[card];
    c.value->setText(value);
    c.detail->setText(detail);
    m_status[card] = status;
    c.icon->setText(statusIcon(status));
}

void HeadlineStrip::showResults(const Results &r)
{
    if (!r.valid())
        return;
    const QString currency = QString::fromStdString(r.currency);
    const BusinessResults &b = r.business;
    using namespace DisplayFormat;

    QString accuracy = b.accuracyBasis == AccuracyBasis::AssumedTarget
                           ? tr("%1 assumed (no eval)").arg(percent(b.accuracy))
                           : tr("%1 measured").arg(percent(b.accuracy));
    setCard(BreakEven, b.breakEven > 1 ? tr("never") : percent(b.breakEven),
            tr("margin %1 at %2").arg(points(b.margin), accuracy),
            b.breaksEven ? Status::Good : Status::Bad);

    setCard(Net, money(b.netPerMonth, currency), tr("%1 per case").arg(money(b.netPerCase, currency)),
            b.netPerMonth >= 0 ? Status::Good : Status::Bad);

    setCard(Cost, tr("%1 / month").arg(money(r.cost.perMonth, currency)),
            tr("%1 per request").arg(money(r.cost.perRequest, currency)), Status::Neutral);

    const LatencyResults &l = r.latency;
    if (!l.known) {
        setCard(Latency, tr("unknown"), tr("a model on the path has no latency figures"), Status::Neutral);
    } else if (!l.hasSyncPath) {
        setCard(Latency, tr("all batch"), tr("no step waits for an answer"), Status::Neutral);
    } else {
        const Status status = l.withinBudgetSlowest ? Status::Good : l.withinBudget ? Status::Warning : Status::Bad;
        setCard(Latency, tr("%1 first · %2 total").arg(seconds(l.firstTokenS), seconds(l.totalS)),
                tr("%1 at the slowest hour · budget %2").arg(seconds(l.totalSlowestS), seconds(l.budgetS)),
                status);
    }

    // The move worth making raises the net: the same candidate the report's summary names.
    if (const Alternative *best = r.bestImprovingAlternative()) {
        const QString tier = tierName(best->tier);
        const QString name = tr("%1, %2%3").arg(QString::fromStdString(best->model), tier,
                                              best->caching ? tr(", cached") : QString());
        const QString detail = best->savingPerMonth >= 0
                                   ? tr("saves %1 / month, nets %2 more")
                                         .arg(money(best->savingPerMonth, currency),
                                              money(*best->netGainPerMonth, currency))
                                   : tr("costs %1 / month more, nets %2 more")
                                         .arg(money(-best->savingPerMonth, currency),
                                              money(*best->netGainPerMonth, currency));
        setCard(BestAlternative, name, detail, Status::Good);
    } else if (r.bestFeasibleAlternative()) {
        setCard(BestAlternative, tr("none better"),
                tr("no candidate that meets the target and the budget nets more"), Status::Neutral);
    } else {
        setCard(BestAlternative, tr("none feasible"),
                tr("no candidate meets the target and the budget"), Status::Warning);
    }
    applyColours();
}

void HeadlineStrip::setStale(bool stale)
{
    m_stale = stale;
    m_staleLabel->setVisible(stale);
    applyColours();
}

QList<FittingLabel *> HeadlineStrip::cardLabels(Card card) const
{
    return {m_cards[card].caption, m_cards[card].value, m_cards[card].detail};
}

QString HeadlineStrip::cardText(Card card) const
{
    return m_cards[card].value->text() + u"\n"_s + m_cards[card].detail->text();
}

void HeadlineStrip::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    if ((event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) && m_staleLabel)
        m_staleLabel->setFixedWidth(m_staleLabel->widthForLines(2));
}

void HeadlineStrip::applyColours()
{
    const QPalette base = palette();
    for (int i = 0; i < CardCount; ++i) {
        QColor colour = statusColour(m_status[i], base);
        if (m_stale)
            colour = base.color(QPalette::Disabled, QPalette::Text);
        QPalette p = m_cards[i].value->palette();
        p.setColor(QPalette::WindowText, colour);
        m_cards[i].value->setPalette(p);
        m_cards[i].icon->setPalette(p);
    }
    QPalette stale = m_staleLabel->palette();
    stale.setColor(QPalette::WindowText, statusColour(Status::Warning, base));
    m_staleLabel->setPalette(stale);
}

} // namespace fulcrum
