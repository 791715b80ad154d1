#pragma once

#include <QString>

#include "models/diagnostic.h"

namespace fulcrum {

/// The sentence for a diagnostic, without its path, in the current language
/// (e.g. "must be ≥ 0, got -5").
QString diagnosticMessage(const Diagnostic &diagnostic);
/// "path: message", or the message alone for the whole file.
QString diagnosticLine(const Diagnostic &diagnostic);

} // namespace fulcrum
