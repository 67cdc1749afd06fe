#include "allowlist.h"
#include "channel.h"
#include "logmodel.h"
#include "serveroptionsdialog.h"
#include "servertab.h"
#include "tcpserversession.h"
#include "widgettesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <sys/socket.h>
#include <vector>

namespace {

// A real peer of the server: a loopback socket that keeps everything it receives.
class Client : public QObject
{
public:
    explicit Client(quint16 port)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this,
                [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    QTcpSocket &socket() { return m_socket; }
    QByteArray received() const { return m_received; }
    // How the server names this peer: the client's own address and port.
    QString label() const { return formatEndpoint(m_socket.localAddress(), m_socket.localPort()); }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

using Clients = std::vector<std::unique_ptr<Client>>;

using WidgetTest::loggedData;

} // namespace

// Drives the TCP Server tab as a user does, with real clients on loopback.
class tst_ServerTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listenOnFreePort();
    void portZeroComesBackAfterStop();
    void echoAnswersEachPeerOnly();
    void peersAppearAndTheirDataIsLogged();
    void sendWithoutSelectionGoesToAll();
    void sendToManyIsOneEntry();
    void sendGoesToSelectedPeerOnly();
    void sendToAllIgnoresSelection();
    void disconnectSelectedPeer();
    void selectedPeerLeavingDoesNotBroadcast();
    void peerResetIsLogged();
    void sendToPeerThatJustResetIsLoggedFirst();
    void portInUseIsReported();
    void invalidPortIsRejected_data();
    void invalidPortIsRejected();
    void invalidAddressIsRejected();
    void stopClosesAllPeers();
    void choiceDoesNotOutliveStop();
    void optionsDialogChecksAllowedPeers();
    void optionsCancelChangesNothing();
    void refusedPeersAreLogged();
    void optionsAreSavedAndRestored();
    void corruptStoredOptionsAreIgnored();

private:
    void openOptions(ServerOptionsDialog **dialog);
    void setOptions(int maxConnections, int backlog, const QString &allowed);
    void listen(quint16 *port);
    void connectClients(quint16 port, int count, Clients *clients);
    void rowOf(const Client &client, int *row);
    void selectRow(int row);
    void sendPayload(const QString &text, const QString &button);

    std::unique_ptr<ServerTab> m_tab;
};

void tst_ServerTab::initTestCase()
{
    WidgetTest::isolateSettings();
}

void tst_ServerTab::init()
{
    m_tab = std::make_unique<ServerTab>();
    WidgetTest::showAndActivate(m_tab.get());
}

void tst_ServerTab::cleanup()
{
    m_tab.reset();
}

// Listens on 127.0.0.1 and a free port chosen by the system, as typed by the user.
void tst_ServerTab::listen(quint16 *port)
{
    FIND_NAMED(QComboBox, address, m_tab.get(), "Address");
    FIND_NAMED(QLineEdit, portField, m_tab.get(), "Port");
    FIND_NAMED(QPushButton, button, m_tab.get(), "Listen");
    QVERIFY(address->isEditable());
    RUN_STEP(WidgetTest::replaceText(address->lineEdit(), QStringLiteral("127.0.0.1")));
    RUN_STEP(WidgetTest::replaceText(portField, QStringLiteral("0")));
    RUN_STEP(WidgetTest::click(button));

    QCOMPARE(button->text(), QStringLiteral("Stop"));
    QCOMPARE(button->accessibleName(), QStringLiteral("Stop"));
    QVERIFY(!address->isEnabled());
    QVERIFY(!portField->isEnabled());
    bool ok = false;
    *port = portField->text().toUShort(&ok);
    QVERIFY2(ok && *port != 0, qPrintable(portField->text()));
    QCOMPARE(m_tab->server()->listenPort(), *port);
    QCOMPARE(m_tab->server()->listenAddress(), QHostAddress(QHostAddress::LocalHost));
}

void tst_ServerTab::connectClients(quint16 port, int count, Clients *clients)
{
    FIND_NAMED(QTableView, peers, m_tab.get(), "Peers");
    const int before = peers->model()->rowCount();
    for (int i = 0; i < count; ++i) {
        clients->push_back(std::make_unique<Client>(port));
        QVERIFY(clients->back()->socket().waitForConnected(5000));
    }
    QTRY_COMPARE(peers->model()->rowCount(), before + count);
}

void tst_ServerTab::rowOf(const Client &client, int *row)
{
    FIND_NAMED(QTableView, peers, m_tab.get(), "Peers");
    const QAbstractItemModel *model = peers->model();
    *row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data().toString() == client.label())
            *row = r;
    }
    QVERIFY2(*row >= 0, qPrintable(client.label()));
}

