#include "widgets/scenarioinfopanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
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
    m_author = new QLineEdit(this);
    m_author->setObjectName(u"author"_s);
    m_author->setPlaceholderText(tr("Who prepared it"));
    m_author->setToolTip(tr("Named in the report's title block."));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setPlaceholderText(tr("Context for the reader of the report"));
    m_notes->setToolTip(tr("Shown under the title of the report."));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_notes->installEventFilter(this);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Author:"), m_author);
    form->addRow(tr("Notes:"), m_notes);
    form->addRow(tr("Currency:"), m_currency);

    connect(m_title, &QLineEdit::textEdited, this, [this] { emitEdit(u"title"_s, tr("Change the title")); });
    connect(m_title, &QLineEdit::editingFinished, this, [this] { ++m_visit; });
    connect(m_author, &QLineEdit::textEdited, this, [this] { emitEdit(u"author"_s, tr("Change the author")); });
    connect(m_author, &QLineEdit::editingFinished, this, [this] { ++m_visit; });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { emitEdit(u"notes"_s, tr("Change the notes")); });
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
    const QString author = QString::fromStdString(scenario.author);
    if (m_author->text() != author) {
        const QSignalBlocker blocker(m_author);
        m_author->setText(author);
    }
    const QString notes = QString::fromStdString(scenario.notes);
    if (m_notes->toPlainText() != notes) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(notes);
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

bool ScenarioInfoPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving the notes ends their undo step, as editingFinished does for the line edits.
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        ++m_visit;
    return ScenarioPanel::eventFilter(watched, event);
}

void ScenarioInfoPanel::emitEdit(const QString &field, const QString &description)
{
    Scenario after = m_scenario;
    after.title = m_title->text().toStdString();
    after.author = m_author->text().toStdString();
    after.notes = m_notes->toPlainText().toStdString();
    after.currency = m_currency->currentText().toStdString();
    if (after == m_scenario)
        return;
    m_scenario = after;
    emit scenarioEdited(after, field + u"#"_s + QString::number(m_visit), description);
}

} // namespace fulcrum
