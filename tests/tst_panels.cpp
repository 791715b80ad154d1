#include <cmath>
#include <memory>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFocusEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QAbstractItemView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "models/catalogio.h"
#include "models/scenarioio.h"
#include "models/scenariovalidation.h"
#include "widgets/economicspanel.h"
#include "widgets/evalspanel.h"
#include "widgets/evalstablemodel.h"
#include "widgets/itemroles.h"
#include "widgets/latencypanel.h"
#include "widgets/modelcombobox.h"
#include "widgets/modelcombodelegate.h"
#include "widgets/numberdelegate.h"
#include "widgets/numberfield.h"
#include "widgets/pipelinepanel.h"
#include "widgets/scenarioinfopanel.h"
#include "widgets/stepstablemodel.h"
#include "widgets/trafficpanel.h"

using namespace Qt::StringLiterals;
using namespace fulcrum;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

Catalog defaultCatalog()
{
    const CatalogLoad load = catalogFromText(
        readText(QStringLiteral(FULCRUM_SOURCE_DIR "/resources/catalog/default-catalog.json")).toStdString());
    if (!load.catalog)
        qFatal("the default catalog does not load");
    return *load.catalog;
}

Scenario exampleScenario()
{
    const ScenarioLoad load = scenarioFromText(
        readText(QStringLiteral(FULCRUM_SOURCE_DIR "/resources/examples/customer-service.fulcrum.json"))
            .toStdString());
    if (!load.scenario)
        qFatal("the example does not load");
    return *load.scenario;
}

/// What a ScenarioPanel or table model emitted, captured without QVariant round trips.
struct Edits
{
    struct Edit
    {
        Scenario scenario;
        QString mergeKey;
        QString description;
    };
    QList<Edit> list;

    template <class Sender>
    explicit Edits(Sender *sender)
    {
        QObject::connect(sender, &Sender::scenarioEdited, sender,
                         [this](const Scenario &s, const QString &key, const QString &description) {
                             list.append({s, key, description});
                         });
    }
    qsizetype count() const { return list.size(); }
    const Edit &last() const { return list.constLast(); }
};

std::vector<std::string> stepNames(const Scenario &scenario)
{
    std::vector<std::string> names;
    for (const Step &step : scenario.workload.steps)
        names.push_back(step.name);
    return names;
}

void focusIn(QWidget *widget)
{
    QFocusEvent event(QEvent::FocusIn, Qt::TabFocusReason);
    QApplication::sendEvent(widget, &event);
}

void focusOut(QWidget *widget)
{
    QFocusEvent event(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // NumberField
    void numberFieldParses_data();
    void numberFieldParses();
    void numberFieldFormats_data();
    void numberFieldFormats();
    void numberFieldTypedPercentEmitsFraction();
    void numberFieldMarksTextThatIsNotANumber();
    void numberFieldFollowsItsLocale();
    void numberFieldSetValueDoesNotEmit();
    void numberFieldKeepsTextWhileTyping();
    void numberFieldErrorFromValidation();
    void numberFieldAuto();
    void numberFieldOptional();
    void numberFieldMergeKeyPerVisit();
    void numberFieldShowsCurrency();
    void numberFieldParsesRanges_data();
    void numberFieldParsesRanges();
    void numberFieldRejectsRanges_data();
    void numberFieldRejectsRanges();

    // Form panels
    void trafficPanelTypingEmitsScenario();
    void trafficPanelSetScenarioDoesNotEmit();
    void trafficPanelUnparsedInput();
    void panelsMarkDiagnosedField();
    void economicsPanelOptionalHumanAccuracy();
    void economicsPanelMoney();
    void latencyPanelStreaming();
    void editReplacesRange();
    void rangeEditMatchesLoadedFile_data();
    void rangeEditMatchesLoadedFile();
    void tableRangeEditMatchesLoadedFile();
    void infoPanelAuthorAndNotes();

    // Steps table
    void stepsModelPassesTester();
    void stepsModelData();
    void stepsModelSetDataEmitsScenario();
    void stepsModelCacheHitRate();
    void stepsModelRenameFollowsAfter();
    void stepsModelModelChangeKeepsOfferedTier();
    void stepsModelRejectsBadValues();
    void stepsModelAddStep();
    void stepsModelDuplicateStep();
    void stepsModelRemoveStep();
    void stepsModelMoveStep();
    void stepsModelDiagnostics();

    // Pipeline panel
    void pipelinePanelActionsAndSelection();
    void pipelinePanelShortcuts();
    void pipelinePanelEmptyPipelineMessage();
    void modelComboSearchesAnyPart();

    // Evals
    void evalsModelPassesTester();
    void evalsModelEdits();
    void evalsPanelAddRemove();

    // Pictures
    void grabPanels();

private:
    Catalog m_catalog;
    Scenario m_example;
};

void TestPanels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_catalog = defaultCatalog();
    m_example = exampleScenario();
    QCOMPARE(m_example.workload.steps.size(), std::size_t(2));
}

// --- NumberField ----------------------------------------------------------------------

void TestPanels::numberFieldParses_data()
{
    QTest::addColumn<NumberField::Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isNumber");
    QTest::addColumn<double>("value");

    using K = NumberField::Kind;
    QTest::newRow("plain") << K::Plain << u"42"_s << true << 42.0;
    QTest::newRow("grouped, current locale") << K::Plain << u"1,234.5"_s << true << 1234.5;
    QTest::newRow("C locale") << K::Plain << u"1234.5"_s << true << 1234.5;
    QTest::newRow("blanks around") << K::Plain << u"  7 "_s << true << 7.0;
    QTest::newRow("spaces as thousands") << K::Plain << u"100 000"_s << true << 100000.0;
    QTest::newRow("exponent") << K::Plain << u"1e3"_s << true << 1000.0;
    QTest::newRow("negative") << K::Plain << u"-5"_s << true << -5.0;
    QTest::newRow("percent 90 is 0.9") << K::Percent << u"90"_s << true << 0.9;
    QTest::newRow("percent with sign") << K::Percent << u"90 %"_s << true << 0.9;
    QTest::newRow("percent with sign, no space") << K::Percent << u"12.5%"_s << true << 0.125;
    QTest::newRow("seconds with unit") << K::Seconds << u"0.2 s"_s << true << 0.2;
    QTest::newRow("money with code") << K::Money << u"20 USD"_s << true << 20.0;
    QTest::newRow("money with symbol") << K::Money << u"$1,000"_s << true << 1000.0;
    QTest::newRow("tokens with unit") << K::Tokens << u"1,500 tokens"_s << true << 1500.0;
    QTest::newRow("letters") << K::Plain << u"abc"_s << false << 0.0;
    QTest::newRow("number then letters") << K::Plain << u"12abc"_s << false << 0.0;
    QTest::newRow("minus alone") << K::Plain << u"-"_s << false << 0.0;
    QTest::newRow("empty") << K::Plain << QString() << false << 0.0;
    QTest::newRow("inf") << K::Plain << u"inf"_s << false << 0.0;
    QTest::newRow("nan") << K::Plain << u"nan"_s << false << 0.0;
    QTest::newRow("overflow") << K::Plain << u"1e999"_s << false << 0.0;
}

void TestPanels::numberFieldParses()
{
    QFETCH(NumberField::Kind, kind);
    QFETCH(QString, text);
    QFETCH(bool, isNumber);
    QFETCH(double, value);

    NumberField field(kind);
    const NumberField::Parse parse = field.parseText(text);
    QCOMPARE(parse.status == NumberField::Parse::Number, isNumber);
    if (isNumber)
        QVERIFY2(std::abs(parse.value - value) < 1e-12, qPrintable(QString::number(parse.value)));
    else
        QVERIFY(!parse.reason.isEmpty());
}

void TestPanels::numberFieldFormats_data()
{
    QTest::addColumn<NumberField::Kind>("kind");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");

    using K = NumberField::Kind;
    QTest::newRow("grouped") << K::Plain << 100000.0 << u"100,000"_s;
    QTest::newRow("decimals") << K::Seconds << 0.2 << u"0.2"_s;
    QTest::newRow("percent") << K::Percent << 0.9 << u"90"_s;
    QTest::newRow("percent noise hidden") << K::Percent << 0.07 << u"7"_s;
    QTest::newRow("percent fraction") << K::Percent << 0.125 << u"12.5"_s;
    QTest::newRow("integer") << K::Integer << 12.0 << u"12"_s;
    QTest::newRow("negative zero") << K::Plain << -0.0 << u"0"_s;
    QTest::newRow("NaN shows nothing") << K::Plain << double(NAN) << QString();
    QTest::newRow("inf shows nothing") << K::Plain << double(INFINITY) << QString();
}

void TestPanels::numberFieldFormats()
{
    QFETCH(NumberField::Kind, kind);
    QFETCH(double, value);
    QFETCH(QString, text);

    QCOMPARE(NumberField::formatNumber(value, kind, QLocale(QLocale::English)), text);
    NumberField field(kind);
    field.setLocale(QLocale(QLocale::English));
    field.setValue(value);
    QCOMPARE(field.text(), text);
}

void TestPanels::numberFieldTypedPercentEmitsFraction()
{
    NumberField field(NumberField::Kind::Percent);
    QSignalSpy edited(&field, &NumberField::valueEdited);
    QTest::keyClicks(&field, u"90"_s);
    QCOMPARE(edited.count(), 2); // "9", then "90"
    QCOMPARE(edited.last().at(0).toDouble(), 0.9);
    QCOMPARE(field.value(), std::optional<double>(0.9));
    QCOMPARE(field.unit(), u"%"_s);
}