// Clicks a row of the Peers table.
void tst_ServerTab::selectRow(int row)
{
    FIND_NAMED(QTableView, peers, m_tab.get(), "Peers");
    const QRect rect = peers->visualRect(peers->model()->index(row, 0));
    QVERIFY(peers->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(peers->viewport(), Qt::LeftButton, {}, rect.center());
    const QModelIndexList selected = peers->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), row);
}

void tst_ServerTab::sendPayload(const QString &text, const QString &buttonName)
{
    FIND_NAMED(QPlainTextEdit, editor, m_tab.get(), "Payload");
    FIND_NAMED(QPushButton, button, m_tab.get(), buttonName);
    RUN_STEP(WidgetTest::replaceText(editor, text));
    RUN_STEP(WidgetTest::click(button));
}

void tst_ServerTab::listenOnFreePort()
{
    FIND_NAMED(QPushButton, send, m_tab.get(), "Send");
    QVERIFY(!send->isEnabled()); // nobody to send to
    quint16 port = 0;
    RUN_STEP(listen(&port));
    QVERIFY(m_tab->server()->isListening());
    QTRY_COMPARE(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Listening).size(),
                 1);
    QVERIFY(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Listening)
                    .first()
                    .contains(QString::number(port)));
    QVERIFY(!WidgetTest::visibleLabelsContaining(m_tab.get(), QString::number(port)).isEmpty());
    QVERIFY(!send->isEnabled()); // still nobody

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(5000));
    QTRY_VERIFY(send->isEnabled());
}

void tst_ServerTab::portZeroComesBackAfterStop()
{
    FIND_NAMED(QLineEdit, portField, m_tab.get(), "Port");
    quint16 port = 0;
    RUN_STEP(listen(&port));
    // While it listens the field shows the port it got, and the status line says where.
    QCOMPARE(portField->text(), QString::number(port));
    QVERIFY2(m_tab->statusText().contains(QStringLiteral("port %1").arg(port)),
             qPrintable(m_tab->statusText()));
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("portZeroTest"));
        m_tab->saveSettings(settings);
        QCOMPARE(settings.value(QStringLiteral("port")).toString(), QStringLiteral("0"));
        settings.endGroup();
        settings.remove(QStringLiteral("portZeroTest"));
    }
    FIND_NAMED(QPushButton, stop, m_tab.get(), "Stop");
    RUN_STEP(WidgetTest::click(stop));
    QCOMPARE(portField->text(), QStringLiteral("0"));
    QVERIFY(portField->isEnabled());
    QSettings settings;
    settings.beginGroup(QStringLiteral("portZeroTest"));
    m_tab->saveSettings(settings);
    QCOMPARE(settings.value(QStringLiteral("port")).toString(), QStringLiteral("0"));
    ServerTab restored;
    restored.restoreSettings(settings);
    settings.endGroup();
    settings.remove(QStringLiteral("portZeroTest"));
    FIND_NAMED(QLineEdit, restoredPort, &restored, "Port");
    QCOMPARE(restoredPort->text(), QStringLiteral("0"));
}

void tst_ServerTab::echoAnswersEachPeerOnly()
{
    quint16 port = 0;
    RUN_STEP(listen(&port));
    FIND_NAMED(QCheckBox, echo, m_tab.get(), "Echo");
    QVERIFY(!echo->isChecked());
    RUN_STEP(WidgetTest::click(echo));
    Clients clients;
    RUN_STEP(connectClients(port, 2, &clients));

    // Every read is answered, not only the first, and only to whoever sent it.
    clients[0]->socket().write("one");
    QTRY_COMPARE(clients[0]->received(), QByteArray("one"));
    clients[0]->socket().write("two");
    QTRY_COMPARE(clients[0]->received(), QByteArray("onetwo"));
    clients[1]->socket().write("other");
    QTRY_COMPARE(clients[1]->received(), QByteArray("other"));
    QCOMPARE(clients[0]->received(), QByteArray("onetwo"));
    LogModel *log = m_tab->logModel();
    QCOMPARE(loggedData(log, LogEntry::Kind::Sent, clients[0]->label()), QByteArray("onetwo"));
    QCOMPARE(loggedData(log, LogEntry::Kind::Sent, clients[1]->label()), QByteArray("other"));
    // What was received is logged before its answer.
    const QList<const LogEntry *> data = [log] {
        QList<const LogEntry *> entries = WidgetTest::loggedEntries(log, LogEntry::Kind::Received);
        entries += WidgetTest::loggedEntries(log, LogEntry::Kind::Sent);
        return entries;
    }();
    int firstReceived = -1;
    int firstSent = -1;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->entry(row).kind == LogEntry::Kind::Received && firstReceived < 0)
            firstReceived = row;
        if (log->entry(row).kind == LogEntry::Kind::Sent && firstSent < 0)
            firstSent = row;
    }
    QVERIFY(data.size() >= 4);
    QVERIFY2(firstReceived >= 0 && firstReceived < firstSent,
             qPrintable(QStringLiteral("%1 %2").arg(firstReceived).arg(firstSent)));

    // Off, nothing is answered: TCP keeps order, so an answer would come before the marker.
    RUN_STEP(WidgetTest::click(echo));
    clients[0]->socket().write("three");
    QTRY_COMPARE(loggedData(log, LogEntry::Kind::Received, clients[0]->label()),
                 QByteArray("onetwothree"));
    QCOMPARE(m_tab->server()->send(m_tab->server()->channelIds(), "marker"), 2);
    QTRY_COMPARE(clients[0]->received(), QByteArray("onetwomarker"));
}

