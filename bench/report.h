#pragma once

#include <cstdio>
#include <limits>
#include <string>
#include <vector>

// What a figure must reach: an absolute bound, or a bound on its ratio to the baseline.
struct Target
{
    enum class Kind { None, AtMost, AtLeast, RatioAtMost, RatioAtLeast };
    Kind kind = Kind::None;
    double limit = 0;

    static Target none() { return {}; }
    static Target atMost(double limit) { return {Kind::AtMost, limit}; }
    static Target atLeast(double limit) { return {Kind::AtLeast, limit}; }
    static Target ratioAtMost(double limit) { return {Kind::RatioAtMost, limit}; }
    static Target ratioAtLeast(double limit) { return {Kind::RatioAtLeast, limit}; }
};

// One line of the table: a figure measured in this run, the raw baseline measured next to it,
// and the verdict against the target.
struct Row
{
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

    std::string scenario;
    std::string metric;
    double value = kNone;
    double baseline = kNone;
    Target target;
    int decimals = 1;
    std::string note; // for checks and failures: what was compared or what went wrong
    bool isCheck = false;
    bool checkPassed = true;

    double ratio() const;
    std::string verdict() const;
    std::string targetText() const;
};

// Collects the rows of all scenarios, prints them as a table and writes them as JSON.
class Report
{
public:
    void add(const Row &row) { m_rows.push_back(row); }
    // A figure of one scenario next to its baseline, with its verdict against target.
    void addFigure(const std::string &scenario, const std::string &metric, double value,
                   double baseline, Target target, int decimals, const std::string &note = {});
    // A correctness check (bytes received equal to bytes sent, and the like).
    void check(const std::string &scenario, const std::string &metric, bool passed,
               const std::string &note);
    // A scenario that could not be measured; the run fails.
    void failure(const std::string &scenario, const std::string &message);

    bool allChecksPassed() const;
    void print(std::FILE *out) const;
    bool writeJson(const std::string &path, const std::string &configuration) const;

private:
    std::vector<Row> m_rows;
};

std::string formatNumber(double value, int decimals);