void TestPanels::numberFieldMarksTextThatIsNotANumber()
{
    NumberField field;
    field.setHelpText(u"How many."_s);
    field.setValue(5);
    QSignalSpy edited(&field, &NumberField::valueEdited);
    QSignalSpy unparsed(&field, &NumberField::unparsedInputChanged);

    field.selectAll();
    QTest::keyClicks(&field, u"abc"_s);
    QCOMPARE(edited.count(), 0);
    QVERIFY(field.hasUnparsedInput());
    QVERIFY(field.isMarked());
    QCOMPARE(field.property("invalid").toBool(), true);
    QVERIFY(field.toolTip().startsWith(u"How many."_s));
    QVERIFY2(field.toolTip().contains(u"not a number"_s), qPrintable(field.toolTip()));
    QCOMPARE(unparsed.count(), 1);
    QCOMPARE(unparsed.last().at(0).toBool(), true);

    // Fixing the text clears the mark and emits the value.
    field.selectAll();
    QTest::keyClicks(&field, u"8"_s);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.last().at(0).toDouble(), 8.0);
    QVERIFY(!field.hasUnparsedInput());
    QCOMPARE(field.property("invalid").toBool(), false);
    QCOMPARE(field.toolTip(), u"How many."_s);
    QCOMPARE(unparsed.count(), 2);
    QCOMPARE(unparsed.last().at(0).toBool(), false);
}

void TestPanels::numberFieldFollowsItsLocale()
{
    NumberField field;
    field.setLocale(QLocale(QLocale::German, QLocale::Germany));
    field.setValue(1234.5);
    QCOMPARE(field.text(), u"1.234,5"_s);
    QCOMPARE(field.parseText(u"1.234,5"_s).value, 1234.5);
    QCOMPARE(field.parseText(u"0,25"_s).value, 0.25);
    // Numbers pasted from elsewhere, in the C locale, are understood too.
    QCOMPARE(field.parseText(u"1234.5"_s).value, 1234.5);

    NumberField french(NumberField::Kind::Percent);
    french.setLocale(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(french.parseText(u"12,5 %"_s).value, 0.125);
}

void TestPanels::numberFieldSetValueDoesNotEmit()
{
    NumberField field;
    QSignalSpy edited(&field, &NumberField::valueEdited);
    QSignalSpy textEdited(&field, &QLineEdit::textEdited);
    QSignalSpy textChanged(&field, &QLineEdit::textChanged);
    field.setValue(3);
    field.setValue(4);
    QCOMPARE(field.text(), u"4"_s);
    QCOMPARE(edited.count(), 0);
    QCOMPARE(textEdited.count(), 0);
    QCOMPARE(textChanged.count(), 0);
}

void TestPanels::numberFieldKeepsTextWhileTyping()
{
    NumberField field(NumberField::Kind::Plain);
    field.setValue(1);
    field.selectAll();
    // The document echoes each keystroke back, as the window does.
    connect(&field, &NumberField::valueEdited, &field, [&field](double v) { field.setValue(v); });
    QTest::keyClicks(&field, u"2000.50"_s);
    QCOMPARE(field.text(), u"2000.50"_s);
    QCOMPARE(field.cursorPosition(), 7);
    // Another value (an undo) replaces the text even while typing.
    field.setValue(3);
    QCOMPARE(field.text(), u"3"_s);
    // After the visit the number is shown the field's way.
    field.setText(u"2000.50"_s);
    focusIn(&field);
    focusOut(&field);
    QCOMPARE(field.text(), u"2,000.5"_s);
}

void TestPanels::numberFieldErrorFromValidation()
{
    NumberField field;
    field.setHelpText(u"Help."_s);
    field.setError(u"must be ≥ 0, got -5"_s);
    QVERIFY(field.isMarked());
    QVERIFY(field.toolTip().contains(u"must be ≥ 0, got -5"_s));
    QCOMPARE(field.property("invalid").toBool(), true);
    field.setError({});
    QVERIFY(!field.isMarked());
    QCOMPARE(field.toolTip(), u"Help."_s);
}

void TestPanels::numberFieldAuto()
{
    NumberField field(NumberField::Kind::Percent);
    field.setAllowsAuto(true);
    field.setValue(0.8);
    QSignalSpy autoChosen(&field, &NumberField::autoChosen);
    QSignalSpy edited(&field, &NumberField::valueEdited);
    field.selectAll();
    QTest::keyClicks(&field, u"auto"_s);
    QVERIFY(autoChosen.count() >= 1);
    QVERIFY(field.isAuto());
    QVERIFY(!field.hasUnparsedInput());
    field.selectAll();
    QTest::keyClick(&field, Qt::Key_Backspace); // empty is auto too
    QCOMPARE(field.text(), QString());
    QVERIFY(field.isAuto());
    QCOMPARE(edited.count(), 0);
    field.setAuto();
    QCOMPARE(field.placeholderText(), u"auto"_s);
}

void TestPanels::numberFieldOptional()
{
    NumberField field(NumberField::Kind::Percent);
    field.setOptional(true);
    field.setValue(0.66);
    QSignalSpy cleared(&field, &NumberField::valueCleared);
    field.selectAll();
    QTest::keyClick(&field, Qt::Key_Backspace);
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!field.hasUnparsedInput());

    NumberField required;
    required.setValue(1);
    required.selectAll();
    QTest::keyClick(&required, Qt::Key_Backspace);
    QVERIFY(required.hasUnparsedInput()); // a required number may not be empty
}

void TestPanels::numberFieldMergeKeyPerVisit()
{
    NumberField field;
    field.setFieldPath(u"traffic.requests_per_day"_s);
    QStringList keys;
    connect(&field, &NumberField::valueEdited, &field, [&] { keys << field.mergeKey(); });

    focusIn(&field);
    QTest::keyClicks(&field, u"12"_s);
    focusOut(&field);
    focusIn(&field);
    QTest::keyClicks(&field, u"3"_s);
    QCOMPARE(keys.size(), 3);
    QVERIFY(keys[0].startsWith(u"traffic.requests_per_day"_s));
    QCOMPARE(keys[0], keys[1]); // one visit, one undo step
    QVERIFY(keys[1] != keys[2]); // a later visit is a new step

    // Return ends a visit as well.
    QTest::keyClick(&field, Qt::Key_Return);
    QTest::keyClicks(&field, u"4"_s);
    QCOMPARE(keys.size(), 4);
    QVERIFY(keys[3] != keys[2]);

    // Two fields never share a key.
    NumberField other;
    other.setFieldPath(u"traffic.requests_per_day"_s);
    focusIn(&other);
    QVERIFY(other.mergeKey() != field.mergeKey());
}

void TestPanels::numberFieldShowsCurrency()
{
    NumberField field(NumberField::Kind::Money);
    QCOMPARE(field.unit(), u"USD"_s);
    field.setCurrency(u"EUR"_s);
    QCOMPARE(field.unit(), u"EUR"_s);
    field.setUnit(u"EUR a month"_s);
    QCOMPARE(field.unit(), u"EUR a month"_s);
    QCOMPARE(NumberField(NumberField::Kind::Seconds).unit(), u"s"_s);
}

void TestPanels::numberFieldParsesRanges_data()
{
    QTest::addColumn<NumberField::Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("json");  // the range as the file writes it
    QTest::addColumn<QString>("shown"); // how the field writes it back

    using K = NumberField::Kind;
    const QString tri = uR"({"low":180,"likely":200,"high":260,"dist":"triangular"})"_s;
    QTest::newRow("en dashes") << K::Plain << u"180–200–260"_s << tri << u"180–200–260"_s;
    QTest::newRow("hyphens") << K::Plain << u"180-200-260"_s << tri << u"180–200–260"_s;
    QTest::newRow("dots") << K::Plain << u"180..200..260"_s << tri << u"180–200–260"_s;
    QTest::newRow("spaces") << K::Tokens << u" 180 – 200 – 260 tokens "_s << tri << u"180–200–260"_s;
    QTest::newRow("grouped")
        << K::Plain << u"1,000-2,000-5,000"_s
        << uR"({"low":1000,"likely":2000,"high":5000,"dist":"triangular"})"_s << u"1,000–2,000–5,000"_s;
    QTest::newRow("pert") << K::Money << u"15–20–30 pert"_s
                          << uR"({"low":15,"likely":20,"high":30,"dist":"pert"})"_s << u"15–20–30 PERT"_s;
    QTest::newRow("pert with currency")
        << K::Money << u"$15-$20-30 USD PERT"_s << uR"({"low":15,"likely":20,"high":30,"dist":"pert"})"_s
        << u"15–20–30 PERT"_s;
    QTest::newRow("percent")
        << K::Percent << u"85–90–93"_s << uR"({"low":0.85,"likely":0.9,"high":0.93,"dist":"triangular"})"_s
        << u"85–90–93"_s;
    QTest::newRow("percent signs")
        << K::Percent << u"85 %-90 %-93 %"_s
        << uR"({"low":0.85,"likely":0.9,"high":0.93,"dist":"triangular"})"_s << u"85–90–93"_s;
    QTest::newRow("negative percent")
        << K::Percent << u"-5–0–10"_s << uR"({"low":-0.05,"likely":0,"high":0.1,"dist":"triangular"})"_s
        << u"-5–0–10"_s;
    QTest::newRow("negative with hyphens")
        << K::Percent << u"-5-0-10"_s << uR"({"low":-0.05,"likely":0,"high":0.1,"dist":"triangular"})"_s
        << u"-5–0–10"_s;
    QTest::newRow("two negatives")
        << K::Percent << u"-10--5-0"_s << uR"({"low":-0.1,"likely":-0.05,"high":0,"dist":"triangular"})"_s
        << u"-10–-5–0"_s;
    QTest::newRow("equal ends") << K::Plain << u"3-3-3"_s
                                << uR"({"low":3,"likely":3,"high":3,"dist":"triangular"})"_s << u"3–3–3"_s;
    QTest::newRow("log-normal p90") << K::Tokens << u"200 p90 420"_s
                                    << uR"({"median":200,"p90":420,"dist":"lognormal"})"_s << u"200 p90 420"_s;
    QTest::newRow("log-normal tilde") << K::Tokens << u"200 ~ 420 p90"_s
                                      << uR"({"median":200,"p90":420,"dist":"lognormal"})"_s << u"200 p90 420"_s;
    QTest::newRow("log-normal p10") << K::TokensPerSecond << u"60 P10 25"_s
                                    << uR"({"median":60,"p10":25,"dist":"lognormal"})"_s << u"60 p10 25"_s;
    QTest::newRow("log-normal grouped")
        << K::Plain << u"1,200p90 4,000"_s << uR"({"median":1200,"p90":4000,"dist":"lognormal"})"_s
        << u"1,200 p90 4,000"_s;
}

