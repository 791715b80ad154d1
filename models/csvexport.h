#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "models/results.h"

namespace fulcrum {

/// CSV exports of Results (RFC 4180): one header row of snake_case names (the keys
/// resultsToJson uses for the same figure), then one row per record, every row ended by
/// CRLF as the RFC asks. A field holding a comma, a double quote, CR or LF is quoted, its
/// quotes doubled. Numbers are written locale-independently with the fewest digits that
/// read back to the same double (std::to_chars); an unknown figure (JSON null) is an
/// empty cell; booleans are "true" and "false". Invalid results give the header only.

/// The ranked alternatives, in rank order: rank, model, provider, tier (its JSON key),
/// caching, cost_per_request, cost_per_month, saving_per_month, latency_first_token_s,
/// latency_total_s, latency_total_slowest_s, accuracy, accuracy_basis,
/// break_even_accuracy, net_per_month, net_gain_per_month, feasible, reasons (the codes
/// of infeasibleReasonKeys joined by ";", empty when feasible), pareto, current.
std::string alternativesToCsv(const Results &results);

/// The monthly projection over the horizon: month (0-based, as in the JSON),
/// requests_per_day, cost, net, cumulative_cost, cumulative_net; money in the results'
/// currency.
std::string projectionToCsv(const Results &results);

/// One field as CSV writes it: quoted only when it has to be.
std::string csvField(std::string_view text);
/// A number in the shortest form that reads back exactly: plain from 1e-5 to 1e16
/// ("100000", "0.1"), with an exponent beyond ("1e+21", "1.5e-10"); empty when not finite.
std::string csvNumber(double value);

/// Splits CSV text (RFC 4180, CRLF or LF line ends) into rows of unquoted fields. For
/// tests and tools that read the exports back; a malformed quote ends the parse early.
std::vector<std::vector<std::string>> parseCsv(std::string_view text);

} // namespace fulcrum
