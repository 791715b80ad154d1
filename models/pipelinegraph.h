#pragma once

#include <vector>

#include "models/scenario.h"

namespace fulcrum {

/// The steps' "after" dependencies as indices, in an order that runs every step after
/// the steps it waits for. Names that match no step are left out (validation names them).
struct PipelineGraph
{
    std::vector<std::vector<int>> dependencies; ///< per step: the steps it waits for
    std::vector<int> order;                     ///< topological; empty when there is a cycle
    std::vector<int> cycle;                     ///< one dependency cycle, when there is one

    bool acyclic() const { return cycle.empty(); }
    /// The steps no other step waits for.
    std::vector<int> sinks() const;
    /// The last of the sinks in the list: its model's accuracy is the pipeline's.
    int finalStep() const;
};

PipelineGraph buildPipelineGraph(const std::vector<Step> &steps);

} // namespace fulcrum
