#pragma once

#include <Qt>

namespace fulcrum {

/// Roles the input tables (StepsTableModel, EvalsTableModel) give their delegates.
enum ItemRole : int {
    FieldPathRole = Qt::UserRole + 1, ///< QString: the cell's scenario path
    NumberKindRole,  ///< int: the NumberField::Kind that edits the cell; absent for text
    AllowsAutoRole,  ///< bool: the cell takes "auto"
    OptionalRole,    ///< bool: the cell may be empty (no value)
    TierOptionsRole, ///< QStringList: keys of the tiers the step's model offers
};

} // namespace fulcrum
