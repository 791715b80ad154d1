#include "models/latencymodel.h"

#include <algorithm>

namespace fulcrum {

CallLatency callLatency(double networkOverheadS, double queueS, const LatencyProfile &profile,
                        double prefillTokens, double reasoningTokens, double outputTokens)
{
    CallLatency l;
    l.networkS = networkOverheadS;
    l.queueS = queueS;
    l.ttftS = profile.ttftS;
    l.prefillS = profile.prefillTokensPerS ? prefillTokens / *profile.prefillTokensPerS : 0.0;
    const double slowest = profile.slowestOutputTokensPerS();
    l.reasoningS = reasoningTokens / profile.outputTokensPerS;
    l.reasoningSlowestS = reasoningTokens / slowest;
    l.outputS = outputTokens / profile.outputTokensPerS;
    l.outputSlowestS = outputTokens / slowest;
    return l;
}

double affordableOutputTokens(double budgetS, double firstTokenS, double outputTokensPerS)
{
    return std::max(0.0, (budgetS - firstTokenS) * outputTokensPerS);
}

} // namespace fulcrum
