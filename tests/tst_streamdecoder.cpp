#include "encodings.h"
#include "streamdecoder.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

namespace {

const char16_t kChinese[] = u"你好，世界！网络调试助手 abc 123";

QByteArray encoded(const char *encoding, QStringView text)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(text);
    return encoder.hasError() ? QByteArray() : bytes;
}

struct DecoderOptions
{
    bool escapeBackslashes = false;
    bool asciiFastPath = true;
};

// Feeds the chunks to one decoder, each call in its own statement, and finishes the stream.
QString decodeChunks(const QString &encoding, const QList<QByteArray> &chunks,
                     DecoderOptions options = {})
{
    StreamDecoder decoder(encoding);
    decoder.setEscapeBackslashes(options.escapeBackslashes);
    decoder.setAsciiFastPath(options.asciiFastPath);
    QString out;
    for (const QByteArray &chunk : chunks) {
        const QString part = decoder.decode(chunk);
        out += part;
    }
    out += decoder.finish();
    return out;
}

// Text in each script that the encoding can write, encoded.
QList<QByteArray> samples(const QString &encoding)
{
    QList<QByteArray> texts;
    for (QStringView text : {u"你好，世界！网络调试助手", u"網路除錯助手", u"ネットワーク ～＼",
                             u"네트워크", u"café €¥ 😀", u"Привет"}) {
        const QByteArray bytes = encoded(encoding.toLatin1().constData(), text);
        if (!bytes.isEmpty())
            texts += bytes;
    }
    return texts;
}

QList<QByteArray> splitAt(const QByteArray &bytes, const QList<qsizetype> &sizes)
{
    QList<QByteArray> chunks;
    qsizetype pos = 0;
    for (qsizetype k = 0; pos < bytes.size(); ++k) {
        const qsizetype len = qMin(sizes[k % sizes.size()], bytes.size() - pos);
        chunks.append(bytes.sliced(pos, len));
        pos += len;
    }
    return chunks;
}

// Streams where the ASCII fast path starts, stops and meets every kind of neighbour: trail
// bytes in the ASCII range, four-byte GB18030 codes, bytes some converters map elsewhere
// (0x1A, 0x1C, 0x5C, 0x7E, 0x7F), invalid bytes, and characters cut at the end.
QList<QByteArray> craftedStreams(const QString &encoding)
{
    const QByteArray ascii("GET /a?b=1&c=~2 HTTP/1.1 | ~abcdefghijklmnopqrstuvwxyz");
    const QByteArray controls("\r\n\t\x1a\x1c\x7f\x00\x1b[0m", 11);
    QByteArray all;
    for (int byte = 0; byte < 256; ++byte)
        all += char(byte);
    QList<QByteArray> streams = {
            ascii,
            ascii + "\\" + ascii + "\\\\" + ascii,
            ascii + controls + ascii + controls,
            ascii + "\x81" + ascii,
            ascii + "\xe4\xbd",
            "\xe4\xbd" + ascii,
            "\x81\x30\x81\x30" + ascii + "\x81\x30\x81" + ascii,
            "\x81\x40\xa1\x7e" + ascii + "\x82\x5c\x83\x7e" + ascii,
            "\xef\xbb\xbf" + ascii + "\xef\xbb\xbf",
            "\xff\xfe" + ascii + "\x80" + ascii + "\xc0\xaf",
            ascii + all + ascii + all,
            QByteArray(40, '~') + QByteArray(40, '\\') + QByteArray(3, '\x7e'),
    };
    for (const QByteArray &text : samples(encoding))
        streams += text + ascii + text + text.first(text.size() - 1);
    return streams;
}

