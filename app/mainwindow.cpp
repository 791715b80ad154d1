#include "app/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollArea>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include "app/catalogstore.h"
#include "app/commands/setscenariocommand.h"
#include "app/defaultcatalog.h"
#include "app/latencylogfile.h"
#include "app/report.h"
#include "app/resultsexport.h"
#include "app/scenariodocument.h"
#include "app/settings.h"
#include "app/language.h"
#include "app/uncertaintyrunner.h"
#include "models/alternatives.h"
#include "models/evaluate.h"
#include "models/litellmimport.h"
#include "models/modellookup.h"
#include "models/scenarioio.h"
#include "widgets/alternativespanel.h"
#include "widgets/alternativesscatter.h"
#include "widgets/businesscasechart.h"
#include "widgets/calibrationcharts.h"
#include "widgets/calibrationpanel.h"
#include "widgets/catalogpanel.h"
#include "widgets/chartview.h"
#include "widgets/costbreakdownchart.h"
#include "widgets/costprojectionchart.h"
#include "widgets/diagnostictext.h"
#include "widgets/economicspanel.h"
#include "widgets/evalspanel.h"
#include "widgets/fittinglabel.h"
#include "widgets/headlinestrip.h"
#include "widgets/latencybytokenschart.h"
#include "widgets/latencypanel.h"
#include "widgets/latencytimelinechart.h"
#include "widgets/pipelinepanel.h"
#include "widgets/scenarioinfopanel.h"
#include "widgets/trafficpanel.h"
#include "widgets/displayformat.h"
#include "widgets/uncertaintycharts.h"
#include "widgets/uncertaintypanel.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

constexpr int AutosaveDelayMs = 3000;

QString describe(const Diagnostics &errors)
{
    QStringList lines;
    for (const Diagnostic &d : errors)
        lines << diagnosticLine(d);
    return lines.join(u"\n"_s);
}

QWidget *group(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

QSplitter *verticalPair(QWidget *top, QWidget *bottom)
{
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

Scenario templateScenario()
{
    QFile file(u":/templates/new.fulcrum.json"_s);
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    return scenarioFromText(std::string_view(bytes.constData(), bytes.size())).scenario.value_or(Scenario {});
}

} // namespace

MainWindow::MainWindow(const Catalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_document {new ScenarioDocument(this)}
    , m_catalog {catalog}
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    setWindowIcon(QIcon(u":/icons/fulcrum.svg"_s));
    m_uncertaintyRunner = new UncertaintyRunner(this);
    m_builtLanguage = Language::current();
    createLayout();
    createActions();

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(AutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (m_document->isModified())
            m_document->writeAutosave();
    });

    connect(m_document, &ScenarioDocument::scenarioChanged, this, &MainWindow::refreshViews);
    connect(m_document, &ScenarioDocument::scenarioChanged, this, [this] {
        if (m_document->isModified() && !m_autosaveTimer->isActive())
            m_autosaveTimer->start();
    });
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::scenarioChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);

    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    if (!m_splitter->restoreState(Settings::splitterState()))
        m_splitter->setSizes({520, 900});
    if (Settings::windowGeometry().isEmpty()) {
        // Roomy where there is room; on a small screen (1280 × 800) no larger than it.
        QSize preferred(1480, 920);
        if (const QScreen *shown = screen())
            preferred = preferred.boundedTo(shown->availableGeometry().size());
        resize(preferred);
    }
    applyAppearance(Settings::appearance());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The document is destroyed with the window's children, after this destructor: its
    // undo stack then signals a last cleanChanged, which must not reach a half-destroyed
    // window (an assertion in debug builds, undefined behaviour otherwise).
    m_document->disconnect(this);
}

