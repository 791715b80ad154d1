#pragma once

#include <QMetaType>
#include <Qt>

#include "models/distribution.h"

namespace fulcrum {

/// Roles the input tables (StepsTableModel, EvalsTableModel) give their delegates.
enum ItemRole : int {
    FieldPathRole = Qt::UserRole + 1, ///< QString: the cell's scenario path
    NumberKindRole,  ///< int: the NumberField::Kind that edits the cell; absent for text
    AllowsAutoRole,  ///< bool: the cell takes "auto"
    OptionalRole,    ///< bool: the cell may be empty (no value)
    TierOptionsRole, ///< QStringList: keys of the tiers the step's model offers
    AcceptsRangesRole, ///< bool: the cell takes a range ("180–200–260"), set as a Distribution
    RangeRole,         ///< Distribution: the cell's range; absent when it holds a number
};

} // namespace fulcrum

Q_DECLARE_METATYPE(fulcrum::Distribution)
