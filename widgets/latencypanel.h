#pragma once

#include "widgets/formpanel.h"

class QCheckBox;

namespace fulcrum {

/// Edits the latency inputs that are not per step: the network overhead of each call, the
/// budget the pipeline must answer within, and whether the answer streams.
class LatencyPanel : public FormPanel
{
    Q_OBJECT

public:
    explicit LatencyPanel(QWidget *parent = nullptr);

    void setDiagnostics(const Diagnostics &errors) override;
    QCheckBox *streamingCheckBox() const { return m_streaming; }

protected:
    void showScenario(const Scenario &scenario) override;

private:
    QCheckBox *m_streaming = nullptr;
};

} // namespace fulcrum
