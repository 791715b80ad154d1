#include "widgets/numberfield.h"

#include <algorithm>
#include <cmath>

#include <QEvent>
#include <QFocusEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStyle>

#include "widgets/diagnostictext.h"

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

bool sameRange(const Distribution &a, const Distribution &b)
{
    if (a.kind != b.kind)
        return false;
    if (a.kind == DistributionKind::LogNormal) {
        auto same = [](const std::optional<double> &x, const std::optional<double> &y) {
            return x.has_value() == y.has_value() && (!x || sameValue(*x, *y));
        };
        return sameValue(a.median, b.median) && same(a.p10, b.p10) && same(a.p90, b.p90);
    }
    return sameValue(a.low, b.low) && sameValue(a.likely, b.likely) && sameValue(a.high, b.high);
}

bool hasDigit(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

/// Splits "180–200–260", "180-200-260" or "180..200..260" at its separators. A hyphen
/// only separates after a number, so the minus of "-5–0–10" or "-5--3-10" stays a sign
/// (and the one of an exponent, "1e-5").
QStringList splitRange(const QString &text)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        bool separator = false;
        if (c == QChar(0x2013) || c == QChar(0x2014)) {
            separator = true;
        } else if (c == u'.' && i + 1 < text.size() && text.at(i + 1) == u'.') {
            separator = true;
            ++i;
        } else if (c == u'-' && hasDigit(current)
                   && !current.trimmed().endsWith(u'e', Qt::CaseInsensitive)) {
            separator = true;
        }
        if (separator) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
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
        setText(m_lastRange ? formatRange(*m_lastRange, m_kind, locale())
                            : formatNumber(*m_lastValue, m_kind, locale()));
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

void NumberField::setAcceptsRanges(bool accepts)
{
    if (m_acceptsRanges == accepts)
        return;
    m_acceptsRanges = accepts;
    updateMarks();
}

void NumberField::setRange(const Distribution &range)
{
    const bool typing = hasFocus() || m_visitOpen;
    if (typing) {
        const Parse current = parse();
        if (current.status == Parse::Range && sameRange(current.range, range)) {
            m_lastRange = range;
            m_lastValue = range.pointValue();
            return;
        }
        if (m_unparsed && m_lastRange && sameRange(*m_lastRange, range))
            return;
    }
    m_lastRange = range;
    m_lastValue = range.pointValue();
    showText(formatRange(range, m_kind, locale()));
    setUnparsed(false, {});
}

void NumberField::setValue(double value)
{
    m_lastRange.reset();
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
    m_lastRange.reset();
    showText({});
    setUnparsed(false, {});
}

void NumberField::clearValue()
{
    if ((hasFocus() || m_visitOpen) && parse().status == Parse::Empty)
        return;
    m_lastValue.reset();
    m_lastRange.reset();
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
    if (m_acceptsRanges) {
        if (std::optional<Parse> range = parseRange(text))
            return *range;
    }
    const std::optional<double> number = parseOne(text, result.reason);
    if (!number) {
        result.status = Parse::Invalid;
        return result;
    }
    result.status = Parse::Number;
    result.value = *number;
    return result;
}

std::optional<double> NumberField::parseOne(QString text, QString &reason) const
{
    text = text.trimmed();
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
        reason = tr("not a number");
        return std::nullopt;
    }
    if (!std::isfinite(*number)) {
        reason = tr("not a finite number");
        return std::nullopt;
    }
    return m_kind == Kind::Percent ? *number / 100.0 : *number;
}

std::optional<NumberField::Parse> NumberField::parseRange(const QString &input) const
{
    return parseRangeWith(input, [this](const QString &text, QString &reason) { return parseOne(text, reason); },
                          m_rule);
}