// Random streams built of pieces: long and short ASCII stretches, text in the encoding, lead
// bytes before ASCII, and random bytes.
QByteArray randomStream(QRandomGenerator &random, const QList<QByteArray> &texts)
{
    static const QByteArray pieces[] = {"hello, world 0123456789 ~~~ abcdefghij",
                                        "a",
                                        "\\",
                                        "~",
                                        "\r\n",
                                        "\x1a\x1c\x7f",
                                        "\x81",
                                        "\x81\x30",
                                        "\xe4\xbd",
                                        "\x82\x5c",
                                        "\xa1\x7e",
                                        "\x8e"};
    QByteArray stream;
    const int count = random.bounded(1, 24);
    for (int k = 0; k < count; ++k) {
        switch (random.bounded(4)) {
        case 0: stream += pieces[random.bounded(int(std::size(pieces)))]; break;
        case 1:
            if (!texts.isEmpty()) {
                const QByteArray &text = texts[random.bounded(int(texts.size()))];
                stream += text.mid(random.bounded(int(text.size())), 12);
            }
            break;
        case 2:
            stream += QByteArray(random.bounded(1, 40), char(random.bounded(0x20, 0x7F)));
            break;
        default:
            for (int b = random.bounded(1, 6); b > 0; --b)
                stream += char(random.bounded(256));
        }
    }
    return stream;
}

} // namespace

// Checks that StreamDecoder decodes a stream the same however it is split into reads, and
// shows every byte it cannot decode as \xHH.
class tst_StreamDecoder : public QObject
{
    Q_OBJECT

private slots:
    void escapeControls_data();
    void escapeControls();
    void wholeBuffer_data();
    void wholeBuffer();
    void splitAtEveryByte_data();
    void splitAtEveryByte();
    void randomSplits_data();
    void randomSplits();
    void invalidBytes_data();
    void invalidBytes();
    void truncatedAtEndOfStream_data();
    void truncatedAtEndOfStream();
    void unknownEncoding_data();
    void unknownEncoding();
    void escapeBackslashes();
    void escapeByte_data();
    void escapeByte();
    void reset();
    void asciiFastPathMatchesConverter_data();
    void asciiFastPathMatchesConverter();
    void encodingNames_data();
    void encodingNames();

private:
    void addStreams();
};

void tst_StreamDecoder::wholeBuffer_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    const QString chinese = QString::fromUtf16(kChinese);
    const QString withEmoji = chinese + QString::fromUtf16(u" 😀");
    QTest::newRow("utf-8") << "UTF-8" << withEmoji.toUtf8() << withEmoji;
    QTest::newRow("gbk") << "GBK" << QByteArray("\xc4\xe3\xba\xc3\xa3\xac\xca\xc0\xbd\xe7\xa3\xa1")
                         << QString::fromUtf16(u"你好，世界！");
    QTest::newRow("gbk long") << "GBK" << encoded("GBK", chinese) << chinese;
    // 😀 and ¥ are four-byte sequences in GB18030.
    QTest::newRow("gb18030 4-byte")
            << "GB18030" << QByteArray("\x94\x39\xfc\x36\xc4\xe3\x81\x30\x84\x36")
            << QString::fromUtf16(u"😀你¥");
    QTest::newRow("big5") << "Big5" << encoded("Big5", u"網路除錯")
                          << QString::fromUtf16(u"網路除錯");
    QTest::newRow("shift_jis") << "Shift_JIS" << encoded("Shift_JIS", u"ネットワーク")
                               << QString::fromUtf16(u"ネットワーク");
    QTest::newRow("euc-kr") << "EUC-KR" << encoded("EUC-KR", u"네트워크")
                            << QString::fromUtf16(u"네트워크");
    QTest::newRow("latin-1") << "ISO-8859-1" << QByteArray("caf\xe9")
                             << QString::fromUtf16(u"café");
    // A byte order mark in the middle of a stream is data and must not vanish.
    // (QString::fromUtf16() would drop a leading BOM from the expected text itself.)
    QTest::newRow("utf-8 bom") << "UTF-8"
                               << QByteArray("\xef\xbb\xbf"
                                             "A")
                               << QString(QChar(0xFEFF)) + u'A';
    QTest::newRow("utf-8 bom after text") << "UTF-8"
                                          << QByteArray("A\xef\xbb\xbf"
                                                        "B")
                                          << QStringLiteral("A") + QChar(0xFEFF) + u'B';
    QTest::newRow("gb18030 bom") << "GB18030"
                                 << QByteArray("\x84\x31\x95\x33"
                                               "A")
                                 << QString(QChar(0xFEFF)) + u'A';
}