void TestPanels::numberFieldParsesRanges()
{
    QFETCH(NumberField::Kind, kind);
    QFETCH(QString, text);
    QFETCH(QString, json);
    QFETCH(QString, shown);

    NumberField field(kind);
    field.setAcceptsRanges(true);
    const NumberField::Parse parse = field.parseText(text);
    QVERIFY2(parse.status == NumberField::Parse::Range, qPrintable(parse.reason));
    const Json got = distributionToJson(parse.range);
    QVERIFY2(got == Json::parse(json.toStdString()), got.dump().c_str());
    QCOMPARE(parse.value, parse.range.pointValue());
    QCOMPARE(NumberField::formatRange(parse.range, kind), shown);
    const NumberField::Parse again = field.parseText(shown);
    QCOMPARE(again.status, NumberField::Parse::Range);
    QVERIFY(again.range == parse.range);

    // The field shows a range it is given, and emits what is typed.
    field.setRange(parse.range);
    QCOMPARE(field.text(), shown);
    QSignalSpy ranges(&field, &NumberField::rangeEdited);
    QSignalSpy values(&field, &NumberField::valueEdited);
    field.clear();
    QTest::keyClicks(&field, u"7"_s);
    QCOMPARE(values.count(), 1); // a plain number is still a number
    QCOMPARE(ranges.count(), 0);

    // A field that takes no ranges takes the text for what it was before: not a number.
    NumberField plain(kind);
    QCOMPARE(plain.parseText(text).status, NumberField::Parse::Invalid);
}

void TestPanels::numberFieldRejectsRanges_data()
{
    QTest::addColumn<NumberField::Kind>("kind");
    QTest::addColumn<bool>("share"); // the rule: a share, or ≥ 0
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    using K = NumberField::Kind;
    QTest::newRow("two numbers") << K::Plain << false << u"180–260"_s << u"three numbers"_s;
    QTest::newRow("four numbers") << K::Plain << false << u"1-2-3-4"_s << u"three numbers"_s;
    QTest::newRow("half typed") << K::Plain << false << u"180-200-"_s << u"high: not a number"_s;
    QTest::newRow("pert alone") << K::Plain << false << u"200 pert"_s << u"three numbers"_s;
    QTest::newRow("out of order") << K::Plain << false << u"200–180–260"_s << u"low ≤ likely ≤ high"_s;
    QTest::newRow("high below likely") << K::Percent << false << u"85–90–80"_s << u"low ≤ likely ≤ high"_s;
    QTest::newRow("word") << K::Plain << false << u"180–abc–260"_s << u"likely: not a number"_s;
    QTest::newRow("negative under a ≥ 0 rule") << K::Plain << false << u"-5–0–10"_s << u"low: must be ≥ 0"_s;
    QTest::newRow("share above 1") << K::Percent << true << u"50–90–120"_s << u"high: must be between 0 and 1"_s;
    QTest::newRow("p90 below median") << K::Tokens << false << u"200 p90 100"_s << u"90th percentile must be above"_s;
    QTest::newRow("p10 above median") << K::Tokens << false << u"200 p10 300"_s << u"10th percentile must be below"_s;
    QTest::newRow("log-normal at zero") << K::Plain << false << u"0 p90 10"_s << u"must be > 0"_s;
    QTest::newRow("negative log-normal") << K::Percent << false << u"-5 p90 10"_s << u"must be > 0"_s;
    QTest::newRow("percentile not a number") << K::Tokens << false << u"200 p90 x"_s << u"p90: not a number"_s;
}

void TestPanels::numberFieldRejectsRanges()
{
    QFETCH(NumberField::Kind, kind);
    QFETCH(bool, share);
    QFETCH(QString, text);
    QFETCH(QString, reason);

    NumberField field(kind);
    field.setAcceptsRanges(true);
    field.setRule(share ? NumberRule {Bound::Share} : NumberRule {Bound::NonNegative});
    const NumberField::Parse parse = field.parseText(text);
    QCOMPARE(parse.status, NumberField::Parse::Invalid);
    QVERIFY2(parse.reason.contains(reason), qPrintable(parse.reason));

    // Typed, it marks the field with the reason and emits nothing.
    QSignalSpy ranges(&field, &NumberField::rangeEdited);
    QSignalSpy values(&field, &NumberField::valueEdited);
    QTest::keyClicks(&field, u"5"_s);
    field.selectAll();
    field.insert(text); // insert() emits textEdited like typing, whatever the characters
    QVERIFY(field.isMarked());
    QVERIFY2(field.toolTip().contains(reason), qPrintable(field.toolTip()));
    QCOMPARE(ranges.count(), 0);
    QCOMPARE(values.count(), 1); // the "5" only
    QVERIFY(field.toolTip().contains(u"low–likely–high"_s)); // the syntax, explained
}

// --- Form panels ----------------------------------------------------------------------

void TestPanels::trafficPanelTypingEmitsScenario()
{
    TrafficPanel panel;
    panel.setScenario(m_example, m_catalog);
    Edits edits(&panel);
    NumberField *requests = panel.field(u"traffic.requests_per_day"_s);
    QVERIFY(requests);
    QCOMPARE(requests->text(), u"100,000"_s);

    requests->selectAll();
    QTest::keyClicks(requests, u"2000"_s);
    QCOMPARE(edits.count(), 4);
    Scenario expected = m_example;
    expected.traffic.requestsPerDay = 2000;
    QCOMPARE(edits.last().scenario, expected); // nothing else changed
    QCOMPARE(edits.last().description, u"Change requests per day"_s);
    QVERIFY(edits.last().mergeKey.startsWith(u"traffic.requests_per_day"_s));
    for (const Edits::Edit &edit : edits.list)
        QCOMPARE(edit.mergeKey, edits.last().mergeKey);

    // A later edit of another field builds on this one even before an echo.
    NumberField *growth = panel.field(u"traffic.monthly_growth"_s);
    growth->selectAll();
    QTest::keyClicks(growth, u"5"_s);
    QCOMPARE(edits.last().scenario.traffic.monthlyGrowth, 0.05);
    QCOMPARE(edits.last().scenario.traffic.requestsPerDay, 2000.0);
    QVERIFY(edits.last().mergeKey.startsWith(u"traffic.monthly_growth"_s));
}

void TestPanels::infoPanelAuthorAndNotes()
{
    ScenarioInfoPanel panel;
    Edits edits(&panel);
    Scenario shown = m_example;
    shown.author = "Ops";
    shown.notes = "First line\nsecond line";
    panel.setScenario(shown, m_catalog);
    QCOMPARE(panel.authorEdit()->text(), u"Ops"_s);
    QCOMPARE(panel.notesEdit()->toPlainText(), u"First line\nsecond line"_s);
    QCOMPARE(edits.count(), 0);

    QTest::keyClicks(panel.authorEdit(), u" team"_s);
    QCOMPARE(edits.last().scenario.author, "Ops team");
    QCOMPARE(edits.last().description, u"Change the author"_s);
    const QString authorKey = edits.last().mergeKey;

    panel.notesEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(panel.notesEdit(), u"!"_s);
    Scenario expected = shown;
    expected.author = "Ops team";
    expected.notes = "First line\nsecond line!";
    QCOMPARE(edits.last().scenario, expected); // nothing else changed
    QCOMPARE(edits.last().description, u"Change the notes"_s);
    QVERIFY(edits.last().mergeKey != authorKey);

    // Leaving the notes starts a new undo step on the next visit.
    const QString notesKey = edits.last().mergeKey;
    focusOut(panel.notesEdit());
    QTest::keyClicks(panel.notesEdit(), u"?"_s);
    QVERIFY(edits.last().mergeKey != notesKey);
}

