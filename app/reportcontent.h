#pragma once

#include <memory>
#include <vector>

#include "app/report.h"

namespace fulcrum {

class ChartView;
class ReportLayout;

/// Adds the report's blocks to layout: the title block, the executive summary and headline
/// figures, the workbench's charts, the steps, the top alternatives, rate-limit headroom
/// and the assumptions with the source of every price and latency figure used. Returns the
/// charts the layout draws from; they must outlive its paint().
std::vector<std::unique_ptr<ChartView>>
addReportContent(ReportLayout &layout, const Scenario &scenario, const Results &results,
                 const Catalog &catalog, const ReportOptions &options);

} // namespace fulcrum
