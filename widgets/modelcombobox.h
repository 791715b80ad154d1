#pragma once

#include <QComboBox>
#include <QList>

#include "widgets/modelchoice.h"

namespace fulcrum {

/// A searchable picker of models: type any part of an id or a provider ("sonnet",
/// "anthropic") and the matching models pop up. Items read "id — provider".
class ModelComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ModelComboBox(QWidget *parent = nullptr);

    void setChoices(const QList<ModelChoice> &choices);
    /// Selects the model with this id; an id not listed is shown as typed text.
    void setModelId(const QString &id);
    /// The id of the chosen model: the item whose label or id the text is, else the text
    /// itself (up to a " — provider" suffix), trimmed.
    QString modelId() const;
};

} // namespace fulcrum