void tst_StreamDecoder::wholeBuffer()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    QVERIFY(!bytes.isEmpty());
    QCOMPARE(StreamDecoder::decodeAll(encoding, bytes), expected);
}

void tst_StreamDecoder::addStreams()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");

    const QString chinese = QString::fromUtf16(kChinese);
    const QString withEmoji = chinese + QString::fromUtf16(u" 😀 end");
    QTest::newRow("utf-8") << "UTF-8" << withEmoji.toUtf8();
    QTest::newRow("utf-8 invalid") << "UTF-8"
                                   << (QByteArray("\xff") + withEmoji.toUtf8() +
                                       QByteArray("\x80\xc0\xaf\xe4\xbd"
                                                  "x\xe4\xbd"));
    QTest::newRow("utf-8 bom inside") << "UTF-8"
                                      << QByteArray("A\xef\xbb\xbf"
                                                    "B\xef\xbb\xbf"
                                                    "CD\xef\xbb\xbf");
    QTest::newRow("gbk") << "GBK" << encoded("GBK", chinese);
    QTest::newRow("gbk invalid") << "GBK" << (encoded("GBK", chinese) + "\xff\x81\x30\xc4");
    QTest::newRow("gb18030") << "GB18030" << encoded("GB18030", withEmoji + u'¥');
    QTest::newRow("gb18030 invalid")
            << "GB18030" << (encoded("GB18030", withEmoji) + "\x81\x30\x20\x94\x39");
    QTest::newRow("big5") << "Big5" << encoded("Big5", u"網路除錯助手 abc");
    QTest::newRow("shift_jis") << "Shift_JIS" << encoded("Shift_JIS", u"ネットワーク abc");
    QTest::newRow("euc-kr") << "EUC-KR" << encoded("EUC-KR", u"네트워크 abc");
    // Found by fuzzing: ICU's GB2312 decodes 0x85 alone, where the unit rules see a lead byte,
    // and read boundaries after 85 F2 changed the text.
    QTest::newRow("gb2312 c1 byte as lead")
            << "GB2312" << QByteArray("\x85\xf2\xf2\xf2\xf2\x72\xf2\xf2\xb0\xa1\xb0\xa1");
}

void tst_StreamDecoder::splitAtEveryByte_data()
{
    addStreams();
}

void tst_StreamDecoder::splitAtEveryByte()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);

    QVERIFY(bytes.size() > 10);
    const QString whole = StreamDecoder::decodeAll(encoding, bytes);
    QVERIFY(!whole.isEmpty());
    QVERIFY(!whole.contains(QChar(0xFFFD)));
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        const QString split = decodeChunks(encoding, {bytes.first(cut), bytes.sliced(cut)});
        QVERIFY2(split == whole, qPrintable(QStringLiteral("split at byte %1").arg(cut)));
    }

    QList<QByteArray> single;
    for (char byte : std::as_const(bytes))
        single.append(QByteArray(1, byte));
    QCOMPARE(decodeChunks(encoding, single), whole);
}

void tst_StreamDecoder::randomSplits_data()
{
    addStreams();
}

void tst_StreamDecoder::randomSplits()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);

    const QString whole = StreamDecoder::decodeAll(encoding, bytes);
    QRandomGenerator random(20240601); // fixed seed: a failure can be reproduced
    for (int round = 0; round < 200; ++round) {
        QList<QByteArray> chunks;
        qsizetype pos = 0;
        while (pos < bytes.size()) {
            const qsizetype len = qMin<qsizetype>(random.bounded(0, 6), bytes.size() - pos);
            chunks.append(bytes.sliced(pos, len));
            pos += len;
        }
        QVERIFY2(decodeChunks(encoding, chunks) == whole,
                 qPrintable(QStringLiteral("round %1, %2 chunks").arg(round).arg(chunks.size())));
    }
}