void TestPanels::trafficPanelSetScenarioDoesNotEmit()
{
    TrafficPanel panel;
    Edits edits(&panel);
    QSignalSpy unparsed(&panel, &ScenarioPanel::unparsedInputChanged);
    panel.setScenario(m_example, m_catalog);
    Scenario other = m_example;
    other.traffic.horizonMonths = 24;
    panel.setScenario(other, m_catalog);
    QCOMPARE(panel.field(u"traffic.horizon_months"_s)->text(), u"24"_s);
    QCOMPARE(panel.field(u"traffic.monthly_growth"_s)->text(), u"10"_s);
    QCOMPARE(panel.field(u"traffic.async_share"_s)->text(), u"0"_s);
    QCOMPARE(edits.count(), 0);
    QCOMPARE(unparsed.count(), 0);
    QCOMPARE(panel.fieldPaths(),
             QStringList({u"traffic.requests_per_day"_s, u"traffic.monthly_growth"_s,
                          u"traffic.horizon_months"_s, u"traffic.peak_to_average"_s,
                          u"traffic.async_share"_s}));
    // Every field explains itself.
    for (const QString &path : panel.fieldPaths())
        QVERIFY2(!panel.field(path)->toolTip().isEmpty(), qPrintable(path));
}

void TestPanels::trafficPanelUnparsedInput()
{
    TrafficPanel panel;
    panel.setScenario(m_example, m_catalog);
    Edits edits(&panel);
    QSignalSpy unparsed(&panel, &ScenarioPanel::unparsedInputChanged);
    NumberField *peak = panel.field(u"traffic.peak_to_average"_s);
    peak->selectAll();
    QTest::keyClicks(peak, u"x"_s);
    QCOMPARE(edits.count(), 0);
    QCOMPARE(unparsed.count(), 1);
    QCOMPARE(unparsed.last().at(0).toBool(), true);
    QVERIFY(panel.hasUnparsedInput());
    // The document shows another scenario (an undo): the text is replaced, the flag clears.
    Scenario other = m_example;
    other.traffic.peakToAverage = 4;
    panel.setScenario(other, m_catalog);
    QCOMPARE(peak->text(), u"4"_s);
    QCOMPARE(unparsed.count(), 2);
    QCOMPARE(unparsed.last().at(0).toBool(), false);
}

void TestPanels::panelsMarkDiagnosedField()
{
    TrafficPanel traffic;
    Scenario bad = m_example;
    bad.traffic.horizonMonths = 0;
    bad.traffic.asyncShare = 1.5;
    traffic.setScenario(bad, m_catalog);
    const Diagnostics errors = validateScenario(bad, m_catalog);
    traffic.setDiagnostics(errors);
    for (const QString &path : traffic.fieldPaths()) {
        const bool expected = path == u"traffic.horizon_months"_s || path == u"traffic.async_share"_s;
        QCOMPARE(traffic.field(path)->isMarked(), expected);
    }
    QCOMPARE(traffic.field(u"traffic.async_share"_s)->error(), u"must be between 0 and 1, got 1.5"_s);
    QVERIFY(traffic.field(u"traffic.async_share"_s)->toolTip().contains(u"must be between 0 and 1, got 1.5"_s));
    traffic.setDiagnostics({});
    QVERIFY(!traffic.field(u"traffic.horizon_months"_s)->isMarked());

    LatencyPanel latency;
    latency.setDiagnostics({{"workload.latency_budget_s", "not_positive", {{"value", 0}}}});
    QVERIFY(latency.field(u"workload.latency_budget_s"_s)->isMarked());
    QVERIFY(!latency.field(u"workload.network_overhead_s"_s)->isMarked());

    EconomicsPanel economics;
    economics.setDiagnostics({{"economics.cost_per_churn", "negative", {{"value", -5}}}});
    QCOMPARE(economics.field(u"economics.cost_per_churn"_s)->error(), u"must be ≥ 0, got -5"_s);
    QVERIFY(!economics.field(u"economics.value_per_success"_s)->isMarked());
}

void TestPanels::economicsPanelOptionalHumanAccuracy()
{
    EconomicsPanel panel;
    panel.setScenario(m_example, m_catalog);
    Edits edits(&panel);
    NumberField *human = panel.field(u"economics.human_accuracy"_s);
    QCOMPARE(human->text(), u"66"_s);
    human->selectAll();
    QTest::keyClick(human, Qt::Key_Backspace);
    QCOMPARE(edits.count(), 1);
    QCOMPARE(edits.last().scenario.economics.humanAccuracy, std::nullopt);
    QCOMPARE(edits.last().description, u"Change human accuracy"_s);
    QVERIFY(!panel.hasUnparsedInput());
    QTest::keyClicks(human, u"70"_s);
    QCOMPARE(edits.last().scenario.economics.humanAccuracy, std::optional<double>(0.7));

    Scenario none = m_example;
    none.economics.humanAccuracy.reset();
    panel.setScenario(none, m_catalog);
    QCOMPARE(human->text(), QString());
    QCOMPARE(human->placeholderText(), u"none"_s);
}

void TestPanels::economicsPanelMoney()
{
    EconomicsPanel panel;
    Scenario euros = m_example;
    euros.currency = "EUR";
    panel.setScenario(euros, m_catalog);
    QCOMPARE(panel.field(u"economics.value_per_success"_s)->unit(), u"EUR"_s);
    QCOMPARE(panel.field(u"economics.monthly_fixed_costs"_s)->unit(), u"EUR a month"_s);
    QCOMPARE(panel.field(u"economics.target_accuracy"_s)->text(), u"90"_s);
    QCOMPARE(panel.field(u"economics.cost_per_churn"_s)->text(), u"1,000"_s);

    Edits edits(&panel);
    NumberField *target = panel.field(u"economics.target_accuracy"_s);
    target->selectAll();
    QTest::keyClicks(target, u"95"_s);
    QCOMPARE(edits.last().scenario.economics.targetAccuracy, 0.95);
    QCOMPARE(edits.last().description, u"Change target accuracy"_s);
}

void TestPanels::latencyPanelStreaming()
{
    LatencyPanel panel;
    panel.setScenario(m_example, m_catalog);
    QCOMPARE(panel.field(u"workload.latency_budget_s"_s)->text(), u"5"_s);
    QCOMPARE(panel.field(u"workload.network_overhead_s"_s)->unit(), u"s"_s);
    QVERIFY(panel.streamingCheckBox()->isChecked());
    Edits edits(&panel);
    Scenario off = m_example;
    off.workload.streaming = false;
    panel.setScenario(off, m_catalog); // no edit
    QVERIFY(!panel.streamingCheckBox()->isChecked());
    QCOMPARE(edits.count(), 0);
    panel.setScenario(m_example, m_catalog);
    QTest::mouseClick(panel.streamingCheckBox(), Qt::LeftButton);
    QCOMPARE(edits.count(), 1);
    QCOMPARE(edits.last().scenario, off);
    QCOMPARE(edits.last().mergeKey, QString());

    NumberField *budget = panel.field(u"workload.latency_budget_s"_s);
    budget->selectAll();
    QTest::keyClicks(budget, u"2.5"_s);
    QCOMPARE(edits.last().scenario.workload.latencyBudgetS, 2.5);
    QCOMPARE(edits.last().scenario.workload.streaming, false); // built on the click
}

void TestPanels::editReplacesRange()
{
    const ScenarioLoad load = scenarioFromText(R"({
        "format": "fulcrum-scenario", "version": 1,
        "traffic": {"requests_per_day": {"low": 500, "likely": 1000, "high": 3000, "dist": "triangular"}},
        "economics": {"value_per_success": 20, "cost_per_escalation": 40},
        "workload": {"latency_budget_s": 3, "steps": [{"name": "a", "model": "gpt-4o",
            "output_tokens": {"median": 200, "p90": 420, "dist": "lognormal"}}]}
    })");
    QVERIFY(load.scenario);
    const Scenario ranged = *load.scenario;

    TrafficPanel panel;
    panel.setScenario(ranged, m_catalog);
    NumberField *requests = panel.field(u"traffic.requests_per_day"_s);
    QCOMPARE(requests->text(), u"500–1,000–3,000"_s);
    QVERIFY2(requests->toolTip().contains(u"low 500, likely 1,000, high 3,000"_s), qPrintable(requests->toolTip()));
    Edits edits(&panel);
    requests->selectAll();
    QTest::keyClicks(requests, u"9"_s);
    QCOMPARE(edits.last().scenario.traffic.requestsPerDay, 9.0);
    QVERIFY(edits.last().scenario.traffic.ranges.empty());

    StepsTableModel model;
    model.setScenario(ranged, m_catalog);
    const QModelIndex output = model.index(0, StepsTableModel::OutputTokens);
    QCOMPARE(output.data().toString(), u"200 p90 420"_s);
    QVERIFY(output.data(Qt::ToolTipRole).toString().contains(u"median 200"_s));
    Edits stepEdits(&model);
    QVERIFY(model.setData(output, 250.0));
    QVERIFY(stepEdits.last().scenario.workload.steps[0].ranges.empty());
}

void TestPanels::rangeEditMatchesLoadedFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("json");  // the same range written in the file
    QTest::addColumn<QString>("shown"); // the field's text after the visit

    QTest::newRow("requests") << u"traffic.requests_per_day"_s << u"500-1000-3000"_s
                              << uR"({"low":500,"likely":1000,"high":3000,"dist":"triangular"})"_s
                              << u"500–1,000–3,000"_s;
    QTest::newRow("negative growth, PERT") << u"traffic.monthly_growth"_s << u"-5-0-10 pert"_s
                                           << uR"({"low":-0.05,"likely":0,"high":0.1,"dist":"pert"})"_s
                                           << u"-5–0–10 PERT"_s;
    QTest::newRow("value with currency") << u"economics.value_per_success"_s << u"$15..$20..$30"_s
                                         << uR"({"low":15,"likely":20,"high":30,"dist":"triangular"})"_s
                                         << u"15–20–30"_s;
    QTest::newRow("churn in percent") << u"economics.churn_rate_per_failure"_s << u"1-2-5"_s
                                      << uR"({"low":0.01,"likely":0.02,"high":0.05,"dist":"triangular"})"_s
                                      << u"1–2–5"_s;
    QTest::newRow("budget log-normal") << u"workload.latency_budget_s"_s << u"2 ~ 4 p90"_s
                                       << uR"({"median":2,"p90":4,"dist":"lognormal"})"_s
                                       << u"2 p90 4"_s;
    QTest::newRow("overhead p10") << u"workload.network_overhead_s"_s << u"0.2 p10 0.1"_s
                                  << uR"({"median":0.2,"p10":0.1,"dist":"lognormal"})"_s
                                  << u"0.2 p10 0.1"_s;
}

void TestPanels::rangeEditMatchesLoadedFile()
{
    QFETCH(QString, path);
    QFETCH(QString, typed);
    QFETCH(QString, json);
    QFETCH(QString, shown);

    Json file = Json::parse(R"({
        "format": "fulcrum-scenario", "version": 1,
        "traffic": {"requests_per_day": 800, "monthly_growth": 0.03},
        "economics": {"value_per_success": 12, "cost_per_escalation": 40, "churn_rate_per_failure": 0.04},
        "workload": {"latency_budget_s": 3, "network_overhead_s": 0.3,
                     "steps": [{"name": "a", "model": "gpt-4o", "output_tokens": 200}]}
    })");
    const ScenarioLoad plainLoad = scenarioFromText(file.dump());
    QVERIFY(plainLoad.scenario);
    const std::string section = path.section(u'.', 0, 0).toStdString();
    const std::string key = path.section(u'.', 1).toStdString();
    file[section][key] = Json::parse(json.toStdString());
    const ScenarioLoad rangedLoad = scenarioFromText(file.dump());
    QVERIFY(rangedLoad.scenario);

    std::unique_ptr<FormPanel> panel;
    if (section == "traffic")
        panel = std::make_unique<TrafficPanel>();
    else if (section == "economics")
        panel = std::make_unique<EconomicsPanel>();
    else
        panel = std::make_unique<LatencyPanel>();
    panel->setScenario(*plainLoad.scenario, m_catalog);
    NumberField *field = panel->field(path);
    QVERIFY(field);
    QVERIFY(field->acceptsRanges());
    QVERIFY(field->toolTip().contains(u"low–likely–high"_s));

    Edits edits(panel.get());
    focusIn(field);
    field->selectAll();
    QTest::keyClicks(field, typed);
    QVERIFY2(!field->isMarked(), qPrintable(field->toolTip()));
    QVERIFY(edits.count() > 0);
    QVERIFY(edits.last().scenario == *rangedLoad.scenario);
    for (const Edits::Edit &edit : edits.list)
        QCOMPARE(edit.mergeKey, edits.last().mergeKey); // one visit, one undo step

    // The document echoes the edit: the typed text stays until the visit ends.
    panel->setScenario(edits.last().scenario, m_catalog);
    QCOMPARE(field->text(), typed);
    focusOut(field);
    QCOMPARE(field->text(), shown);

    // Loading the ranged file shows the range; typing a number replaces it.
    panel->setScenario(*rangedLoad.scenario, m_catalog);
    QCOMPARE(field->text(), shown);
    focusIn(field);
    field->selectAll();
    QTest::keyClicks(field, u"1"_s);
    QVERIFY(edits.last().scenario.traffic.ranges.empty());
    QVERIFY(edits.last().scenario.economics.ranges.empty());
    QVERIFY(edits.last().scenario.workload.ranges.empty());
    focusOut(field);
}

void TestPanels::tableRangeEditMatchesLoadedFile()
{
    auto load = [](const char *outputTokens, const char *accuracy) {
        const std::string text = std::string(R"({"format": "fulcrum-scenario", "version": 1,
            "traffic": {"requests_per_day": 1000},
            "economics": {"value_per_success": 20, "cost_per_escalation": 40},
            "workload": {"latency_budget_s": 3, "steps": [{"name": "a", "model": "gpt-4o",
                "output_tokens": )") + outputTokens + R"(}]},
            "evals": {"gpt-4o": {"accuracy": )" + accuracy + R"(, "eval_size": 200}}})";
        const ScenarioLoad l = scenarioFromText(text);
        if (!l.scenario)
            qFatal("the test scenario does not load");
        return *l.scenario;
    };
    const Scenario plain = load("150", "0.8");
    const Scenario ranged = load(R"({"median": 200, "p90": 420, "dist": "lognormal"})",
                                 R"({"low": 0.85, "likely": 0.9, "high": 0.93, "dist": "pert"})");
    QVERIFY(!ranged.workload.steps[0].ranges.empty());
    QVERIFY(!ranged.evals.at("gpt-4o").ranges.empty());

    NumberDelegate delegate;
    QWidget parent;
    auto typeInto = [&](QAbstractItemModel &model, const QModelIndex &index, const QString &text) {
        auto *field = qobject_cast<NumberField *>(delegate.createEditor(&parent, {}, index));
        QVERIFY(field);
        QVERIFY(field->acceptsRanges());
        delegate.setEditorData(field, index);
        field->setText(text);
        delegate.setModelData(field, &model, index);
        delete field;
    };

    // The steps table: output tokens as a log-normal.
    StepsTableModel steps;
    steps.setScenario(plain, m_catalog);
    Edits stepEdits(&steps);
    typeInto(steps, steps.index(0, StepsTableModel::OutputTokens), u"200 p90 420"_s);
    QCOMPARE(stepEdits.count(), 1);
    Scenario expected = plain;
    expected.workload = ranged.workload;
    QVERIFY(stepEdits.last().scenario == expected);
    QVERIFY(!steps.index(0, StepsTableModel::Name).data(AcceptsRangesRole).toBool());

    // The evals table: accuracy as a PERT, typed in percent.
    EvalsTableModel evals;
    evals.setScenario(plain, m_catalog);
    Edits evalEdits(&evals);
    const int row = evals.rowOf(u"gpt-4o"_s);
    typeInto(evals, evals.index(row, EvalsTableModel::Accuracy), u"85-90-93 PERT"_s);
    QCOMPARE(evalEdits.count(), 1);
    expected = plain;
    expected.evals = ranged.evals;
    QVERIFY(evalEdits.last().scenario == expected);
    QVERIFY(!evals.index(row, EvalsTableModel::EvalSize).data(AcceptsRangesRole).toBool());

    // A ranged cell shows its range and opens its editor on it; a number replaces it.
    steps.setScenario(ranged, m_catalog);
    evals.setScenario(ranged, m_catalog);
    const QModelIndex output = steps.index(0, StepsTableModel::OutputTokens);
    const QModelIndex accuracy = evals.index(row, EvalsTableModel::Accuracy);
    QCOMPARE(output.data().toString(), u"200 p90 420"_s);
    QCOMPARE(accuracy.data().toString(), u"85–90–93% PERT"_s);
    auto *field = qobject_cast<NumberField *>(delegate.createEditor(&parent, {}, accuracy));
    delegate.setEditorData(field, accuracy);
    QCOMPARE(field->text(), u"85–90–93 PERT"_s);
    delete field;
    typeInto(evals, accuracy, u"88"_s);
    QCOMPARE(evalEdits.last().scenario.evals.at("gpt-4o").accuracy, 0.88);
    QVERIFY(evalEdits.last().scenario.evals.at("gpt-4o").ranges.empty());
    // Text that is not a range leaves the cell as it was.
    typeInto(steps, output, u"420 p90 200"_s);
    QCOMPARE(stepEdits.count(), 1);

    // The cache hit rate takes a range too, in percent; "auto" or a number replaces it.
    steps.setScenario(plain, m_catalog);
    const QModelIndex cache = steps.index(0, StepsTableModel::CacheHitRate);
    QVERIFY(cache.data(AcceptsRangesRole).toBool());
    typeInto(steps, cache, u"40-60-70 PERT"_s);
    QCOMPARE(stepEdits.count(), 2);
    const Step &typed = stepEdits.last().scenario.workload.steps[0];
    QCOMPARE(typed.cacheHitRate, std::optional<double>(0.6));
    QVERIFY(typed.ranges.contains("cache_hit_rate"));
    const Distribution &hitRate = typed.ranges.at("cache_hit_rate");
    QCOMPARE(hitRate.kind, DistributionKind::Pert);
    QCOMPARE(hitRate.low, 0.4);
    QCOMPARE(hitRate.high, 0.7);
    steps.setScenario(stepEdits.last().scenario, m_catalog);
    QCOMPARE(cache.data().toString(), u"40–60–70% PERT"_s);
    field = qobject_cast<NumberField *>(delegate.createEditor(&parent, {}, cache));
    delegate.setEditorData(field, cache);
    QCOMPARE(field->text(), u"40–60–70 PERT"_s);
    delete field;
    typeInto(steps, cache, u"auto"_s);
    QVERIFY(!stepEdits.last().scenario.workload.steps[0].cacheHitRate);
    QVERIFY(stepEdits.last().scenario.workload.steps[0].ranges.empty());
}

