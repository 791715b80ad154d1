#pragma once

#include <array>

#include <QFrame>

#include "models/results.h"

class QLabel;

namespace fulcrum {

class FittingLabel;

/// The always-visible strip of headline figures: break-even and margin, net per month,
/// cost, latency against the budget, the feasible alternative that raises the net most.
/// Colour and icon say whether the case breaks even and the budget holds; stale figures are
/// marked as such.
class HeadlineStrip : public QFrame
{
    Q_OBJECT

public:
    enum Card { BreakEven, Net, Cost, Latency, BestAlternative, CardCount };
    enum class Status { Good, Warning, Bad, Neutral };

    explicit HeadlineStrip(QWidget *parent = nullptr);

    void showResults(const Results &results);
    /// Stale: the figures are the last good ones, an input is invalid.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    /// The card's value and detail lines as shown.
    QString cardText(Card card) const;
    Status cardStatus(Card card) const { return m_status[card]; }
    /// The card's caption, value and detail labels (tests: whether their text fits).
    QList<FittingLabel *> cardLabels(Card card) const;
    /// The "stale" mark, shown with stale figures; it takes room from the cards only then.
    FittingLabel *staleLabel() const { return m_staleLabel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct CardWidgets
    {
        QLabel *icon = nullptr;
        FittingLabel *caption = nullptr;
        FittingLabel *value = nullptr;
        FittingLabel *detail = nullptr;
    };

    void setCard(Card card, const QString &value, const QString &detail, Status status);
    void applyColours();

    std::array<CardWidgets, CardCount> m_cards;
    std::array<Status, CardCount> m_status {};
    FittingLabel *m_staleLabel = nullptr;
    bool m_stale = false;
};

} // namespace fulcrum
