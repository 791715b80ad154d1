#pragma once

#include <QPointer>
#include <QValidator>

namespace fulcrum {

class NumberField;

/// Accepts the texts a NumberField takes as a value (a number, "auto" or empty where the
/// field allows them); anything else is Intermediate, so a table editor does not commit it.
class NumberValidator : public QValidator
{
    Q_OBJECT

public:
    explicit NumberValidator(NumberField *field);

    State validate(QString &input, int &pos) const override;

private:
    QPointer<NumberField> m_field;
};

} // namespace fulcrum
