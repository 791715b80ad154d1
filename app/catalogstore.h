#pragma once

#include <QString>

#include "models/catalog.h"

namespace fulcrum {

/// The catalog the window prices with: the built-in one, or the one the user imported
/// (kept in the application's data folder so it survives a restart).
namespace CatalogStore {

/// The user's imported catalog when there is a valid one, else the built-in catalog.
Catalog load();
bool usingImportedCatalog();
/// Keeps an imported catalog for later sessions (atomically).
bool saveImported(const Catalog &catalog, QString *error);
/// Goes back to the built-in catalog.
void forgetImported();
QString importedCatalogPath();
/// The as-of date of a price file: a date like 2026-07-24 in its name, else the day it was
/// last modified (ISO format).
QString dateOf(const QString &path);

} // namespace CatalogStore

} // namespace fulcrum