void tst_ServerTab::peersAppearAndTheirDataIsLogged()
{
    quint16 port = 0;
    RUN_STEP(listen(&port));
    Clients clients;
    RUN_STEP(connectClients(port, 3, &clients));

    LogModel *log = m_tab->logModel();
    QTRY_COMPARE(WidgetTest::loggedMessages(log, LogEntry::Kind::Connected).size(), 3);
    for (size_t i = 0; i < clients.size(); ++i) {
        const QByteArray text = QByteArray("hello from client ") + QByteArray::number(int(i));
        clients[i]->socket().write(text);
    }
    for (size_t i = 0; i < clients.size(); ++i) {
        const QByteArray text = QByteArray("hello from client ") + QByteArray::number(int(i));
        QTRY_COMPARE(loggedData(log, LogEntry::Kind::Received, clients[i]->label()), text);
    }
    // Binary data arrives just as exactly.
    const QByteArray binary("\x00\xFF\r\n\x80", 5);
    clients[1]->socket().write(binary);
    const QByteArray expected = QByteArray("hello from client 1") + binary;
    QTRY_COMPARE(loggedData(log, LogEntry::Kind::Received, clients[1]->label()), expected);
    QCOMPARE(log->rxBytes(), qint64(3 * 19 + 5));
}

void tst_ServerTab::sendWithoutSelectionGoesToAll()
{
    quint16 port = 0;
    RUN_STEP(listen(&port));
    Clients clients;
    RUN_STEP(connectClients(port, 3, &clients));
    FIND_NAMED(QTableView, peers, m_tab.get(), "Peers");
    QVERIFY(!peers->selectionModel()->hasSelection());

    RUN_STEP(sendPayload(QStringLiteral("to everybody"), QStringLiteral("Send")));
    // A few peers: an entry for each, so that the log says who got it.
    for (const auto &client : clients) {
        QTRY_COMPARE(client->received(), QByteArray("to everybody"));
        QCOMPARE(loggedData(m_tab->logModel(), LogEntry::Kind::Sent, client->label()),
                 QByteArray("to everybody"));
    }
}

void tst_ServerTab::sendToManyIsOneEntry()
{
    quint16 port = 0;
    RUN_STEP(listen(&port));
    Clients clients;
    const int count = 12;
    RUN_STEP(connectClients(port, count, &clients));
    RUN_STEP(sendPayload(QStringLiteral("to everybody"), QStringLiteral("Send")));
    for (const auto &client : clients)
        QTRY_COMPARE(client->received(), QByteArray("to everybody"));
    // One entry for the whole send, and the TX counter counts every copy.
    LogModel *log = m_tab->logModel();
    log->flush();
    QList<const LogEntry *> sent;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->entry(row).kind == LogEntry::Kind::Sent)
            sent.append(&log->entry(row));
    }
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first()->data, QByteArray("to everybody"));
    QVERIFY2(sent.first()->peer.contains(QStringLiteral("12 peer")),
             qPrintable(sent.first()->peer));
    QCOMPARE(log->txBytes(), qint64(count * 12));
}

