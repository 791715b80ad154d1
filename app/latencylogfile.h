#pragma once

#include <QString>

#include "models/latencylog.h"

namespace fulcrum {

/// Reads and imports a latency log file (llmperf, vLLM or CSV, see models/latencylog.h)
/// and dates it: the date the file itself records (vLLM's "date"), else the "timestamp" of
/// llmperf's summary file beside it, else a date in the file's name, else the day the file
/// was last modified. An unreadable file gives "unreadable".
LatencyLogLoad loadLatencyLogFile(const QString &path);

} // namespace fulcrum
