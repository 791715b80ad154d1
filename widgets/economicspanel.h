#pragma once

#include "widgets/formpanel.h"

namespace fulcrum {

/// Edits the business case: what a success is worth, what a failure costs (escalation and
/// churn), fixed costs, the target accuracy and, if known, what people score.
class EconomicsPanel : public FormPanel
{
    Q_OBJECT

public:
    explicit EconomicsPanel(QWidget *parent = nullptr);

protected:
    void showScenario(const Scenario &scenario) override;
};

} // namespace fulcrum