void MainWindow::createLayout()
{
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(6, 6, 6, 0);
    m_headline = new HeadlineStrip(central);
    column->addWidget(m_headline);

    m_info = new ScenarioInfoPanel;
    m_traffic = new TrafficPanel;
    m_economics = new EconomicsPanel;
    m_latency = new LatencyPanel;
    m_pipeline = new PipelinePanel;
    m_evals = new EvalsPanel;
    auto *inputs = new QWidget;
    auto *inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->setContentsMargins(0, 0, 4, 0);
    inputsLayout->addWidget(group(tr("Scenario"), m_info));
    inputsLayout->addWidget(group(tr("Traffic"), m_traffic));
    inputsLayout->addWidget(group(tr("Business case"), m_economics));
    inputsLayout->addWidget(group(tr("Latency budget"), m_latency));
    inputsLayout->addWidget(group(tr("Pipeline"), m_pipeline));
    inputsLayout->addWidget(group(tr("Eval results"), m_evals));
    inputsLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(inputs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    for (ScenarioPanel *panel : {static_cast<ScenarioPanel *>(m_info), static_cast<ScenarioPanel *>(m_traffic), static_cast<ScenarioPanel *>(m_economics),
                                 static_cast<ScenarioPanel *>(m_latency), static_cast<ScenarioPanel *>(m_pipeline),
                                 static_cast<ScenarioPanel *>(m_evals)})
        connectPanel(panel);

    m_businessChart = new BusinessCaseChart;
    m_costBreakdown = new CostBreakdownChart;
    m_costProjection = new CostProjectionChart;
    m_timeline = new LatencyTimelineChart;
    m_latencyByTokens = new LatencyByTokensChart;
    m_alternatives = new AlternativesPanel;
    m_scatter = new AlternativesScatter;
    m_catalogPanel = new CatalogPanel;
    m_calibrationPanel = new CalibrationPanel;
    m_uncertaintyPanel = new UncertaintyPanel;

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_businessChart, tr("&Business case"));
    m_tabs->addTab(verticalPair(m_costBreakdown, m_costProjection), tr("C&ost"));
    m_tabs->addTab(verticalPair(m_timeline, m_latencyByTokens), tr("&Latency"));
    m_tabs->addTab(verticalPair(m_alternatives, m_scatter), tr("&Alternatives"));
    m_tabs->addTab(m_catalogPanel, tr("Ca&talog"));
    m_tabs->addTab(m_calibrationPanel, tr("&Calibration"));
    m_tabs->addTab(m_uncertaintyPanel, tr("&Uncertainty"));

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"MainSplitter"_s);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    column->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // A long diagnostic is shortened, whole in the tooltip: going stale never widens the window.
    m_statusProblem = new FittingLabel;
    m_statusCatalog = new QLabel;
    statusBar()->addWidget(m_statusProblem, 1);
    statusBar()->addPermanentWidget(m_statusCatalog);

    connect(m_alternatives, &AlternativesPanel::applyRequested, this, [this](const Alternative &alternative) {
        if (m_stale) {
            // The candidates were ranked for the last valid scenario, not the one being edited.
            statusBar()->showMessage(tr("Fix the marked input first: the alternatives shown are out of date"), 6000);
            return;
        }
        pushEdit(applyAlternative(m_document->scenario(), alternative),
                 tr("Apply %1 (%2)").arg(QString::fromStdString(alternative.model),
                                         tierName(alternative.tier)));
    });
    connect(m_alternatives, &AlternativesPanel::applyToChanged, this, [this](const QString &key) {
        Scenario s = m_document->scenario();
        s.alternatives.applyTo = key.toStdString();
        if (s != m_document->scenario())
            pushEdit(s, tr("Change where alternatives apply"));
    });
    connect(m_alternatives, &AlternativesPanel::alternativeSelected, m_scatter, &AlternativesScatter::setHighlighted);
    connect(m_scatter, &AlternativesScatter::alternativeClicked, m_alternatives, &AlternativesPanel::selectAlternative);
    connect(m_catalogPanel, &CatalogPanel::modelEdited, this, [this](const ModelEntry &entry) {
        Scenario s = m_document->scenario();
        const auto it = std::find_if(s.models.begin(), s.models.end(), [&](const ModelEntry &m) { return m.id == entry.id; });
        if (it != s.models.end())
            *it = entry;
        else
            s.models.push_back(entry);
        pushEdit(s, tr("Edit %1 in the catalog").arg(QString::fromStdString(entry.id)));
    });
    connect(m_catalogPanel, &CatalogPanel::revertRequested, this, [this](const QString &id) {
        Scenario s = m_document->scenario();
        std::erase_if(s.models, [&](const ModelEntry &m) { return m.id == id.toStdString(); });
        if (s != m_document->scenario())
            pushEdit(s, tr("Revert %1 to the catalog").arg(id));
    });
    // The Monte Carlo runs only for the tab on screen, off the UI thread; a newer scenario
    // cancels the run in flight and only the newest results are shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateUncertainty);
    connect(m_uncertaintyPanel, &UncertaintyPanel::optionsEdited, this, [this] {
        m_uncertaintyOutdated = true;
        updateUncertainty();
    });
    connect(m_uncertaintyRunner, &UncertaintyRunner::runningChanged, m_uncertaintyPanel, &UncertaintyPanel::setRunning);
    connect(m_uncertaintyRunner, &UncertaintyRunner::uncertaintyComputed, this,
            [this](const std::optional<UncertaintyResults> &results, QThread *) {
                // The newest request was for the shown scenario: m_shown is its point results.
                if (results)
                    showUncertaintyResults(*results);
            });
    connect(m_catalogPanel, &CatalogPanel::importRequested, this, &MainWindow::importCatalog);
    connect(m_calibrationPanel, &CalibrationPanel::importRequested, this, &MainWindow::importLatencyLogsWithDialog);
    connect(m_calibrationPanel, &CalibrationPanel::clearRequested, this, [this] {
        m_latencyLogs.clear();
        recalibrate();
    });
    connect(m_calibrationPanel, &CalibrationPanel::holdoutEdited, this, &MainWindow::recalibrate);
    connect(m_calibrationPanel, &CalibrationPanel::applyRequested, this, [this](int row, const QString &modelId) {
        if (row < 0 || row >= static_cast<int>(m_calibration.fits.size()))
            return;
        const LatencyFit &fit = m_calibration.fits[static_cast<std::size_t>(row)];
        const auto after = withCalibratedLatency(m_document->scenario(), m_catalog, modelId.toStdString(), fit);
        if (!after) {
            m_calibrationPanel->showMessage(tr("Cannot apply %1's fit to %2").arg(QString::fromStdString(fit.model), modelId),
                                            true);
            return;
        }
        pushEdit(*after, tr("Apply calibrated latency to %1").arg(modelId));
        m_calibrationPanel->showMessage(tr("%1's latency now comes from %2 (see the Catalog tab; Undo reverts it)")
                                            .arg(modelId, QString::fromStdString(fit.model)),
                                        false);
    });

    // The charts' context-menu exports ask through the window: its directory, its errors.
    for (ChartView *chart : std::initializer_list<ChartView *> {m_businessChart, m_costBreakdown, m_costProjection,
                                                               m_timeline, m_latencyByTokens, m_scatter,
                                                               m_calibrationPanel->scatter(),
                                                               m_calibrationPanel->histogram(),
                                                               m_uncertaintyPanel->netHistogram(),
                                                               m_uncertaintyPanel->costHistogram(),
                                                               m_uncertaintyPanel->latencyHistogram(),
                                                               m_uncertaintyPanel->netTornado(),
                                                               m_uncertaintyPanel->latencyTornado()}) {
        chart->setSaveFileChooser([this](const QString &caption, const QString &name, const QString &filter) {
            return chooseSaveFile(caption, name, filter);
        });
        connect(chart, &ChartView::exportFailed, this, &MainWindow::reportError);
        connect(chart, &ChartView::exported, this, [this](const QString &path) {
            Settings::setLastDirectory(QFileInfo(path).absolutePath());
            statusBar()->showMessage(
                m_stale ? tr("Exported the last valid figures to %1: the scenario as edited has an error")
                              .arg(QDir::toNativeSeparators(path))
                        : tr("Exported %1").arg(QDir::toNativeSeparators(path)),
                8000);
        });
    }
}

