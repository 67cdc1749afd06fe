#include "channellistmodel.h"
#include "channellistview.h"
#include "logmodel.h"
#include "multicastpanel.h"
#include "responder.h"
#include "sendpane.h"
#include "udpsession.h"
#include "udptab.h"
#include "widgettesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUdpSocket>
#include <memory>

using WidgetTest::loggedData;
using WidgetTest::loggedEntries;
using WidgetTest::UdpPeer;

namespace {

constexpr int kTimeout = 5000;
// A group of the organisation-local scope, joined on and sent from lo only.
const QHostAddress kGroup(QStringLiteral("239.255.77.51"));

// The payloads of the log's entries of one kind, one per entry, in order.
QList<QByteArray> loggedPayloads(LogModel *log, LogEntry::Kind kind)
{
    QList<QByteArray> payloads;
    for (const LogEntry *entry : loggedEntries(log, kind))
        payloads.append(entry->data);
    return payloads;
}

bool ipv6LoopbackAvailable()
{
    QUdpSocket probe;
    return probe.bind(QHostAddress::LocalHostIPv6, 0);
}

} // namespace

// Drives the UDP tab as a user does: bind, receive from real QUdpSocket peers, send to the remote
// typed in, to the remotes chosen in the list or to all, echo, IPv6, multicast on lo, and inputs
// it must refuse. Every datagram stays one log entry.
class tst_UdpTab : public QObject
{
    Q_OBJECT

public:
    // Where a bad input goes.
    enum Target { Group, RemotePort, RemoteHost, BindPort, BindAddress, PortInUse, Oversize };
    Q_ENUM(Target)

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openShowsThePortItGot();
    void datagramsAreEntriesWithTheirSender();
    void datagramsAreNeverMerged();
    void emptyDatagramIsAnEntry();
    void sendWithoutSelectionGoesToRemoteHost();
    void sendGoesToSelectedRemote();
    void sendToAllReachesEveryRemote();
    void echoAnswersEveryDatagram();
    void broadcastOnLoopback();
    void portUnreachableIsReported();
    void ipv6();
    void multicastJoinReceiveLeave();
    void forgetRemote();
    void closeForgetsRemotes();
    void settingsRoundTrip();
    void badInputIsRefused_data();
    void badInputIsRefused();

private:
    void open(const QString &address, quint16 *port);
    void setRemote(const QString &host, const QString &port);
    void sendPayload(const QString &text, const QString &button);
    void expandMulticast();

    std::unique_ptr<UdpTab> m_tab;
};

void tst_UdpTab::initTestCase()
{
    WidgetTest::isolateSettings();
}

void tst_UdpTab::init()
{
    m_tab = std::make_unique<UdpTab>();
    WidgetTest::showAndActivate(m_tab.get());
}

void tst_UdpTab::cleanup()
{
    m_tab.reset();
}

// Binds to the address typed and a free port, as a user does.
void tst_UdpTab::open(const QString &address, quint16 *port)
{
    FIND_NAMED(QComboBox, addressField, m_tab.get(), "Address");
    FIND_NAMED(QLineEdit, portField, m_tab.get(), "Port");
    FIND_NAMED(QPushButton, button, m_tab.get(), "Open");
    RUN_STEP(WidgetTest::replaceText(addressField->lineEdit(), address));
    RUN_STEP(WidgetTest::replaceText(portField, QStringLiteral("0")));
    RUN_STEP(WidgetTest::click(button));
    QCOMPARE(button->text(), QStringLiteral("Close"));
    QCOMPARE(button->accessibleName(), QStringLiteral("Close"));
    QCOMPARE(m_tab->udp()->state(), Session::State::Open);
    QVERIFY(!addressField->isEnabled());
    QVERIFY(!portField->isEnabled());
    bool ok = false;
    *port = portField->text().toUShort(&ok);
    QVERIFY2(ok && *port != 0, qPrintable(portField->text()));
    QCOMPARE(m_tab->udp()->localPort(), *port);
}

void tst_UdpTab::setRemote(const QString &host, const QString &port)
{
    FIND_NAMED(QLineEdit, hostField, m_tab.get(), "Remote host");
    FIND_NAMED(QLineEdit, portField, m_tab.get(), "Remote port");
    RUN_STEP(WidgetTest::replaceText(hostField, host));
    RUN_STEP(WidgetTest::replaceText(portField, port));
}

