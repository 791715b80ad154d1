#pragma once

#include <QByteArray>
#include <QString>

#include "models/results.h"

namespace fulcrum {

/// The exported files' bytes, the same for the window's File ▸ Export and `fulcrum export`.
/// The results as JSON, byte for byte what `fulcrum compute` prints (indented, a final
/// newline).
QByteArray resultsJsonBytes(const Results &results);
/// models/csvexport.h's CSVs, UTF-8.
QByteArray alternativesCsvBytes(const Results &results);
QByteArray projectionCsvBytes(const Results &results);

/// Writes bytes to path through QSaveFile: an existing file is replaced only when all was
/// written. On failure returns false and says why in error ("cannot write PATH: REASON").
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace fulcrum