void MainWindow::connectPanel(ScenarioPanel *panel)
{
    m_panels << panel;
    connect(panel, &ScenarioPanel::scenarioEdited, this,
            [this](const Scenario &after, const QString &mergeKey, const QString &text) { pushEdit(after, text, mergeKey); });
    connect(panel, &ScenarioPanel::unparsedInputChanged, this, [this, panel](bool unparsed) {
        const bool before = !m_panelsWithUnparsedInput.isEmpty();
        if (unparsed)
            m_panelsWithUnparsedInput.insert(panel);
        else
            m_panelsWithUnparsedInput.remove(panel);
        if (before != !m_panelsWithUnparsedInput.isEmpty())
            refreshViews();
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newScenario);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openWithDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs)->setObjectName(u"saveAs"_s);
    file->addSeparator();
    m_exportMenu = file->addMenu(tr("&Export"));
    m_exportMenu->addAction(tr("&Report (PDF)…"), QKeySequence(u"Ctrl+E"_s), this, &MainWindow::exportReport)
        ->setObjectName(u"exportReport"_s);
    QMenu *paper = m_exportMenu->addMenu(tr("Report &Paper"));
    auto *paperGroup = new QActionGroup(paper);
    const std::pair<QString, QString> papers[] = {{u"A4"_s, tr("A4 (210 × 297 mm)")},
                                                  {u"Letter"_s, tr("US Letter (8.5 × 11 in)")}};
    for (const auto &[size, name] : papers) {
        QAction *action = paper->addAction(name, this, [size] { Settings::setReportPageSize(size); });
        action->setObjectName(u"reportPaper"_s + size);
        action->setCheckable(true);
        action->setChecked(Settings::reportPageSize() == size);
        paperGroup->addAction(action);
    }
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(tr("Results as &JSON…"), this, [this] { exportResults(ResultsExport::Json); })
        ->setObjectName(u"exportResultsJson"_s);
    m_exportMenu->addAction(tr("&Alternatives as CSV…"), this, [this] { exportResults(ResultsExport::AlternativesCsv); })
        ->setObjectName(u"exportAlternativesCsv"_s);
    m_exportMenu->addAction(tr("Monthly &Projection as CSV…"), this,
                            [this] { exportResults(ResultsExport::ProjectionCsv); })
        ->setObjectName(u"exportProjectionCsv"_s);
    file->addSeparator();
    file->addAction(tr("&Import LiteLLM Price File…"), QKeySequence(u"Ctrl+I"_s), this, &MainWindow::importCatalog);
    file->addAction(tr("Use the &Built-in Catalog"), this, &MainWindow::useBuiltInCatalog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(edit, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(u"Ctrl+Y"_s)});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < TabCount; ++i) {
        QAction *action = view->addAction(m_tabs->tabText(i).remove(u'&'), this, [this, i] { m_tabs->setCurrentIndex(i); });
        action->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(i + 1)));
    }
    view->addSeparator();
    QMenu *appearance = view->addMenu(tr("A&ppearance"));
    auto *appearanceGroup = new QActionGroup(appearance);
    const std::array<std::pair<QString, QString>, 3> choices = {
        std::pair {u"system"_s, tr("&System")}, std::pair {u"light"_s, tr("&Light")}, std::pair {u"dark"_s, tr("&Dark")}};
    for (const auto &[key, label] : choices) {
        QAction *action = appearance->addAction(label, this, [this, key] {
            Settings::setAppearance(key);
            applyAppearance(key);
        });
        action->setCheckable(true);
        action->setChecked(Settings::appearance() == key);
        appearanceGroup->addAction(action);
    }

    QMenu *language = view->addMenu(tr("Lan&guage"));
    auto *languageGroup = new QActionGroup(language);
    for (const QString &code : Language::codes()) {
        // Each language is named in itself, so a user lost in a foreign one finds their own.
        QAction *action = language->addAction(Language::nativeName(code), this, [code] {
            Settings::setLanguage(code);
            Language::apply(code); // the LanguageChange event rebuilds the window
        });
        action->setObjectName(u"language_"_s + code);
        action->setCheckable(true);
        action->setChecked(Language::current() == code);
        languageGroup->addAction(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Fulcrum"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::pushEdit(const Scenario &after, const QString &text, const QString &mergeKey)
{
    if (after == m_document->scenario())
        return;
    m_document->undoStack()->push(new SetScenarioCommand(m_document, after, text, mergeKey));
}

void MainWindow::refreshViews()
{
    const Scenario &scenario = m_document->scenario();
    const Results results = evaluate(scenario, m_catalog);
    for (ScenarioPanel *panel : m_panels) {
        panel->setScenario(scenario, m_catalog);
        panel->setDiagnostics(results.errors);
    }
    m_catalogPanel->setCatalog(scenario, m_catalog);
    QStringList modelIds;
    for (const ModelEntry *entry : ModelLookup(scenario, m_catalog).all())
        modelIds << QString::fromStdString(entry->id);
    m_calibrationPanel->setModelIds(modelIds);

    const bool unparsedInput = !m_panelsWithUnparsedInput.isEmpty();
    m_stale = !results.valid() || unparsedInput;
    if (results.valid() && !unparsedInput) {
        m_shown = results;
        m_shownScenario = scenario;
        showShownResults();
        m_uncertaintyOutdated = true;
        if (m_tabs->currentWidget() == m_uncertaintyPanel)
            updateUncertainty();
        else
            m_uncertaintyRunner->cancel(); // a run for the scenario before; it runs again when shown
    } else {
        // The run in flight is for a scenario that is no longer the one being edited.
        m_uncertaintyRunner->cancel();
    }
    m_uncertaintyPanel->setStale(m_stale);
    m_headline->setStale(m_stale);
    for (ChartView *chart : std::initializer_list<ChartView *> {m_businessChart, m_costBreakdown, m_costProjection,
                                                               m_timeline, m_latencyByTokens, m_scatter})
        chart->setStale(m_stale);

    if (!results.valid())
        m_statusProblem->setText(tr("%1 — the figures shown are the last valid ones").arg(diagnosticLine(results.errors.front())));
    else if (unparsedInput)
        m_statusProblem->setText(tr("A field holds text that is not a number — the figures shown are the last valid ones"));
    else if (!results.warnings.empty())
        m_statusProblem->setText(tr("Note: %1").arg(diagnosticLine(results.warnings.front())));
    else
        m_statusProblem->setText({});
    m_statusProblem->setToolTipNote(describe(results.valid() ? results.warnings : results.errors));
    m_statusCatalog->setText(tr("Catalog as of %1%2")
                                 .arg(DisplayFormat::date(m_catalog.asOf()),
                                      CatalogStore::usingImportedCatalog() ? tr(" (imported)") : QString()));
}

void MainWindow::showShownResults()
{
    m_headline->showResults(m_shown);
    m_businessChart->showResults(m_shownScenario, m_shown);
    m_costBreakdown->showResults(m_shownScenario, m_shown);
    m_costProjection->showResults(m_shownScenario, m_shown);
    m_timeline->showResults(m_shownScenario, m_shown);
    m_latencyByTokens->showResults(m_shownScenario, m_shown);
    m_alternatives->showResults(m_shownScenario, m_shown);
    m_scatter->showResults(m_shownScenario, m_shown);
    // Re-ranking moves the selected candidate: the scatter follows the table's selection.
    m_scatter->setHighlighted(m_alternatives->selectedAlternative());
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Installing Fulcrum's and Qt's translators sends one event each: rebuild once, after
    // the menu action that asked for the language has returned.
    if (event->type() == QEvent::LanguageChange && !m_rebuildQueued) {
        m_rebuildQueued = true;
        QMetaObject::invokeMethod(this, &MainWindow::rebuildInterface, Qt::QueuedConnection);
    }
}

void MainWindow::rebuildInterface()
{
    m_rebuildQueued = false;
    if (m_builtLanguage == Language::current())
        return;
    m_builtLanguage = Language::current();

    const int tab = m_tabs->currentIndex();
    const QByteArray splitter = m_splitter->saveState();
    const UncertaintyOptions uncertainty = m_uncertaintyPanel->options();
    const std::optional<UncertaintyResults> uncertaintyShown = m_uncertaintyPanel->shownResults();
    const double holdout = m_calibrationPanel->holdoutFraction();
    const QString calibrationTarget = m_calibrationPanel->targetModel();
    const int selectedFit = m_calibrationPanel->selectedFit();
    QWidget *focused = QApplication::focusWidget();
    const QString focusedName = focused && isAncestorOf(focused) ? focused->objectName() : QString();

    m_uncertaintyRunner->cancel();
    m_uncertaintyRunner->disconnect();
    m_panels.clear();
    m_panelsWithUnparsedInput.clear();
    QWidget *oldCentral = takeCentralWidget();
    // The old views say nothing more to the window (hiding a focused field ends its edit).
    for (QObject *child : oldCentral->findChildren<QObject *>())
        child->disconnect(this);
    oldCentral->hide();
    oldCentral->deleteLater();
    setMenuBar(new QMenuBar(this)); // the old one is deleted
    setStatusBar(new QStatusBar(this));

    createLayout();
    createActions();
    m_splitter->restoreState(splitter);
    m_tabs->setCurrentIndex(tab);
    m_uncertaintyPanel->setOptions(uncertainty);
    m_calibrationPanel->setHoldoutFraction(holdout);
    recalibrate();
    m_calibrationPanel->setTargetModel(calibrationTarget);
    if (selectedFit >= 0)
        m_calibrationPanel->selectFit(selectedFit);
    if (!m_shown.steps.empty())
        showShownResults(); // the last valid figures, should the scenario as edited be invalid
    if (uncertaintyShown)
        showUncertaintyResults(*uncertaintyShown); // likewise; a valid scenario runs again below
    m_uncertaintyOutdated = true;
    refreshViews();
    updateTitle();
    if (!focusedName.isEmpty())
        if (QWidget *again = findChild<QWidget *>(focusedName))
            again->setFocus();
}

void MainWindow::showUncertaintyResults(const UncertaintyResults &results)
{
    const double pointLatencyS = m_shown.latency.known ? m_shown.latency.totalS : 0.0;
    Scenario named = m_shownScenario;
    if (!m_shown.currency.empty())
        named.currency = m_shown.currency;
    m_uncertaintyPanel->showUncertainty(results, named, m_shown.business.netPerMonth, pointLatencyS);
    m_uncertaintyPanel->setStale(m_stale);
}

void MainWindow::updateUncertainty()
{
    if (m_stale || !m_uncertaintyOutdated || m_tabs->currentWidget() != m_uncertaintyPanel || m_shown.steps.empty())
        return;
    m_uncertaintyOutdated = false;
    m_uncertaintyRunner->request(m_shownScenario, m_catalog, m_uncertaintyPanel->options());
}

void MainWindow::showScenario(const Scenario &scenario, const QString &path)
{
    m_document->reset(scenario, path);
}

bool MainWindow::openFile(const QString &path)
{
    const Diagnostics errors = m_document->open(path);
    if (!errors.empty()) {
        reportError(tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                    tr("The file was not opened; the current scenario is unchanged.\n\n%1").arg(describe(errors)));
        return false;
    }
    Settings::addRecentFile(m_document->filePath());
    Settings::setLastDirectory(QFileInfo(path).absolutePath());
    return true;
}

void MainWindow::newScenario()
{
    if (maybeSave())
        showScenario(templateScenario());
}

void MainWindow::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), Settings::lastDirectory(),
                                                      tr("Fulcrum scenarios (*.fulcrum.json *.json)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty() || m_document->filePath().startsWith(u':'))
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        reportError(tr("Cannot save"), error);
        return false;
    }
    Settings::addRecentFile(m_document->filePath());
    return true;
}

