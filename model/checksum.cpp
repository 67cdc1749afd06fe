#include "checksum.h"

#include <array>
#include <limits>

namespace {

// Tables for the CRCs, built by the compiler: one step of eight shifts per byte value.
// A reflected CRC shifts right with the reversed polynomial; a normal one shifts left.
template<typename T>
constexpr std::array<T, 256> reflectedTable(T reversedPoly)
{
    std::array<T, 256> table{};
    for (unsigned i = 0; i < 256; ++i) {
        T crc = T(i);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? T((crc >> 1) ^ reversedPoly) : T(crc >> 1);
        table[i] = crc;
    }
    return table;
}

template<typename T>
constexpr std::array<T, 256> normalTable(T poly)
{
    constexpr int shift = int(sizeof(T) * 8) - 8;
    constexpr T top = T(T(1) << (sizeof(T) * 8 - 1));
    std::array<T, 256> table{};
    for (unsigned i = 0; i < 256; ++i) {
        T crc = T(T(i) << shift);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & top) ? T(T(crc << 1) ^ poly) : T(crc << 1);
        table[i] = crc;
    }
    return table;
}

constexpr auto kCrc8Table = normalTable<quint8>(0x07);
constexpr auto kCrc16CcittTable = normalTable<quint16>(0x1021);
constexpr auto kCrc16ModbusTable = reflectedTable<quint16>(0xA001); // 0x8005 reversed
constexpr auto kCrc32Table = reflectedTable<quint32>(0xEDB88320);   // 0x04C11DB7 reversed

template<typename T>
T normalCrc(const std::array<T, 256> &table, T crc, QByteArrayView data)
{
    constexpr int shift = int(sizeof(T) * 8) - 8;
    for (char byte : data)
        crc = T(T(crc << 8) ^ table[quint8(crc >> shift) ^ quint8(byte)]);
    return crc;
}

template<typename T>
T reflectedCrc(const std::array<T, 256> &table, T crc, QByteArrayView data)
{
    for (char byte : data)
        crc = T((crc >> 8) ^ table[quint8(crc ^ quint8(byte))]);
    return crc;
}

quint8 sum8(QByteArrayView data)
{
    quint8 sum = 0;
    for (char byte : data)
        sum = quint8(sum + quint8(byte));
    return sum;
}

} // namespace

QList<ChecksumKind> Checksum::kinds()
{
    return {ChecksumKind::None,        ChecksumKind::Sum8,        ChecksumKind::Xor8,
            ChecksumKind::Crc8,        ChecksumKind::Crc16Modbus, ChecksumKind::Crc16CcittFalse,
            ChecksumKind::Crc16Xmodem, ChecksumKind::Crc32,       ChecksumKind::Lrc};
}

QString Checksum::key(ChecksumKind kind)
{
    switch (kind) {
    case ChecksumKind::None: return QStringLiteral("none");
    case ChecksumKind::Sum8: return QStringLiteral("sum8");
    case ChecksumKind::Xor8: return QStringLiteral("xor8");
    case ChecksumKind::Crc8: return QStringLiteral("crc8");
    case ChecksumKind::Crc16Modbus: return QStringLiteral("crc16-modbus");
    case ChecksumKind::Crc16CcittFalse: return QStringLiteral("crc16-ccitt-false");
    case ChecksumKind::Crc16Xmodem: return QStringLiteral("crc16-xmodem");
    case ChecksumKind::Crc32: return QStringLiteral("crc32");
    case ChecksumKind::Lrc: return QStringLiteral("lrc");
    }
    return {};
}