void tst_StreamDecoder::invalidBytes_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utf-8 0xff") << "UTF-8" << QByteArray("\xff") << "\\xFF";
    QTest::newRow("utf-8 0xff inside") << "UTF-8"
                                       << QByteArray("a\xff"
                                                     "b")
                                       << "a\\xFFb";
    QTest::newRow("utf-8 lone continuation") << "UTF-8"
                                             << QByteArray("a\x80"
                                                           "b")
                                             << "a\\x80b";
    QTest::newRow("utf-8 overlong slash") << "UTF-8" << QByteArray("\xc0\xaf") << "\\xC0\\xAF";
    QTest::newRow("utf-8 overlong 3-byte")
            << "UTF-8" << QByteArray("\xe0\x80\xaf") << "\\xE0\\x80\\xAF";
    QTest::newRow("utf-8 surrogate") << "UTF-8" << QByteArray("\xed\xa0\x80") << "\\xED\\xA0\\x80";
    QTest::newRow("utf-8 above U+10FFFF")
            << "UTF-8" << QByteArray("\xf4\x90\x80\x80") << "\\xF4\\x90\\x80\\x80";
    QTest::newRow("utf-8 interrupted sequence") << "UTF-8"
                                                << QByteArray("\xe4\xbd"
                                                              "A\xe4\xbd\xa0")
                                                << QString::fromUtf16(u"\\xE4\\xBDA你");
    QTest::newRow("utf-8 truncated at end")
            << "UTF-8" << QByteArray("ok\xe4\xbd") << "ok\\xE4\\xBD";
    QTest::newRow("utf-8 invalid then text")
            << "UTF-8" << QByteArray("\xfe\xff\xe4\xbd\xa0") << QString::fromUtf16(u"\\xFE\\xFF你");
    QTest::newRow("gbk 0xff") << "GBK" << QByteArray("\xc4\xe3\xff\xba\xc3")
                              << QString::fromUtf16(u"你\\xFF好");
    QTest::newRow("gbk lead with bad trail") << "GBK" << QByteArray("\x81\x30") << "\\x810";
    QTest::newRow("gbk truncated at end") << "GBK" << QByteArray("a\xc4") << "a\\xC4";
    QTest::newRow("gb18030 truncated 4-byte")
            << "GB18030" << QByteArray("\x94\x39\xfc") << "\\x94\\x39\\xFC";
    QTest::newRow("gb18030 bad third byte") << "GB18030" << QByteArray("\x81\x30\x20") << "\\x810 ";
    QTest::newRow("shift_jis truncated at end") << "Shift_JIS" << QByteArray("a\x82") << "a\\x82";
    // ICU decodes these to U+001A (SUB) in Shift_JIS and EUC-KR, which must not pass as text.
    QTest::newRow("shift_jis junk 0xff") << "Shift_JIS"
                                         << QByteArray("a\xff"
                                                       "b")
                                         << "a\\xFFb";
    QTest::newRow("shift_jis junk 0x80") << "Shift_JIS" << QByteArray("\x80") << "\\x80";
    QTest::newRow("euc-kr junk 0xff") << "EUC-KR"
                                      << QByteArray("a\xff"
                                                    "b")
                                      << "a\\xFFb";
    // ICU silently drops the second byte of this pair.
    QTest::newRow("euc-kr pair ICU drops") << "EUC-KR"
                                           << QByteArray("\x9f\xbe"
                                                         "a")
                                           << "\\x9F\\xBEa";
}

void tst_StreamDecoder::invalidBytes()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    const QString decoded = StreamDecoder::decodeAll(encoding, bytes);
    QCOMPARE(decoded, expected);
    QVERIFY(!decoded.contains(QChar(0xFFFD)));
}

void tst_StreamDecoder::truncatedAtEndOfStream_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("decoded");
    QTest::addColumn<QString>("finished");

    QTest::newRow("utf-8 2 of 3") << "UTF-8" << QByteArray("ab\xe4\xbd") << "ab"
                                  << "\\xE4\\xBD";
    QTest::newRow("utf-8 3 of 4") << "UTF-8" << QByteArray("\xf0\x9f\x98") << ""
                                  << "\\xF0\\x9F\\x98";
    QTest::newRow("gbk 1 of 2") << "GBK" << QByteArray("\xc4\xe3\xc4") << QString::fromUtf16(u"你")
                                << "\\xC4";
    QTest::newRow("gb18030 2 of 4") << "GB18030" << QByteArray("\x94\x39") << ""
                                    << "\\x94\\x39";
}

