#pragma once

#include <memory>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUndoStack>

#include "models/diagnostic.h"
#include "models/scenario.h"

class QLockFile;

namespace fulcrum {

/// The open scenario: its value, its undo stack, its file and its autosave. Only commands
/// call setScenario(); every change emits scenarioChanged().
class ScenarioDocument : public QObject
{
    Q_OBJECT

public:
    /// An autosave left behind by a session that did not close cleanly.
    struct Recovery
    {
        QString autosaveFile;
        QString originalPath; ///< empty for a scenario that was never saved
        QDateTime savedAt;
        QString title;
    };

    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    const Scenario &scenario() const { return m_scenario; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString filePath() const { return m_filePath; }
    /// The file's name, or "Untitled".
    QString displayName() const;
    bool isModified() const;

    /// Replaces the scenario (for commands).
    void setScenario(const Scenario &scenario);
    /// Starts over on a scenario: undo history cleared, not modified.
    void reset(const Scenario &scenario, const QString &filePath = {});
    /// Reads a scenario file. On failure nothing changes and the reasons come back.
    Diagnostics open(const QString &filePath);
    /// Writes atomically (QSaveFile); on success the document is clean and its autosave gone.
    bool save(const QString &filePath, QString *error = nullptr);

    /// Where this document's autosave goes (one file per open document).
    QString autosavePath() const;
    /// Writes the autosave now (the window calls it a few seconds after an edit).
    bool writeAutosave(QString *error = nullptr);
    void removeAutosave();
    /// Autosaves left by sessions that are gone (a running session locks its own), newest
    /// first.
    static QList<Recovery> pendingRecoveries();
    /// Opens a recovery as a modified document of its original file; the recovery file is
    /// removed once this document saves or closes cleanly.
    Diagnostics restore(const Recovery &recovery);
    /// The folder of autosaves, in the application's local data folder.
    static QString autosaveDirectory();

signals:
    void scenarioChanged();
    void filePathChanged(const QString &filePath);
    void modifiedChanged(bool modified);

private:
    void setFilePath(const QString &filePath);

    Scenario m_scenario;
    QUndoStack m_undoStack;
    QString m_filePath;
    QString m_autosaveId;
    bool m_restored = false; ///< a recovery is open: modified until saved
    std::unique_ptr<QLockFile> m_autosaveLock; ///< held while this session owns the autosave
};

} // namespace fulcrum
