#pragma once

#include "sessiontab.h"
#include "tcpserversession.h"

class BindFields;
class QLineEdit;
class QPushButton;

// The TCP Server tab: choose where to listen, watch peers connect, read what they send, and
// send to one, several or all of them.
class ServerTab : public SessionTab
{
    Q_OBJECT

public:
    explicit ServerTab(QWidget *parent = nullptr);

    TcpServerSession *server() const { return m_server; }

    void toggle() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;

protected:
    std::optional<SendTarget> chooseTarget(bool toAll) override;
    QString nothingSentMessage(const SendTarget &target) const override;
    void updateControls() override;

private:
    QLayout *buildTop();
    void handleStateChanged(Session::State state);
    QString listeningMessage() const;
    void openOptions();
    void handlePeerRefused(const QHostAddress &address, quint16 port,
                           TcpServerSession::Refusal refusal, const QString &reason);

    TcpServerSession *m_server = nullptr;
    BindFields *m_bind = nullptr;
    QPushButton *m_listen = nullptr;
    QPushButton *m_options = nullptr;
};
