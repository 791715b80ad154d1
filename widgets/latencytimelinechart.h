#pragma once

#include "widgets/chartview.h"

namespace fulcrum {

/// How fast is it, and where does the time go? The synchronous pipeline as a horizontal
/// timeline: one row per step on the synchronous path (ordered by start, parallel steps
/// on their own rows side by side in time; steps off the critical path lighter), each call
/// split into network, queue, TTFT, prefill, reasoning and output segments
/// (results.steps[i].startS, .calls, .latencyPerCall: layout only), with vertical lines
/// at the budget, at the first token (streaming) and at the total. Steps off the
/// synchronous path (batch) are omitted and named in a footnote.
///
/// shownSeries(): one series per row, top to bottom, named after the step, with
/// x = {startS, finishS} and y = {row, row}.
class LatencyTimelineChart : public ChartView
{
    Q_OBJECT

public:
    explicit LatencyTimelineChart(QWidget *parent = nullptr);

protected:
    void rebuild(const Scenario &scenario, const Results &results) override;
};

} // namespace fulcrum
