#pragma once

#include "sessiontab.h"
#include "udpsession.h"

class BindFields;
class MulticastPanel;
class QLineEdit;
class QPushButton;
class QTimer;

// The UDP tab: bind an address and port, see every datagram and who sent it, send to a host and
// port typed in or to the remotes chosen in the list, broadcast, and join multicast groups.
class UdpTab : public SessionTab
{
    Q_OBJECT

public:
    explicit UdpTab(QWidget *parent = nullptr);

    UdpSession *udp() const { return m_udp; }
    MulticastPanel *multicastPanel() const { return m_multicast; }

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
    void reportDrops();

    UdpSession *m_udp = nullptr;
    BindFields *m_bind = nullptr;
    QPushButton *m_open = nullptr;
    QLineEdit *m_remoteHost = nullptr;
    QLineEdit *m_remotePort = nullptr;
    MulticastPanel *m_multicast = nullptr;
    // Drops are told at most once a second, with how many since the last time.
    QTimer *m_dropReport = nullptr;
    qint64 m_dropsReported = 0;
};
