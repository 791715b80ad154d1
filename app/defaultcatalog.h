#pragma once

#include "models/catalog.h"

namespace fulcrum {

/// The catalog built into the executable (resources/catalog/default-catalog.json).
const Catalog &defaultCatalog();

} // namespace fulcrum
