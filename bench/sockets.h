#pragma once

#include <cstdint>
#include <string>
#include <vector>

// Plain POSIX sockets on 127.0.0.1 for the raw baselines and the load generators.
namespace Sockets {

// A listening socket on 127.0.0.1 at a free port; -1 on failure.
int listenLoopback(int backlog, std::uint16_t *port, bool nonBlocking = false);
// A blocking connection to 127.0.0.1:port; -1 on failure.
int connectLoopback(std::uint16_t port, std::string *error);
// Waits up to timeoutMs for a connection on a blocking listener; -1 on timeout or error.
int acceptWithin(int listener, int timeoutMs);
bool sendAll(int fd, const char *data, size_t size);
bool receiveExactly(int fd, char *data, size_t size);
// The repeating content of every flood: 256 KiB of pseudo-random bytes.
const std::vector<char> &floodPattern();

} // namespace Sockets
