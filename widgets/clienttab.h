#pragma once

#include "peerinfo.h"
#include "tcpclientbackend.h"

#include <QWidget>

class LogModel;
class LogView;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class SendPane;

// The TCP Client tab: connect to a host and port, send payloads, read the replies.
class ClientTab : public QWidget
{
    Q_OBJECT

public:
    explicit ClientTab(QWidget *parent = nullptr);

    TcpClientBackend *backend() const { return m_backend; }
    LogModel *logModel() const { return m_log; }
    LogView *logView() const { return m_logView; }
    SendPane *sendPane() const { return m_sendPane; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

public slots:
    void toggleConnection();

signals:
    void statusMessage(const QString &message);

private:
    void buildUi();
    void showError(const QString &message);
    void showStatus(const QString &message);
    void handleStateChanged(TcpClientBackend::State state);
    void handleConnected(const QString &peer, const QString &local);
    void handleDisconnected(DisconnectReason reason, const QString &detail);
    void handleDataReceived(const QByteArray &data);
    void handleDataSent(const QByteArray &data);

    TcpClientBackend *m_backend = nullptr;
    LogModel *m_log = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_status = nullptr;
    LogView *m_logView = nullptr;
    SendPane *m_sendPane = nullptr;
    QString m_peer;
};
