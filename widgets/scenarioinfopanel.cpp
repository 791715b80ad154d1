#include "widgets/scenarioinfopanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

#include "widgets/diagnostictext.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

ScenarioInfoPanel::ScenarioInfoPanel(QWidget *parent)
    : ScenarioPanel(parent)
{
    setWindowTitle(tr("Scenario"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"title"_s);
    m_title->setPlaceholderText(tr("What this business case is about"));
    m_title->setToolTip(tr("The scenario's title, shown in the window title and the report."));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(u"currency"_s);
    m_currency->setEditable(true);
    m_currency->addItems({u"USD"_s, u"EUR"_s, u"GBP"_s, u"JPY"_s, u"CNY"_s, u"RUB"_s, u"INR"_s,
                          u"CAD"_s, u"AUD"_s, u"CHF"_s});
    m_currency->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Z]{3}"_s), m_currency));
    m_currency->setToolTip(tr("The currency of every amount in the scenario (ISO code). Catalog prices are "
                              "taken as being in it: change them too if they are not."));
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Currency:"), m_currency);

    connect(m_title, &QLineEdit::textEdited, this, [this] { emitEdit(u"title"_s, tr("Change the title")); });
    connect(m_title, &QLineEdit::editingFinished, this, [this] { ++m_visit; });
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString &code) {
        if (code.size() == 3)
            emitEdit(u"currency"_s, tr("Change the currency"));
    });
}

void ScenarioInfoPanel::setScenario(const Scenario &scenario, const Catalog &catalog)
{
    Q_UNUSED(catalog);
    m_scenario = scenario;
    const QString title = QString::fromStdString(scenario.title);
    if (m_title->text() != title) {
        const QSignalBlocker blocker(m_title);
        m_title->setText(title);
    }
    const QString currency = QString::fromStdString(scenario.currency);
    if (m_currency->currentText() != currency) {
        const QSignalBlocker blocker(m_currency);
        m_currency->setCurrentText(currency);
    }
}

void ScenarioInfoPanel::setDiagnostics(const Diagnostics &errors)
{
    QString currencyError;
    for (const Diagnostic &d : errors) {
        if (d.path == "currency")
            currencyError = diagnosticMessage(d);
    }
    m_currency->setToolTip(currencyError.isEmpty() ? tr("The currency of every amount in the scenario (ISO code).")
                                                   : currencyError);
}

void ScenarioInfoPanel::emitEdit(const QString &field, const QString &description)
{
    Scenario after = m_scenario;
    after.title = m_title->text().toStdString();
    after.currency = m_currency->currentText().toStdString();
    if (after == m_scenario)
        return;
    m_scenario = after;
    emit scenarioEdited(after, field + u"#"_s + QString::number(m_visit), description);
}

} // namespace fulcrum
