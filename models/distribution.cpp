#include "models/distribution.h"

#include "models/jsonreader.h"

namespace fulcrum {

namespace {

const char *distKey(DistributionKind kind)
{
    switch (kind) {
    case DistributionKind::Triangular:
        return "triangular";
    case DistributionKind::Pert:
        return "pert";
    case DistributionKind::LogNormal:
        return "lognormal";
    }
    return "triangular";
}

} // namespace

double Distribution::pointValue() const
{
    return kind == DistributionKind::LogNormal ? median : likely;
}

std::optional<Distribution> distributionFromJson(const Json &json,
                                                 const std::string &path, Diagnostics &errors)
{
    const std::size_t errorsBefore = errors.size();
    Distribution d;
    bool kindKnown = true;
    if (json.contains("dist")) {
        const Json &dist = json["dist"];
        if (!dist.is_string()) {
            kindKnown = false;
            errors.push_back({path + ".dist", "wrong_type", {{"expected", "string"}, {"got", jsonTypeName(dist)}}});
        } else if (dist == "triangular") {
            d.kind = DistributionKind::Triangular;
        } else if (dist == "pert") {
            d.kind = DistributionKind::Pert;
        } else if (dist == "lognormal") {
            d.kind = DistributionKind::LogNormal;
        } else {
            kindKnown = false;
            errors.push_back({path + ".dist",
                              "unknown_distribution",
                              {{"dist", dist.get<std::string>()},
                               {"allowed", {"triangular", "pert", "lognormal"}}}});
        }
    } else if (json.contains("median")) {
        d.kind = DistributionKind::LogNormal;
    }

    auto read = [&](const char *key, bool required) -> std::optional<double> {
        if (!json.contains(key)) {
            if (required)
                errors.push_back({path + "." + key, "missing", Json::object()});
            return std::nullopt;
        }
        const Json &v = json[key];
        if (!v.is_number()) {
            errors.push_back({path + "." + key, "wrong_type", {{"expected", "number"}, {"got", jsonTypeName(v)}}});
            return std::nullopt;
        }
        return v.get<double>();
    };

    if (d.kind == DistributionKind::LogNormal) {
        d.median = read("median", true).value_or(0.0);
        d.p10 = read("p10", false);
        d.p90 = read("p90", false);
        if (d.p10.has_value() == d.p90.has_value() && errors.size() == errorsBefore)
            errors.push_back({path, "lognormal_needs_one_percentile", Json::object()});
    } else {
        d.low = read("low", true).value_or(0.0);
        d.likely = read("likely", true).value_or(0.0);
        d.high = read("high", true).value_or(0.0);
    }
    // A key of the other kind of range ("p90" in a triangular one) would be dropped on save:
    // an error, not a silent loss.
    if (kindKnown) {
        const bool logNormal = d.kind == DistributionKind::LogNormal;
        static const std::array<const char *, 3> ThreePoint = {"low", "likely", "high"};
        static const std::array<const char *, 3> Quantiles = {"median", "p10", "p90"};
        for (const char *key : logNormal ? ThreePoint : Quantiles) {
            if (json.contains(key))
                errors.push_back({path + "." + key,
                                  "not_for_distribution",
                                  {{"dist", distKey(d.kind)},
                                   {"takes", logNormal ? Json {"median", "p10", "p90"}
                                                       : Json {"low", "likely", "high"}}}});
        }
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        static const std::array<std::string_view, 7> known = {"dist", "low", "likely", "high",
                                                              "median", "p10", "p90"};
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            d.extra[it.key()] = it.value();
    }
    if (errors.size() != errorsBefore)
        return std::nullopt;
    return d;
}

Json distributionToJson(const Distribution &d)
{
    Json json = d.extra;
    if (d.kind == DistributionKind::LogNormal) {
        json["median"] = d.median;
        if (d.p10)
            json["p10"] = *d.p10;
        if (d.p90)
            json["p90"] = *d.p90;
    } else {
        json["low"] = d.low;
        json["likely"] = d.likely;
        json["high"] = d.high;
    }
    json["dist"] = distKey(d.kind);
    return json;
}

void checkDistribution(const Distribution &d, const NumberRule &rule, const std::string &path,
                       Diagnostics &errors)
{
    if (d.kind == DistributionKind::LogNormal) {
        // A log-normal is positive: a bound that allows 0 becomes "> 0"; "≥ 1" and shares stay.
        NumberRule positive = rule;
        if (rule.bound == Bound::Any || rule.bound == Bound::NonNegative)
            positive.bound = Bound::Positive;
        positive.integer = false; // a log-normal's quantiles are never whole numbers
        bool ok = checkNumber(d.median, positive, path + ".median", errors);
        if (d.p10)
            ok = checkNumber(*d.p10, positive, path + ".p10", errors) && ok;
        if (d.p90)
            ok = checkNumber(*d.p90, positive, path + ".p90", errors) && ok;
        if (ok && rule.integer)
            ok = checkNumber(d.median, rule, path + ".median", errors); // the point value must be whole
        if (ok && ((d.p10 && !(*d.p10 < d.median)) || (d.p90 && !(d.median < *d.p90))))
            errors.push_back({path, "range_order",
                              {{"median", d.median}, {"p10", d.p10 ? Json(*d.p10) : nullptr},
                               {"p90", d.p90 ? Json(*d.p90) : nullptr}}});
        return;
    }
    NumberRule relaxed = rule;
    relaxed.integer = false; // a range of a whole-number input may still have fractional ends
    bool ok = checkNumber(d.low, relaxed, path + ".low", errors);
    ok = checkNumber(d.likely, relaxed, path + ".likely", errors) && ok;
    ok = checkNumber(d.high, relaxed, path + ".high", errors) && ok;
    if (ok && !(d.low <= d.likely && d.likely <= d.high))
        errors.push_back(
            {path, "range_order", {{"low", d.low}, {"likely", d.likely}, {"high", d.high}}});
    else if (ok && rule.integer)
        checkNumber(d.likely, rule, path + ".likely", errors); // the point value must be whole
}

} // namespace fulcrum