bool MainWindow::saveAs()
{
    // Through the same chooser as the exports: the home folder before any directory was used.
    const QString path = chooseSaveFile(tr("Save Scenario As"),
                                        fileBaseFor(m_document->scenario().title) + u".fulcrum.json"_s,
                                        tr("Fulcrum scenarios (*.fulcrum.json)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->save(path, &error)) {
        reportError(tr("Cannot save"), error);
        return false;
    }
    Settings::addRecentFile(m_document->filePath());
    Settings::setLastDirectory(QFileInfo(path).absolutePath());
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer =
        m_unsavedPrompt ? m_unsavedPrompt()
                        : QMessageBox::warning(this, tr("Unsaved changes"),
                                               tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
                                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                               QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    // Discarding keeps the autosave until the document is really replaced (reset() removes
    // it): a cancelled Open after "Discard" must not leave the edits unprotected.
    return answer == QMessageBox::Discard;
}

void MainWindow::setUnsavedChangesPrompt(std::function<QMessageBox::StandardButton()> prompt)
{
    m_unsavedPrompt = std::move(prompt);
}

void MainWindow::setErrorReporter(std::function<void(const QString &, const QString &)> report)
{
    m_errorReporter = std::move(report);
}

void MainWindow::setSaveFileChooser(SaveFileChooser chooser)
{
    m_saveFileChooser = std::move(chooser);
}

QString MainWindow::chooseSaveFile(const QString &caption, const QString &suggestedName, const QString &filter)
{
    if (m_saveFileChooser)
        return m_saveFileChooser(caption, suggestedName, filter);
    // No directory used yet (a first run): the home folder, not the root the bare name implies.
    const QString directory = Settings::lastDirectory().isEmpty() ? QDir::homePath() : Settings::lastDirectory();
    // The dialog adds the extension to a name typed without one, so that its question
    // before overwriting is about the file that will be written.
    QFileDialog dialog(this, caption, QDir(directory).filePath(suggestedName), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QFileInfo(suggestedName).suffix());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

QString MainWindow::fileBaseFor(const std::string &title)
{
    // "Customer service triage" -> customer-service-triage; no character a path would misread.
    QString base;
    for (const QChar c : QString::fromStdString(title).toLower()) {
        if (c.isLetterOrNumber())
            base += c;
        else if (!base.isEmpty() && !base.endsWith(u'-'))
            base += u'-';
    }
    while (base.endsWith(u'-'))
        base.chop(1);
    return base.isEmpty() ? u"scenario"_s : base;
}

void MainWindow::exportReport()
{
    // The last valid figures (what the views show), with the scenario they were computed from.
    if (m_shown.steps.empty()) {
        reportError(tr("Nothing to export"), tr("There are no valid figures yet: fix the marked input first."));
        return;
    }
    QString caption = tr("Export Report");
    if (m_stale)
        caption = tr("%1 (the last valid figures)").arg(caption);
    const QString path = chooseSaveFile(caption, fileBaseFor(m_shownScenario.title) + u"-report.pdf"_s, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    ReportOptions options;
    options.pageSize = Settings::reportPageSize() == u"Letter"_s ? QPageSize::Letter : QPageSize::A4;
    options.scenarioFile = QFileInfo(m_document->filePath()).fileName();
    // The uncertainty section samples as the Uncertainty tab is set to: the same figures.
    const UncertaintyOptions uncertainty = m_uncertaintyPanel->options();
    options.samples = uncertainty.samples;
    options.seed = uncertainty.seed;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = Report(m_shownScenario, m_shown, m_catalog, options).writeFile(path);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        reportError(tr("Cannot export the report"), error);
        return;
    }
    Settings::setLastDirectory(QFileInfo(path).absolutePath());
    statusBar()->showMessage(m_stale ? tr("Wrote the report of the last valid figures to %1: the scenario as edited "
                                          "has an error")
                                           .arg(QDir::toNativeSeparators(path))
                                     : tr("Wrote the report to %1").arg(QDir::toNativeSeparators(path)),
                             8000);
}

void MainWindow::exportResults(ResultsExport kind)
{
    // The last valid figures (what the views show). Before any, there is nothing to export.
    if (m_shown.steps.empty()) {
        reportError(tr("Nothing to export"), tr("There are no valid figures yet: fix the marked input first."));
        return;
    }
    QString caption;
    QString suffix;
    QString filter;
    QByteArray (*bytes)(const Results &) = nullptr;
    switch (kind) {
    case ResultsExport::Json:
        caption = tr("Export Results as JSON");
        suffix = u"-results.json"_s;
        filter = tr("JSON files (*.json)");
        bytes = &resultsJsonBytes;
        break;
    case ResultsExport::AlternativesCsv:
        caption = tr("Export Alternatives as CSV");
        suffix = u"-alternatives.csv"_s;
        filter = tr("CSV files (*.csv)");
        bytes = &alternativesCsvBytes;
        break;
    case ResultsExport::ProjectionCsv:
        caption = tr("Export Monthly Projection as CSV");
        suffix = u"-projection.csv"_s;
        filter = tr("CSV files (*.csv)");
        bytes = &projectionCsvBytes;
        break;
    }
    // Stale figures are exported as shown, the last valid ones, and the dialog says so.
    if (m_stale)
        caption = tr("%1 (the last valid figures)").arg(caption);
    const QString path = chooseSaveFile(caption, fileBaseFor(m_shownScenario.title) + suffix, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!writeFileAtomically(path, bytes(m_shown), &error)) {
        reportError(tr("Cannot export"), error);
        return;
    }
    Settings::setLastDirectory(QFileInfo(path).absolutePath());
    statusBar()->showMessage(m_stale ? tr("Exported the last valid figures to %1: the scenario as edited has an error")
                                           .arg(QDir::toNativeSeparators(path))
                                     : tr("Exported %1").arg(QDir::toNativeSeparators(path)),
                             8000);
}

void MainWindow::reportError(const QString &title, const QString &text)
{
    if (m_errorReporter)
        m_errorReporter(title, text);
    else
        QMessageBox::warning(this, title, text);
}

void MainWindow::offerRecovery()
{
    for (const ScenarioDocument::Recovery &r : ScenarioDocument::pendingRecoveries()) {
        const QString name = r.originalPath.isEmpty() ? (r.title.isEmpty() ? tr("an untitled scenario") : r.title)
                                                      : QFileInfo(r.originalPath).fileName();
        const auto answer = QMessageBox::question(
            this, tr("Restore unsaved changes?"),
            tr("Fulcrum did not close properly. Unsaved changes to %1 from %2 were kept.\nRestore them?")
                .arg(name, QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            const Diagnostics errors = m_document->restore(r);
            if (errors.empty())
                return;
            reportError(tr("Cannot restore"), describe(errors));
        } else if (answer == QMessageBox::Discard) {
            QFile::remove(r.autosaveFile);
        }
    }
}

void MainWindow::importCatalog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import LiteLLM Price File"), Settings::lastDirectory(),
                                                      tr("LiteLLM price files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reportError(tr("Cannot import"), file.errorString());
        return;
    }
    const QByteArray bytes = file.readAll();
    const std::string source = "LiteLLM price file " + QFileInfo(path).fileName().toStdString();
    const QString date = CatalogStore::dateOf(path);
    const LiteLlmImport import = importLiteLlmText(std::string_view(bytes.constData(), bytes.size()),
                                                   date.toStdString(), source);
    if (!import.errors.empty() || import.models.empty()) {
        reportError(tr("Cannot import"), import.errors.empty() ? tr("The file lists no chat models.") : describe(import.errors));
        return;
    }
    const Catalog merged = mergeImportedPrices(m_catalog, import.models, date.toStdString(), source);
    QString error;
    if (!CatalogStore::saveImported(merged, &error))
        reportError(tr("The imported catalog is used now but could not be kept for later"), error);
    setCatalog(merged);
    statusBar()->showMessage(tr("Imported %n chat models", nullptr, static_cast<int>(import.models.size())), 8000);
}

void MainWindow::importLatencyLogsWithDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Latency Logs"), Settings::lastDirectory(),
        tr("Latency logs (*.json *.csv);;llmperf individual responses (*_individual_responses.json);;"
           "vLLM bench serve results (*.json);;CSV (*.csv);;All files (*)"));
    if (paths.isEmpty())
        return;
    Settings::setLastDirectory(QFileInfo(paths.first()).absolutePath());
    importLatencyLogs(paths);
}

bool MainWindow::importLatencyLogs(const QStringList &paths)
{
    QStringList problems;
    int imported = 0;
    for (const QString &path : paths) {
        LatencyLogLoad load = loadLatencyLogFile(path);
        if (!load.log) {
            problems << QFileInfo(path).fileName() + u": "_s + describe(load.errors).replace(u"\n"_s, u"; "_s);
            continue;
        }
        // Importing a file again replaces its runs instead of counting them twice; another
        // file of the same name (another folder) is another log.
        std::erase_if(m_latencyLogs, [&](const LatencyLog &l) { return l.path == load.log->path; });
        m_latencyLogs.push_back(std::move(*load.log));
        ++imported;
    }
    recalibrate();
    if (!problems.isEmpty())
        m_calibrationPanel->showMessage(tr("Not imported:\n%1").arg(problems.join(u"\n"_s)), true);
    else
        statusBar()->showMessage(tr("Imported %n latency logs", nullptr, imported), 6000);
    return problems.isEmpty();
}

void MainWindow::recalibrate()
{
    m_calibration = calibrate(m_latencyLogs, {.holdoutFraction = m_calibrationPanel->holdoutFraction(), .keepPoints = true});
    m_calibrationPanel->showCalibration(m_latencyLogs, m_calibration);
}

void MainWindow::useBuiltInCatalog()
{
    CatalogStore::forgetImported();
    setCatalog(defaultCatalog());
}

void MainWindow::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    refreshViews();
}