void tst_UdpTab::sendPayload(const QString &text, const QString &buttonName)
{
    FIND_NAMED(QPlainTextEdit, editor, m_tab.get(), "Payload");
    FIND_NAMED(QPushButton, button, m_tab.get(), buttonName);
    RUN_STEP(WidgetTest::replaceText(editor, text));
    RUN_STEP(WidgetTest::click(button));
}

// Opens the fold-out multicast panel with its button.
void tst_UdpTab::expandMulticast()
{
    FIND_NAMED(QToolButton, expand, m_tab.get(), "Multicast");
    FIND_NAMED(QLineEdit, group, m_tab.get(), "Multicast group");
    QVERIFY(!group->isVisible());
    RUN_STEP(WidgetTest::click(expand));
    QTRY_VERIFY(group->isVisible());
}

void tst_UdpTab::openShowsThePortItGot()
{
    FIND_NAMED(QPushButton, send, m_tab.get(), "Send");
    FIND_NAMED(QLineEdit, portField, m_tab.get(), "Port");
    QVERIFY(!send->isEnabled()); // closed: nothing can be sent
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
    QVERIFY(send->isEnabled());
    const QString where = QStringLiteral("Open on 127.0.0.1, port %1").arg(port);
    QCOMPARE(m_tab->statusText(), where);
    QCOMPARE(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Listening),
             QStringList{where});

    // The port is really bound: a second socket cannot have it.
    QUdpSocket other;
    QVERIFY(!other.bind(QHostAddress::LocalHost, port));

    FIND_NAMED(QPushButton, close, m_tab.get(), "Close");
    RUN_STEP(WidgetTest::click(close));
    QCOMPARE(close->text(), QStringLiteral("Open"));
    QCOMPARE(portField->text(), QStringLiteral("0"));
    QVERIFY(portField->isEnabled());
    QVERIFY(!send->isEnabled());
    QCOMPARE(m_tab->statusText(), QStringLiteral("Closed"));
    QCOMPARE(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Stopped).size(), 1);
    QVERIFY(other.bind(QHostAddress::LocalHost, port));
}

void tst_UdpTab::datagramsAreEntriesWithTheirSender()
{
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
    FIND_NAMED(QTableView, remotes, m_tab.get(), "Remotes");
    QCOMPARE(remotes->model()->rowCount(), 0);
    UdpPeer a;
    UdpPeer b;
    QVERIFY(a.isBound() && b.isBound());
    QVERIFY(a.sendTo(QHostAddress::LocalHost, port, "from a"));
    QVERIFY(b.sendTo(QHostAddress::LocalHost, port, QByteArray("\x00\xFF b", 4)));
    QVERIFY(a.sendTo(QHostAddress::LocalHost, port, "a again"));
    LogModel *log = m_tab->logModel();
    QTRY_COMPARE(log->rxBytes(), 6 + 4 + 7);
    const QList<const LogEntry *> entries = loggedEntries(log, LogEntry::Kind::Received);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0]->peer, a.label());
    QCOMPARE(entries[0]->data, QByteArray("from a"));
    QCOMPARE(entries[1]->peer, b.label());
    QCOMPARE(entries[1]->data, QByteArray("\x00\xFF b", 4));
    QCOMPARE(entries[2]->peer, a.label());
    for (const LogEntry *entry : entries)
        QVERIFY(entry->datagram);
    QCOMPARE(entries[0]->channel, entries[2]->channel);
    QVERIFY(entries[0]->channel != entries[1]->channel);

    // Each remote is listed once, and logged as new once.
    QTRY_COMPARE(remotes->model()->rowCount(), 2);
    QVERIFY(WidgetTest::rowOfLabel(remotes, a.label()) >= 0);
    QVERIFY(WidgetTest::rowOfLabel(remotes, b.label()) >= 0);
    const QStringList connected = WidgetTest::loggedMessages(log, LogEntry::Kind::Connected);
    QCOMPARE(connected, (QStringList{QStringLiteral("New remote %1").arg(a.label()),
                                     QStringLiteral("New remote %1").arg(b.label())}));
    // Its counters: bytes and datagrams.
    const int row = WidgetTest::rowOfLabel(remotes, a.label());
    QTRY_COMPARE(remotes->model()->index(row, 2).data().toString(), QStringLiteral("13 B in 2"));
}

