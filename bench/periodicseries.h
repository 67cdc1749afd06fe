#pragma once

#include <cstddef>

// What the periodic scenario sends, on both of its sides: one fixed message every kIntervalMs.
// The message holds no sequence number (the GUI sends the same payload each time), so the sink
// counts messages by their size and checks each byte against its place in the message.
namespace PeriodicSeries {

constexpr int kIntervalMs = 1;
constexpr char kMessage[] = "periodic-send-16";
constexpr std::size_t kMessageSize = sizeof kMessage - 1;
static_assert(kMessageSize == 16);

} // namespace PeriodicSeries
