#include "report.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

std::string formatNumber(double value, int decimals)
{
    if (std::isnan(value))
        return "-";
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

double Row::ratio() const
{
    if (std::isnan(value) || std::isnan(baseline) || baseline == 0)
        return kNone;
    return value / baseline;
}

std::string Row::targetText() const
{
    const std::string limit = formatNumber(target.limit, target.limit < 10 ? 2 : 0);
    switch (target.kind) {
    case Target::Kind::None: return isCheck ? "equal" : "-";
    case Target::Kind::AtMost: return "<= " + limit;
    case Target::Kind::AtLeast: return ">= " + limit;
    case Target::Kind::RatioAtMost: return "ratio <= " + limit;
    case Target::Kind::RatioAtLeast: return "ratio >= " + limit;
    }
    return "-";
}

std::string Row::verdict() const
{
    if (isCheck)
        return checkPassed ? "OK" : "FAIL";
    if (std::isnan(value) && note.rfind("n/a", 0) == 0)
        return "n/a"; // could not be measured in this environment, said why

    if (target.kind == Target::Kind::None)
        return "-";
    const bool byRatio =
            target.kind == Target::Kind::RatioAtMost || target.kind == Target::Kind::RatioAtLeast;
    const double measured = byRatio ? ratio() : value;
    if (std::isnan(measured))
        return "MISS"; // not measured is not met
    switch (target.kind) {
    case Target::Kind::AtMost:
    case Target::Kind::RatioAtMost: return measured <= target.limit ? "PASS" : "MISS";
    case Target::Kind::AtLeast:
    case Target::Kind::RatioAtLeast: return measured >= target.limit ? "PASS" : "MISS";
    case Target::Kind::None: break;
    }
    return "-";
}

void Report::addFigure(const std::string &scenario, const std::string &metric, double value,
                       double baseline, Target target, int decimals, const std::string &note)
{
    Row row;
    row.scenario = scenario;
    row.metric = metric;
    row.value = value;
    row.baseline = baseline;
    row.target = target;
    row.decimals = decimals;
    row.note = note;
    add(row);
}

void Report::check(const std::string &scenario, const std::string &metric, bool passed,
                   const std::string &note)
{
    Row row;
    row.scenario = scenario;
    row.metric = metric;
    row.isCheck = true;
    row.checkPassed = passed;
    row.note = note;
    m_rows.push_back(row);
}

void Report::failure(const std::string &scenario, const std::string &message)
{
    check(scenario, "ran to completion", false, message);
}

bool Report::allChecksPassed() const
{
    return std::all_of(m_rows.begin(), m_rows.end(),
                       [](const Row &row) { return !row.isCheck || row.checkPassed; });
}

void Report::print(std::FILE *out) const
{
    struct Cells
    {
        std::string c[7];
    };
    std::vector<Cells> lines;
    lines.push_back({{"scenario", "metric", "value", "baseline", "ratio", "target", "verdict"}});
    for (const Row &row : m_rows) {
        Cells cells{{row.scenario, row.metric,
                     row.isCheck ? row.note : formatNumber(row.value, row.decimals),
                     row.isCheck ? "" : formatNumber(row.baseline, row.decimals),
                     row.isCheck ? "" : formatNumber(row.ratio(), 2), row.targetText(),
                     row.verdict()}};
        if (!row.isCheck && !row.note.empty())
            cells.c[1] += " [" + row.note + "]";
        lines.push_back(cells);
    }
    size_t width[7] = {};
    for (const Cells &line : lines) {
        for (int i = 0; i < 7; ++i)
            width[i] = std::max(width[i], line.c[i].size());
    }
    for (size_t l = 0; l < lines.size(); ++l) {
        std::string text;
        for (int i = 0; i < 7; ++i) {
            const std::string &cell = lines[l].c[i];
            // Names left-aligned, figures right-aligned.
            const std::string pad(width[i] - cell.size(), ' ');
            text += (i >= 2 && i <= 4) ? pad + cell : cell + pad;
            text += i < 6 ? " | " : "";
        }
        std::fprintf(out, "%s\n", text.c_str());
        if (l == 0) {
            std::string rule;
            for (int i = 0; i < 7; ++i)
                rule += std::string(width[i], '-') + (i < 6 ? "-+-" : "");
            std::fprintf(out, "%s\n", rule.c_str());
        }
    }
}

bool Report::writeJson(const std::string &path, const std::string &configuration) const
{
    auto number = [](double value) { return std::isnan(value) ? QJsonValue() : QJsonValue(value); };
    QJsonArray rows;
    for (const Row &row : m_rows) {
        rows.append(QJsonObject{{"scenario", QString::fromStdString(row.scenario)},
                                {"metric", QString::fromStdString(row.metric)},
                                {"value", number(row.value)},
                                {"baseline", number(row.baseline)},
                                {"ratio", number(row.ratio())},
                                {"target", QString::fromStdString(row.targetText())},
                                {"verdict", QString::fromStdString(row.verdict())},
                                {"note", QString::fromStdString(row.note)}});
    }
    const QJsonObject root{{"configuration", QString::fromStdString(configuration)},
                           {"allChecksPassed", allChecksPassed()},
                           {"rows", rows}};
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QJsonDocument(root).toJson()) > 0;
}