void tst_UdpTab::datagramsAreNeverMerged()
{
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
    UdpPeer peer;
    QList<QByteArray> sent;
    for (int i = 0; i < 10; ++i) {
        sent.append(QByteArray("datagram ") + QByteArray::number(i));
        QVERIFY(peer.sendTo(QHostAddress::LocalHost, port, sent.last()));
    }
    LogModel *log = m_tab->logModel();
    QTRY_COMPARE(loggedPayloads(log, LogEntry::Kind::Received).size(), 10);
    QCOMPARE(loggedPayloads(log, LogEntry::Kind::Received), sent);
    for (const LogEntry *entry : loggedEntries(log, LogEntry::Kind::Received))
        QCOMPARE(entry->reads, 1);

    // Back to back the other way too: ten sends, ten datagrams, ten entries.
    RUN_STEP(setRemote(QStringLiteral("127.0.0.1"), QString::number(peer.port())));
    FIND_NAMED(QPushButton, send, m_tab.get(), "Send");
    RUN_STEP(sendPayload(QStringLiteral("x"), QStringLiteral("Send")));
    for (int i = 1; i < 10; ++i)
        QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(peer.received().size(), 10);
    QCOMPARE(peer.received(), QList<QByteArray>(10, "x"));
    QCOMPARE(loggedPayloads(log, LogEntry::Kind::Sent), QList<QByteArray>(10, "x"));
}

void tst_UdpTab::emptyDatagramIsAnEntry()
{
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
    UdpPeer peer;
    QCOMPARE(peer.socket().writeDatagram(QByteArray(), QHostAddress::LocalHost, port), 0);
    QVERIFY(peer.sendTo(QHostAddress::LocalHost, port, "after"));
    LogModel *log = m_tab->logModel();
    QTRY_COMPARE(loggedPayloads(log, LogEntry::Kind::Received).size(), 2);
    QCOMPARE(loggedPayloads(log, LogEntry::Kind::Received),
             (QList<QByteArray>{QByteArray(), "after"}));
    const LogEntry *empty = loggedEntries(log, LogEntry::Kind::Received).first();
    QCOMPARE(empty->peer, peer.label());
    QVERIFY2(log->lineFor(*empty, false).contains(QStringLiteral("(0 byte(s))")),
             qPrintable(log->lineFor(*empty, false)));
}

void tst_UdpTab::sendWithoutSelectionGoesToRemoteHost()
{
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
    UdpPeer peer;
    FIND_NAMED(QCheckBox, hex, m_tab.get(), "Hex");
    FIND_NAMED(QTableView, remotes, m_tab.get(), "Remotes");
    RUN_STEP(setRemote(QStringLiteral("127.0.0.1"), QString::number(peer.port())));
    RUN_STEP(WidgetTest::click(hex));
    RUN_STEP(sendPayload(QStringLiteral("00 FF 0D 0A 5C"), QStringLiteral("Send")));
    const QByteArray exact("\x00\xFF\r\n\\", 5);
    QTRY_COMPARE(peer.received(), QList<QByteArray>{exact});
    QCOMPARE(peer.datagrams().first().senderPort(), int(port));
    const QList<const LogEntry *> sent = loggedEntries(m_tab->logModel(), LogEntry::Kind::Sent);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first()->peer, peer.label());
    QCOMPARE(sent.first()->data, exact);
    // Who it was sent to is a remote now.
    QTRY_COMPARE(remotes->model()->rowCount(), 1);
    QCOMPARE(remotes->model()->index(0, 0).data().toString(), peer.label());
    QVERIFY(!remotes->selectionModel()->hasSelection());
}

