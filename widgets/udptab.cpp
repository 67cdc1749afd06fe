#include "udptab.h"

#include "bindfields.h"
#include "controls.h"
#include "filesendbar.h"
#include "logentry.h"
#include "multicastpanel.h"
#include "sendpane.h"
#include "sessionlog.h"
#include "socketerrors.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kDropReportMs = 1000;
} // namespace

UdpTab::UdpTab(QWidget *parent)
    : SessionTab(new UdpSession, parent)
    , m_udp(static_cast<UdpSession *>(session()))
    , m_dropReport(new QTimer(this))
{
    m_multicast = new MulticastPanel(m_udp, this);
    buildLayout(buildTop(), m_multicast);
    sendPane()->setSendToAllVisible(true);
    sendPane()->fileBar()->setDatagramOptionsVisible(true);
    m_dropReport->setSingleShot(true);
    m_dropReport->setInterval(kDropReportMs);
    connect(m_dropReport, &QTimer::timeout, this, &UdpTab::reportDrops);
    connect(m_open, &QPushButton::clicked, this, &UdpTab::toggle);
    connect(m_bind, &BindFields::accepted, this, &UdpTab::toggle);
    connect(m_udp, &Session::stateChanged, this, &UdpTab::handleStateChanged);
    connect(m_udp, &UdpSession::droppedDatagramsChanged, this, [this] {
        if (!m_dropReport->isActive())
            m_dropReport->start();
    });
    connect(m_multicast, &MulticastPanel::problemFound, this, &UdpTab::showError);
    connect(m_multicast, &MulticastPanel::membershipChanged, this, [this](const QString &message) {
        sessionLog()->addEvent(LogEntry::Kind::Info, message);
        showStatus(message);
    });
    updateControls();
    showStatus(tr("Closed. Choose an address and a port, then Open."));
}

QLayout *UdpTab::buildTop()
{
    m_bind = new BindFields(tr("Where to receive: all interfaces, loopback only, or one "
                               "address of this computer"),
                            tr("UDP port to bind; 0 picks a free port"), this);
    m_open = Controls::button(tr("Open"),
                              tr("Bind the socket to the address and port, or close "
                                 "it"),
                              this);
    m_remoteHost = new QLineEdit(QStringLiteral("127.0.0.1"), this);
    m_remoteHost->setMinimumWidth(m_remoteHost->fontMetrics().horizontalAdvance(u'0') * 12);
    m_remotePort = new QLineEdit(QStringLiteral("8080"), this);
    Controls::fitPortField(m_remotePort);

    auto *bind = new QHBoxLayout;
    bind->addWidget(m_bind, 1);
    bind->addWidget(m_open);
    bind->addWidget(echoBox());
    auto *remote = new QHBoxLayout;
    remote->addWidget(Controls::labelFor(m_remoteHost, tr("Remote host"),
                                         tr("Where Send goes when no remote is selected: a host "
                                            "name, an IP address, a broadcast or multicast "
                                            "address"),
                                         this));
    remote->addWidget(m_remoteHost, 1);
    remote->addWidget(Controls::labelFor(m_remotePort, tr("Remote port"),
                                         tr("The UDP port Send goes to when no remote is "
                                            "selected"),
                                         this));
    remote->addWidget(m_remotePort);
    auto *top = new QVBoxLayout;
    top->addLayout(bind);
    top->addLayout(remote);
    return top;
}

void UdpTab::toggle()
{
    if (m_udp->state() == Session::State::Open) {
        m_udp->close();
        return;
    }
    QHostAddress address;
    quint16 port = 0;
    QString error;
    if (!m_bind->read(&address, &port, true, &error)) {
        showError(error);
        return;
    }
    m_udp->open(address, port);
}

void UdpTab::updateControls()
{
    const bool open = m_udp->state() == Session::State::Open;
    Controls::setText(m_open, open ? tr("Close") : tr("Open"));
    m_bind->setEnabled(!open);
    sendPane()->setTarget(open, tr("Open the socket to send."));
}

void UdpTab::handleStateChanged(Session::State state)
{
    if (state == Session::State::Open) {
        m_dropsReported = 0; // the system counts afresh for each socket
        m_bind->showOpen(m_udp->localPort());
        const QString message =
                tr("Open on %1, port %2")
                        .arg(SocketErrors::describeBindAddress(m_udp->localAddress()))
                        .arg(m_udp->localPort());
        sessionLog()->addEvent(LogEntry::Kind::Listening, message);
        showStatus(message);
    } else if (state == Session::State::Closed) {
        m_bind->showClosed();
        const QString message = tr("Closed");
        sessionLog()->addEvent(LogEntry::Kind::Stopped, message);
        showStatus(message);
    }
    updateControls();
}

void UdpTab::reportDrops()
{
    const qint64 total = m_udp->droppedDatagrams();
    const qint64 fresh = total - m_dropsReported;
    if (fresh <= 0)
        return;
    m_dropsReported = total;
    const QString message =
            tr("The system dropped %n datagram(s) that arrived faster than they could be read "
               "(%1 in all).",
               nullptr, int(qMin<qint64>(fresh, INT_MAX)))
                    .arg(QLocale().toString(total));
    sessionLog()->addEvent(LogEntry::Kind::Error, message);
    showStatus(message, true);
}

std::optional<SendTarget> UdpTab::chooseTarget(bool toAll)
{
    if (toAll)
        return SendTarget::all();
    const QList<ChannelId> chosen = chosenChannels();
    if (!chosen.isEmpty())
        return SendTarget::to(chosen);
    quint16 port = 0;
    const QString portError = SocketErrors::checkPort(m_remotePort->text(), false, &port);
    if (!portError.isEmpty()) {
        showError(tr("Remote port: %1").arg(portError));
        return std::nullopt;
    }
    if (m_remoteHost->text().trimmed().isEmpty()) {
        showError(tr("Enter a remote host to send to, or select remotes in the list."));
        return std::nullopt;
    }
    return SendTarget::address(m_remoteHost->text(), port);
}

QString UdpTab::nothingSentMessage(const SendTarget &target) const
{
    switch (target.kind) {
    case SendTarget::Kind::Channels:
        return tr("Nothing was sent: the selected remotes are no longer in the list.");
    case SendTarget::Kind::All: return tr("Nothing was sent: no remote is in the list yet.");
    case SendTarget::Kind::Address: break; // the session has said why
    }
    return {};
}

void UdpTab::saveSettings(QSettings &settings) const
{
    m_bind->save(settings, QStringLiteral("address"), QStringLiteral("port"));
    settings.setValue(QStringLiteral("remoteHost"), m_remoteHost->text());
    settings.setValue(QStringLiteral("remotePort"), m_remotePort->text());
    m_multicast->saveSettings(settings);
    SessionTab::saveSettings(settings);
}

void UdpTab::restoreSettings(QSettings &settings)
{
    m_bind->restore(settings, QStringLiteral("address"), QStringLiteral("port"));
    const QString remoteHost = settings.value(QStringLiteral("remoteHost")).toString().trimmed();
    if (!remoteHost.isEmpty())
        m_remoteHost->setText(remoteHost);
    const QString remotePort = settings.value(QStringLiteral("remotePort")).toString();
    if (SocketErrors::checkPort(remotePort, false, nullptr).isEmpty())
        m_remotePort->setText(remotePort.trimmed());
    m_multicast->restoreSettings(settings);
    SessionTab::restoreSettings(settings);
}
