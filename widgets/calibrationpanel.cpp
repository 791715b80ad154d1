#include "widgets/calibrationpanel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "widgets/calibrationcharts.h"
#include "widgets/calibrationtablemodel.h"
#include "widgets/diagnostictext.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

CalibrationPanel::CalibrationPanel(QWidget *parent)
    : QWidget(parent)
    , m_model {new CalibrationTableModel(this)}
{
    m_importButton = new QPushButton(tr("&Import Latency Logs…"), this);
    m_importButton->setObjectName(u"importLogsButton"_s);
    m_importButton->setToolTip(tr("llmperf *_individual_responses.json, vllm bench serve --save-result JSON, or a CSV "
                                  "with model,input_tokens,output_tokens,ttft_s,total_s"));
    m_clearButton = new QPushButton(tr("Clea&r"), this);
    m_clearButton->setObjectName(u"clearLogsButton"_s);
    m_clearButton->setEnabled(false);
    m_holdout = new QDoubleSpinBox(this);
    m_holdout->setObjectName(u"holdoutSpin"_s);
    m_holdout->setRange(0, 90);
    m_holdout->setDecimals(0);
    m_holdout->setSingleStep(10);
    m_holdout->setSuffix(tr(" %", "the held-out share's unit"));
    m_holdout->setToolTip(tr("Share of each model's runs kept out of the fit to test it (every k-th run)"));
    auto *holdoutLabel = new QLabel(tr("Hol&d out"), this);
    holdoutLabel->setBuddy(m_holdout);

    auto *top = new QHBoxLayout;
    top->addWidget(m_importButton);
    top->addWidget(m_clearButton);
    top->addSpacing(16);
    top->addWidget(holdoutLabel);
    top->addWidget(m_holdout);
    top->addStretch();

    m_filesLabel = new QLabel(emptyText(), this);
    m_filesLabel->setObjectName(u"filesLabel"_s);
    m_filesLabel->setWordWrap(true);
    m_filesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view = new QTableView(this);
    m_view->setObjectName(u"calibrationView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Each header whole in every language; the table scrolls sideways instead.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // Room for five fits before the table scrolls.
    m_view->setMinimumHeight(m_view->horizontalHeader()->sizeHint().height() + 5 * (m_view->fontMetrics().height() + 6)
                             + 2 * m_view->frameWidth());

    m_target = new QComboBox(this);
    m_target->setObjectName(u"targetModelCombo"_s);
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->setMinimumContentsLength(22);
    m_target->completer()->setFilterMode(Qt::MatchContains);
    m_target->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_target->lineEdit()->setPlaceholderText(tr("a model of the catalog or the scenario"));
    auto *targetLabel = new QLabel(tr("Selected fit's latency &goes into"), this);
    targetLabel->setBuddy(m_target);
    m_applyButton = new QPushButton(tr("Appl&y to Catalog"), this);
    m_applyButton->setObjectName(u"applyCalibrationButton"_s);
    m_applyButton->setToolTip(tr("Write the fitted TTFT, prefill and output speeds into the scenario's figures for "
                                 "this model, dated by the run (one undoable edit)"));
    m_applyButton->setEnabled(false);
    auto *apply = new QHBoxLayout;
    apply->addWidget(targetLabel);
    apply->addWidget(m_target, 1);
    apply->addWidget(m_applyButton);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"calibrationMessage"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();

    m_scatter = new CalibrationScatter(this);
    m_histogram = new ResidualHistogramChart(this);
    m_scatter->setFits({});
    m_histogram->setFits({});
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_scatter);
    charts->addWidget(m_histogram);
    charts->setChildrenCollapsible(false);

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(top);
    upperLayout->addWidget(m_filesLabel);
    upperLayout->addWidget(m_view, 1);
    upperLayout->addLayout(apply);
    upperLayout->addWidget(m_messageLabel);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(charts);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_importButton, &QPushButton::clicked, this, &CalibrationPanel::importRequested);
    connect(m_clearButton, &QPushButton::clicked, this, &CalibrationPanel::clearRequested);
    connect(m_holdout, &QDoubleSpinBox::valueChanged, this, [this](double percent) { emit holdoutEdited(percent / 100); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int row = selectedFit();
        if (row >= 0) {
            const QString model = QString::fromStdString(m_model->fits()[static_cast<std::size_t>(row)].model);
            if (m_modelIds.contains(model))
                setTargetModel(model);
        }
        updateApplyButton();
    });
    connect(m_target, &QComboBox::currentTextChanged, this, &CalibrationPanel::updateApplyButton);
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        const int row = selectedFit();
        if (row >= 0 && m_applyButton->isEnabled())
            emit applyRequested(row, targetModel());
    });
}

