#include "streamhasher.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

// The SHA-256 of a stream of pieces, hashed on a thread of its own: equal to Qt's digest of the
// same bytes for any split, for nothing, and again after a reset.
class tst_StreamHasher : public QObject
{
    Q_OBJECT

private slots:
    void knownValues_data();
    void knownValues();
    void anySplitGivesTheSameDigest();
    void resetStartsAfresh();
    void moreThanTheQueueHolds();
};

void tst_StreamHasher::knownValues_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("empty") << QByteArray()
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b"
                                         "7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61"
                                       "f20015ad");
}

void tst_StreamHasher::knownValues()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    StreamHasher hasher;
    if (!input.isEmpty())
        hasher.add(input);
    QCOMPARE(hasher.result(), digest);
}

void tst_StreamHasher::anySplitGivesTheSameDigest()
{
    QByteArray data(300000, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &c : data)
        c = char(generator.generate());
    const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    for (qsizetype step : {1, 63, 64, 65, 4096, 65536, 300000}) {
        StreamHasher hasher;
        for (qsizetype at = 0; at < data.size(); at += step)
            hasher.add(data.mid(at, step));
        QCOMPARE(hasher.result(), expected);
    }
}

void tst_StreamHasher::resetStartsAfresh()
{
    StreamHasher hasher;
    hasher.add("something else");
    hasher.reset();
    hasher.add("abc");
    QCOMPARE(hasher.result(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    // result() starts the next digest too.
    hasher.add("abc");
    QCOMPARE(hasher.result(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void tst_StreamHasher::moreThanTheQueueHolds()
{
    // add() waits for room instead of holding more than kMaxQueuedBytes; the digest is whole.
    const QByteArray piece(1024 * 1024, 'x');
    QCryptographicHash reference(QCryptographicHash::Sha256);
    StreamHasher hasher;
    for (int i = 0; i < 40; ++i) {
        hasher.add(piece);
        reference.addData(piece);
    }
    QCOMPARE(hasher.result(), reference.result().toHex());
}

QTEST_GUILESS_MAIN(tst_StreamHasher)
#include "tst_streamhasher.moc"