void tst_ServerTab::sendGoesToSelectedPeerOnly()
{
    quint16 port = 0;
    RUN_STEP(listen(&port));
    Clients clients;
    RUN_STEP(connectClients(port, 3, &clients));
    int row = -1;
    RUN_STEP(rowOf(*clients[1], &row));
    RUN_STEP(selectRow(row));

    RUN_STEP(sendPayload(QStringLiteral("just you"), QStringLiteral("Send")));
    QTRY_COMPARE(clients[1]->received(), QByteArray("just you"));

    // TCP keeps order: if the others got "just you", it would come before this.
    QVERIFY(m_tab->server()->sendToAll("marker") == 3);
    for (const auto &client : clients) {
        const QByteArray expected =
                client == clients[1] ? QByteArray("just youmarker") : QByteArray("marker");
        QTRY_COMPARE(client->received(), expected);
    }
    QCOMPARE(loggedData(m_tab->logModel(), LogEntry::Kind::Sent, clients[0]->label()),
             QByteArray("marker"));
    QCOMPARE(loggedData(m_tab->logModel(), LogEntry::Kind::Sent, clients[1]->label()),
             QByteArray("just youmarker"));

    // Ctrl+click takes the row out of the selection: Send goes to everybody again.
    FIND_NAMED(QTableView, peers, m_tab.get(), "Peers");
    const QRect rect = peers->visualRect(peers->model()->index(row, 0));
    QTest::mouseClick(peers->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
    QVERIFY(!peers->selectionModel()->hasSelection());
    RUN_STEP(sendPayload(QStringLiteral("+all"), QStringLiteral("Send")));
    for (const auto &client : clients)
        QTRY_VERIFY(client->received().endsWith("marker+all"));
}

void tst_ServerTab::sendToAllIgnoresSelection()
{
    quint16 port = 0;
    RUN_STEP(listen(&port));
    Clients clients;
    RUN_STEP(connectClients(port, 3, &clients));
    int row = -1;
    RUN_STEP(rowOf(*clients[2], &row));
    RUN_STEP(selectRow(row));

    RUN_STEP(sendPayload(QStringLiteral("all"), QStringLiteral("Send to all")));
    for (const auto &client : clients)
        QTRY_COMPARE(client->received(), QByteArray("all"));
}

void tst_ServerTab::disconnectSelectedPeer()
{
    quint16 port = 0;
    RUN_STEP(listen(&port));
    Clients clients;
    RUN_STEP(connectClients(port, 3, &clients));
    FIND_NAMED(QTableView, peers, m_tab.get(), "Peers");
    FIND_NAMED(QPushButton, disconnectPeer, m_tab.get(), "Disconnect peer");
    QVERIFY(!disconnectPeer->isEnabled()); // nothing selected

    int row = -1;
    RUN_STEP(rowOf(*clients[0], &row));
    RUN_STEP(selectRow(row));
    const QString label = clients[0]->label();
    QSignalSpy gone(&clients[0]->socket(), &QAbstractSocket::disconnected);
    RUN_STEP(WidgetTest::click(disconnectPeer));

    QTRY_COMPARE(gone.count(), 1);
    QTRY_COMPARE(peers->model()->rowCount(), 2);
    QTRY_COMPARE(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Disconnected).size(),
                 1);
    const QString message =
            WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Disconnected).first();
    QVERIFY2(message.contains(label), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("closed by user")), qPrintable(message));
    // The others are still connected and reachable.
    for (size_t i = 1; i < clients.size(); ++i)
        QCOMPARE(clients[i]->socket().state(), QAbstractSocket::ConnectedState);
    RUN_STEP(sendPayload(QStringLiteral("still here"), QStringLiteral("Send")));
    QTRY_COMPARE(clients[1]->received(), QByteArray("still here"));
    QTRY_COMPARE(clients[2]->received(), QByteArray("still here"));
    QVERIFY(clients[0]->received().isEmpty());
}

void tst_ServerTab::selectedPeerLeavingDoesNotBroadcast()
{
    quint16 port = 0;
    RUN_STEP(listen(&port));
    Clients clients;
    RUN_STEP(connectClients(port, 2, &clients));
    FIND_NAMED(QTableView, peers, m_tab.get(), "Peers");
    int row = -1;
    RUN_STEP(rowOf(*clients[0], &row));
    RUN_STEP(selectRow(row));

    // The one peer the user chose leaves; its row and the selection go with it.
    clients[0]->socket().disconnectFromHost();
    QTRY_COMPARE(peers->model()->rowCount(), 1);

    // Send was meant for that peer only: it must not go to the others instead.
    RUN_STEP(sendPayload(QStringLiteral("only for the first"), QStringLiteral("Send")));
    const QStringList errors = WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("no longer connected")),
             qPrintable(errors.first()));
    QCOMPARE(WidgetTest::visibleLabelsContaining(m_tab.get(), errors.first()).size(), 1);
    RUN_STEP(sendPayload(QStringLiteral("marker"), QStringLiteral("Send to all")));
    QTRY_COMPARE(clients[1]->received(), QByteArray("marker"));

    // Told so, the user sees no selection, and Send goes to every peer again.
    RUN_STEP(sendPayload(QStringLiteral("+all"), QStringLiteral("Send")));
    QTRY_COMPARE(clients[1]->received(), QByteArray("marker+all"));
}

