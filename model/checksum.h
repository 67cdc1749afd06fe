#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// The check values a device expects on the end of a frame. Each algorithm is the one its
// catalogue name says (the "check" of "123456789" is tested for each).
enum class ChecksumKind {
    None,
    Sum8,
    Xor8,
    Crc8,
    Crc16Modbus,
    Crc16CcittFalse,
    Crc16Xmodem,
    Crc32,
    Lrc
};

// Which byte of a multi-byte check value goes first: the algorithm's convention (CRC-16/MODBUS low
// byte first, every other high byte first), or one chosen by the user.
enum class ChecksumOrder { Conventional, BigEndian, LittleEndian };

// What to append and over which bytes. The check covers the bytes before it (the payload, and
// the line ending too when the check goes after it) less the first skipHead and the last skipTail.
struct ChecksumSpec
{
    ChecksumKind kind = ChecksumKind::None;
    ChecksumOrder order = ChecksumOrder::Conventional;
    int skipHead = 0;
    int skipTail = 0;
    bool beforeLineEnding = false;

    bool operator==(const ChecksumSpec &other) const = default;
};

class Checksum
{
    Q_DECLARE_TR_FUNCTIONS(Checksum)

public:
    // The largest skipHead or skipTail a user may ask for.
    static constexpr int kMaxSkip = 1 << 20;

    static QList<ChecksumKind> kinds(); // None first, in the order the selector shows them
    // Fixed English names for the command line, settings and files: "none", "sum8", "xor8",
    // "crc8", "crc16-modbus", "crc16-ccitt-false", "crc16-xmodem", "crc32", "lrc".
    static QString key(ChecksumKind kind);
    static std::optional<ChecksumKind> fromKey(const QString &key); // case-insensitive
    // The catalogue name ("CRC-16/MODBUS"), or "None" translated.
    static QString displayName(ChecksumKind kind);
    static int width(ChecksumKind kind); // 0, 1, 2 or 4 bytes
    static QList<ChecksumOrder> orders();
    // Fixed English names for files, settings and the command line: "conventional", "be", "le".
    static QString orderKey(ChecksumOrder order);
    static std::optional<ChecksumOrder> orderFromKey(const QString &key); // case-insensitive

    static quint32 compute(ChecksumKind kind, QByteArrayView data);
    // The value as it goes on the wire, width(kind) bytes in the order asked for.
    static QByteArray encode(ChecksumKind kind, quint32 value, ChecksumOrder order);

    // data with the check appended as spec says; lineEnding is appended before or after it.
    // Fails, naming the numbers, when the range skips more bytes than there are.
    static bool append(QByteArray *data, const QByteArray &lineEnding, const ChecksumSpec &spec,
                       QString *error);
};
