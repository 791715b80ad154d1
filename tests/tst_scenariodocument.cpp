#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/commands/setscenariocommand.h"
#include "app/scenariodocument.h"
#include "models/scenarioio.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

Scenario example()
{
    QFile file(QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/examples/customer-service.fulcrum.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the example is missing");
    return *scenarioFromText(file.readAll().toStdString()).scenario;
}

Scenario withRequests(Scenario s, double requestsPerDay)
{
    s.traffic.requestsPerDay = requestsPerDay;
    return s;
}

} // namespace

class TestScenarioDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void editsAreUndoable();
    void keystrokesInOneFieldMergeIntoOneStep();
    void saveThenOpenRoundTrips();
    void saveIsAtomicAndCleansTheDocument();
    void corruptFileIsRefusedAndChangesNothing_data();
    void corruptFileIsRefusedAndChangesNothing();
    void autosaveIsWrittenAndOfferedBack();
    void savingRemovesTheAutosave();

private:
    QTemporaryDir m_dir;
};

void TestScenarioDocument::initTestCase()
{
    // Autosaves go to a test folder, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestScenarioDocument::init()
{
    QDir(ScenarioDocument::autosaveDirectory()).removeRecursively();
}

void TestScenarioDocument::editsAreUndoable()
{
    ScenarioDocument document;
    document.reset(example());
    QSignalSpy changed(&document, &ScenarioDocument::scenarioChanged);
    QVERIFY(!document.isModified());
    document.undoStack()->push(new SetScenarioCommand(&document, withRequests(document.scenario(), 5000), u"Change"_s));
    QCOMPARE(document.scenario().traffic.requestsPerDay, 5000.0);
    QVERIFY(document.isModified());
    QCOMPARE(changed.count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.scenario().traffic.requestsPerDay, 100000.0);
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QCOMPARE(document.scenario().traffic.requestsPerDay, 5000.0);
    QCOMPARE(changed.count(), 3);
}

void TestScenarioDocument::keystrokesInOneFieldMergeIntoOneStep()
{
    ScenarioDocument document;
    document.reset(example());
    // Typing "2", "20", "200" in one visit to the field, then another visit.
    for (double value : {2.0, 20.0, 200.0})
        document.undoStack()->push(new SetScenarioCommand(&document, withRequests(document.scenario(), value),
                                                          u"Change requests"_s, u"traffic.requests_per_day#1"_s));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->push(new SetScenarioCommand(&document, withRequests(document.scenario(), 300),
                                                      u"Change requests"_s, u"traffic.requests_per_day#2"_s));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.scenario().traffic.requestsPerDay, 200.0);
    document.undoStack()->undo();
    QCOMPARE(document.scenario().traffic.requestsPerDay, 100000.0);
    // Typing back to the original value leaves no step at all.
    document.undoStack()->clear();
    document.undoStack()->push(new SetScenarioCommand(&document, withRequests(document.scenario(), 7), u"x"_s, u"k"_s));
    document.undoStack()->push(new SetScenarioCommand(&document, withRequests(document.scenario(), 100000), u"x"_s, u"k"_s));
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestScenarioDocument::saveThenOpenRoundTrips()
{
    ScenarioDocument document;
    document.reset(example());
    document.undoStack()->push(new SetScenarioCommand(&document, withRequests(document.scenario(), 1234), u"x"_s));
    const QString path = m_dir.filePath(u"round-trip.fulcrum.json"_s);
    QString error;
    QVERIFY2(document.save(path, &error), qPrintable(error));
    QCOMPARE(document.filePath(), path);

    ScenarioDocument reopened;
    QVERIFY(reopened.open(path).empty());
    QVERIFY(reopened.scenario() == document.scenario());
    QCOMPARE(reopened.scenario().traffic.requestsPerDay, 1234.0);
    QVERIFY(!reopened.isModified());
    QCOMPARE(reopened.undoStack()->count(), 0);
}

void TestScenarioDocument::saveIsAtomicAndCleansTheDocument()
{
    ScenarioDocument document;
    document.reset(example());
    document.undoStack()->push(new SetScenarioCommand(&document, withRequests(document.scenario(), 10), u"x"_s));
    QSignalSpy modified(&document, &ScenarioDocument::modifiedChanged);
    // A folder that does not exist: the save fails, says why and keeps the document modified.
    QString error;
    QVERIFY(!document.save(m_dir.filePath(u"missing/folder/x.fulcrum.json"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(document.isModified());
    QVERIFY(document.save(m_dir.filePath(u"ok.fulcrum.json"_s)));
    QVERIFY(!document.isModified());
    QVERIFY(!modified.isEmpty());
    QCOMPARE(modified.last().first().toBool(), false);
    QVERIFY(!QFile::exists(m_dir.filePath(u"ok.fulcrum.json.tmp"_s)));
}

void TestScenarioDocument::corruptFileIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::newRow("not JSON") << "{\"format\": \"fulcrum-scenario\","_ba << u"not_json"_s;
    QTest::newRow("empty") << ""_ba << u"empty"_s;
    QTest::newRow("wrong type") << "{\"traffic\": 5}"_ba << u"wrong_type"_s;
    QTest::newRow("newer version") << "{\"version\": 99}"_ba << u"newer_version"_s;
}

void TestScenarioDocument::corruptFileIsRefusedAndChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    ScenarioDocument document;
    document.reset(example(), u"/somewhere/example.fulcrum.json"_s);
    document.undoStack()->push(new SetScenarioCommand(&document, withRequests(document.scenario(), 42), u"x"_s));
    const Scenario before = document.scenario();
    const QString path = m_dir.filePath(u"corrupt.fulcrum.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QSignalSpy changed(&document, &ScenarioDocument::scenarioChanged);
    const Diagnostics errors = document.open(path);
    QVERIFY(!errors.empty());
    QCOMPARE(QString::fromStdString(errors.front().code), code);
    QVERIFY(document.scenario() == before);
    QCOMPARE(document.filePath(), u"/somewhere/example.fulcrum.json"_s);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!document.open(m_dir.filePath(u"does-not-exist.json"_s)).empty());
}

void TestScenarioDocument::autosaveIsWrittenAndOfferedBack()
{
    QVERIFY(ScenarioDocument::pendingRecoveries().isEmpty());
    const QString original = m_dir.filePath(u"autosaved.fulcrum.json"_s);
    {
        // A session edits a saved file, autosaves, and then "crashes" (its autosave stays).
        auto *crashed = new ScenarioDocument;
        crashed->reset(example(), original);
        crashed->undoStack()->push(new SetScenarioCommand(crashed, withRequests(crashed->scenario(), 777), u"x"_s));
        QVERIFY(crashed->writeAutosave());
        QVERIFY(QFile::exists(crashed->autosavePath()));
        // While its session runs, the autosave is locked: no one else offers it.
        QVERIFY(ScenarioDocument::pendingRecoveries().isEmpty());
        // Gone without saving or discarding (as in a crash, whose lock goes stale): the
        // autosave stays behind, unlocked.
        delete crashed;
    }
    const QList<ScenarioDocument::Recovery> recoveries = ScenarioDocument::pendingRecoveries();
    QCOMPARE(recoveries.size(), 1);
    QCOMPARE(recoveries.first().originalPath, original);
    QCOMPARE(recoveries.first().title, u"Customer service triage"_s);

    ScenarioDocument next;
    QVERIFY(next.restore(recoveries.first()).empty());
    QCOMPARE(next.scenario().traffic.requestsPerDay, 777.0);
    QCOMPARE(next.filePath(), original);
    QVERIFY(next.isModified());
    // Saving the restored document consumes the recovery.
    QVERIFY(next.save(original));
    QVERIFY(ScenarioDocument::pendingRecoveries().isEmpty());
}

void TestScenarioDocument::savingRemovesTheAutosave()
{
    ScenarioDocument document;
    document.reset(example());
    document.undoStack()->push(new SetScenarioCommand(&document, withRequests(document.scenario(), 9), u"x"_s));
    QVERIFY(document.writeAutosave());
    QVERIFY(QFile::exists(document.autosavePath()));
    QVERIFY(document.save(m_dir.filePath(u"saved.fulcrum.json"_s)));
    QVERIFY(!QFile::exists(document.autosavePath()));
    QVERIFY(ScenarioDocument::pendingRecoveries().isEmpty());
}

} // namespace fulcrum

QTEST_GUILESS_MAIN(fulcrum::TestScenarioDocument)
#include "tst_scenariodocument.moc"