void tst_ServerTab::peerResetIsLogged()
{
    quint16 port = 0;
    RUN_STEP(listen(&port));
    Clients clients;
    RUN_STEP(connectClients(port, 2, &clients));
    FIND_NAMED(QTableView, peers, m_tab.get(), "Peers");
    const QString label = clients[0]->label();

    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const linger abortive{1, 0};
    QCOMPARE(::setsockopt(int(clients[0]->socket().socketDescriptor()), SOL_SOCKET, SO_LINGER,
                          &abortive, sizeof(abortive)),
             0);
    clients[0]->socket().close();

    QTRY_COMPARE(peers->model()->rowCount(), 1);
    QTRY_COMPARE(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Disconnected).size(),
                 1);
    const LogModel *log = m_tab->logModel();
    int row = log->rowCount() - 1;
    while (row >= 0 && log->entry(row).kind != LogEntry::Kind::Disconnected)
        --row;
    QVERIFY(row >= 0);
    QCOMPARE(log->entry(row).peer, label);
    QVERIFY2(log->entry(row).message.contains(QStringLiteral("reset")),
             qPrintable(log->entry(row).message));
}

void tst_ServerTab::sendToPeerThatJustResetIsLoggedFirst()
{
    quint16 port = 0;
    RUN_STEP(listen(&port));
    Clients clients;
    RUN_STEP(connectClients(port, 1, &clients));
    const QString label = clients[0]->label();
    FIND_NAMED(QPlainTextEdit, editor, m_tab.get(), "Payload");
    FIND_NAMED(QPushButton, button, m_tab.get(), "Send");
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("late")));
    // The peer resets before the server has noticed: the send's own write finds the reset.
    const linger abortive{1, 0};
    QCOMPARE(::setsockopt(int(clients[0]->socket().socketDescriptor()), SOL_SOCKET, SO_LINGER,
                          &abortive, sizeof(abortive)),
             0);
    clients[0]->socket().close();
    RUN_STEP(WidgetTest::click(button));
    LogModel *log = m_tab->logModel();
    auto rowOfKind = [log](LogEntry::Kind kind) {
        log->flush();
        for (int row = 0; row < log->rowCount(); ++row) {
            if (log->entry(row).kind == kind)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(rowOfKind(LogEntry::Kind::Disconnected) >= 0);
    // What was sent is logged under the peer's name, before the peer is reported gone.
    QCOMPARE(loggedData(log, LogEntry::Kind::Sent, label), QByteArray("late"));
    QVERIFY(rowOfKind(LogEntry::Kind::Sent) < rowOfKind(LogEntry::Kind::Disconnected));
}

void tst_ServerTab::portInUseIsReported()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    const QString busy = QString::number(occupier.serverPort());

    FIND_NAMED(QComboBox, address, m_tab.get(), "Address");
    FIND_NAMED(QLineEdit, portField, m_tab.get(), "Port");
    FIND_NAMED(QPushButton, button, m_tab.get(), "Listen");
    RUN_STEP(WidgetTest::chooseItem(address, QStringLiteral("127.0.0.1")));
    QCOMPARE(address->currentText(), QStringLiteral("127.0.0.1"));
    RUN_STEP(WidgetTest::replaceText(portField, busy));
    RUN_STEP(WidgetTest::click(button));

    QCOMPARE(button->text(), QStringLiteral("Listen"));
    QVERIFY(!m_tab->server()->isListening());
    QVERIFY(portField->isEnabled());
    const QStringList shown = WidgetTest::visibleLabelsContaining(m_tab.get(), busy);
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("in use")), qPrintable(shown.first()));
    const QStringList errors = WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(busy), qPrintable(errors.first()));

    // The tab is still usable: another port works.
    RUN_STEP(WidgetTest::replaceText(portField, QStringLiteral("0")));
    RUN_STEP(WidgetTest::click(button));
    QCOMPARE(button->text(), QStringLiteral("Stop"));
    QVERIFY(m_tab->server()->isListening());
    QVERIFY(portField->text() != busy);
    QVERIFY(WidgetTest::visibleLabelsContaining(m_tab.get(), QStringLiteral("in use")).isEmpty());
}

void tst_ServerTab::invalidPortIsRejected_data()
{
    QTest::addColumn<QString>("port");
    QTest::newRow("too big") << QStringLiteral("70000");
    QTest::newRow("65536") << QStringLiteral("65536");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("empty") << QString();
}

