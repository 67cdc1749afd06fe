#pragma once

#include "sessiontab.h"
#include "tcpclientsession.h"

class QLineEdit;
class QPushButton;

// The TCP Client tab: connect to a host and port, send payloads, read the replies.
class ClientTab : public SessionTab
{
    Q_OBJECT

public:
    explicit ClientTab(QWidget *parent = nullptr);

    TcpClientSession *client() const { return m_client; }

    void toggle() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;

protected:
    std::optional<SendTarget> chooseTarget(bool toAll) override;
    void updateControls() override;

private:
    QLayout *buildTop();
    void handlePhaseChanged(TcpClientSession::Phase phase);
    void handleOpened(const ChannelInfo &channel);
    void handleClosed(const ChannelInfo &channel, CloseReason reason, const QString &detail);

    TcpClientSession *m_client = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QPushButton *m_connect = nullptr;
};
