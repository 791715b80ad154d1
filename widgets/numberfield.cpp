#include "widgets/numberfield.h"

#include <algorithm>
#include <cmath>

#include <QEvent>
#include <QFocusEvent>
#include <QPainter>
#include <QSignalBlocker>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

/// Every visit of every field gets its own number, so no two visits share a merge key.
quint64 g_lastVisit = 0;

constexpr int UnitSpacing = 4;

QColor markColor()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max({1.0, std::abs(a), std::abs(b)});
}

/// Text in locale, then in the C locale, then without the spaces people type as
/// thousands separators ("100 000"); may be infinite or NaN.
std::optional<double> parseAnyNumber(const QString &text, const QLocale &locale)
{
    bool ok = false;
    double value = locale.toDouble(text, &ok);
    if (ok)
        return value;
    value = QLocale::c().toDouble(text, &ok);
    if (ok)
        return value;
    QString compact = text;
    compact.remove(QChar(u' ')).remove(QChar(0x00a0)).remove(QChar(0x202f));
    if (compact != text && !compact.isEmpty())
        return parseAnyNumber(compact, locale);
    // A digit typed into "100,000" gives "100,0005": the grouping is off but the meaning is
    // plain, so the locale's group separators are dropped rather than the text refused.
    const QString group = locale.groupSeparator();
    if (!group.isEmpty() && group != locale.decimalPoint() && text.contains(group)) {
        QString ungrouped = text;
        ungrouped.remove(group);
        value = locale.toDouble(ungrouped, &ok);
        if (ok)
            return value;
    }
    return std::nullopt;
}

QString stripSuffix(QString text, const QString &suffix)
{
    if (!suffix.isEmpty() && text.endsWith(suffix, Qt::CaseInsensitive)) {
        text.chop(suffix.size());
        text = text.trimmed();
    }
    return text;
}

QString stripPrefix(QString text, const QString &prefix)
{
    if (!prefix.isEmpty() && text.startsWith(prefix, Qt::CaseInsensitive)) {
        text.remove(0, prefix.size());
        text = text.trimmed();
    }
    return text;
}

} // namespace

NumberField::NumberField(QWidget *parent)
    : NumberField(Kind::Plain, parent)
{
}

NumberField::NumberField(Kind kind, QWidget *parent)
    : QLineEdit(parent)
    , m_kind {kind}
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(this, &QLineEdit::textEdited, this, &NumberField::handleTextEdited);
    // Return ends a visit: what is typed after it is a new undo step.
    connect(this, &QLineEdit::editingFinished, this, [this] { m_visitOpen = false; });
    updateUnitMargin();
    updateMarks();
}

void NumberField::setKind(Kind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    updateUnitMargin();
    if (m_lastValue && !m_unparsed) {
        const QSignalBlocker blocker(this);
        setText(formatNumber(*m_lastValue, m_kind, locale()));
    }
}

void NumberField::setCurrency(const QString &code)
{
    if (m_currency == code)
        return;
    m_currency = code;
    updateUnitMargin();
}

QString NumberField::unit() const
{
    if (m_unit)
        return *m_unit;
    switch (m_kind) {
    case Kind::Percent:
        return u"%"_s;
    case Kind::Money:
        return m_currency;
    case Kind::Seconds:
        return tr("s", "unit: seconds");
    case Kind::Tokens:
        return tr("tokens");
    case Kind::TokensPerSecond:
        return tr("tokens/s");
    case Kind::Plain:
    case Kind::Integer:
        break;
    }
    return {};
}

void NumberField::setUnit(const QString &unit)
{
    m_unit = unit;
    updateUnitMargin();
}

void NumberField::setAllowsAuto(bool allows)
{
    m_allowsAuto = allows;
    setPlaceholderText(allows ? tr("auto") : m_optional ? tr("none") : QString());
}

void NumberField::setOptional(bool optional)
{
    m_optional = optional;
    setPlaceholderText(m_allowsAuto ? tr("auto") : optional ? tr("none") : QString());
}