void tst_ServerTab::invalidPortIsRejected()
{
    QFETCH(QString, port);
    FIND_NAMED(QLineEdit, portField, m_tab.get(), "Port");
    FIND_NAMED(QPushButton, button, m_tab.get(), "Listen");
    QSignalSpy states(m_tab->server(), &Session::stateChanged);
    RUN_STEP(WidgetTest::replaceText(portField, port));
    RUN_STEP(WidgetTest::click(button));

    QCOMPARE(states.count(), 0);
    QVERIFY(!m_tab->server()->isListening());
    QCOMPARE(button->text(), QStringLiteral("Listen"));
    QVERIFY(portField->isEnabled());
    const QStringList errors = WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("\"%1\"").arg(port)),
             qPrintable(errors.first()));
    QCOMPARE(WidgetTest::visibleLabelsContaining(m_tab.get(), errors.first()).size(), 1);
}

void tst_ServerTab::invalidAddressIsRejected()
{
    FIND_NAMED(QComboBox, address, m_tab.get(), "Address");
    FIND_NAMED(QLineEdit, portField, m_tab.get(), "Port");
    FIND_NAMED(QPushButton, button, m_tab.get(), "Listen");
    RUN_STEP(WidgetTest::replaceText(address->lineEdit(), QStringLiteral("not.an.address")));
    RUN_STEP(WidgetTest::replaceText(portField, QStringLiteral("0")));
    RUN_STEP(WidgetTest::click(button));
    QVERIFY(!m_tab->server()->isListening());
    QCOMPARE(button->text(), QStringLiteral("Listen"));
    const QStringList errors = WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("not.an.address")), qPrintable(errors.first()));
}

void tst_ServerTab::stopClosesAllPeers()
{
    quint16 port = 0;
    RUN_STEP(listen(&port));
    Clients clients;
    RUN_STEP(connectClients(port, 3, &clients));
    FIND_NAMED(QTableView, peers, m_tab.get(), "Peers");
    FIND_NAMED(QPushButton, stop, m_tab.get(), "Stop");
    FIND_NAMED(QComboBox, address, m_tab.get(), "Address");
    FIND_NAMED(QLineEdit, portField, m_tab.get(), "Port");
    FIND_NAMED(QPushButton, send, m_tab.get(), "Send");
    QVERIFY(send->isEnabled());

    RUN_STEP(WidgetTest::click(stop));
    QCOMPARE(stop->text(), QStringLiteral("Listen"));
    QVERIFY(address->isEnabled());
    QVERIFY(portField->isEnabled());
    QVERIFY(!m_tab->server()->isListening());
    for (const auto &client : clients)
        QTRY_COMPARE(client->socket().state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(peers->model()->rowCount(), 0);
    QVERIFY(!send->isEnabled());
    QTRY_COMPARE(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Disconnected).size(),
                 3);
    QCOMPARE(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Stopped).size(), 1);

    // Nothing accepts connections on the port any more.
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(late.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
}

void tst_ServerTab::choiceDoesNotOutliveStop()
{
    quint16 port = 0;
    RUN_STEP(listen(&port));
    Clients clients;
    RUN_STEP(connectClients(port, 1, &clients));
    RUN_STEP(selectRow(0));
    FIND_NAMED(QPushButton, stop, m_tab.get(), "Stop");
    RUN_STEP(WidgetTest::click(stop));
    QTRY_COMPARE(clients[0]->socket().state(), QAbstractSocket::UnconnectedState);

    // A new session starts with nobody chosen: Send reaches the new peer.
    RUN_STEP(listen(&port));
    Clients next;
    RUN_STEP(connectClients(port, 1, &next));
    RUN_STEP(sendPayload(QStringLiteral("new session"), QStringLiteral("Send")));
    QTRY_COMPARE(next[0]->received(), QByteArray("new session"));
    QVERIFY(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error).isEmpty());
}

// Clicks "Options…" and finds the dialog it opens.
void tst_ServerTab::openOptions(ServerOptionsDialog **dialog)
{
    FIND_NAMED(QPushButton, options, m_tab.get(), QStringLiteral("Options…"));
    QVERIFY(!options->toolTip().isEmpty());
    QCOMPARE(options->text(), options->accessibleName());
    RUN_STEP(WidgetTest::click(options));
    *dialog = nullptr;
    QTRY_VERIFY([&] {
        for (ServerOptionsDialog *found : m_tab->findChildren<ServerOptionsDialog *>()) {
            if (found->isVisible())
                *dialog = found;
        }
        return *dialog != nullptr;
    }());
    QVERIFY((*dialog)->isModal());
}

