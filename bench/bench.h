#pragma once

#include "child.h"

#include <QJsonObject>
#include <cstdint>
#include <string>

class Report;

// What one run of the benchmark measures and where it keeps its scratch files.
struct Config
{
    bool quick = false;
    std::int64_t ingestBytes = std::int64_t(1) << 30;
    int peers = 10000;
    int echoes = 10000;
    int startupRuns = 5;
    int periodicSeconds = 10;
    std::int64_t fileBytes = std::int64_t(1) << 30;
    std::string scratch; // private temporary directory: settings, logs, output files
    std::string self;    // this executable, re-run for each measured side
    std::string gui;     // netdebug
    std::string cli;     // netdebug-cli

    // A child with the benchmark's environment: offscreen, C locale, settings in scratch, its
    // stderr in scratch/<logName>.log.
    ChildSpec spec(std::vector<std::string> argv, const std::string &logName) const;
    std::string logPath(const std::string &logName) const;
};

// Reads "TAG {json}" from a child; false (with a failure in the report) on timeout.
bool readReport(ChildProcess &child, const char *tag, int timeoutMs, QJsonObject *fields,
                Report &report, const std::string &scenario, const Config &config,
                const std::string &logName);

// The driver's part of each scenario: starts the measured sides, loads them, adds rows.
void runIngest(const Config &config, Report &report);
void runPeers(const Config &config, Report &report);
void runEcho(const Config &config, Report &report);
void runStartup(const Config &config, Report &report);
void runUdp(const Config &config, Report &report);
void runPeriodic(const Config &config, Report &report);
void runFileSend(const Config &config, Report &report);

// The measured sides, run as "netdebug-bench --scenario NAME [--bytes N] [--peers N]
// [--backlog N] [--port N] [--count N] [--file PATH]"; --port is a sink of the driver's that the
// side sends to.
int ingestRawChild(std::int64_t bytes);
// How the server tab's log shows the flood.
enum class LogDisplay { Hex, Text, Paused };
int ingestGuiChild(int argc, char **argv, LogDisplay display, std::int64_t bytes);
int peersGuiChild(int argc, char **argv, int peers, int backlog);
int peersRawChild(int peers, int backlog);
int echoRawChild();
int startupBaselineChild(int argc, char **argv);
int udpRawChild();
int udpGuiChild(int argc, char **argv, LogDisplay display);
int periodicRawChild(std::uint16_t port, std::int64_t count);
int periodicGuiChild(int argc, char **argv, std::uint16_t port, std::int64_t count);
// How a raw sender copies the file to the socket.
enum class FileCopy { Sendfile, ReadWrite };
int fileRawChild(std::uint16_t port, const std::string &path, FileCopy how);
int fileGuiChild(int argc, char **argv, std::uint16_t port, const std::string &path);

constexpr double kMB = 1e6; // figures in MB are 10^6 bytes
// How long an ingest may take before it counts as hung.
constexpr int kIngestTimeoutMs = 900000;