void tst_UdpTab::sendGoesToSelectedRemote()
{
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
    UdpPeer a;
    UdpPeer b;
    UdpPeer typed; // where Remote host and Remote port point
    QVERIFY(a.sendTo(QHostAddress::LocalHost, port, "a"));
    QVERIFY(b.sendTo(QHostAddress::LocalHost, port, "b"));
    FIND_NAMED(QTableView, remotes, m_tab.get(), "Remotes");
    QTRY_COMPARE(remotes->model()->rowCount(), 2);
    RUN_STEP(setRemote(QStringLiteral("127.0.0.1"), QString::number(typed.port())));
    RUN_STEP(WidgetTest::selectRow(remotes, WidgetTest::rowOfLabel(remotes, b.label())));

    RUN_STEP(sendPayload(QStringLiteral("only b"), QStringLiteral("Send")));
    QTRY_COMPARE(b.received(), QList<QByteArray>{"only b"});
    // A fence through the typed remote: had anything gone to a or typed, it would be there first.
    const ChannelId aId =
            m_tab->channelModel()->channelAt(WidgetTest::rowOfLabel(remotes, a.label()));
    QCOMPARE(m_tab->udp()->send(aId, "fence"), 1);
    QTRY_COMPARE(a.received(), QList<QByteArray>{"fence"});
    QVERIFY(typed.received().isEmpty());
    QCOMPARE(loggedData(m_tab->logModel(), LogEntry::Kind::Sent, b.label()), QByteArray("only b"));

    // Ctrl+click deselects: Send goes to Remote host and Remote port again.
    const QRect rect = remotes->visualRect(
            remotes->model()->index(WidgetTest::rowOfLabel(remotes, b.label()), 0));
    QTest::mouseClick(remotes->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
    QVERIFY(!remotes->selectionModel()->hasSelection());
    RUN_STEP(sendPayload(QStringLiteral("to typed"), QStringLiteral("Send")));
    QTRY_COMPARE(typed.received(), QList<QByteArray>{"to typed"});
    QCOMPARE(b.received(), QList<QByteArray>{"only b"});
}

void tst_UdpTab::sendToAllReachesEveryRemote()
{
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
    FIND_NAMED(QPushButton, sendToAll, m_tab.get(), "Send to all");
    FIND_NAMED(QTableView, remotes, m_tab.get(), "Remotes");
    // No remote yet: said so, and nothing goes anywhere.
    RUN_STEP(sendPayload(QStringLiteral("nobody"), QStringLiteral("Send to all")));
    QVERIFY(m_tab->statusIsError());
    QVERIFY2(m_tab->statusText().contains(QStringLiteral("no remote")),
             qPrintable(m_tab->statusText()));
    QCOMPARE(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error),
             QStringList{m_tab->statusText()});

    UdpPeer a;
    UdpPeer b;
    UdpPeer c;
    for (UdpPeer *peer : {&a, &b, &c})
        QVERIFY(peer->sendTo(QHostAddress::LocalHost, port, "hi"));
    QTRY_COMPARE(remotes->model()->rowCount(), 3);
    // A selection does not narrow Send to all.
    RUN_STEP(WidgetTest::selectRow(remotes, 0));
    RUN_STEP(WidgetTest::click(sendToAll));
    for (UdpPeer *peer : {&a, &b, &c})
        QTRY_COMPARE(peer->received(), QList<QByteArray>{"nobody"});
    QCOMPARE(loggedPayloads(m_tab->logModel(), LogEntry::Kind::Sent).size(), 3);
    QCOMPARE(m_tab->logModel()->txBytes(), 3 * 6);
}

void tst_UdpTab::echoAnswersEveryDatagram()
{
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
    FIND_NAMED(QCheckBox, echo, m_tab.get(), "Echo");
    RUN_STEP(WidgetTest::click(echo));
    UdpPeer a;
    UdpPeer b;
    QList<QByteArray> fromA;
    for (int i = 0; i < 5; ++i) {
        fromA.append(QByteArray("ping ") + QByteArray::number(i));
        QVERIFY(a.sendTo(QHostAddress::LocalHost, port, fromA.last()));
    }
    QVERIFY(b.sendTo(QHostAddress::LocalHost, port, "b"));
    QVERIFY(a.sendTo(QHostAddress::LocalHost, port, QByteArray())); // an empty one is echoed too
    fromA.append(QByteArray());
    QTRY_COMPARE(a.received(), fromA);
    QTRY_COMPARE(b.received(), QList<QByteArray>{"b"});
    QCOMPARE(m_tab->responder()->answers(), 7);
    QCOMPARE(loggedPayloads(m_tab->logModel(), LogEntry::Kind::Sent).size(), 7);

    RUN_STEP(WidgetTest::click(echo));
    QVERIFY(a.sendTo(QHostAddress::LocalHost, port, "unanswered"));
    QTRY_COMPARE(loggedPayloads(m_tab->logModel(), LogEntry::Kind::Received).size(), 8);
    RUN_STEP(setRemote(QStringLiteral("127.0.0.1"), QString::number(a.port())));
    RUN_STEP(sendPayload(QStringLiteral("fence"), QStringLiteral("Send")));
    QTRY_COMPARE(a.received().size(), fromA.size() + 1);
    QCOMPARE(a.received().last(), QByteArray("fence"));
}

void tst_UdpTab::broadcastOnLoopback()
{
    // The broadcast address of lo: nothing leaves this machine.
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::AnyIPv4, 0));
    QList<QByteArray> got;
    connect(&receiver, &QUdpSocket::readyRead, this, [&] {
        while (receiver.hasPendingDatagrams())
            got.append(receiver.receiveDatagram().data());
    });
    RUN_STEP(setRemote(QStringLiteral("127.255.255.255"), QString::number(receiver.localPort())));
    RUN_STEP(sendPayload(QStringLiteral("to all of lo"), QStringLiteral("Send")));
    QTRY_COMPARE(got, QList<QByteArray>{"to all of lo"});
    QVERIFY(!m_tab->statusIsError());
}

