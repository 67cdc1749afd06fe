#include "child.h"

#include "measure.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace {

std::vector<std::string> mergedEnvironment(const ChildSpec &spec)
{
    std::vector<std::string> result;
    for (char **entry = environ; *entry; ++entry) {
        const std::string text(*entry);
        const std::string name = text.substr(0, text.find('='));
        bool replaced = false;
        for (const auto &change : spec.env)
            replaced = replaced || change.first == name;
        if (!replaced)
            result.push_back(text);
    }
    for (const auto &[name, value] : spec.env)
        result.push_back(name + '=' + value);
    return result;
}

std::vector<char *> pointers(std::vector<std::string> &strings)
{
    std::vector<char *> result;
    for (std::string &text : strings)
        result.push_back(text.data());
    result.push_back(nullptr);
    return result;
}

} // namespace

void setEnv(ChildSpec &spec, const std::string &name, const std::string &value)
{
    for (auto &entry : spec.env) {
        if (entry.first == name) {
            entry.second = value;
            return;
        }
    }
    spec.env.emplace_back(name, value);
}

ChildProcess::~ChildProcess()
{
    kill();
}

bool ChildProcess::start(const ChildSpec &spec, std::string *error)
{
    // Everything the child needs is built before the fork: between fork and exec only
    // async-signal-safe calls are allowed (the driver has threads).
    std::vector<std::string> args = spec.argv;
    std::vector<std::string> env = mergedEnvironment(spec);
    std::vector<char *> argv = pointers(args);
    std::vector<char *> envp = pointers(env);
    int in[2] = {-1, -1};
    int out[2] = {-1, -1};
    if ((spec.pipeStdin && pipe2(in, O_CLOEXEC) != 0) ||
        (spec.pipeStdout && pipe2(out, O_CLOEXEC) != 0)) {
        *error = std::string("pipe: ") + std::strerror(errno);
        return false;
    }
    const int outFile = spec.pipeStdout ? -1
                                        : open(spec.stdoutPath.c_str(),
                                               O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const int errFile =
            open(spec.stderrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if ((!spec.pipeStdout && outFile < 0) || errFile < 0) {
        *error = std::string("open: ") + std::strerror(errno);
        return false;
    }
    m_startedNs = Measure::nowNs();
    const pid_t pid = fork();
    if (pid == 0) {
        if (spec.pipeStdin)
            dup2(in[0], STDIN_FILENO);
        else if (const int null = open("/dev/null", O_RDONLY); null >= 0)
            dup2(null, STDIN_FILENO);
        dup2(spec.pipeStdout ? out[1] : outFile, STDOUT_FILENO);
        dup2(errFile, STDERR_FILENO);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    for (int fd : {in[0], out[1], outFile, errFile}) {
        if (fd >= 0)
            close(fd);
    }
    if (pid < 0) {
        *error = std::string("fork: ") + std::strerror(errno);
        return false;
    }
    m_pid = pid;
    m_stdin = in[1];
    m_stdout = out[0];
    return true;
}

bool ChildProcess::readLine(std::string *line, int timeoutMs)
{
    const long long deadline = Measure::nowNs() + (long long)timeoutMs * 1000000;
    for (;;) {
        const size_t end = m_buffer.find('\n');
        if (end != std::string::npos) {
            *line = m_buffer.substr(0, end);
            m_buffer.erase(0, end + 1);
            return true;
        }
        if (m_stdout < 0)
            return false;
        const long long left = (deadline - Measure::nowNs()) / 1000000;
        if (left <= 0)
            return false;
        pollfd fd{m_stdout, POLLIN, 0};
        const int ready = poll(&fd, 1, int(left));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return false;
        char chunk[4096];
        const ssize_t n = read(m_stdout, chunk, sizeof chunk);
        if (n <= 0) {
            close(m_stdout);
            m_stdout = -1;
            continue;
        }
        m_buffer.append(chunk, size_t(n));
    }
}

bool ChildProcess::readTagged(const std::string &prefix, std::string *rest, int timeoutMs)
{
    const long long deadline = Measure::nowNs() + (long long)timeoutMs * 1000000;
    std::string line;
    for (;;) {
        const long long left = (deadline - Measure::nowNs()) / 1000000;
        if (left <= 0 || !readLine(&line, int(left)))
            return false;
        if (line.compare(0, prefix.size(), prefix) == 0) {
            *rest = line.size() > prefix.size() ? line.substr(prefix.size() + 1) : std::string();
            return true;
        }
    }
}

bool ChildProcess::writeLine(const std::string &line)
{
    if (m_stdin < 0)
        return false;
    const std::string text = line + '\n';
    return write(m_stdin, text.data(), text.size()) == ssize_t(text.size());
}

bool ChildProcess::wait(int timeoutMs, int *exitCode, rusage *usage)
{
    if (m_pid <= 0)
        return false;
    const long long deadline = Measure::nowNs() + (long long)timeoutMs * 1000000;
    rusage ru{};
    int status = 0;
    for (;;) {
        const pid_t done = wait4(m_pid, &status, WNOHANG, &ru);
        if (done == m_pid)
            break;
        if (done < 0 && errno != EINTR) {
            m_pid = -1;
            return false;
        }
        if (Measure::nowNs() > deadline) {
            kill();
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    m_pid = -1;
    for (int *fd : {&m_stdin, &m_stdout}) {
        if (*fd >= 0)
            close(*fd);
        *fd = -1;
    }
    if (exitCode)
        *exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (usage)
        *usage = ru;
    return true;
}

void ChildProcess::terminate(int timeoutMs)
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGTERM);
    wait(timeoutMs);
}

void ChildProcess::kill()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        int status = 0;
        waitpid(m_pid, &status, 0);
        m_pid = -1;
    }
    for (int *fd : {&m_stdin, &m_stdout}) {
        if (*fd >= 0)
            close(*fd);
        *fd = -1;
    }
}

bool waitForLineInFile(const std::string &path, const std::string &needle, std::string *line,
                       int timeoutMs)
{
    const long long deadline = Measure::nowNs() + (long long)timeoutMs * 1000000;
    while (Measure::nowNs() < deadline) {
        std::ifstream file(path);
        const std::string text((std::istreambuf_iterator<char>(file)),
                               std::istreambuf_iterator<char>());
        // Only whole lines: the child may be in the middle of writing the last one.
        for (size_t begin = 0, end; (end = text.find('\n', begin)) != std::string::npos;
             begin = end + 1) {
            if (text.find(needle, begin) < end) {
                *line = text.substr(begin, end - begin);
                return true;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

std::string selfPath()
{
    char path[4096];
    const ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    return n > 0 ? std::string(path, size_t(n)) : std::string();
}
