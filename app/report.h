#pragma once

#include <cstddef>
#include <cstdint>

#include <QDate>
#include <QPageSize>
#include <QString>

#include "models/catalog.h"
#include "models/results.h"
#include "models/scenario.h"
#include "models/uncertainty.h"

class QIODevice;

namespace fulcrum {

struct ReportOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QDate date = QDate::currentDate(); ///< the report's date in the title block
    QString scenarioFile; ///< the scenario's file name; empty when unsaved
    /// The Monte Carlo of the uncertainty section (when the scenario has an uncertain input):
    /// as `fulcrum compute --samples N --seed S` and the window's Uncertainty tab.
    std::size_t samples = DefaultUncertaintySamples;
    std::uint64_t seed = DefaultUncertaintySeed;
};

/// The PDF business-case report: title block, executive summary, headline figures, the
/// workbench's charts as vector graphics, the top alternatives, rate-limit headroom, the
/// uncertainty (a Monte Carlo of options.samples and options.seed, when an input is uncertain) and
/// every assumption with the as-of date and source of each price and latency figure.
/// Everything comes from results (valid ones) and the catalog entries they were computed
/// with. Needs a QApplication (the charts are widgets); no display: use the offscreen
/// platform. Text is in the current translation and QLocale().
class Report
{
public:
    Report(const Scenario &scenario, const Results &results, const Catalog &catalog,
           ReportOptions options);

    /// Writes the PDF to device (open for writing); returns the number of pages.
    int write(QIODevice *device) const;
    /// Writes the PDF to path atomically (QSaveFile). Returns an empty string on success,
    /// else why it failed.
    QString writeFile(const QString &path) const;

private:
    Scenario m_scenario;
    Results m_results;
    Catalog m_catalog;
    ReportOptions m_options;
};

} // namespace fulcrum
