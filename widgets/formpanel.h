#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QString>

#include "widgets/numberfield.h"
#include "widgets/scenariopanel.h"

class QFormLayout;

namespace fulcrum {

/// A ScenarioPanel laid out as a form of number fields, each bound to one input of the
/// scenario by its path (e.g. "traffic.requests_per_day"). It shows the scenario's values,
/// marks the fields named by diagnostics, and turns each keystroke that parses into the
/// whole scenario after the edit. Subclasses only declare their fields.
class FormPanel : public ScenarioPanel
{
    Q_OBJECT

public:
    /// Shows the scenario without emitting scenarioEdited. It does emit
    /// unparsedInputChanged(false) when showing a value replaces text that was not a number
    /// (after an undo, say): that is a change of state, not an edit.
    void setScenario(const Scenario &scenario, const Catalog &catalog) override;
    void setDiagnostics(const Diagnostics &errors) override;

    /// The scenario last given to setScenario().
    const Scenario &scenario() const { return m_scenario; }
    /// The field editing the input at path, or nullptr.
    NumberField *field(const QString &path) const;
    /// The paths of the fields, in form order.
    QStringList fieldPaths() const;
    /// True when some field holds text that is not a number.
    bool hasUnparsedInput() const;

protected:
    explicit FormPanel(QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }

    /// Adds a row for the number at (scenario.*section).*member, with path
    /// "<sectionKey>.<key>". description names the edit in the Edit menu.
    template <class Section>
    NumberField *addNumber(const QString &label, NumberField::Kind kind, Section Scenario::*section,
                           double Section::*member, const QString &path, const QString &help,
                           const QString &description)
    {
        Binding b;
        b.get = [section, member](const Scenario &s) -> std::optional<double> { return s.*section.*member; };
        b.set = [section, member](Scenario &s, std::optional<double> v) {
            if (v)
                s.*section.*member = *v;
        };
        b.ranges = [section](Scenario &s) -> Ranges * { return &(s.*section).ranges; };
        return addBinding(label, kind, path, help, description, std::move(b));
    }
    /// The same for an optional number: an empty field means "none".
    template <class Section>
    NumberField *addOptionalNumber(const QString &label, NumberField::Kind kind,
                                   Section Scenario::*section, std::optional<double> Section::*member,
                                   const QString &path, const QString &help, const QString &description)
    {
        Binding b;
        b.get = [section, member](const Scenario &s) { return s.*section.*member; };
        b.set = [section, member](Scenario &s, std::optional<double> v) { s.*section.*member = v; };
        b.optional = true;
        return addBinding(label, kind, path, help, description, std::move(b));
    }

    /// Keeps scenario as the one shown and emits scenarioEdited.
    void emitEdit(const Scenario &scenario, const QString &mergeKey, const QString &description);
    /// Called by setScenario() after the fields are filled, for widgets other than numbers.
    virtual void showScenario(const Scenario &scenario) { Q_UNUSED(scenario); }
    /// Messages of the diagnostics at exactly path, one per line.
    static QString messagesAt(const Diagnostics &errors, const QString &path);

private:
    struct Binding
    {
        NumberField *field = nullptr;
        QString path;
        QString help;
        QString description;
        bool optional = false;
        std::function<std::optional<double>(const Scenario &)> get;
        std::function<void(Scenario &, std::optional<double>)> set;
        std::function<Ranges *(Scenario &)> ranges; ///< where a range of this input lives
    };

    NumberField *addBinding(const QString &label, NumberField::Kind kind, const QString &path,
                            const QString &help, const QString &description, Binding binding);
    void edit(const Binding &binding, std::optional<double> value);
    void editRange(const Binding &binding, const Distribution &range);
    void updateUnparsed();
    QString rangeNote(const Binding &binding) const;

    QFormLayout *m_form = nullptr;
    std::vector<Binding> m_bindings;
    Scenario m_scenario;
    bool m_unparsed = false;
};

} // namespace fulcrum