// Types the options into the dialog, as a user does, and presses OK.
void tst_ServerTab::setOptions(int maxConnections, int backlog, const QString &allowed)
{
    ServerOptionsDialog *dialog = nullptr;
    RUN_STEP(openOptions(&dialog));
    FIND_NAMED(QSpinBox, max, dialog, "Max connections");
    FIND_NAMED(QSpinBox, queue, dialog, "Listen backlog");
    FIND_NAMED(QLineEdit, peers, dialog, "Allowed peers");
    FIND_NAMED(QPushButton, ok, dialog, "OK");
    for (QSpinBox *spin : {max, queue}) {
        const int value = spin == max ? maxConnections : backlog;
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        QCOMPARE(spin->value(), value);
    }
    if (allowed.isEmpty()) {
        peers->setFocus();
        peers->selectAll();
        QTest::keyClick(peers, Qt::Key_Backspace);
    } else {
        RUN_STEP(WidgetTest::replaceText(peers, allowed));
    }
    RUN_STEP(WidgetTest::click(ok));
    QTRY_VERIFY(!dialog->isVisible());
}

void tst_ServerTab::optionsDialogChecksAllowedPeers()
{
    ServerOptionsDialog *dialog = nullptr;
    RUN_STEP(openOptions(&dialog));
    FIND_NAMED(QSpinBox, max, dialog, "Max connections");
    FIND_NAMED(QSpinBox, queue, dialog, "Listen backlog");
    FIND_NAMED(QLineEdit, peers, dialog, "Allowed peers");
    FIND_NAMED(QPushButton, ok, dialog, "OK");
    FIND_NAMED(QPushButton, cancel, dialog, "Cancel");
    // Defaults: no cap but the system's, the usual backlog, everyone allowed.
    QCOMPARE(max->value(), 0);
    QCOMPARE(queue->value(), TcpServerSession::kDefaultBacklog);
    QVERIFY(peers->text().isEmpty());
    QVERIFY(peers->placeholderText().contains(QStringLiteral("Everyone")));
    for (QWidget *field : std::initializer_list<QWidget *>{max, queue, peers})
        QVERIFY2(!field->toolTip().isEmpty(), qPrintable(field->accessibleName()));
    QVERIFY(ok->isEnabled());
    QVERIFY(cancel->isEnabled());

    RUN_STEP(WidgetTest::replaceText(peers, QStringLiteral("192.168.1.0/24, 10.0.0.0/33")));
    QVERIFY(!ok->isEnabled());
    QStringList shown = WidgetTest::visibleLabelsContaining(dialog, QStringLiteral("10.0.0.0/33"));
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("not an IP address or subnet")),
             qPrintable(shown.first()));
    // Enter does not slip past the check.
    QTest::keyClick(peers, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(m_tab->server()->allowList().isEmpty());

    RUN_STEP(WidgetTest::replaceText(peers, QStringLiteral("127.0.0.2 fe80::/10")));
    QVERIFY(ok->isEnabled());
    QVERIFY(WidgetTest::visibleLabelsContaining(dialog, QStringLiteral("not an IP")).isEmpty());
    RUN_STEP(WidgetTest::click(ok));
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(AllowList::format(m_tab->server()->allowList()),
             QStringLiteral("127.0.0.2, fe80::/10"));

    // Opened again, it shows what is in force.
    RUN_STEP(openOptions(&dialog));
    FIND_NAMED(QLineEdit, again, dialog, "Allowed peers");
    QCOMPARE(again->text(), QStringLiteral("127.0.0.2, fe80::/10"));
}

void tst_ServerTab::optionsCancelChangesNothing()
{
    ServerOptionsDialog *dialog = nullptr;
    RUN_STEP(openOptions(&dialog));
    FIND_NAMED(QSpinBox, max, dialog, "Max connections");
    FIND_NAMED(QLineEdit, peers, dialog, "Allowed peers");
    FIND_NAMED(QPushButton, cancel, dialog, "Cancel");
    max->setFocus();
    max->selectAll();
    QTest::keyClicks(max, QStringLiteral("7"));
    QCOMPARE(max->value(), 7);
    RUN_STEP(WidgetTest::replaceText(peers, QStringLiteral("10.1.2.3")));
    RUN_STEP(WidgetTest::click(cancel));
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_tab->server()->maxConnections(), 0);
    QVERIFY(m_tab->server()->allowList().isEmpty());
}

