#pragma once

#include <cstdint>
#include <string>

// How the peers driver and its measured side talk. The side prints READY, then LISTED once every
// peer is accepted and listed (or it has been quiet for kQuietNs), SENT when told SENDALL,
// SETTLED when told RECEIVED (every peer has the payload), and RESULT once all have left after
// CLOSED (the clients have closed every connection), or kReleaseNs after it.
namespace PeerProtocol {

constexpr int kPhaseTimeoutMs = 300000;
// A server that has accepted nobody new for this long is taken to have accepted all it will:
// a connection the kernel dropped from a full accept queue after a SYN cookie is established
// for the client and unknown to the server, and stays so.
constexpr std::int64_t kQuietNs = std::int64_t(15) * 1000000000;
// How long the server may take to see every client leave and to close their descriptors.
constexpr std::int64_t kReleaseNs = std::int64_t(10) * 1000000000;
inline const std::string kPayload =
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

} // namespace PeerProtocol
