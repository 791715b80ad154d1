#pragma once

#include "models/modelentry.h"

namespace fulcrum {

/// Where the time of one call goes, in seconds, at typical and at slowest output speed.
struct CallLatency
{
    double networkS = 0;
    double queueS = 0; ///< the tier's wait before work starts
    double ttftS = 0;
    double prefillS = 0;
    double reasoningS = 0;
    double reasoningSlowestS = 0;
    double outputS = 0;
    double outputSlowestS = 0;

    double firstTokenS() const { return networkS + queueS + ttftS + prefillS + reasoningS; }
    double firstTokenSlowestS() const { return networkS + queueS + ttftS + prefillS + reasoningSlowestS; }
    double totalS() const { return firstTokenS() + outputS; }
    double totalSlowestS() const { return firstTokenSlowestS() + outputSlowestS; }

    bool operator==(const CallLatency &) const = default;
};

/// first_token = network + queue + TTFT + prefill tokens / prefill speed + reasoning / speed;
/// total = first_token + output / speed. Token counts are per completion (completions are
/// generated side by side). Without a prefill speed, prefill time is taken as part of TTFT.
CallLatency callLatency(double networkOverheadS, double queueS, const LatencyProfile &profile,
                        double prefillTokens, double reasoningTokens, double outputTokens);

/// Output tokens that fit in budgetS after the first token at speed: (B − first) × speed,
/// floored at 0.
double affordableOutputTokens(double budgetS, double firstTokenS, double outputTokensPerS);

} // namespace fulcrum
