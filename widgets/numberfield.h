#pragma once

#include <functional>
#include <optional>

#include <QLineEdit>
#include <QLocale>
#include <QString>

#include "models/distribution.h"
#include "models/numberrule.h"

namespace fulcrum {

/// A line edit for one number of a scenario, in the file's units (fractions, seconds,
/// currency): a Percent field holds 0.9 and shows "90 %". Text that is not a number marks
/// the field red with the reason as tooltip and emits nothing, so a half-typed entry never
/// reaches the scenario. The unit is drawn inside the field, after the number.
class NumberField : public QLineEdit
{
    Q_OBJECT

public:
    enum class Kind {
        Plain,
        Integer,
        Percent,         ///< the value is a fraction; the text is in percent
        Money,           ///< in the currency given by setCurrency()
        Seconds,
        Tokens,
        TokensPerSecond,
    };
    Q_ENUM(Kind)

    /// What a text means.
    struct Parse
    {
        enum Status { Number, Auto, Empty, Invalid, Range };
        Status status = Invalid;
        double value = 0;  ///< in the file's units (Percent: a fraction); for Number, and
                           ///< the point value (likely or median) for Range
        Distribution range; ///< in the file's units; for Range only
        QString reason;    ///< why the text is not accepted; for Invalid only
    };

    explicit NumberField(QWidget *parent = nullptr);
    explicit NumberField(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    /// The currency code a Money field shows, e.g. "USD".
    QString currency() const { return m_currency; }
    void setCurrency(const QString &code);
    /// The unit drawn after the number: the kind's own ("%", "s", "tokens", the currency)
    /// unless setUnit() gave another (an empty string shows none).
    QString unit() const;
    void setUnit(const QString &unit);

    /// With auto allowed, an empty text or "auto" chooses auto (autoChosen()).
    bool allowsAuto() const { return m_allowsAuto; }
    void setAllowsAuto(bool allows);
    /// An optional field takes an empty text as "no value" (valueCleared()).
    bool isOptional() const { return m_optional; }
    void setOptional(bool optional);

    /// A field that accepts ranges takes "180–200–260" (also "180-200-260", "180..200..260";
    /// a trailing "PERT" makes it a PERT), "200 p90 420" or "200 ~ 420 p90" (a log-normal by
    /// its median and 90th percentile; "p10" likewise) as a range (rangeEdited()).
    bool acceptsRanges() const { return m_acceptsRanges; }
    void setAcceptsRanges(bool accepts);
    /// The rule a range's numbers must satisfy (a range breaking it is not emitted).
    void setRule(const std::optional<NumberRule> &rule) { m_rule = rule; }

    /// Shows a range as the field writes ranges ("180–200–260"), without emitting. While
    /// the user types a text that already means this range, the text is left as typed.
    void setRange(const Distribution &range);
    /// Shows value, without emitting. While the user is typing in the field and the text
    /// already means this value, the text is left as typed. NaN and infinities show empty.
    void setValue(double value);
    /// Shows "auto" (empty text with an "auto" placeholder), without emitting.
    void setAuto();
    /// Shows no value (an optional field's "none"), without emitting.
    void clearValue();
    /// The current text's meaning.
    Parse parse() const { return parseText(text()); }
    Parse parseText(const QString &text) const;
    /// The value the text means, if it is a number.
    std::optional<double> value() const;
    bool isAuto() const { return parse().status == Parse::Auto; }
    /// True when the text is not a number (nor an accepted "auto" or empty).
    bool hasUnparsedInput() const { return m_unparsed; }

    /// Marks the field with a reason from validation (e.g. "must be ≥ 0, got -5"); an empty
    /// reason clears the mark. A text that is not a number is marked whatever this says.
    void setError(const QString &messageOrEmpty);
    QString error() const { return m_error; }
    /// True when the field is marked red, for either reason.
    bool isMarked() const;
    /// The one-sentence explanation shown as tooltip; reasons are added below it.
    QString helpText() const { return m_helpText; }
    void setHelpText(const QString &text);

    /// The scenario path this field edits, e.g. "traffic.requests_per_day".
    QString fieldPath() const { return m_fieldPath; }
    void setFieldPath(const QString &path);
    /// The field path plus the current visit: keystrokes of one visit (focus-in to
    /// focus-out or Return) share it, so they make one undo step; each visit gets a new one.
    QString mergeKey() const;

    /// A value as the field shows it (Percent: 0.9 → "90"), in locale, never NaN or inf.
    static QString formatNumber(double value, Kind kind, const QLocale &locale = QLocale());
    /// Parses a plain number in the given locale, then in the C locale ("1,234.5",
    /// "1234.5"); nullopt for text that is not a finite number.
    static std::optional<double> parseNumber(const QString &text, const QLocale &locale = QLocale());
    /// Parses text as a range of plain numbers (no unit), as a field of kind Plain that
    /// accepts ranges does: nullopt when the text does not look like a range (a number, or
    /// empty); else a Parse with status Range, or Invalid and the reason (also when the range
    /// breaks rule). For tables whose cells are edited as text (CatalogTableModel).
    static std::optional<Parse> parseRangeText(const QString &text, const std::optional<NumberRule> &rule = {},
                                               const QLocale &locale = QLocale());
    /// A range as a field shows it: "180–200–260", "15–20–30 PERT", "200 p90 420"
    /// (Percent: in percent), in locale.
    static QString formatRange(const Distribution &range, Kind kind, const QLocale &locale = QLocale());
    /// A range of shares as a table cell shows it: percentPattern (the caller's translated
    /// "%1%") around the numbers, the distribution after it: "85–90–93% PERT".
    static QString formatPercentRange(const Distribution &range, const QString &percentPattern);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user typed text that is a number (in the file's units).
    void valueEdited(double value);
    /// The user typed a range (acceptsRanges fields only), in the file's units.
    void rangeEdited(const fulcrum::Distribution &range);
    /// The user chose auto (allowsAuto fields only).
    void autoChosen();
    /// The user emptied an optional field.
    void valueCleared();
    /// The field started or stopped holding text that is not a number.
    void unparsedInputChanged(bool hasUnparsedInput);

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void handleTextEdited(const QString &text);
    void setUnparsed(bool unparsed, const QString &reason);
    void startVisit();
    void updateMarks();
    void updateUnitMargin();
    void showText(const QString &text);
    /// One number of the text, unit stripped, in the file's units; nullopt with reason.
    std::optional<double> parseOne(QString text, QString &reason) const;
    /// Parses text as a range: nullopt when it does not look like one.
    std::optional<Parse> parseRange(const QString &text) const;
    /// parseRange() with one number read by one (nullopt with a reason when not a number).
    static std::optional<Parse> parseRangeWith(const QString &text,
                                               const std::function<std::optional<double>(const QString &, QString &)> &one,
                                               const std::optional<NumberRule> &rule);

    Kind m_kind = Kind::Plain;
    QString m_currency = QStringLiteral("USD");
    std::optional<QString> m_unit;
    bool m_allowsAuto = false;
    bool m_optional = false;
    bool m_acceptsRanges = false;
    std::optional<NumberRule> m_rule;
    std::optional<Distribution> m_lastRange; ///< the range the field last showed or emitted
    bool m_unparsed = false;
    QString m_parseReason;
    QString m_error;
    QString m_helpText;
    QString m_fieldPath;
    std::optional<double> m_lastValue; ///< what the field last showed or emitted
    quint64 m_visit = 0;
    bool m_visitOpen = false;
};

} // namespace fulcrum
