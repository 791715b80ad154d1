#include "widgets/latencypanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

QString streamingHelp()
{
    return LatencyPanel::tr("Whether the user sees the answer as it is written: the wait that "
                            "counts is then the time to the first token, not to the last.");
}

} // namespace

LatencyPanel::LatencyPanel(QWidget *parent)
    : FormPanel(parent)
    , m_streaming {new QCheckBox(tr("Stream the answer"), this)}
{
    setWindowTitle(tr("Latency"));
    using Kind = NumberField::Kind;

    NumberField *overhead = addNumber(
        tr("Network overhead:"), Kind::Seconds, &Scenario::workload, &Workload::networkOverheadS,
        u"workload.network_overhead_s"_s,
        tr("The time each model call spends on the network and in your own code before the "
           "provider starts, in seconds."),
        tr("Change network overhead"));
    NumberField *budget = addNumber(
        tr("Latency budget:"), Kind::Seconds, &Scenario::workload, &Workload::latencyBudgetS,
        u"workload.latency_budget_s"_s,
        tr("How long a user may wait for the answer, in seconds; with streaming, until the "
           "first words appear."),
        tr("Change latency budget"));

    m_streaming->setObjectName(u"workload.streaming"_s);
    m_streaming->setToolTip(streamingHelp());
    form()->addRow(QString(), m_streaming);
    setTabOrder(overhead, budget);
    setTabOrder(budget, m_streaming);

    // clicked, not toggled: only the user's clicks are edits.
    connect(m_streaming, &QCheckBox::clicked, this, [this](bool checked) {
        Scenario edited = scenario();
        if (edited.workload.streaming == checked)
            return;
        edited.workload.streaming = checked;
        emitEdit(edited, {}, checked ? tr("Stream the answer") : tr("Do not stream the answer"));
    });
}

void LatencyPanel::setDiagnostics(const Diagnostics &errors)
{
    FormPanel::setDiagnostics(errors);
    const QString message = messagesAt(errors, u"workload.streaming"_s);
    m_streaming->setToolTip(streamingHelp() + (message.isEmpty() ? QString() : u"\n\n⚠ "_s + message));
}

void LatencyPanel::showScenario(const Scenario &scenario)
{
    const QSignalBlocker blocker(m_streaming);
    m_streaming->setChecked(scenario.workload.streaming);
}

} // namespace fulcrum
