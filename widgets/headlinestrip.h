#pragma once

#include <array>

#include <QFrame>

#include "models/results.h"

class QLabel;

namespace fulcrum {

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

protected:
    void changeEvent(QEvent *event) override;

private:
    struct CardWidgets
    {
        QLabel *icon = nullptr;
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
    };

    void setCard(Card card, const QString &value, const QString &detail, Status status);
    void applyColours();

    std::array<CardWidgets, CardCount> m_cards;
    std::array<Status, CardCount> m_status {};
    QLabel *m_staleLabel = nullptr;
    bool m_stale = false;
};

} // namespace fulcrum
