#include "widgets/formpanel.h"

#include <algorithm>

#include <QFormLayout>
#include <QLabel>
#include <QStringList>

#include "widgets/diagnostictext.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

std::string rangeKey(const QString &path)
{
    return path.section(u'.', -1).toStdString();
}

QString number(double value, NumberField::Kind kind)
{
    return NumberField::formatNumber(value, kind);
}

} // namespace

FormPanel::FormPanel(QWidget *parent)
    : ScenarioPanel(parent)
    , m_form {new QFormLayout(this)}
{
    // Labels right-aligned next to their fields read as one column of questions on every
    // platform; fields grow with the panel so long numbers never clip.
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
}

NumberField *FormPanel::addBinding(const QString &label, NumberField::Kind kind, const QString &path,
                                   const QString &help, const QString &description, Binding binding)
{
    auto *field = new NumberField(kind, this);
    field->setObjectName(path);
    field->setFieldPath(path);
    field->setHelpText(help);
    field->setAccessibleName(label);
    field->setAccessibleDescription(help);
    field->setOptional(binding.optional);

    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field);
    labelWidget->setToolTip(help);
    m_form->addRow(labelWidget, field);
    if (!m_bindings.empty())
        setTabOrder(m_bindings.back().field, field);

    binding.field = field;
    binding.path = path;
    binding.help = help;
    binding.description = description;
    m_bindings.push_back(std::move(binding));
    const std::size_t index = m_bindings.size() - 1;

    connect(field, &NumberField::valueEdited, this, [this, index](double value) {
        edit(m_bindings[index], value);
    });
    connect(field, &NumberField::valueCleared, this, [this, index] {
        if (m_bindings[index].optional)
            edit(m_bindings[index], std::nullopt);
    });
    connect(field, &NumberField::unparsedInputChanged, this, &FormPanel::updateUnparsed);
    return field;
}

void FormPanel::setScenario(const Scenario &scenario, const Catalog &catalog)
{
    Q_UNUSED(catalog);
    m_scenario = scenario;
    const QString currency = QString::fromStdString(scenario.currency);
    for (const Binding &b : m_bindings) {
        const QSignalBlocker blocker(b.field);
        b.field->setCurrency(currency);
        if (const std::optional<double> value = b.get(scenario))
            b.field->setValue(*value);
        else
            b.field->clearValue();
        const QString note = rangeNote(b);
        b.field->setHelpText(note.isEmpty() ? b.help : b.help + u"\n\n"_s + note);
    }
    showScenario(scenario);
    // Showing a value replaces a field's unparsed text: the panel's state may have changed.
    updateUnparsed();
}

void FormPanel::setDiagnostics(const Diagnostics &errors)
{
    for (const Binding &b : m_bindings)
        b.field->setError(messagesAt(errors, b.path));
}

NumberField *FormPanel::field(const QString &path) const
{
    for (const Binding &b : m_bindings) {
        if (b.path == path)
            return b.field;
    }
    return nullptr;
}

QStringList FormPanel::fieldPaths() const
{
    QStringList paths;
    for (const Binding &b : m_bindings)
        paths << b.path;
    return paths;
}

bool FormPanel::hasUnparsedInput() const
{
    return std::any_of(m_bindings.begin(), m_bindings.end(),
                       [](const Binding &b) { return b.field->hasUnparsedInput(); });
}

void FormPanel::emitEdit(const Scenario &scenario, const QString &mergeKey, const QString &description)
{
    // The document sends the scenario back through setScenario(); keeping the edit meanwhile
    // lets an edit of another field build on this one even where nothing echoes it back.
    m_scenario = scenario;
    emit scenarioEdited(scenario, mergeKey, description);
}

QString FormPanel::messagesAt(const Diagnostics &errors, const QString &path)
{
    const std::string key = path.toStdString();
    QStringList messages;
    for (const Diagnostic &d : errors) {
        if (d.path == key)
            messages << diagnosticMessage(d);
    }
    return messages.join(u'\n');
}

void FormPanel::edit(const Binding &binding, std::optional<double> value)
{
    Scenario edited = m_scenario;
    binding.set(edited, value);
    // A typed number replaces a range the file gave for this input.
    if (binding.ranges) {
        if (Ranges *ranges = binding.ranges(edited))
            ranges->erase(rangeKey(binding.path));
    }
    if (edited == m_scenario)
        return;
    emitEdit(edited, binding.field->mergeKey(), binding.description);
}

void FormPanel::updateUnparsed()
{
    const bool unparsed = hasUnparsedInput();
    if (unparsed == m_unparsed)
        return;
    m_unparsed = unparsed;
    emit unparsedInputChanged(unparsed);
}

QString FormPanel::rangeNote(const Binding &binding) const
{
    if (!binding.ranges)
        return {};
    const Ranges *ranges = binding.ranges(const_cast<Scenario &>(m_scenario));
    const auto it = ranges->find(rangeKey(binding.path));
    if (it == ranges->end())
        return {};
    const Distribution &d = it->second;
    const NumberField::Kind kind = binding.field->kind();
    QString range;
    if (d.kind == DistributionKind::LogNormal) {
        range = tr("median %1").arg(number(d.median, kind));
        if (d.p10)
            range += tr(", 10th percentile %1").arg(number(*d.p10, kind));
        if (d.p90)
            range += tr(", 90th percentile %1").arg(number(*d.p90, kind));
    } else {
        range = tr("low %1, likely %2, high %3")
                    .arg(number(d.low, kind), number(d.likely, kind), number(d.high, kind));
    }
    return tr("The file gives a range (%1); the field shows its most likely value. Typing a "
              "number replaces the range.")
        .arg(range);
}

} // namespace fulcrum
