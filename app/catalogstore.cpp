#include "app/catalogstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include "app/defaultcatalog.h"
#include "models/catalogio.h"

using namespace Qt::StringLiterals;

namespace fulcrum::CatalogStore {

QString importedCatalogPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/catalog.json"_s;
}

Catalog load()
{
    QFile file(importedCatalogPath());
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.readAll();
        CatalogLoad loaded = catalogFromText(std::string_view(bytes.constData(), bytes.size()));
        if (loaded.catalog)
            return std::move(*loaded.catalog);
    }
    return defaultCatalog();
}

bool usingImportedCatalog()
{
    return QFileInfo::exists(importedCatalogPath());
}

bool saveImported(const Catalog &catalog, QString *error)
{
    QDir().mkpath(QFileInfo(importedCatalogPath()).absolutePath());
    QSaveFile file(importedCatalogPath());
    const QByteArray bytes = QByteArray::fromStdString(jsonText(catalogToJson(catalog), 1));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString dateOf(const QString &path)
{
    static const QRegularExpression date(u"(\\d{4}-\\d{2}-\\d{2})"_s);
    const QFileInfo info(path);
    const QRegularExpressionMatch m = date.match(info.fileName());
    return m.hasMatch() ? m.captured(1) : info.lastModified().date().toString(Qt::ISODate);
}

void forgetImported()
{
    QFile::remove(importedCatalogPath());
}

} // namespace fulcrum::CatalogStore
