#pragma once

#include <QString>
#include <QWidget>

#include "models/catalog.h"
#include "models/diagnostic.h"
#include "models/scenario.h"

namespace fulcrum {

/// An editor of part of a scenario. It shows what setScenario() gives it and reports each
/// edit of the user's as the whole scenario after the edit; it never changes a document
/// itself (the window turns the edit into an undoable command). Setters never emit.
class ScenarioPanel : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Shows the scenario; the catalog lists the models it may pick from.
    virtual void setScenario(const Scenario &scenario, const Catalog &catalog) = 0;
    /// Marks the fields whose path has a diagnostic, with its message as tooltip.
    virtual void setDiagnostics(const Diagnostics &errors) = 0;

signals:
    /// The user changed something. Edits with the same non-empty mergeKey in a row are one
    /// undo step (keystrokes in one field); description names the edit for the Edit menu.
    void scenarioEdited(const fulcrum::Scenario &scenario, const QString &mergeKey,
                        const QString &description);
    /// Some field holds text that is not a number: the figures are stale until it is fixed.
    void unparsedInputChanged(bool hasUnparsedInput);
};

} // namespace fulcrum