void tst_UdpTab::portUnreachableIsReported()
{
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
    quint16 dead = 0;
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        dead = probe.localPort();
    }
    RUN_STEP(setRemote(QStringLiteral("127.0.0.1"), QString::number(dead)));
    RUN_STEP(sendPayload(QStringLiteral("anyone?"), QStringLiteral("Send")));
    QTRY_VERIFY(!WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error).isEmpty());
    const QString error =
            WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error).constFirst();
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(dead)) &&
                     error.contains(QStringLiteral("port unreachable")),
             qPrintable(error));
    QCOMPARE(m_tab->statusText(), error);
    QVERIFY(m_tab->statusIsError());
}

void tst_UdpTab::ipv6()
{
    if (!ipv6LoopbackAvailable())
        QSKIP("no IPv6 loopback");
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("::1"), &port));
    QCOMPARE(m_tab->udp()->localAddress(), QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(m_tab->statusText(), QStringLiteral("Open on [::1], port %1").arg(port));
    UdpPeer peer(QHostAddress::LocalHostIPv6);
    QVERIFY(peer.isBound());
    QVERIFY(peer.label().startsWith(QStringLiteral("[::1]:")));
    QVERIFY(peer.sendTo(QHostAddress::LocalHostIPv6, port, "over v6"));
    LogModel *log = m_tab->logModel();
    QTRY_COMPARE(loggedPayloads(log, LogEntry::Kind::Received), QList<QByteArray>{"over v6"});
    QCOMPARE(loggedEntries(log, LogEntry::Kind::Received).first()->peer, peer.label());
    FIND_NAMED(QTableView, remotes, m_tab.get(), "Remotes");
    QTRY_COMPARE(remotes->model()->rowCount(), 1);
    QCOMPARE(remotes->model()->index(0, 0).data().toString(), peer.label());

    // Typed with the brackets people copy from URLs, or without.
    for (const QString &host : {QStringLiteral("[::1]"), QStringLiteral("::1")}) {
        RUN_STEP(setRemote(host, QString::number(peer.port())));
        RUN_STEP(sendPayload(host, QStringLiteral("Send")));
    }
    QTRY_COMPARE(peer.received(), (QList<QByteArray>{"[::1]", "::1"}));
    QCOMPARE(remotes->model()->rowCount(), 1);
}