void NumberField::setValue(double value)
{
    if (!std::isfinite(value)) {
        m_lastValue.reset();
        showText({});
        setUnparsed(false, {});
        return;
    }
    // While the user types, the document echoes each keystroke back: keep their text
    // ("0.50" stays "0.50", not "0.5") as long as it means the value being shown.
    const bool typing = hasFocus() || m_visitOpen;
    if (typing) {
        const Parse current = parse();
        if (current.status == Parse::Number && sameValue(current.value, value)) {
            m_lastValue = value;
            return;
        }
        if (m_unparsed && m_lastValue && sameValue(*m_lastValue, value))
            return;
    }
    m_lastValue = value;
    showText(formatNumber(value, m_kind, locale()));
    setUnparsed(false, {});
}

void NumberField::setAuto()
{
    if ((hasFocus() || m_visitOpen) && parse().status == Parse::Auto)
        return;
    m_lastValue.reset();
    showText({});
    setUnparsed(false, {});
}

void NumberField::clearValue()
{
    if ((hasFocus() || m_visitOpen) && parse().status == Parse::Empty)
        return;
    m_lastValue.reset();
    showText({});
    setUnparsed(false, {});
}

NumberField::Parse NumberField::parseText(const QString &input) const
{
    Parse result;
    QString text = input.trimmed();
    if (m_allowsAuto
        && (text.isEmpty() || text.compare(u"auto"_s, Qt::CaseInsensitive) == 0
            || text.compare(tr("auto"), Qt::CaseInsensitive) == 0)) {
        result.status = Parse::Auto;
        return result;
    }
    if (text.isEmpty()) {
        if (m_optional) {
            result.status = Parse::Empty;
        } else {
            result.status = Parse::Invalid;
            result.reason = tr("enter a number");
        }
        return result;
    }
    // People type the unit too ("90 %", "0.2 s", "20 USD", "$20"); it is not part of the number.
    text = stripSuffix(text, unit());
    if (m_kind == Kind::Percent) {
        text = stripSuffix(text, u"%"_s);
        text = stripSuffix(text, locale().percent());
    }
    if (m_kind == Kind::Money) {
        text = stripSuffix(text, m_currency);
        text = stripPrefix(text, m_currency);
        text = stripPrefix(text, locale().currencySymbol());
        text = stripSuffix(text, locale().currencySymbol());
    }
    const std::optional<double> number = parseAnyNumber(text, locale());
    if (!number) {
        result.status = Parse::Invalid;
        result.reason = tr("not a number");
        return result;
    }
    if (!std::isfinite(*number)) {
        result.status = Parse::Invalid;
        result.reason = tr("not a finite number");
        return result;
    }
    result.status = Parse::Number;
    result.value = m_kind == Kind::Percent ? *number / 100.0 : *number;
    return result;
}

std::optional<double> NumberField::value() const
{
    const Parse p = parse();
    if (p.status == Parse::Number)
        return p.value;
    return std::nullopt;
}

void NumberField::setError(const QString &messageOrEmpty)
{
    if (m_error == messageOrEmpty)
        return;
    m_error = messageOrEmpty;
    updateMarks();
}

bool NumberField::isMarked() const
{
    return m_unparsed || !m_error.isEmpty();
}

void NumberField::setHelpText(const QString &text)
{
    if (m_helpText == text)
        return;
    m_helpText = text;
    updateMarks();
}

void NumberField::setFieldPath(const QString &path)
{
    m_fieldPath = path;
}

QString NumberField::mergeKey() const
{
    return m_fieldPath + u'#' + QString::number(m_visit);
}

QString NumberField::formatNumber(double value, Kind kind, const QLocale &locale)
{
    if (!std::isfinite(value))
        return {};
    double shown = kind == Kind::Percent ? value * 100.0 : value;
    if (shown == 0)
        shown = 0; // no "-0"
    // Twelve significant digits hide binary noise (0.07 × 100 = 7.000000000000001).
    const QString plain = QString::number(shown, 'g', 12);
    if (plain.contains(u'e'))
        return locale.toString(shown, 'g', 12);
    const qsizetype point = plain.indexOf(u'.');
    const int decimals = point < 0 ? 0 : int(plain.size() - point - 1);
    return locale.toString(shown, 'f', decimals);
}

std::optional<double> NumberField::parseNumber(const QString &text, const QLocale &locale)
{
    const std::optional<double> number = parseAnyNumber(text.trimmed(), locale);
    if (!number || !std::isfinite(*number))
        return std::nullopt;
    return number;
}