void CalibrationPanel::showCalibration(const std::vector<LatencyLog> &logs, const Calibration &calibration)
{
    const int selected = selectedFit();
    m_model->setFits(calibration.fits);
    m_scatter->setFits(calibration.fits);
    m_histogram->setFits(calibration.fits);
    m_clearButton->setEnabled(!logs.empty());

    QStringList lines;
    for (const LatencyLog &log : logs) {
        const std::string_view format = latencyLogFormatKey(log.format);
        lines << tr("%1 — %2, %3 runs, %4 failed and skipped, run %5")
                     .arg(QString::fromStdString(log.fileName),
                          QString::fromLatin1(format.data(), static_cast<qsizetype>(format.size())))
                     .arg(log.runs.size())
                     .arg(log.failedRuns())
                     .arg(log.runDate.empty() ? tr("on an unknown date") : QString::fromStdString(log.runDate));
    }
    // After Clear the empty state again, not the files that are gone.
    m_filesLabel->setText(lines.isEmpty() ? emptyText() : lines.join(u"\n"_s));
    QStringList notes;
    for (const Diagnostic &d : calibration.errors)
        notes << diagnosticLine(d);
    for (const Diagnostic &d : calibration.warnings) {
        // The table already says "not varied" (with the reason as its tooltip) for these.
        if (d.code != "input_constant")
            notes << diagnosticLine(d);
    }
    if (notes.isEmpty())
        m_messageLabel->hide();
    else
        showMessage(notes.join(u"\n"_s), !calibration.errors.empty());

    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        selectFit(selected >= 0 && selected < m_model->rowCount() ? selected : 0);
    updateApplyButton();
}

void CalibrationPanel::setModelIds(const QStringList &ids)
{
    if (ids == m_modelIds)
        return;
    m_modelIds = ids;
    const QSignalBlocker blocker(m_target);
    const QString current = m_target->currentText();
    m_target->clear();
    m_target->addItems(ids);
    m_target->setCurrentText(current);
    updateApplyButton();
}

void CalibrationPanel::setHoldoutFraction(double fraction)
{
    const QSignalBlocker blocker(m_holdout);
    m_holdout->setValue(fraction * 100);
}

double CalibrationPanel::holdoutFraction() const
{
    return m_holdout->value() / 100;
}

int CalibrationPanel::selectedFit() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CalibrationPanel::selectFit(int row)
{
    m_view->selectRow(row);
}

QString CalibrationPanel::targetModel() const
{
    return m_target->currentText().trimmed();
}

void CalibrationPanel::setTargetModel(const QString &modelId)
{
    m_target->setCurrentText(modelId);
    updateApplyButton();
}

QString CalibrationPanel::emptyText()
{
    return tr("No latency log imported. Import your own measurements to fit TTFT and output speed to them "
              "and see how well the model predicts.");
}

void CalibrationPanel::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(isError ? u"color: #d04040;"_s : QString());
    m_messageLabel->setVisible(!text.isEmpty());
}

void CalibrationPanel::updateApplyButton()
{
    const int row = selectedFit();
    const bool usable = row >= 0 && m_model->fits()[static_cast<std::size_t>(row)].usable();
    const bool known = m_modelIds.contains(targetModel());
    m_applyButton->setEnabled(usable && known);
    if (row >= 0 && !usable)
        m_applyButton->setToolTip(tr("This fit has no runs with two or more output tokens: nothing to apply"));
    else if (!known)
        m_applyButton->setToolTip(tr("Choose a model of the catalog or the scenario to write the latency into"));
    else
        m_applyButton->setToolTip(tr("Write the fitted TTFT, prefill and output speeds into the scenario's figures "
                                     "for %1, dated by the run (one undoable edit)")
                                      .arg(targetModel()));
}

} // namespace fulcrum