// --- Steps table ----------------------------------------------------------------------

void TestPanels::stepsModelPassesTester()
{
    StepsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScenario(m_example, m_catalog);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(StepsTableModel::ColumnCount));
    Scenario more = m_example;
    more.workload.steps.push_back(more.workload.steps.front());
    more.workload.steps.back().name = "third";
    model.setScenario(more, m_catalog);
    QCOMPARE(model.rowCount(), 3);
    more.workload.steps[2].outputTokens = 99;
    model.setScenario(more, m_catalog);
    model.setDiagnostics(validateScenario(more, m_catalog));
    Scenario empty = m_example;
    empty.workload.steps.clear();
    model.setScenario(empty, m_catalog);
    QCOMPARE(model.rowCount(), 0);
    for (int column = 0; column < StepsTableModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

void TestPanels::stepsModelData()
{
    StepsTableModel model;
    model.setScenario(m_example, m_catalog);
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(cell(0, StepsTableModel::Name).toString(), u"classify"_s);
    QCOMPARE(cell(0, StepsTableModel::Model).toString(), u"gpt-4o-mini"_s);
    QCOMPARE(cell(0, StepsTableModel::Tier).toString(), u"Standard"_s);
    QCOMPARE(cell(0, StepsTableModel::Tier, Qt::EditRole).toString(), u"standard"_s);
    QCOMPARE(cell(0, StepsTableModel::StaticInputTokens).toString(), u"1,200"_s);
    QCOMPARE(cell(0, StepsTableModel::StaticInputTokens, Qt::EditRole).toDouble(), 1200.0);
    QCOMPARE(cell(0, StepsTableModel::CacheHitRate).toString(), u"90%"_s);
    QCOMPARE(cell(0, StepsTableModel::CacheHitRate, Qt::EditRole).toDouble(), 0.9);
    QCOMPARE(cell(1, StepsTableModel::CacheHitRate).toString(), u"auto"_s);
    QCOMPARE(cell(1, StepsTableModel::CacheHitRate, Qt::EditRole).toString(), u"auto"_s);
    QCOMPARE(cell(1, StepsTableModel::After).toString(), u"classify"_s);
    QCOMPARE(cell(1, StepsTableModel::DistinctPrefixes).toString(), u"4"_s);
    QCOMPARE(cell(1, StepsTableModel::OutputTokens, FieldPathRole).toString(), u"workload.steps[1].output_tokens"_s);
    QCOMPARE(cell(1, StepsTableModel::CacheHitRate, AllowsAutoRole).toBool(), true);
    QCOMPARE(cell(1, StepsTableModel::CacheHitRate, NumberKindRole).toInt(), int(NumberField::Kind::Percent));
    QVERIFY(!cell(1, StepsTableModel::Name, NumberKindRole).isValid());
    QCOMPARE(cell(1, StepsTableModel::OutputTokens, Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(cell(1, StepsTableModel::Name, Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignLeft | Qt::AlignVCenter);
    // gpt-4.1 (the example's own entry) offers no flex tier.
    QCOMPARE(cell(1, StepsTableModel::Tier, TierOptionsRole).toStringList(),
             QStringList({u"standard"_s, u"batch"_s, u"priority"_s}));
    QVERIFY(!cell(0, StepsTableModel::OutputTokens, Qt::BackgroundRole).isValid());
}

void TestPanels::stepsModelSetDataEmitsScenario()
{
    StepsTableModel model;
    model.setScenario(m_example, m_catalog);
    Edits edits(&model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(model.setData(model.index(1, StepsTableModel::OutputTokens), 300.0));
    QCOMPARE(edits.count(), 1);
    Scenario expected = m_example;
    expected.workload.steps[1].outputTokens = 300;
    QCOMPARE(edits.last().scenario, expected);
    QCOMPARE(edits.last().mergeKey, QString()); // each committed cell is its own undo step
    QCOMPARE(edits.last().description, u"Change output tokens of step “answer”"_s);
    // The model does not own the truth: it shows the edit when the scenario comes back.
    QCOMPARE(model.index(1, StepsTableModel::OutputTokens).data(Qt::EditRole).toDouble(), 220.0);
    model.setScenario(edits.last().scenario, m_catalog);
    QCOMPARE(model.index(1, StepsTableModel::OutputTokens).data(Qt::EditRole).toDouble(), 300.0);
    QCOMPARE(changed.count(), 1);

    // The same value again is no edit.
    QVERIFY(model.setData(model.index(1, StepsTableModel::OutputTokens), 300.0));
    QCOMPARE(edits.count(), 1);

    QVERIFY(model.setData(model.index(0, StepsTableModel::Tier), u"batch"_s));
    QCOMPARE(edits.last().scenario.workload.steps[0].tier, Tier::Batch);
    QVERIFY(model.setData(model.index(0, StepsTableModel::Calls), u"2"_s));
    QCOMPARE(edits.last().scenario.workload.steps[0].calls, 2.0);
    QVERIFY(model.setData(model.index(1, StepsTableModel::After), u" classify ,, classify, x"_s));
    QCOMPARE(edits.last().scenario.workload.steps[1].after, (std::vector<std::string> {"classify", "x"}));
    QVERIFY(model.setData(model.index(1, StepsTableModel::After), QString()));
    QVERIFY(edits.last().scenario.workload.steps[1].after.empty());
}

void TestPanels::stepsModelCacheHitRate()
{
    StepsTableModel model;
    model.setScenario(m_example, m_catalog);
    Edits edits(&model);
    QVERIFY(model.setData(model.index(0, StepsTableModel::CacheHitRate), u"auto"_s));
    QVERIFY(edits.last().scenario.workload.steps[0].autoCacheHitRate());
    QVERIFY(model.setData(model.index(1, StepsTableModel::CacheHitRate), 0.5));
    QCOMPARE(edits.last().scenario.workload.steps[1].cacheHitRate, std::optional<double>(0.5));
    QCOMPARE(edits.last().mergeKey, QString()); // each committed cell is its own undo step
}

void TestPanels::stepsModelRenameFollowsAfter()
{
    StepsTableModel model;
    Scenario s = m_example;
    s.alternatives.applyTo = "classify";
    model.setScenario(s, m_catalog);
    Edits edits(&model);
    QVERIFY(model.setData(model.index(0, StepsTableModel::Name), u"  route "_s));
    QCOMPARE(edits.last().scenario.workload.steps[0].name, "route");
    QCOMPARE(edits.last().scenario.workload.steps[1].after, std::vector<std::string> {"route"});
    QCOMPARE(edits.last().scenario.alternatives.applyTo, "route");
    QCOMPARE(edits.last().description, u"Rename step “classify” to “route”"_s);

    // A name another step has already is taken as typed (validation says so) and the
    // references keep naming the step they meant.
    QVERIFY(model.setData(model.index(0, StepsTableModel::Name), u"answer"_s));
    QCOMPARE(edits.last().scenario.workload.steps[0].name, "answer");
    QCOMPARE(edits.last().scenario.workload.steps[1].after, std::vector<std::string> {"classify"});
}

void TestPanels::stepsModelModelChangeKeepsOfferedTier()
{
    Scenario s = m_example;
    s.workload.steps[0].tier = Tier::Flex;
    StepsTableModel model;
    model.setScenario(s, m_catalog);
    Edits edits(&model);
    // gpt-4.1 here has no flex tier: the step moves to standard.
    QVERIFY(model.setData(model.index(0, StepsTableModel::Model), u"gpt-4.1"_s));
    QCOMPARE(edits.last().scenario.workload.steps[0].model, "gpt-4.1");
    QCOMPARE(edits.last().scenario.workload.steps[0].tier, Tier::Standard);
    QCOMPARE(edits.last().mergeKey, QString()); // each committed cell is its own undo step
}

void TestPanels::stepsModelRejectsBadValues()
{
    StepsTableModel model;
    model.setScenario(m_example, m_catalog);
    Edits edits(&model);
    QVERIFY(!model.setData(model.index(0, StepsTableModel::OutputTokens), u"abc"_s));
    QVERIFY(!model.setData(model.index(0, StepsTableModel::OutputTokens), double(NAN)));
    QVERIFY(!model.setData(model.index(0, StepsTableModel::OutputTokens), double(INFINITY)));
    QVERIFY(!model.setData(model.index(0, StepsTableModel::Tier), u"turbo"_s));
    QVERIFY(!model.setData(model.index(0, StepsTableModel::Model), u"  "_s));
    QVERIFY(!model.setData(model.index(0, StepsTableModel::OutputTokens), 5.0, Qt::DisplayRole));
    QCOMPARE(edits.count(), 0);
    // A negative count is a number: it goes through, and validation marks it.
    QVERIFY(model.setData(model.index(0, StepsTableModel::OutputTokens), -5.0));
    QCOMPARE(edits.count(), 1);
}

void TestPanels::stepsModelAddStep()
{
    StepsTableModel model;
    model.setScenario(m_example, m_catalog);
    Edits edits(&model);
    QVERIFY(model.addStep(2));
    QCOMPARE(stepNames(edits.last().scenario), (std::vector<std::string> {"classify", "answer", "step 3"}));
    const Step &added = edits.last().scenario.workload.steps[2];
    QCOMPARE(added.model, "gpt-4.1"); // the step before it's
    QVERIFY(added.after.empty());
    QCOMPARE(edits.last().mergeKey, QString());
    QCOMPARE(edits.last().description, u"Add step “step 3”"_s);

    // The name is unique even when "step 3" is taken.
    Scenario taken = m_example;
    taken.workload.steps[0].name = "step 3";
    taken.workload.steps[1].after = {"step 3"};
    model.setScenario(taken, m_catalog);
    QVERIFY(model.addStep(0));
    QCOMPARE(stepNames(edits.last().scenario), (std::vector<std::string> {"step 4", "step 3", "answer"}));
    QVERIFY(!model.addStep(5));
    QVERIFY(!model.addStep(-1));

    // Into an empty pipeline: the catalog's first model.
    Scenario empty = m_example;
    empty.workload.steps.clear();
    model.setScenario(empty, m_catalog);
    QVERIFY(model.addStep(0));
    QCOMPARE(edits.last().scenario.workload.steps[0].name, "step 1");
    QCOMPARE(edits.last().scenario.workload.steps[0].model, m_catalog.models().front().id);
}

void TestPanels::stepsModelDuplicateStep()
{
    StepsTableModel model;
    model.setScenario(m_example, m_catalog);
    Edits edits(&model);
    QVERIFY(model.duplicateStep(1));
    const Scenario &once = edits.last().scenario;
    QCOMPARE(stepNames(once), (std::vector<std::string> {"classify", "answer", "answer 2"}));
    QCOMPARE(once.workload.steps[2].after, std::vector<std::string> {"classify"});
    QCOMPARE(once.workload.steps[2].outputTokens, 220.0);
    QCOMPARE(edits.last().description, u"Duplicate step “answer”"_s);

    model.setScenario(once, m_catalog);
    QVERIFY(model.duplicateStep(2)); // "answer 2" → "answer 3", not "answer 2 2"
    QCOMPARE(edits.last().scenario.workload.steps[3].name, "answer 3");
    QVERIFY(model.duplicateStep(1));
    QCOMPARE(edits.last().scenario.workload.steps[2].name, "answer 3");
    QVERIFY(!model.duplicateStep(7));
}

void TestPanels::stepsModelRemoveStep()
{
    Scenario s = m_example;
    s.alternatives.applyTo = "classify";
    StepsTableModel model;
    model.setScenario(s, m_catalog);
    Edits edits(&model);
    QVERIFY(model.removeStep(0));
    QCOMPARE(stepNames(edits.last().scenario), std::vector<std::string> {"answer"});
    QVERIFY(edits.last().scenario.workload.steps[0].after.empty());
    QCOMPARE(edits.last().scenario.alternatives.applyTo, "final");
    QCOMPARE(edits.last().mergeKey, QString());
    QVERIFY(validateScenario(edits.last().scenario, m_catalog).empty());
    QVERIFY(!model.removeStep(2));
}

void TestPanels::stepsModelMoveStep()
{
    StepsTableModel model;
    model.setScenario(m_example, m_catalog);
    Edits edits(&model);
    QVERIFY(model.moveStep(1, 0));
    QCOMPARE(stepNames(edits.last().scenario), (std::vector<std::string> {"answer", "classify"}));
    QCOMPARE(edits.last().scenario.workload.steps[0].after, std::vector<std::string> {"classify"});
    QCOMPARE(edits.last().description, u"Move step “answer” up"_s);
    QVERIFY(model.moveStep(0, 1));
    QCOMPARE(edits.last().description, u"Move step “classify” down"_s);
    QVERIFY(!model.moveStep(1, 2));
    QVERIFY(!model.moveStep(0, -1));
    QVERIFY(!model.moveStep(0, 0));
}

void TestPanels::stepsModelDiagnostics()
{
    Scenario bad = m_example;
    bad.workload.steps[1].outputTokens = -5;
    bad.workload.steps[0].after = {"nowhere"};
    StepsTableModel model;
    model.setScenario(bad, m_catalog);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDiagnostics(validateScenario(bad, m_catalog));
    QCOMPARE(changed.count(), 1);

    const QModelIndex output = model.index(1, StepsTableModel::OutputTokens);
    QVERIFY(output.data(Qt::BackgroundRole).isValid());
    QCOMPARE(output.data(Qt::ToolTipRole).toString(), u"must be ≥ 0, got -5"_s);
    const QModelIndex after = model.index(0, StepsTableModel::After);
    QVERIFY(after.data(Qt::BackgroundRole).isValid()); // "workload.steps[0].after[0]"
    QVERIFY(after.data(Qt::ToolTipRole).toString().contains(u"nowhere"_s));
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < StepsTableModel::ColumnCount; ++column) {
            const bool marked = (row == 1 && column == StepsTableModel::OutputTokens)
                                || (row == 0 && column == StepsTableModel::After);
            QCOMPARE(model.index(row, column).data(Qt::BackgroundRole).isValid(), marked);
        }
    }

    model.setDiagnostics({});
    QVERIFY(!output.data(Qt::BackgroundRole).isValid());
    QCOMPARE(changed.count(), 2);
    model.setDiagnostics({});
    QCOMPARE(changed.count(), 2); // nothing changed, nothing repainted
}

// --- Pipeline panel ---------------------------------------------------------------------

void TestPanels::pipelinePanelActionsAndSelection()
{
    PipelinePanel panel;
    // The document's part: every edit comes back.
    connect(&panel, &ScenarioPanel::scenarioEdited, &panel,
            [&](const Scenario &s) { panel.setScenario(s, m_catalog); });
    Edits edits(&panel);
    panel.setScenario(m_example, m_catalog);
    QTableView *table = panel.tableView();
    QVERIFY(!panel.removeStepAction()->isEnabled());

    table->setCurrentIndex(panel.stepsModel()->index(0, StepsTableModel::Name));
    QVERIFY(panel.removeStepAction()->isEnabled());
    QVERIFY(!panel.moveStepUpAction()->isEnabled());
    QVERIFY(panel.moveStepDownAction()->isEnabled());

    panel.addStepAction()->trigger();
    QCOMPARE(edits.count(), 1);
    QCOMPARE(stepNames(panel.stepsModel()->scenario()), (std::vector<std::string> {"classify", "step 3", "answer"}));
    QCOMPARE(table->currentIndex().row(), 1); // the new step is selected

    panel.duplicateStepAction()->trigger();
    QCOMPARE(stepNames(panel.stepsModel()->scenario()),
             (std::vector<std::string> {"classify", "step 3", "step 4", "answer"}));
    QCOMPARE(table->currentIndex().row(), 2);

    panel.moveStepDownAction()->trigger();
    QCOMPARE(stepNames(panel.stepsModel()->scenario()),
             (std::vector<std::string> {"classify", "step 3", "answer", "step 4"}));
    QCOMPARE(table->currentIndex().row(), 3);
    QVERIFY(!panel.moveStepDownAction()->isEnabled());

    panel.moveStepUpAction()->trigger();
    QCOMPARE(table->currentIndex().row(), 2);

    panel.removeStepAction()->trigger();
    QCOMPARE(stepNames(panel.stepsModel()->scenario()), (std::vector<std::string> {"classify", "step 3", "answer"}));
    QCOMPARE(table->currentIndex().row(), 2);
    QCOMPARE(edits.count(), 5);
    for (const Edits::Edit &edit : edits.list)
        QCOMPARE(edit.mergeKey, QString()); // each one undo step
}

void TestPanels::pipelinePanelShortcuts()
{
    PipelinePanel panel;
    connect(&panel, &ScenarioPanel::scenarioEdited, &panel,
            [&](const Scenario &s) { panel.setScenario(s, m_catalog); });
    Edits edits(&panel);
    panel.setScenario(m_example, m_catalog);
    panel.resize(900, 300);
    panel.show();
    panel.activateWindow();
    if (!QTest::qWaitForWindowActive(&panel))
        QSKIP("the platform does not activate windows");
    QTableView *table = panel.tableView();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentIndex(panel.stepsModel()->index(0, StepsTableModel::Name));

    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(panel.stepsModel()->rowCount(), 3);
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(panel.stepsModel()->rowCount(), 4);
    QCOMPARE(table->currentIndex().row(), 2);
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(table->currentIndex().row(), 2);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(panel.stepsModel()->rowCount(), 3);
    QCOMPARE(edits.count(), 5);

    // In a cell editor, Delete edits the text, not the pipeline.
    table->setCurrentIndex(panel.stepsModel()->index(0, StepsTableModel::Name));
    table->edit(table->currentIndex());
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != table);
    QTest::keyClick(editor, Qt::Key_Delete);
    QCOMPARE(panel.stepsModel()->rowCount(), 3);
}

void TestPanels::pipelinePanelEmptyPipelineMessage()
{
    PipelinePanel panel;
    Scenario empty = m_example;
    empty.workload.steps.clear();
    panel.setScenario(empty, m_catalog);
    panel.setDiagnostics(validateScenario(empty, m_catalog));
    auto *message = panel.findChild<QLabel *>();
    QVERIFY(message);
    QVERIFY(!message->isHidden());
    QCOMPARE(message->text(), u"the pipeline has no steps"_s);
    panel.setDiagnostics({});
    QVERIFY(message->isHidden());
}

void TestPanels::modelComboSearchesAnyPart()
{
    PipelinePanel panel;
    panel.setScenario(m_example, m_catalog);
    QTableView *table = panel.tableView();
    const QModelIndex cell = panel.stepsModel()->index(1, StepsTableModel::Model);
    auto *delegate = qobject_cast<ModelComboDelegate *>(table->itemDelegateForColumn(StepsTableModel::Model));
    QVERIFY(delegate);
    std::unique_ptr<QWidget> editor(delegate->createEditor(table->viewport(), QStyleOptionViewItem(), cell));
    auto *combo = qobject_cast<ModelComboBox *>(editor.get());
    QVERIFY(combo);
    QVERIFY(combo->isEditable());
    QCOMPARE(combo->completer()->filterMode(), Qt::MatchContains);
    QCOMPARE(combo->completer()->caseSensitivity(), Qt::CaseInsensitive);
    QCOMPARE(combo->count(), int(m_catalog.models().size()));
    QCOMPARE(combo->itemText(0), QString::fromStdString(m_catalog.models()[0].id + " — " + m_catalog.models()[0].provider));

    delegate->setEditorData(combo, cell);
    QCOMPARE(combo->modelId(), u"gpt-4.1"_s);
    combo->completer()->setCompletionPrefix(u"SONNET"_s);
    QVERIFY(combo->completer()->completionCount() >= 1);
    QVERIFY(combo->completer()->currentCompletion().contains(u"sonnet"_s));

    combo->setEditText(u"claude-sonnet-4-6 — Anthropic"_s);
    QCOMPARE(combo->modelId(), u"claude-sonnet-4-6"_s);
    combo->setEditText(u"my-own-model"_s);
    QCOMPARE(combo->modelId(), u"my-own-model"_s);

    Edits edits(&panel);
    combo->setEditText(u"claude-sonnet-4-6"_s);
    delegate->setModelData(combo, panel.stepsModel(), cell);
    QCOMPARE(edits.last().scenario.workload.steps[1].model, "claude-sonnet-4-6");
}

// --- Evals ------------------------------------------------------------------------------

void TestPanels::evalsModelPassesTester()
{
    EvalsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScenario(m_example, m_catalog);
    QCOMPARE(model.rowCount(), int(m_example.evals.size()));
    Scenario fewer = m_example;
    fewer.evals.erase("gpt-4o");
    model.setScenario(fewer, m_catalog);
    fewer.evals["gpt-4.1"].accuracy = 0.5;
    model.setScenario(fewer, m_catalog);
    model.setDiagnostics({{"evals.gpt-4.1.accuracy", "not_a_share", {{"value", 5}}}});
    model.setScenario(Scenario {}, m_catalog);
    QCOMPARE(model.rowCount(), 0);
}

void TestPanels::evalsModelEdits()
{
    EvalsTableModel model;
    model.setScenario(m_example, m_catalog);
    Edits edits(&model);
    const int row = model.rowOf(u"gpt-4.1"_s);
    QCOMPARE(model.index(row, EvalsTableModel::Accuracy).data().toString(), u"90%"_s);
    QCOMPARE(model.index(row, EvalsTableModel::Accuracy).data(Qt::EditRole).toDouble(), 0.9);
    QCOMPARE(model.index(row, EvalsTableModel::EvalSize).data().toString(), u"500"_s);
    QVERIFY(!model.index(row, EvalsTableModel::Correct).data(Qt::EditRole).isValid());
    QVERIFY(model.index(row, EvalsTableModel::Model).data(Qt::ToolTipRole).toString().contains(u"answer"_s));

    QVERIFY(model.setData(model.index(row, EvalsTableModel::Accuracy), 0.92));
    QCOMPARE(edits.last().scenario.evals.at("gpt-4.1").accuracy, 0.92);
    QCOMPARE(edits.last().mergeKey, QString()); // each committed cell is its own undo step
    QVERIFY(model.setData(model.index(row, EvalsTableModel::Correct), 460.0));
    QCOMPARE(edits.last().scenario.evals.at("gpt-4.1").correct, std::optional<double>(460));
    model.setScenario(edits.last().scenario, m_catalog);
    QVERIFY(model.setData(model.index(row, EvalsTableModel::Correct), QVariant()));
    QCOMPARE(edits.last().scenario.evals.at("gpt-4.1").correct, std::nullopt);

    // A model already in the table is refused; a new one renames the row.
    QVERIFY(!model.setData(model.index(row, EvalsTableModel::Model), u"gpt-4o"_s));
    QVERIFY(model.setData(model.index(row, EvalsTableModel::Model), u"o3"_s));
    QVERIFY(!edits.last().scenario.evals.contains("gpt-4.1"));
    QCOMPARE(edits.last().scenario.evals.at("o3").accuracy, 0.9);

    model.setDiagnostics({{"evals.gpt-4.1.correct", "above_maximum", {{"value", 600}, {"maximum", 500}}}});
    QVERIFY(model.index(row, EvalsTableModel::Correct).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(row, EvalsTableModel::Accuracy).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(row, EvalsTableModel::Correct).data(Qt::ToolTipRole).toString(), u"must be ≤ 500, got 600"_s);
}

void TestPanels::evalsPanelAddRemove()
{
    EvalsPanel panel;
    connect(&panel, &ScenarioPanel::scenarioEdited, &panel,
            [&](const Scenario &s) { panel.setScenario(s, m_catalog); });
    Edits edits(&panel);
    panel.setScenario(m_example, m_catalog);
    const int before = panel.evalsModel()->rowCount();

    // gpt-4o-mini runs the first step and has no result yet: it is the one added.
    panel.addEvalAction()->trigger();
    QCOMPARE(panel.evalsModel()->rowCount(), before + 1);
    QVERIFY(edits.last().scenario.evals.contains("gpt-4o-mini"));
    QCOMPARE(edits.last().scenario.evals.at("gpt-4o-mini").accuracy, m_example.economics.targetAccuracy);
    QCOMPARE(panel.evalsModel()->modelId(panel.tableView()->currentIndex().row()), u"gpt-4o-mini"_s);

    panel.removeEvalAction()->trigger();
    QCOMPARE(panel.evalsModel()->rowCount(), before);
    QVERIFY(!edits.last().scenario.evals.contains("gpt-4o-mini"));
    QCOMPARE(edits.last().scenario.evals, m_example.evals);
    QCOMPARE(edits.count(), 2);
}

// --- Pictures ---------------------------------------------------------------------------

void TestPanels::grabPanels()
{
    const QString dir = u"/tmp/panels"_s;
    QVERIFY(QDir().mkpath(dir));
    Scenario marked = m_example;
    const Diagnostics errors = {{"traffic.horizon_months", "below_minimum", {{"value", 0}, {"minimum", 1}}},
                                {"workload.steps[1].output_tokens", "negative", {{"value", -5}}}};

    auto save = [&](ScenarioPanel *panel, const QString &name, QSize size) {
        panel->setScenario(marked, m_catalog);
        panel->setDiagnostics(errors);
        if (size.isEmpty())
            size = panel->sizeHint();
        panel->resize(size);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel));
        const QImage image = panel->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(dir + u'/' + name + u".png"_s));
        // Nothing in a form is squeezed below what it needs.
        QVERIFY2(panel->width() >= panel->minimumSizeHint().width(), qPrintable(name));
    };
    TrafficPanel traffic;
    save(&traffic, u"traffic"_s, {});
    EconomicsPanel economics;
    save(&economics, u"economics"_s, {});
    LatencyPanel latency;
    save(&latency, u"latency"_s, {});
    PipelinePanel pipeline;
    save(&pipeline, u"pipeline"_s, {1100, 200});
    EvalsPanel evals;
    save(&evals, u"evals"_s, {420, 300});

    // The editors: a model picker filtering on "sonnet", a number being typed in a cell,
    // and a field holding text that is not a number.
    QTableView *table = pipeline.tableView();
    pipeline.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pipeline));
    table->setFocus();
    table->setCurrentIndex(pipeline.stepsModel()->index(1, StepsTableModel::Model));
    table->edit(table->currentIndex());
    auto *combo = qobject_cast<ModelComboBox *>(QApplication::focusWidget());
    QVERIFY(combo);
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), u"sonnet"_s);
    QTRY_VERIFY(combo->completer()->popup()->isVisible());
    QVERIFY(pipeline.grab().toImage().save(dir + u"/pipeline-model-picker.png"_s));
    QVERIFY(combo->completer()->popup()->grab().toImage().save(dir + u"/pipeline-model-picker-popup.png"_s));
    QTest::keyClick(combo->completer()->popup(), Qt::Key_Escape);
    QTest::keyClick(combo, Qt::Key_Escape);

    table->setCurrentIndex(pipeline.stepsModel()->index(0, StepsTableModel::CacheHitRate));
    table->edit(table->currentIndex());
    auto *cell = qobject_cast<NumberField *>(QApplication::focusWidget());
    QVERIFY(cell);
    QCOMPARE(cell->text(), u"90"_s);
    QCOMPARE(cell->unit(), u"%"_s);
    QVERIFY(pipeline.grab().toImage().save(dir + u"/pipeline-number-editor.png"_s));
    QTest::keyClick(cell, Qt::Key_Escape);

    NumberField *peak = traffic.field(u"traffic.peak_to_average"_s);
    peak->selectAll();
    QTest::keyClicks(peak, u"3x"_s);
    QVERIFY(traffic.grab().toImage().save(dir + u"/traffic-unparsed.png"_s));
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