void tst_StreamDecoder::truncatedAtEndOfStream()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, decoded);
    QFETCH(QString, finished);

    StreamDecoder decoder(encoding);
    QCOMPARE(decoder.decode(bytes), decoded);
    QVERIFY(decoder.hasPending());
    QCOMPARE(decoder.finish(), finished);
    QVERIFY(!decoder.hasPending());
    // The stream can start again after finish().
    QCOMPARE(decoder.decode("z"), QStringLiteral("z"));
}

void tst_StreamDecoder::unknownEncoding_data()
{
    QTest::addColumn<QString>("encoding");

    QTest::newRow("made up") << "no-such-encoding";
    QTest::newRow("empty") << "";
    QTest::newRow("spaces") << "   ";
    QTest::newRow("near miss") << "GBKX";
}

void tst_StreamDecoder::unknownEncoding()
{
    QFETCH(QString, encoding);

    StreamDecoder decoder(encoding);
    QVERIFY(!decoder.isValid());
    QCOMPARE(decoder.encoding(), encoding);
    QCOMPARE(decoder.decode("hello\xff"), QString());
    QVERIFY(!decoder.hasPending());
    QCOMPARE(decoder.finish(), QString());
    QCOMPARE(StreamDecoder::decodeAll(encoding, "abc"), QString());
}

void tst_StreamDecoder::escapeBackslashes()
{
    const QByteArray bytes("a\\b\\\\c\xff\\");

    StreamDecoder plain(QStringLiteral("UTF-8"));
    QCOMPARE(plain.decode(bytes), QStringLiteral("a\\b\\\\c\\xFF\\"));

    // Only literal backslashes double; the \xHH escapes for invalid bytes stay single.
    StreamDecoder escaping(QStringLiteral("UTF-8"));
    escaping.setEscapeBackslashes(true);
    QCOMPARE(escaping.decode(bytes), QStringLiteral("a\\\\b\\\\\\\\c\\xFF\\\\"));

    StreamDecoder gbk(QStringLiteral("GBK"));
    gbk.setEscapeBackslashes(true);
    QCOMPARE(gbk.decode("\\\xc4\xe3\\"), QString::fromUtf16(u"\\\\你\\\\"));
}

void tst_StreamDecoder::escapeByte_data()
{
    QTest::addColumn<int>("byte");
    QTest::addColumn<QString>("expected");

    QTest::newRow("0x00") << 0x00 << "\\x00";
    QTest::newRow("0x0a") << 0x0a << "\\x0A";
    QTest::newRow("0xab") << 0xab << "\\xAB";
    QTest::newRow("0xff") << 0xff << "\\xFF";
}

void tst_StreamDecoder::escapeByte()
{
    QFETCH(int, byte);
    QFETCH(QString, expected);

    QCOMPARE(StreamDecoder::escapeByte(uchar(byte)), expected);
}

void tst_StreamDecoder::reset()
{
    StreamDecoder decoder(QStringLiteral("UTF-8"));
    QCOMPARE(decoder.decode("\xe4\xbd"), QString());
    QVERIFY(decoder.hasPending());
    decoder.reset();
    QVERIFY(!decoder.hasPending());
    QCOMPARE(decoder.decode("\xe4\xbd\xa0"), QString::fromUtf16(u"你"));
    QCOMPARE(decoder.finish(), QString());
}

