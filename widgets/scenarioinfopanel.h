#pragma once

#include "widgets/scenariopanel.h"

class QComboBox;
class QLineEdit;

namespace fulcrum {

/// The scenario's title and the currency its money is in.
class ScenarioInfoPanel : public ScenarioPanel
{
    Q_OBJECT

public:
    explicit ScenarioInfoPanel(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario, const Catalog &catalog) override;
    void setDiagnostics(const Diagnostics &errors) override;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *currencyBox() const { return m_currency; }

private:
    void emitEdit(const QString &field, const QString &description);

    QLineEdit *m_title = nullptr;
    QComboBox *m_currency = nullptr;
    Scenario m_scenario;
    int m_visit = 0; ///< bumped when a field is left: a later visit is a new undo step
};

} // namespace fulcrum