void tst_UdpTab::multicastJoinReceiveLeave()
{
    const QNetworkInterface lo = QNetworkInterface::interfaceFromName(QStringLiteral("lo"));
    if (!lo.isValid())
        QSKIP("no interface lo");
    RUN_STEP(expandMulticast());
    FIND_NAMED(QLineEdit, group, m_tab.get(), "Multicast group");
    FIND_NAMED(QComboBox, interfaceField, m_tab.get(), "Interface");
    FIND_NAMED(QSpinBox, ttl, m_tab.get(), "TTL");
    FIND_NAMED(QCheckBox, loopback, m_tab.get(), "Loopback");
    FIND_NAMED(QPushButton, join, m_tab.get(), "Join");
    FIND_NAMED(QPushButton, leave, m_tab.get(), "Leave");
    FIND_NAMED(QListWidget, joined, m_tab.get(), "Joined groups");
    QVERIFY(!join->isEnabled()); // closed, and no group typed
    QCOMPARE(ttl->value(), 1);
    QVERIFY(loopback->isChecked());

    // Every interface of this computer, so that a group is joined where it is sent.
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("All interfaces (IPv4 + IPv6)"), &port));
    const int loIndex = interfaceField->findData(QStringLiteral("lo"));
    QVERIFY(loIndex > 0);
    RUN_STEP(WidgetTest::chooseItem(interfaceField, interfaceField->itemText(loIndex)));
    QCOMPARE(m_tab->multicastPanel()->interfaceName(), QStringLiteral("lo"));
    QCOMPARE(m_tab->udp()->multicastInterface(), QStringLiteral("lo"));
    RUN_STEP(WidgetTest::replaceText(group, kGroup.toString()));
    RUN_STEP(WidgetTest::click(join));
    QTRY_COMPARE(joined->count(), 1);
    QCOMPARE(joined->item(0)->text(), QStringLiteral("%1 on lo").arg(kGroup.toString()));
    QCOMPARE(m_tab->udp()->joinedGroups().size(), 1);
    QVERIFY(!m_tab->statusIsError());
    const QString joinedMessage =
            QStringLiteral("Joined multicast group %1 on lo").arg(kGroup.toString());
    QCOMPARE(m_tab->statusText(), joinedMessage);
    QVERIFY(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Info)
                    .contains(joinedMessage));

    // A sender on lo only, with loopback on: the group's datagram reaches the tab.
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    sender.setMulticastInterface(lo);
    sender.setSocketOption(QAbstractSocket::MulticastLoopbackOption, 1);
    sender.setSocketOption(QAbstractSocket::MulticastTtlOption, 1);
    QCOMPARE(sender.writeDatagram("to the group", kGroup, port), qint64(12));
    LogModel *log = m_tab->logModel();
    QTRY_COMPARE(loggedPayloads(log, LogEntry::Kind::Received), QList<QByteArray>{"to the group"});
    QCOMPARE(loggedEntries(log, LogEntry::Kind::Received).first()->peer,
             QStringLiteral("127.0.0.1:%1").arg(sender.localPort()));

    // Options apply to the session as they are set.
    ttl->setFocus();
    ttl->selectAll();
    QTest::keyClicks(ttl, QStringLiteral("3"));
    QCOMPARE(m_tab->udp()->multicastTtl(), 3);
    RUN_STEP(WidgetTest::click(loopback));
    QVERIFY(!m_tab->udp()->multicastLoopback());
    RUN_STEP(WidgetTest::click(loopback));

    // Left, the group's datagrams no longer arrive; a unicast one after them does.
    RUN_STEP(WidgetTest::click(leave));
    QTRY_COMPARE(joined->count(), 0);
    QVERIFY(m_tab->udp()->joinedGroups().isEmpty());
    QVERIFY(!leave->isEnabled());
    QVERIFY(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Info)
                    .contains(QStringLiteral("Left multicast group %1 on lo")
                                      .arg(kGroup.toString())));
    QCOMPARE(sender.writeDatagram("after leaving", kGroup, port), qint64(13));
    QCOMPARE(sender.writeDatagram("fence", QHostAddress::LocalHost, port), qint64(5));
    QTRY_COMPARE(loggedPayloads(log, LogEntry::Kind::Received).size(), 2);
    QCOMPARE(loggedPayloads(log, LogEntry::Kind::Received),
             (QList<QByteArray>{"to the group", "fence"}));
    QVERIFY(WidgetTest::loggedMessages(log, LogEntry::Kind::Error).isEmpty());
}

void tst_UdpTab::forgetRemote()
{
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
    UdpPeer a;
    UdpPeer b;
    QVERIFY(a.sendTo(QHostAddress::LocalHost, port, "a"));
    QVERIFY(b.sendTo(QHostAddress::LocalHost, port, "b"));
    FIND_NAMED(QTableView, remotes, m_tab.get(), "Remotes");
    FIND_NAMED(QPushButton, forget, m_tab.get(), "Forget remote");
    QTRY_COMPARE(remotes->model()->rowCount(), 2);
    QVERIFY(!forget->isEnabled()); // nothing chosen
    RUN_STEP(WidgetTest::selectRow(remotes, WidgetTest::rowOfLabel(remotes, a.label())));
    RUN_STEP(WidgetTest::click(forget));
    QTRY_COMPARE(remotes->model()->rowCount(), 1);
    QCOMPARE(remotes->model()->index(0, 0).data().toString(), b.label());
    QCOMPARE(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Disconnected),
             QStringList{QStringLiteral("Remote %1 removed from the list (closed by user)")
                                 .arg(a.label())});
    // The user knows it is gone: Send goes to Remote host and Remote port, not to a "departed"
    // choice.
    RUN_STEP(setRemote(QStringLiteral("127.0.0.1"), QString::number(b.port())));
    RUN_STEP(sendPayload(QStringLiteral("to b"), QStringLiteral("Send")));
    QTRY_COMPARE(b.received(), QList<QByteArray>{"to b"});
    QVERIFY(a.received().isEmpty());
    // Heard from again, it is a new remote.
    QVERIFY(a.sendTo(QHostAddress::LocalHost, port, "back"));
    QTRY_COMPARE(remotes->model()->rowCount(), 2);
}