void MainWindow::updateTitle()
{
    const QString title = QString::fromStdString(m_document->scenario().title);
    setWindowTitle((title.isEmpty() ? QString() : title + u" — "_s) + m_document->displayName() + u"[*]"_s);
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()), this, [this, path] {
            if (!maybeSave())
                return;
            if (!QFileInfo::exists(path))
                Settings::removeRecentFile(path);
            openFile(path);
        })->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::applyAppearance(const QString &appearance)
{
    static const QPalette systemPalette = QApplication::palette();
    if (appearance == u"dark"_s) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
        p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(p);
    } else if (appearance == u"light"_s) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setPalette(systemPalette);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Fulcrum"),
                       tr("<h3>Fulcrum %1</h3><p>The business case and latency budget of an LLM feature.</p>"
                          "<p>Price catalog as of %2<br>%3</p>")
                           .arg(QStringLiteral(FULCRUM_VERSION), DisplayFormat::date(m_catalog.asOf()),
                                QString::fromStdString(m_catalog.source()).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_document->removeAutosave(); // saved or discarded: nothing left to recover
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    Settings::setSplitterState(m_splitter->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && urls.first().toLocalFile().endsWith(u".json"_s))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    if (maybeSave())
        openFile(path);
}

} // namespace fulcrum