QSize NumberField::sizeHint() const
{
    QSize size = QLineEdit::sizeHint();
    // Wide enough for "100,000,000" and its unit, not the 17 x's of a text field.
    const QMargins margins = textMargins();
    const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this);
    const int width = fontMetrics().horizontalAdvance(u"100,000,000.0"_s) + margins.left()
                      + margins.right() + 2 * frame + 12;
    size.setWidth(std::max(width, minimumSizeHint().width()));
    return size;
}

QSize NumberField::minimumSizeHint() const
{
    QSize size = QLineEdit::minimumSizeHint();
    const QMargins margins = textMargins();
    const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this);
    const int width = fontMetrics().horizontalAdvance(u"100,000"_s) + margins.left()
                      + margins.right() + 2 * frame + 8;
    size.setWidth(std::max(size.width(), width));
    return size;
}

void NumberField::paintEvent(QPaintEvent *event)
{
    QLineEdit::paintEvent(event);
    QPainter painter(this);
    const QString unitText = unit();
    if (!unitText.isEmpty()) {
        const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this);
        const int unitWidth = fontMetrics().horizontalAdvance(unitText);
        const QRect unitRect(width() - frame - UnitSpacing - unitWidth, 0, unitWidth, height());
        const QPalette::ColorGroup group = isEnabled() ? QPalette::Active : QPalette::Disabled;
        painter.setPen(palette().color(group, QPalette::PlaceholderText));
        painter.drawText(unitRect, Qt::AlignVCenter | Qt::AlignLeft, unitText);
    }
    if (isMarked()) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(markColor(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }
}

void NumberField::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    // A context menu or a completer popup takes focus for a moment: still the same visit.
    if (event->reason() != Qt::PopupFocusReason || !m_visitOpen)
        startVisit();
}

void NumberField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (event->reason() == Qt::PopupFocusReason)
        return;
    m_visitOpen = false;
    // Typing is over: show the number the way the field shows numbers ("2000" → "2,000").
    const Parse p = parse();
    if (p.status == Parse::Number) {
        m_lastValue = p.value;
        showText(formatNumber(p.value, m_kind, locale()));
    }
}

void NumberField::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateUnitMargin();
}

void NumberField::handleTextEdited(const QString &text)
{
    if (!m_visitOpen)
        startVisit();
    const Parse p = parseText(text);
    switch (p.status) {
    case Parse::Number:
        setUnparsed(false, {});
        m_lastValue = p.value;
        emit valueEdited(p.value);
        break;
    case Parse::Auto:
        setUnparsed(false, {});
        m_lastValue.reset();
        emit autoChosen();
        break;
    case Parse::Empty:
        setUnparsed(false, {});
        m_lastValue.reset();
        emit valueCleared();
        break;
    case Parse::Invalid:
        setUnparsed(true, p.reason);
        break;
    }
}

void NumberField::setUnparsed(bool unparsed, const QString &reason)
{
    const bool changed = m_unparsed != unparsed;
    const bool reasonChanged = m_parseReason != reason;
    m_unparsed = unparsed;
    m_parseReason = reason;
    if (changed || reasonChanged)
        updateMarks();
    if (changed)
        emit unparsedInputChanged(unparsed);
}

void NumberField::startVisit()
{
    m_visit = ++g_lastVisit;
    m_visitOpen = true;
}

void NumberField::updateMarks()
{
    QStringList tip;
    if (!m_helpText.isEmpty())
        tip << m_helpText;
    if (m_unparsed)
        tip << tr("⚠ %1").arg(m_parseReason);
    else if (!m_error.isEmpty())
        tip << tr("⚠ %1").arg(m_error);
    setToolTip(tip.join(u"\n\n"_s));

    const bool marked = isMarked();
    if (property("invalid").toBool() != marked) {
        // Style sheets may style NumberField[invalid="true"] too.
        setProperty("invalid", marked);
        style()->unpolish(this);
        style()->polish(this);
    }
    update();
}

void NumberField::updateUnitMargin()
{
    const QString unitText = unit();
    const int right = unitText.isEmpty() ? 0 : fontMetrics().horizontalAdvance(unitText) + 2 * UnitSpacing;
    setTextMargins(0, 0, right, 0);
    updateGeometry();
    update();
}

void NumberField::showText(const QString &text)
{
    if (text == this->text())
        return;
    const QSignalBlocker blocker(this);
    setText(text);
}

} // namespace fulcrum