void tst_UdpTab::closeForgetsRemotes()
{
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
    UdpPeer peer;
    QVERIFY(peer.sendTo(QHostAddress::LocalHost, port, "hi"));
    FIND_NAMED(QTableView, remotes, m_tab.get(), "Remotes");
    QTRY_COMPARE(remotes->model()->rowCount(), 1);
    RUN_STEP(WidgetTest::selectRow(remotes, 0));
    FIND_NAMED(QPushButton, close, m_tab.get(), "Close");
    RUN_STEP(WidgetTest::click(close));
    QTRY_COMPARE(remotes->model()->rowCount(), 0);

    // Opened again, nobody is chosen: Send goes to Remote host and Remote port.
    RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
    RUN_STEP(setRemote(QStringLiteral("127.0.0.1"), QString::number(peer.port())));
    RUN_STEP(sendPayload(QStringLiteral("again"), QStringLiteral("Send")));
    QTRY_COMPARE(peer.received(), QList<QByteArray>{"again"});
    QVERIFY(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error).isEmpty());
}

void tst_UdpTab::settingsRoundTrip()
{
    quint16 port = 0;
    RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
    RUN_STEP(setRemote(QStringLiteral("127.0.0.9"), QStringLiteral("4444")));
    RUN_STEP(expandMulticast());
    FIND_NAMED(QLineEdit, group, m_tab.get(), "Multicast group");
    FIND_NAMED(QCheckBox, echo, m_tab.get(), "Echo");
    RUN_STEP(WidgetTest::replaceText(group, QStringLiteral("239.255.0.9")));
    RUN_STEP(WidgetTest::click(echo));
    QSettings settings;
    settings.beginGroup(QStringLiteral("udpTest"));
    m_tab->saveSettings(settings);
    // Port 0 is saved as 0, not as the port it got.
    QCOMPARE(settings.value(QStringLiteral("port")).toString(), QStringLiteral("0"));

    UdpTab restored;
    restored.restoreSettings(settings);
    settings.endGroup();
    settings.remove(QStringLiteral("udpTest"));
    FIND_NAMED(QComboBox, address2, &restored, "Address");
    FIND_NAMED(QLineEdit, port2, &restored, "Port");
    FIND_NAMED(QLineEdit, host2, &restored, "Remote host");
    FIND_NAMED(QLineEdit, remotePort2, &restored, "Remote port");
    FIND_NAMED(QLineEdit, group2, &restored, "Multicast group");
    FIND_NAMED(QCheckBox, echo2, &restored, "Echo");
    QCOMPARE(address2->currentText(), QStringLiteral("127.0.0.1"));
    QCOMPARE(port2->text(), QStringLiteral("0"));
    QCOMPARE(host2->text(), QStringLiteral("127.0.0.9"));
    QCOMPARE(remotePort2->text(), QStringLiteral("4444"));
    QCOMPARE(group2->text(), QStringLiteral("239.255.0.9"));
    QVERIFY(echo2->isChecked());
    QCOMPARE(restored.responder()->mode(), Responder::Mode::Echo);
}

void tst_UdpTab::badInputIsRefused_data()
{
    QTest::addColumn<Target>("target");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("group: not an address") << Group << QStringLiteral("not-a-group")
                                           << QStringList{"\"not-a-group\"", "not an IP address"};
    QTest::newRow("group: not multicast")
            << Group << QStringLiteral("10.1.2.3") << QStringList{"10.1.2.3", "not a multicast"};
    QTest::newRow("remote port: 0") << RemotePort << QStringLiteral("0")
                                    << QStringList{"Remote port", "\"0\"", "1 to 65535"};
    QTest::newRow("remote port: garbage")
            << RemotePort << QStringLiteral("garbage") << QStringList{"Remote port", "\"garbage\""};
    QTest::newRow("remote port: 65536")
            << RemotePort << QStringLiteral("65536") << QStringList{"\"65536\""};
    QTest::newRow("remote host: empty") << RemoteHost << QString() << QStringList{"remote host"};
    QTest::newRow("remote host: spaces")
            << RemoteHost << QStringLiteral("   ") << QStringList{"remote host"};
    QTest::newRow("remote host: not found") << RemoteHost << QStringLiteral("no-such-host.invalid")
                                            << QStringList{"no-such-host.invalid", "not found"};
    QTest::newRow("port: 70000") << BindPort << QStringLiteral("70000") << QStringList{"\"70000\""};
    QTest::newRow("port: letters") << BindPort << QStringLiteral("udp") << QStringList{"\"udp\""};
    QTest::newRow("address: a name")
            << BindAddress << QStringLiteral("not-an-ip") << QStringList{"\"not-an-ip\""};
    QTest::newRow("port in use") << PortInUse << QString() << QStringList{"already in use"};
    QTest::newRow("datagram too large") << Oversize << QString() << QStringList{"65508", "65507"};
}

