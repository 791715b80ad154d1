#include "app/resultsexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include "models/csvexport.h"
#include "models/resultsio.h"

namespace fulcrum {

QByteArray resultsJsonBytes(const Results &results)
{
    return QByteArray::fromStdString(jsonText(resultsToJson(results), 2) + "\n");
}

QByteArray alternativesCsvBytes(const Results &results)
{
    return QByteArray::fromStdString(alternativesToCsv(results));
}

QByteArray projectionCsvBytes(const Results &results)
{
    return QByteArray::fromStdString(projectionToCsv(results));
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    if (!written && error) {
        *error = QCoreApplication::translate("Export", "cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return written;
}

} // namespace fulcrum
