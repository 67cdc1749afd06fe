#pragma once

#include "measure.h"
#include "report.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

// The figures of repeated rounds of one scenario, summarised: medians for rates and times, the
// worst round for peaks. A figure a round could not measure (NaN) is left out.
namespace Runs {

template<typename Figures>
std::vector<double> values(const std::vector<Figures> &runs, double Figures::*field)
{
    std::vector<double> result;
    for (const Figures &run : runs) {
        if (!std::isnan(run.*field))
            result.push_back(run.*field);
    }
    return result;
}

template<typename Figures>
double median(const std::vector<Figures> &runs, double Figures::*field)
{
    return Measure::percentile(values(runs, field), 50);
}

template<typename Figures>
double worst(const std::vector<Figures> &runs, double Figures::*field)
{
    return Measure::maximum(values(runs, field));
}

// "median of 3, 1850.2..2101.7" for a row's note; empty for fewer than two rounds.
template<typename Figures>
std::string range(const std::vector<Figures> &runs, double Figures::*field)
{
    const std::vector<double> all = values(runs, field);
    if (all.size() < 2)
        return {};
    const auto [low, high] = std::minmax_element(all.begin(), all.end());
    return "median of " + std::to_string(all.size()) + ", " + formatNumber(*low, 1) + ".." +
           formatNumber(*high, 1);
}

} // namespace Runs