std::optional<NumberField::Parse> NumberField::parseRangeText(const QString &input,
                                                              const std::optional<NumberRule> &rule,
                                                              const QLocale &locale)
{
    const auto one = [&locale](const QString &text, QString &reason) -> std::optional<double> {
        const std::optional<double> number = parseAnyNumber(text.trimmed(), locale);
        if (!number) {
            reason = tr("not a number");
            return std::nullopt;
        }
        if (!std::isfinite(*number)) {
            reason = tr("not a finite number");
            return std::nullopt;
        }
        return number;
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return parseRangeWith(text, one, rule);
}

std::optional<NumberField::Parse> NumberField::parseRangeWith(
    const QString &input, const std::function<std::optional<double>(const QString &, QString &)> &one,
    const std::optional<NumberRule> &rule)
{
    const QString text = input.trimmed();
    Parse result;
    result.status = Parse::Invalid;
    auto invalid = [&](const QString &reason) {
        result.reason = reason;
        return result;
    };
    auto number = [&](const QString &part, const QString &name, double &value) {
        QString reason;
        const std::optional<double> n = one(part, reason);
        if (!n) {
            result.reason = tr("%1: %2").arg(name, reason);
            return false;
        }
        value = *n;
        return true;
    };

    Distribution d;
    // A log-normal: "200 p90 420" or "200 ~ 420 p90" (median first).
    static const QRegularExpression tilde(
        u"^(.+?)\\s*~\\s*(.+?)\\s*(?<![A-Za-z])[pP](10|90)$"_s);
    static const QRegularExpression infix(
        u"^(.+?)\\s*(?<![A-Za-z])[pP](10|90)(?![0-9])\\s*(.+)$"_s);
    QString medianText;
    QString percentileText;
    QString which;
    if (const QRegularExpressionMatch m = tilde.match(text); m.hasMatch()) {
        medianText = m.captured(1);
        percentileText = m.captured(2);
        which = m.captured(3);
    } else if (const QRegularExpressionMatch m = infix.match(text); m.hasMatch()) {
        medianText = m.captured(1);
        which = m.captured(2);
        percentileText = m.captured(3);
    }
    if (!which.isEmpty()) {
        d.kind = DistributionKind::LogNormal;
        double percentile = 0;
        if (!number(medianText, tr("median"), d.median)
            || !number(percentileText, u"p"_s + which, percentile))
            return result;
        if (!(d.median > 0) || !(percentile > 0))
            return invalid(tr("a log-normal's median and percentile must be > 0"));
        if (which == u"90"_s) {
            if (!(d.median < percentile))
                return invalid(tr("the 90th percentile must be above the median"));
            d.p90 = percentile;
        } else {
            if (!(percentile < d.median))
                return invalid(tr("the 10th percentile must be below the median"));
            d.p10 = percentile;
        }
    } else {
        // Low–likely–high, with "PERT" after it for a PERT.
        static const QRegularExpression pert(u"\\s*(?<![A-Za-z])pert$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        QString body = text;
        if (const QRegularExpressionMatch m = pert.match(body); m.hasMatch()) {
            d.kind = DistributionKind::Pert;
            body.truncate(m.capturedStart());
        }
        const QStringList parts = splitRange(body);
        if (parts.size() == 1 && d.kind == DistributionKind::Triangular)
            return std::nullopt; // a plain number
        if (parts.size() != 3)
            return invalid(tr("a range needs three numbers: low–likely–high (e.g. 180–200–260)"));
        if (!number(parts[0], tr("low"), d.low) || !number(parts[1], tr("likely"), d.likely)
            || !number(parts[2], tr("high"), d.high))
            return result;
        if (!(d.low <= d.likely && d.likely <= d.high))
            return invalid(tr("a range needs low ≤ likely ≤ high"));
    }
    if (rule) {
        Diagnostics errors;
        checkDistribution(d, *rule, "range", errors);
        if (!errors.empty()) {
            const Diagnostic &first = errors.front();
            const QString message = diagnosticMessage(first);
            if (first.path.size() > 6) // "range.low": name the number that breaks the rule
                return invalid(tr("%1: %2").arg(QString::fromStdString(first.path.substr(6)), message));
            return invalid(message);
        }
    }
    result.status = Parse::Range;
    result.range = d;
    result.value = d.pointValue();
    result.reason.clear();
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

QString NumberField::formatRange(const Distribution &range, Kind kind, const QLocale &locale)
{
    if (range.kind == DistributionKind::LogNormal) {
        const QString median = formatNumber(range.median, kind, locale);
        if (range.p90)
            return u"%1 p90 %2"_s.arg(median, formatNumber(*range.p90, kind, locale));
        if (range.p10)
            return u"%1 p10 %2"_s.arg(median, formatNumber(*range.p10, kind, locale));
        return median;
    }
    QString text = formatNumber(range.low, kind, locale) + QChar(0x2013)
                   + formatNumber(range.likely, kind, locale) + QChar(0x2013)
                   + formatNumber(range.high, kind, locale);
    if (range.kind == DistributionKind::Pert)
        text += u" PERT"_s;
    return text;
}

QString NumberField::formatPercentRange(const Distribution &range, const QString &percentPattern)
{
    QString text = formatRange(range, Kind::Percent);
    const bool pert = text.endsWith(u" PERT"_s);
    if (pert)
        text.chop(5);
    text = percentPattern.arg(text);
    return pert ? text + u" PERT"_s : text;
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
    } else if (p.status == Parse::Range) {
        m_lastRange = p.range;
        m_lastValue = p.value;
        showText(formatRange(p.range, m_kind, locale()));
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
        m_lastRange.reset();
        emit valueEdited(p.value);
        break;
    case Parse::Range:
        setUnparsed(false, {});
        m_lastValue = p.value;
        m_lastRange = p.range;
        emit rangeEdited(p.range);
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
    if (m_acceptsRanges)
        tip << tr("Type a range as low–likely–high (180–200–260); add PERT for a PERT "
                  "distribution (15–20–30 PERT). A log-normal takes its median and 90th or 10th "
                  "percentile (200 p90 420, or 200 p10 90).");
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
