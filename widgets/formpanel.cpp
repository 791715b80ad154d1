#include "widgets/formpanel.h"

#include <algorithm>

#include <QFormLayout>
#include <QLabel>
#include <QStringList>

#include "models/scenariofields.h"
#include "widgets/diagnostictext.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

std::string rangeKey(const QString &path)
{
    return path.section(u'.', -1).toStdString();
}

/// The rule of the input at path ("traffic.monthly_growth"), from the tables the loader
/// and the validation use.
std::optional<NumberRule> ruleFor(const QString &path)
{
    const QString section = path.section(u'.', 0, 0);
    const std::string key = rangeKey(path);
    auto find = [&key](const auto &fields) -> std::optional<NumberRule> {
        for (const auto &f : fields) {
            if (f.key == key)
                return f.rule;
        }
        return std::nullopt;
    };
    if (section == u"traffic"_s)
        return find(TrafficFields);
    if (section == u"economics"_s)
        return find(EconomicsFields);
    if (section == u"workload"_s)
        return find(WorkloadFields);
    return std::nullopt;
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
    if (binding.ranges) {
        field->setAcceptsRanges(true);
        field->setRule(ruleFor(path));
    }

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
    connect(field, &NumberField::rangeEdited, this, [this, index](const Distribution &range) {
        editRange(m_bindings[index], range);
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
        const Ranges *ranges = b.ranges ? b.ranges(m_scenario) : nullptr;
        const auto range = ranges ? ranges->find(rangeKey(b.path)) : Ranges::const_iterator();
        if (ranges && range != ranges->end())
            b.field->setRange(range->second);
        else if (const std::optional<double> value = b.get(scenario))
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

void FormPanel::editRange(const Binding &binding, const Distribution &range)
{
    if (!binding.ranges)
        return;
    Scenario edited = m_scenario;
    // As the loader does: the point value goes into the member, the range into the map.
    binding.set(edited, range.pointValue());
    Ranges *ranges = binding.ranges(edited);
    Distribution stored = range;
    const std::string key = rangeKey(binding.path);
    if (const auto old = ranges->find(key); old != ranges->end())
        stored.extra = old->second.extra; // keys the file had and Fulcrum does not know
    (*ranges)[key] = std::move(stored);
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
    return tr("A range (%1); point results use its most likely value (the median of a "
              "log-normal). Typing a number replaces the range.")
        .arg(range);
}

} // namespace fulcrum
