#include "app/defaultcatalog.h"

#include <QFile>

#include "models/catalogio.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

const Catalog &defaultCatalog()
{
    static const Catalog catalog = [] {
        QFile file(u":/catalog/default-catalog.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in catalog is missing from the executable's resources.");
        const QByteArray bytes = file.readAll();
        CatalogLoad load = catalogFromText(std::string_view(bytes.constData(), bytes.size()));
        if (!load.catalog)
            qFatal("The built-in catalog does not load; tst_catalog should have caught this.");
        return std::move(*load.catalog);
    }();
    return catalog;
}

} // namespace fulcrum
