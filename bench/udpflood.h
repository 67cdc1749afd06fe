#pragma once

#include <cstdint>
#include <cstring>

// The datagrams of the UDP flood: 64 bytes, a sequence number and then bytes that follow from it,
// so that a receiver can tell each one's content right and count what it missed. A marker (a
// sequence number of all ones) ends the flood: it is sent after a pause, again until the receiver
// has answered, and carries the kernel's final count of dropped datagrams with it.
namespace UdpFlood {

constexpr int kSize = 64;
constexpr std::uint64_t kMarker = ~std::uint64_t(0);

inline void fill(std::uint64_t sequence, unsigned char *out)
{
    std::memcpy(out, &sequence, sizeof sequence);
    for (int i = int(sizeof sequence); i < kSize; ++i)
        out[i] = static_cast<unsigned char>((sequence + std::uint64_t(i)) * 31u);
}

// True when data is a datagram of the flood (or the marker); *sequence says which.
inline bool check(const unsigned char *data, std::size_t size, std::uint64_t *sequence)
{
    if (size != std::size_t(kSize))
        return false;
    std::memcpy(sequence, data, sizeof *sequence);
    unsigned char expected[kSize];
    fill(*sequence, expected);
    return std::memcmp(expected, data, std::size_t(kSize)) == 0;
}

} // namespace UdpFlood
