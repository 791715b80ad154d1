#pragma once

#include <functional>

#include <QMainWindow>
#include <QMessageBox>
#include <QSet>

#include "models/calibration.h"
#include "models/catalog.h"
#include "models/latencylog.h"
#include "models/results.h"
#include "models/scenario.h"

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTimer;

namespace fulcrum {

class FittingLabel;
class AlternativesPanel;
class AlternativesScatter;
class BusinessCaseChart;
class CalibrationPanel;
class CatalogPanel;
class CostBreakdownChart;
class CostProjectionChart;
class EconomicsPanel;
class EvalsPanel;
class HeadlineStrip;
class LatencyByTokensChart;
class LatencyPanel;
class LatencyTimelineChart;
class PipelinePanel;
class ScenarioDocument;
class ScenarioInfoPanel;
class ScenarioPanel;
class TrafficPanel;
class UncertaintyPanel;
class UncertaintyRunner;
struct UncertaintyResults;

/// The workbench: inputs on the left, the headline strip on top, charts and tables on the
/// right. Wiring only: edits become commands on the document, the document's changes
/// re-evaluate and refresh every view.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab { BusinessTab, CostTab, LatencyTab, AlternativesTab, CatalogTab, CalibrationTab, UncertaintyTab, TabCount };

    explicit MainWindow(const Catalog &catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument *document() const { return m_document; }
    /// Opens a scenario file; on failure says why and leaves the open document as it was.
    bool openFile(const QString &path);
    /// Shows a scenario as a new untitled document (the bundled example at start-up).
    void showScenario(const Scenario &scenario, const QString &path = {});
    /// Asks to restore autosaves left by a session that did not close cleanly.
    void offerRecovery();
    /// Adds latency logs to the Calibration tab and fits them again; a file that does not
    /// import is named with why, and the others are still added. False when any failed.
    bool importLatencyLogs(const QStringList &paths);
    /// The fits the Calibration tab shows (for the imported logs and the held-out share).
    const Calibration &calibration() const { return m_calibration; }

    /// The last valid results (what the views show) and whether they are stale.
    const Results &shownResults() const { return m_shown; }
    bool isStale() const { return m_stale; }
    HeadlineStrip *headline() const { return m_headline; }
    /// Runs the Uncertainty tab's Monte Carlo in a worker thread.
    UncertaintyRunner *uncertaintyRunner() const { return m_uncertaintyRunner; }
    QTabWidget *tabs() const { return m_tabs; }
    template <class T>
    T *view() const { return findChild<T *>(); }

    /// Replaces the "save changes?" question (tests answer it without a dialog).
    void setUnsavedChangesPrompt(std::function<QMessageBox::StandardButton()> prompt);
    /// Replaces the error dialog (tests read the message instead).
    void setErrorReporter(std::function<void(const QString &title, const QString &text)> report);
    /// Asks where to save: (caption, suggested file name, name filter) -> path, "" to cancel.
    using SaveFileChooser =
        std::function<QString(const QString &caption, const QString &suggestedName, const QString &filter)>;
    /// Replaces the save dialog of every export, the charts' included (tests name the file).
    void setSaveFileChooser(SaveFileChooser chooser);

    /// File ▸ Export: results as JSON, alternatives and projection as CSV (actions named
    /// exportResultsJson, exportAlternativesCsv, exportProjectionCsv). Open for more.
    QMenu *exportMenu() const { return m_exportMenu; }

public slots:
    void refreshViews();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createLayout();
    /// Builds the menus, the views and the status bar again in the language now installed
    /// (after View ▸ Language): the document, its undo history, the tab, the splitter, the
    /// calibration logs and the Monte Carlo's samples and seed stay as they were.
    void rebuildInterface();
    /// Shows the last valid results (m_shown) in every view.
    void showShownResults();
    void connectPanel(ScenarioPanel *panel);
    void pushEdit(const Scenario &after, const QString &text, const QString &mergeKey = {});
    bool maybeSave();
    bool save();
    bool saveAs();
    void newScenario();
    void openWithDialog();
    void importCatalog();
    void importLatencyLogsWithDialog();
    void recalibrate();
    void useBuiltInCatalog();
    void setCatalog(const Catalog &catalog);
    void updateTitle();
    void updateRecentMenu();
    void reportError(const QString &title, const QString &text);
    /// What File ▸ Export can write.
    enum class ResultsExport { Json, AlternativesCsv, ProjectionCsv };
    void exportResults(ResultsExport kind);
    QString chooseSaveFile(const QString &caption, const QString &suggestedName, const QString &filter);
    /// A scenario's title as a file name ("customer-service-triage"; "scenario" when empty).
    static QString fileBaseFor(const std::string &title);
    void exportReport();
    void applyAppearance(const QString &appearance);
    /// Shows a Monte Carlo run of the shown scenario (m_shown holds its point results).
    void showUncertaintyResults(const UncertaintyResults &results);
    /// Starts a Monte Carlo of the shown scenario when the Uncertainty tab is visible and its
    /// figures are out of date (else it waits until the tab is shown).
    void updateUncertainty();
    void showAbout();

    ScenarioDocument *m_document = nullptr;
    Catalog m_catalog;
    Results m_shown;
    Scenario m_shownScenario;
    bool m_stale = false;
    QSet<ScenarioPanel *> m_panelsWithUnparsedInput;

    HeadlineStrip *m_headline = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    ScenarioInfoPanel *m_info = nullptr;
    TrafficPanel *m_traffic = nullptr;
    EconomicsPanel *m_economics = nullptr;
    LatencyPanel *m_latency = nullptr;
    PipelinePanel *m_pipeline = nullptr;
    EvalsPanel *m_evals = nullptr;
    BusinessCaseChart *m_businessChart = nullptr;
    CostBreakdownChart *m_costBreakdown = nullptr;
    CostProjectionChart *m_costProjection = nullptr;
    LatencyTimelineChart *m_timeline = nullptr;
    LatencyByTokensChart *m_latencyByTokens = nullptr;
    AlternativesPanel *m_alternatives = nullptr;
    AlternativesScatter *m_scatter = nullptr;
    CatalogPanel *m_catalogPanel = nullptr;
    CalibrationPanel *m_calibrationPanel = nullptr;
    UncertaintyPanel *m_uncertaintyPanel = nullptr;
    UncertaintyRunner *m_uncertaintyRunner = nullptr;
    bool m_uncertaintyOutdated = true; ///< the shown scenario or the options changed since the last run
    std::vector<LatencyLog> m_latencyLogs; ///< imported this session; not part of the scenario
    Calibration m_calibration;
    FittingLabel *m_statusProblem = nullptr;
    QLabel *m_statusCatalog = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    QString m_builtLanguage; ///< the language the menus and views were built in
    bool m_rebuildQueued = false;
    QList<ScenarioPanel *> m_panels;
    std::function<QMessageBox::StandardButton()> m_unsavedPrompt;
    std::function<void(const QString &, const QString &)> m_errorReporter;
    SaveFileChooser m_saveFileChooser;
};

} // namespace fulcrum
