#pragma once

#include "widgets/formpanel.h"

namespace fulcrum {

/// Edits the scenario's traffic: requests per day, monthly growth, horizon, peak factor and
/// the share of requests that can wait for the batch tier.
class TrafficPanel : public FormPanel
{
    Q_OBJECT

public:
    explicit TrafficPanel(QWidget *parent = nullptr);
};

} // namespace fulcrum
