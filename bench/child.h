#pragma once

#include <string>
#include <sys/resource.h>
#include <sys/types.h>
#include <utility>
#include <vector>

// How to start a child: its arguments, environment changes and where its output goes.
struct ChildSpec
{
    std::vector<std::string> argv;
    std::vector<std::pair<std::string, std::string>> env; // set (or replaced) in the child
    bool pipeStdin = false;
    bool pipeStdout = true;
    std::string stdoutPath = "/dev/null"; // when stdout is not a pipe
    std::string stderrPath = "/dev/null";
};

// Sets (or replaces) one variable of the child's environment.
void setEnv(ChildSpec &spec, const std::string &name, const std::string &value);

// One child process of the benchmark: a measured side, a server or a display. It talks through
// lines on its stdin and stdout, and is killed (by its pid, nothing else) if still running when
// this object goes.
class ChildProcess
{
public:
    ChildProcess() = default;
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;
    ~ChildProcess();

    // Starts the child; the steady clock at the fork is startedNs().
    bool start(const ChildSpec &spec, std::string *error);
    pid_t pid() const { return m_pid; }
    bool running() const { return m_pid > 0; }
    long long startedNs() const { return m_startedNs; }

    // Reads one line from the child's stdout (without the newline); false on timeout or EOF.
    bool readLine(std::string *line, int timeoutMs);
    // Reads lines until one starts with prefix; returns the rest of it after a space.
    bool readTagged(const std::string &prefix, std::string *rest, int timeoutMs);
    bool writeLine(const std::string &line);

    // Waits for the child to end; on timeout kills it and returns false.
    bool wait(int timeoutMs, int *exitCode = nullptr, rusage *usage = nullptr);
    // SIGTERM, then SIGKILL if it has not gone within timeoutMs.
    void terminate(int timeoutMs = 2000);
    void kill();

private:
    pid_t m_pid = -1;
    int m_stdin = -1;
    int m_stdout = -1;
    long long m_startedNs = 0;
    std::string m_buffer;
};

// Polls a file until a line containing needle appears; returns that line.
bool waitForLineInFile(const std::string &path, const std::string &needle, std::string *line,
                       int timeoutMs);
// This executable, for re-running it as a child.
std::string selfPath();
