#include "models/pipelinegraph.h"

#include <algorithm>
#include <functional>

namespace fulcrum {

std::vector<int> PipelineGraph::sinks() const
{
    const int n = static_cast<int>(dependencies.size());
    std::vector<bool> waitedFor(n, false);
    for (const auto &deps : dependencies) {
        for (int d : deps)
            waitedFor[d] = true;
    }
    std::vector<int> result;
    for (int i = 0; i < n; ++i) {
        if (!waitedFor[i])
            result.push_back(i);
    }
    return result;
}

int PipelineGraph::finalStep() const
{
    const std::vector<int> s = sinks();
    return s.empty() ? static_cast<int>(dependencies.size()) - 1 : s.back();
}

PipelineGraph buildPipelineGraph(const std::vector<Step> &steps)
{
    PipelineGraph graph;
    const int n = static_cast<int>(steps.size());
    graph.dependencies.resize(n);
    for (int i = 0; i < n; ++i) {
        for (const std::string &name : steps[i].after) {
            const auto it = std::find_if(steps.begin(), steps.end(),
                                         [&](const Step &s) { return s.name == name; });
            if (it != steps.end())
                graph.dependencies[i].push_back(static_cast<int>(it - steps.begin()));
        }
    }

    // Depth-first search: a step on the current path met again closes a cycle.
    enum class Mark { New, OnPath, Done };
    std::vector<Mark> marks(n, Mark::New);
    std::vector<int> path;
    std::function<bool(int)> visit = [&](int i) {
        marks[i] = Mark::OnPath;
        path.push_back(i);
        for (int d : graph.dependencies[i]) {
            if (marks[d] == Mark::OnPath) {
                const auto start = std::find(path.begin(), path.end(), d);
                graph.cycle.assign(start, path.end());
                return false;
            }
            if (marks[d] == Mark::New && !visit(d))
                return false;
        }
        path.pop_back();
        marks[i] = Mark::Done;
        graph.order.push_back(i); // after everything it waits for
        return true;
    };
    for (int i = 0; i < n; ++i) {
        if (marks[i] == Mark::New && !visit(i)) {
            graph.order.clear();
            break;
        }
    }
    return graph;
}

} // namespace fulcrum
