#pragma once

#include "peerinfo.h"

#include <QWidget>

class LogModel;
class PeerEventLog;
class LogView;
class PeerListModel;
class PeerListView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class SendPane;
class TcpServerBackend;

// The TCP Server tab: choose where to listen, watch peers connect, read what they send, and
// send to one, several or all of them.
class ServerTab : public QWidget
{
    Q_OBJECT

public:
    explicit ServerTab(QWidget *parent = nullptr);

    TcpServerBackend *backend() const { return m_backend; }
    LogModel *logModel() const { return m_log; }
    LogView *logView() const { return m_logView; }
    SendPane *sendPane() const { return m_sendPane; }
    PeerListView *peerView() const { return m_peerView; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

public slots:
    void toggleListening();

signals:
    void statusMessage(const QString &message);

private:
    void buildUi();
    void fillAddresses();
    bool chosenAddress(QHostAddress *address);
    void showError(const QString &message);
    void updateControls();
    void handleListeningStarted(const QHostAddress &address, quint16 port);
    void handleListeningStopped();
    QString listeningMessage(const QHostAddress &address, quint16 port) const;
    void showListeningStatus();
    void openOptions();
    void handlePeerRefused(const QHostAddress &address, quint16 port, const QString &reason);
    void handlePeerConnected(const PeerInfo &peer);
    void handlePeerDisconnected(const PeerInfo &peer, DisconnectReason reason,
                                const QString &detail);
    void handleDataReceived(PeerId id, const QByteArray &data);
    void handleDataSent(PeerId id, const QByteArray &data);
    void handlePeerSelectionChanged();
    void sendToSelection(const QByteArray &payload);
    void sendToAll(const QByteArray &payload);
    int sendToPeers(const QList<PeerId> &ids, const QByteArray &payload);
    void disconnectPeers(const QList<PeerId> &peers);

    TcpServerBackend *m_backend = nullptr;
    LogModel *m_log = nullptr;
    // Connects and disconnects. Flushed before anything else is logged, so that the log keeps the
    // order of events.
    PeerEventLog *m_peerEvents = nullptr;
    static constexpr int kSeparateSendEntries = 8;
    struct SendingToMany
    {
        bool active = false;
        QList<PeerId> reached; // so far
    } m_sendingToMany;
    PeerListModel *m_peers = nullptr;
    QComboBox *m_address = nullptr;
    QLineEdit *m_port = nullptr;
    QPushButton *m_listen = nullptr;
    QPushButton *m_options = nullptr;
    QLabel *m_status = nullptr;
    LogView *m_logView = nullptr;
    PeerListView *m_peerView = nullptr;
    SendPane *m_sendPane = nullptr;
    QList<PeerId> m_chosenPeers; // where Send goes; empty for every peer
};
