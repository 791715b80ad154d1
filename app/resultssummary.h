#pragma once

#include <QString>
#include <QStringList>

#include "models/results.h"
#include "models/scenario.h"

namespace fulcrum {

/// A few plain sentences with the headline figures: break-even and margin, net per month,
/// cost, latency against the budget, the feasible alternative that raises the net most.
QString resultsSummary(const Scenario &scenario, const Results &results);

/// The report's executive summary: the same figures as plain sentences in the current
/// locale — accuracy against break-even and the net, the latency against the budget, the
/// cost and its growth, the move that raises the net most and what a cheaper one would do
/// (Results::bestImprovingAlternative() and the cheapest ones), rate limits that will bind.
/// Every number comes from results.
QStringList executiveSummary(const Scenario &scenario, const Results &results);

/// text without the spaces that composing it left between two Chinese characters or
/// Chinese punctuation ("（标准 服务层级）" -> "（标准服务层级）"); spaces next to Latin
/// text and figures stay.
QString withoutSpacesBetweenHan(QString text);

} // namespace fulcrum
