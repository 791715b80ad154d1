#pragma once

#include "widgets/scenariopanel.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace fulcrum {

/// The scenario's title, author and notes (for the report) and the currency its money is in.
class ScenarioInfoPanel : public ScenarioPanel
{
    Q_OBJECT

public:
    explicit ScenarioInfoPanel(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario, const Catalog &catalog) override;
    void setDiagnostics(const Diagnostics &errors) override;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *currencyBox() const { return m_currency; }
    QLineEdit *authorEdit() const { return m_author; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void emitEdit(const QString &field, const QString &description);

    QLineEdit *m_title = nullptr;
    QLineEdit *m_author = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_currency = nullptr;
    Scenario m_scenario;
    int m_visit = 0; ///< bumped when a field is left: a later visit is a new undo step
};

} // namespace fulcrum
