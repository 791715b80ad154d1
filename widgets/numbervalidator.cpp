#include "widgets/numbervalidator.h"

#include "widgets/numberfield.h"

namespace fulcrum {

NumberValidator::NumberValidator(NumberField *field)
    : QValidator(field)
    , m_field {field}
{
}

QValidator::State NumberValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos);
    if (!m_field)
        return Invalid;
    return m_field->parseText(input).status == NumberField::Parse::Invalid ? Intermediate : Acceptable;
}

} // namespace fulcrum
