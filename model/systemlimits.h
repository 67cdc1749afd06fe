#pragma once

// What the operating system lets this process hold open: every connection costs a file
// descriptor, so a server must stay below the limit on open files or it can no longer accept.
namespace SystemLimits {

// Files (and so sockets) kept free for everything that is not a peer: listening sockets, the
// client tab, log files, the event dispatcher.
constexpr int kReservedFiles = 64;
// A sane ceiling for one server however high the system's limit is.
constexpr int kMaxConnectionsCeiling = 100000;

// What a process that may hold thousands of connections sets up before its application object
// exists: raiseFileLimit(), and Qt's own Unix event dispatcher rather than GLib's (QT_NO_GLIB,
// unless the environment already says). GLib's does work in proportion to the number of sockets
// for every socket notifier added, removed or switched; a send to 10,000 peers took 1.6 s with it
// and 0.36 s without.
void prepareForManyConnections();
// Hands the memory freed since the last call back to the system (glibc's malloc_trim()); free()
// alone keeps most of it, pinned by what is still in use around it. A no-op elsewhere.
void releaseFreeMemory();
// Raises the soft limit on open files to the hard limit, as far as the system allows; call it
// once at start-up, before any socket opens.
void raiseFileLimit();
// The current soft limit on open files; INT_MAX when there is none or it cannot be known.
int fileLimit();
// How many peers a server may hold without running out of file descriptors:
// min(fileLimit() - kReservedFiles, kMaxConnectionsCeiling), and at least 1.
int connectionCap();

} // namespace SystemLimits