void tst_UdpTab::badInputIsRefused()
{
    QFETCH(Target, target);
    QFETCH(QString, input);
    QFETCH(QStringList, mentions);
    FIND_NAMED(QComboBox, address, m_tab.get(), "Address");
    FIND_NAMED(QLineEdit, portField, m_tab.get(), "Port");
    FIND_NAMED(QPushButton, openButton, m_tab.get(), "Open");
    LogModel *log = m_tab->logModel();
    UdpPeer peer;
    QVERIFY(peer.isBound());
    const bool binding = target == BindPort || target == BindAddress || target == PortInUse;
    QUdpSocket occupier;
    quint16 port = 0;

    if (binding) {
        QString addressText = QStringLiteral("127.0.0.1");
        QString portText = QStringLiteral("0");
        if (target == BindPort)
            portText = input;
        if (target == BindAddress)
            addressText = input;
        if (target == PortInUse) {
            QVERIFY(occupier.bind(QHostAddress::LocalHost, 0));
            portText = QString::number(occupier.localPort());
            mentions.append(portText);
        }
        RUN_STEP(WidgetTest::replaceText(address->lineEdit(), addressText));
        RUN_STEP(WidgetTest::replaceText(portField, portText));
        RUN_STEP(WidgetTest::click(openButton));
        QCOMPARE(openButton->text(), QStringLiteral("Open"));
        QCOMPARE(m_tab->udp()->state(), Session::State::Closed);
        // What was typed stays, for the user to correct.
        QCOMPARE(address->currentText(), addressText);
        QCOMPARE(portField->text(), portText);
        QVERIFY(portField->isEnabled());
    } else {
        RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
        RUN_STEP(setRemote(QStringLiteral("127.0.0.1"), QString::number(peer.port())));
        if (target == Group) {
            RUN_STEP(expandMulticast());
            FIND_NAMED(QLineEdit, group, m_tab.get(), "Multicast group");
            FIND_NAMED(QPushButton, join, m_tab.get(), "Join");
            FIND_NAMED(QListWidget, joined, m_tab.get(), "Joined groups");
            RUN_STEP(WidgetTest::replaceText(group, input));
            RUN_STEP(WidgetTest::click(join));
            QCOMPARE(joined->count(), 0);
            QVERIFY(m_tab->udp()->joinedGroups().isEmpty());
        } else if (target == Oversize) {
            FIND_NAMED(QPlainTextEdit, editor, m_tab.get(), "Payload");
            FIND_NAMED(QPushButton, send, m_tab.get(), "Send");
            // Pasted: too long to type.
            editor->setFocus();
            editor->selectAll();
            editor->insertPlainText(QString(65508, u'x'));
            RUN_STEP(WidgetTest::click(send));
        } else {
            RUN_STEP(setRemote(target == RemoteHost ? input : QStringLiteral("127.0.0.1"),
                               target == RemotePort ? input : QString::number(peer.port())));
            RUN_STEP(sendPayload(QStringLiteral("must not go"), QStringLiteral("Send")));
        }
    }

    // One clear message, in the status line and in the log (a name is looked up first).
    QTRY_VERIFY(!WidgetTest::loggedMessages(log, LogEntry::Kind::Error).isEmpty());
    const QStringList errors = WidgetTest::loggedMessages(log, LogEntry::Kind::Error);
    QCOMPARE(errors.size(), 1);
    for (const QString &mention : std::as_const(mentions)) {
        QVERIFY2(errors.first().contains(mention, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("\"%1\" does not mention \"%2\"")
                                    .arg(errors.first(), mention)));
    }
    QCOMPARE(m_tab->statusText(), errors.first());
    QVERIFY(m_tab->statusIsError());
    QCOMPARE(WidgetTest::visibleLabelsContaining(m_tab.get(), errors.first()).size(), 1);
    QCOMPARE(log->txBytes(), 0);
    QVERIFY(loggedEntries(log, LogEntry::Kind::Sent).isEmpty());

    // Corrected, it works, and the first datagram the peer gets is the valid one.
    if (binding) {
        RUN_STEP(open(QStringLiteral("127.0.0.1"), &port));
        QVERIFY(!m_tab->statusIsError());
    }
    RUN_STEP(setRemote(QStringLiteral("127.0.0.1"), QString::number(peer.port())));
    RUN_STEP(sendPayload(QStringLiteral("valid"), QStringLiteral("Send")));
    QTRY_COMPARE(peer.received(), QList<QByteArray>{"valid"});
    QCOMPARE(WidgetTest::loggedMessages(log, LogEntry::Kind::Error).size(), 1);
}

QTEST_MAIN(tst_UdpTab)
#include "tst_udptab.moc"
