#include "app/scenariodocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include "models/jsonreader.h"
#include "models/scenarioio.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

constexpr const char *AutosaveFormat = "fulcrum-autosave";

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

std::string textOf(const Json &json, const char *key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent)
    , m_autosaveId {QUuid::createUuid().toString(QUuid::WithoutBraces)}
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this] { emit modifiedChanged(isModified()); });
}

ScenarioDocument::~ScenarioDocument() = default;

QString ScenarioDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool ScenarioDocument::isModified() const
{
    return m_restored || !m_undoStack.isClean();
}

void ScenarioDocument::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    emit scenarioChanged();
}

void ScenarioDocument::reset(const Scenario &scenario, const QString &filePath)
{
    removeAutosave();
    m_undoStack.clear();
    m_restored = false;
    m_autosaveId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_scenario = scenario;
    setFilePath(filePath);
    emit scenarioChanged();
    emit modifiedChanged(false);
}

Diagnostics ScenarioDocument::open(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {{"", "unreadable", {{"detail", file.errorString().toStdString()}}}};
    ScenarioLoad load = scenarioFromText(view(file.readAll()));
    if (!load.scenario)
        return load.errors;
    reset(*load.scenario, QFileInfo(filePath).absoluteFilePath());
    return {};
}

bool ScenarioDocument::save(const QString &filePath, QString *error)
{
    const QByteArray bytes = QByteArray::fromStdString(scenarioToText(m_scenario));
    if (!writeAtomically(filePath, bytes, error))
        return false;
    removeAutosave();
    m_restored = false;
    setFilePath(QFileInfo(filePath).absoluteFilePath());
    m_undoStack.setClean();
    emit modifiedChanged(false);
    return true;
}

QString ScenarioDocument::autosaveDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/autosave"_s;
}

QString ScenarioDocument::autosavePath() const
{
    return autosaveDirectory() + u"/"_s + m_autosaveId + u".autosave.json"_s;
}

bool ScenarioDocument::writeAutosave(QString *error)
{
    if (!QDir().mkpath(autosaveDirectory())) {
        if (error)
            *error = tr("cannot create %1").arg(autosaveDirectory());
        return false;
    }
    // The lock tells another running Fulcrum that this autosave is not a crash's leftover.
    if (!m_autosaveLock) {
        m_autosaveLock = std::make_unique<QLockFile>(autosavePath() + u".lock"_s);
        m_autosaveLock->setStaleLockTime(0);
        m_autosaveLock->tryLock(0);
    }
    Json json = {{"format", AutosaveFormat},
                 {"version", 1},
                 {"original_path", m_filePath.toStdString()},
                 {"saved_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()},
                 {"scenario", scenarioToJson(m_scenario)}};
    return writeAtomically(autosavePath(), QByteArray::fromStdString(jsonText(json, 1)), error);
}

void ScenarioDocument::removeAutosave()
{
    QFile::remove(autosavePath());
    m_autosaveLock.reset(); // unlocks and removes the lock file
}

QList<ScenarioDocument::Recovery> ScenarioDocument::pendingRecoveries()
{
    QList<Recovery> recoveries;
    const QDir dir(autosaveDirectory());
    for (const QFileInfo &info : dir.entryInfoList({u"*.autosave.json"_s}, QDir::Files, QDir::Time)) {
        // Locked: a running session's own autosave (a crashed one's lock is stale and goes).
        QLockFile lock(info.absoluteFilePath() + u".lock"_s);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Diagnostics ignored;
        const auto json = parseJsonText(view(file.readAll()), ignored);
        if (!json || !json->is_object() || textOf(*json, "format") != AutosaveFormat)
            continue;
        Recovery r;
        r.autosaveFile = info.absoluteFilePath();
        r.originalPath = QString::fromStdString(textOf(*json, "original_path"));
        r.savedAt = QDateTime::fromString(QString::fromStdString(textOf(*json, "saved_at")), Qt::ISODate);
        if (const auto s = json->find("scenario"); s != json->end() && s->is_object())
            r.title = QString::fromStdString(textOf(*s, "title"));
        recoveries.append(r);
    }
    return recoveries;
}

Diagnostics ScenarioDocument::restore(const Recovery &recovery)
{
    QFile file(recovery.autosaveFile);
    if (!file.open(QIODevice::ReadOnly))
        return {{"", "unreadable", {{"detail", file.errorString().toStdString()}}}};
    Diagnostics errors;
    const auto json = parseJsonText(view(file.readAll()), errors);
    if (!json)
        return errors;
    if (!json->is_object() || !json->contains("scenario"))
        return {{"", "wrong_format", {{"format", "?"}, {"expected", AutosaveFormat}}}};
    ScenarioLoad load = scenarioFromJson((*json)["scenario"]);
    if (!load.scenario)
        return load.errors;
    reset(*load.scenario, recovery.originalPath);
    // Keep writing to the recovered file until the user saves, then it goes.
    m_autosaveId = QFileInfo(recovery.autosaveFile).fileName().section(u'.', 0, 0);
    writeAutosave(); // and lock it at once, so no other session offers it too
    m_restored = true;
    emit modifiedChanged(true);
    return {};
}

void ScenarioDocument::setFilePath(const QString &filePath)
{
    if (filePath == m_filePath)
        return;
    m_filePath = filePath;
    emit filePathChanged(m_filePath);
}

} // namespace fulcrum