std::optional<ChecksumKind> Checksum::fromKey(const QString &key)
{
    for (ChecksumKind kind : kinds()) {
        if (key.compare(Checksum::key(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString Checksum::displayName(ChecksumKind kind)
{
    // The catalogue names are the same in every language; only "None" is a word.
    switch (kind) {
    case ChecksumKind::None: return tr("None");
    case ChecksumKind::Sum8: return QStringLiteral("Sum 8");
    case ChecksumKind::Xor8: return QStringLiteral("XOR 8");
    case ChecksumKind::Crc8: return QStringLiteral("CRC-8");
    case ChecksumKind::Crc16Modbus: return QStringLiteral("CRC-16/MODBUS");
    case ChecksumKind::Crc16CcittFalse: return QStringLiteral("CRC-16/CCITT-FALSE");
    case ChecksumKind::Crc16Xmodem: return QStringLiteral("CRC-16/XMODEM");
    case ChecksumKind::Crc32: return QStringLiteral("CRC-32");
    case ChecksumKind::Lrc: return QStringLiteral("LRC");
    }
    return {};
}

int Checksum::width(ChecksumKind kind)
{
    switch (kind) {
    case ChecksumKind::None: return 0;
    case ChecksumKind::Sum8:
    case ChecksumKind::Xor8:
    case ChecksumKind::Crc8:
    case ChecksumKind::Lrc: return 1;
    case ChecksumKind::Crc16Modbus:
    case ChecksumKind::Crc16CcittFalse:
    case ChecksumKind::Crc16Xmodem: return 2;
    case ChecksumKind::Crc32: return 4;
    }
    return 0;
}

quint32 Checksum::compute(ChecksumKind kind, QByteArrayView data)
{
    switch (kind) {
    case ChecksumKind::None: return 0;
    case ChecksumKind::Sum8: return sum8(data);
    case ChecksumKind::Xor8: {
        quint8 x = 0;
        for (char byte : data)
            x ^= quint8(byte);
        return x;
    }
    case ChecksumKind::Crc8: return normalCrc<quint8>(kCrc8Table, 0x00, data);
    case ChecksumKind::Crc16Modbus: return reflectedCrc<quint16>(kCrc16ModbusTable, 0xFFFF, data);
    case ChecksumKind::Crc16CcittFalse: return normalCrc<quint16>(kCrc16CcittTable, 0xFFFF, data);
    case ChecksumKind::Crc16Xmodem: return normalCrc<quint16>(kCrc16CcittTable, 0x0000, data);
    case ChecksumKind::Crc32:
        return reflectedCrc<quint32>(kCrc32Table, 0xFFFFFFFF, data) ^ 0xFFFFFFFF;
    case ChecksumKind::Lrc: return quint8(-sum8(data));
    }
    return 0;
}

QByteArray Checksum::encode(ChecksumKind kind, quint32 value, ChecksumOrder order)
{
    const int bytes = width(kind);
    bool littleEndian = order == ChecksumOrder::LittleEndian;
    if (order == ChecksumOrder::Conventional)
        littleEndian = kind == ChecksumKind::Crc16Modbus;
    QByteArray out(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i) {
        const int shift = 8 * (littleEndian ? i : bytes - 1 - i);
        out[i] = char((value >> shift) & 0xFF);
    }
    return out;
}

bool Checksum::append(QByteArray *data, const QByteArray &lineEnding, const ChecksumSpec &spec,
                      QString *error)
{
    if (spec.kind == ChecksumKind::None) {
        *data += lineEnding;
        return true;
    }
    if (spec.skipHead < 0 || spec.skipTail < 0) {
        if (error) {
            *error = tr("The checksum cannot skip a negative number of bytes (%1 at the start, "
                        "%2 at the end).")
                             .arg(spec.skipHead)
                             .arg(spec.skipTail);
        }
        return false;
    }
    const qsizetype covered = data->size() + (spec.beforeLineEnding ? 0 : lineEnding.size());
    if (qsizetype(spec.skipHead) + spec.skipTail > covered) {
        if (error) {
            *error = tr("The checksum cannot skip the first %1 and the last %2 bytes: only %n "
                        "byte(s) come before it.",
                        nullptr, int(qMin<qsizetype>(covered, std::numeric_limits<int>::max())))
                             .arg(spec.skipHead)
                             .arg(spec.skipTail);
        }
        return false;
    }
    if (!spec.beforeLineEnding)
        *data += lineEnding;
    const QByteArrayView range =
            QByteArrayView(*data).sliced(spec.skipHead, covered - spec.skipHead - spec.skipTail);
    const QByteArray check = encode(spec.kind, compute(spec.kind, range), spec.order);
    *data += check;
    if (spec.beforeLineEnding)
        *data += lineEnding;
    return true;
}