void tst_ServerTab::refusedPeersAreLogged()
{
    RUN_STEP(setOptions(1, 128, QString()));
    QCOMPARE(m_tab->server()->maxConnections(), 1);
    quint16 port = 0;
    RUN_STEP(listen(&port));
    QVERIFY(WidgetTest::visibleLabelsContaining(m_tab.get(), QStringLiteral("only allowed peers"))
                    .isEmpty());
    Clients clients;
    RUN_STEP(connectClients(port, 1, &clients));

    // Beyond the limit: closed at once, and the log says why.
    Client extra(port);
    QVERIFY(extra.socket().waitForConnected(5000));
    const QString extraLabel = extra.label();
    QTRY_COMPARE(extra.socket().state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error).size(), 1);
    const QString limitMessage =
            WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error).constFirst();
    QVERIFY2(limitMessage.startsWith(QStringLiteral("Refused %1: ").arg(extraLabel)) &&
                     limitMessage.contains(QStringLiteral("limit of 1 connection")),
             qPrintable(limitMessage));
    FIND_NAMED(QTableView, peers, m_tab.get(), "Peers");
    QCOMPARE(peers->model()->rowCount(), 1);
    // The peer within the limit is still served.
    RUN_STEP(sendPayload(QStringLiteral("served"), QStringLiteral("Send")));
    QTRY_COMPARE(clients[0]->received(), QByteArray("served"));

    // Only 127.0.0.2 may connect now; it applies at once, while listening.
    RUN_STEP(setOptions(0, 128, QStringLiteral("127.0.0.2")));
    QCOMPARE(WidgetTest::visibleLabelsContaining(m_tab.get(), QStringLiteral("only allowed peers"))
                     .size(),
             1);
    Client stranger(port);
    QVERIFY(stranger.socket().waitForConnected(5000));
    const QString strangerLabel = stranger.label();
    QTRY_COMPARE(stranger.socket().state(), QAbstractSocket::UnconnectedState);
    const QString expected = QStringLiteral("Refused %1: not in the allow-list").arg(strangerLabel);
    QTRY_VERIFY(
            WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Info).contains(expected));

    QTcpSocket friendly;
    if (!friendly.bind(QHostAddress(QStringLiteral("127.0.0.2")), 0))
        QSKIP("Cannot use 127.0.0.2 as a source address here");
    friendly.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(friendly.waitForConnected(5000));
    QTRY_COMPARE(peers->model()->rowCount(), 2);
    const QString friendlyLabel = QStringLiteral("127.0.0.2:%1").arg(friendly.localPort());
    QTRY_VERIFY(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Connected)
                        .contains(QStringLiteral("%1 connected").arg(friendlyLabel)));
    QCOMPARE(WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Error).size(), 1);

    // A new session says the allow-list is on from the start.
    FIND_NAMED(QPushButton, stop, m_tab.get(), "Stop");
    RUN_STEP(WidgetTest::click(stop));
    RUN_STEP(listen(&port));
    const QStringList listening =
            WidgetTest::loggedMessages(m_tab->logModel(), LogEntry::Kind::Listening);
    QVERIFY2(listening.constLast().endsWith(QStringLiteral("only allowed peers")),
             qPrintable(listening.constLast()));
}

void tst_ServerTab::optionsAreSavedAndRestored()
{
    RUN_STEP(setOptions(25, 64, QStringLiteral("192.168.1.0/24, ::1")));
    QSettings settings;
    settings.beginGroup(QStringLiteral("optionsTest"));
    m_tab->saveSettings(settings);

    ServerTab restored;
    restored.restoreSettings(settings);
    settings.endGroup();
    settings.remove(QStringLiteral("optionsTest"));
    QCOMPARE(restored.server()->maxConnections(), 25);
    QCOMPARE(restored.server()->backlog(), 64);
    QCOMPARE(AllowList::format(restored.server()->allowList()),
             QStringLiteral("192.168.1.0/24, ::1"));
}

void tst_ServerTab::corruptStoredOptionsAreIgnored()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("corruptTest"));
    settings.setValue(QStringLiteral("maxConnections"), QStringLiteral("many"));
    settings.setValue(QStringLiteral("backlog"), -5);
    settings.setValue(QStringLiteral("allowList"), QStringLiteral("10.0.0.0/99, evil"));
    ServerTab restored;
    restored.server()->setMaxConnections(3);
    restored.restoreSettings(settings);
    QCOMPARE(restored.server()->maxConnections(), 3);
    QCOMPARE(restored.server()->backlog(), TcpServerSession::kDefaultBacklog);
    QVERIFY(restored.server()->allowList().isEmpty());

    settings.setValue(QStringLiteral("maxConnections"), 1000000000);
    settings.setValue(QStringLiteral("backlog"), 70000);
    restored.restoreSettings(settings);
    QCOMPARE(restored.server()->maxConnections(), 3);
    QCOMPARE(restored.server()->backlog(), TcpServerSession::kDefaultBacklog);
    settings.endGroup();
    settings.remove(QStringLiteral("corruptTest"));

    // The dialog still opens with valid values.
    RUN_STEP(setOptions(2, 10, QStringLiteral("127.0.0.1")));
    QCOMPARE(m_tab->server()->maxConnections(), 2);
}

QTEST_MAIN(tst_ServerTab)
#include "tst_servertab.moc"