void tst_StreamDecoder::asciiFastPathMatchesConverter_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("escapeBackslashes");

    // What NetDebug offers, and aliases whose ICU tables differ in ASCII (cp949, cp950, cp932).
    QStringList names = {QStringLiteral("cp936"),  QStringLiteral("Big5-HKSCS"),
                         QStringLiteral("cp950"),  QStringLiteral("cp932"),
                         QStringLiteral("cp949"),  QStringLiteral("windows-1251"),
                         QStringLiteral("KOI8-R"), QStringLiteral("US-ASCII")};
    names = Encodings::known() + names;
    for (const QString &name : std::as_const(names)) {
        if (!StreamDecoder(name).isValid())
            continue;
        QTest::addRow("%s", qPrintable(name)) << name << false;
        QTest::addRow("%s escaped", qPrintable(name)) << name << true;
    }
}

void tst_StreamDecoder::asciiFastPathMatchesConverter()
{
    QFETCH(QString, encoding);
    QFETCH(bool, escapeBackslashes);

    const QList<QByteArray> texts = samples(encoding);
    QList<QByteArray> streams = craftedStreams(encoding);
    QRandomGenerator random(20250117); // fixed seed: a failure can be reproduced
    for (int k = 0; k < 40; ++k)
        streams += randomStream(random, texts);

    const DecoderOptions fast{escapeBackslashes, true};
    const DecoderOptions reference{escapeBackslashes, false};
    for (const QByteArray &bytes : std::as_const(streams)) {
        const QString expected = decodeChunks(encoding, {bytes}, reference);
        const auto check = [&](const QList<QByteArray> &chunks, const QString &how) {
            if (decodeChunks(encoding, chunks, fast) == expected)
                return QString();
            return QStringLiteral("%1 of %2").arg(how, QString::fromLatin1(bytes.toHex()));
        };
        QString failure = check({bytes}, QStringLiteral("whole"));
        for (qsizetype cut = 0; failure.isEmpty() && cut <= bytes.size(); ++cut)
            failure = check({bytes.first(cut), bytes.sliced(cut)},
                            QStringLiteral("split at %1").arg(cut));
        for (qsizetype size : {1, 2, 3, 7, 17})
            if (failure.isEmpty())
                failure = check(splitAt(bytes, {size}), QStringLiteral("reads of %1").arg(size));
        if (failure.isEmpty())
            failure = check(splitAt(bytes, {random.bounded(0, 20), random.bounded(1, 20)}),
                            QStringLiteral("random reads"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
}

void tst_StreamDecoder::encodingNames_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utf8") << "utf8" << QByteArray("\xe4\xbd\xa0") << QString::fromUtf16(u"你");
    QTest::newRow("gb2312") << "GB2312" << QByteArray("\xc4\xe3") << QString::fromUtf16(u"你");
    QTest::newRow("gbk lower case") << "gbk" << QByteArray("\xc4\xe3") << QString::fromUtf16(u"你");
    QTest::newRow("windows-1252") << "windows-1252" << QByteArray("\x80")
                                  << QString::fromUtf16(u"€");
}

void tst_StreamDecoder::encodingNames()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    StreamDecoder decoder(encoding);
    QVERIFY(decoder.isValid());
    QCOMPARE(StreamDecoder::decodeAll(encoding, bytes), expected);
}

void tst_StreamDecoder::escapeControls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("keepLineBreaks");
    QTest::addColumn<QString>("expected");
    const QString hostile = QStringLiteral("a\x1b]0;x\x07 b\r\n\tc\u009B\x7f 你好");
    QTest::addRow("one line") << hostile << false
                              << QStringLiteral("a\\x1B]0;x\\x07 b\\r\\n\\tc\\u009B\\x7F 你好");
    QTest::addRow("terminal") << hostile << true
                              << QStringLiteral("a\\x1B]0;x\\x07 b\\r\n\tc\\u009B\\x7F 你好");
    QTest::addRow("plain text unchanged")
            << QStringLiteral("温度=23.5") << true << QStringLiteral("温度=23.5");
}

void tst_StreamDecoder::escapeControls()
{
    QFETCH(QString, text);
    QFETCH(bool, keepLineBreaks);
    QFETCH(QString, expected);
    QCOMPARE(StreamDecoder::escapeControls(text, keepLineBreaks), expected);
}

QTEST_GUILESS_MAIN(tst_StreamDecoder)
#include "tst_streamdecoder.moc"
