#include "sessiontab.h"

#include "channellistmodel.h"
#include "channellistview.h"
#include "controls.h"
#include "logmodel.h"
#include "logview.h"
#include "responder.h"
#include "sendpane.h"
#include "sessionlog.h"
#include "settingsvalues.h"
#include "statuslabel.h"

#include <QCheckBox>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

SessionTab::SessionTab(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_log(new LogModel(this))
    , m_sessionLog(new SessionLog(session, m_log, this))
    , m_responder(new Responder(session, this))
    , m_channels(new ChannelListModel(session, this))
{
    session->setParent(this);
    m_status = new StatusLabel(this);
    m_logView = new LogView(m_log, this);
    m_channelView = new ChannelListView(m_channels, this);
    m_sendPane = new SendPane(this);
    m_echo = Controls::checkBox(
            tr("Echo"), tr("Send everything received back to whoever sent it, at once"), this);
    connect(m_echo, &QCheckBox::toggled, this, [this](bool on) {
        m_responder->setMode(on ? Responder::Mode::Echo : Responder::Mode::Off);
    });
    connect(m_sendPane, &SendPane::sendRequested, this,
            [this](const QByteArray &payload) { sendAsAsked(payload, false); });
    connect(m_sendPane, &SendPane::sendToAllRequested, this,
            [this](const QByteArray &payload) { sendAsAsked(payload, true); });
    connect(m_sendPane, &SendPane::encodingChanged, m_logView, &LogView::setSendEncoding);
    connect(m_channelView, &ChannelListView::selectionChanged, this,
            &SessionTab::handleSelectionChanged);
    connect(m_channelView, &ChannelListView::closeRequested, this,
            [this](const QList<ChannelId> &channels) {
                for (ChannelId id : channels) {
                    m_chosen.removeOne(id); // the user knows these are gone
                    m_session->closeChannel(id);
                }
            });
    connect(session, &Session::errorOccurred, this, &SessionTab::handleSessionError);
    // A send of the user's that went through says the last error is over (see sendAsAsked()).
    connect(session, &Session::sent, this, [this] {
        if (m_userSending && m_status->isError())
            showStatus(m_lastStatus);
    });
    connect(session, &Session::stateChanged, this, [this](Session::State state) {
        // The channels chosen in a session that ended are no choice for the next one.
        if (state == Session::State::Closed)
            m_chosen.clear();
        emit sessionStateChanged(state);
    });
}

SessionTab::~SessionTab()
{
    // Nothing of the session reaches the tab's parts while they are destroyed.
    m_session->disconnect(this);
}

void SessionTab::buildLayout(QLayout *top, QWidget *sideExtra)
{
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_channelView, 1);
    if (sideExtra)
        sideLayout->addWidget(sideExtra);

    m_upper = new QSplitter(Qt::Horizontal, this);
    m_upper->addWidget(m_logView);
    m_upper->addWidget(side);
    m_upper->setStretchFactor(0, 3);
    m_upper->setStretchFactor(1, 1);
    m_upper->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(Controls::stackOverSendPane(m_upper, m_sendPane, this), 1);
}

void SessionTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized || !m_upper)
        return;
    m_sized = true;
    // The list starts as wide as its columns want, up to 45 % of the width: the log is what the
    // user reads, and its rows of buttons and counters need the room. The log takes the rest.
    const int total = m_upper->width() - m_upper->handleWidth();
    const int logMinimum = m_logView->minimumSizeHint().width();
    const int most = qMin(total * 45 / 100, total - logMinimum);
    const int side = qBound(m_upper->widget(1)->minimumSizeHint().width(),
                            m_channelView->preferredWidth(), qMax(0, most));
    m_upper->setSizes({total - side, side});
}

QString SessionTab::statusText() const
{
    return m_status->text();
}

bool SessionTab::statusIsError() const
{
    return m_status->isError();
}

int SessionTab::openConnections() const
{
    return m_session->kind() == Session::Kind::Udp ? 0 : m_session->channelCount();
}

void SessionTab::showStatus(const QString &message, bool isError)
{
    if (!isError)
        m_lastStatus = message;
    m_status->setMessage(message, isError);
    emit statusChanged(message, isError);
}

void SessionTab::showError(const QString &message)
{
    showStatus(message, true);
    m_sessionLog->addEvent(LogEntry::Kind::Error, message);
}

void SessionTab::handleSessionError(const QString &message, ChannelId)
{
    // The session log has logged it; the status line says it too.
    showStatus(message, true);
}

void SessionTab::sendAsAsked(const QByteArray &payload, bool toAll)
{
    // Only while it runs: an answer of Echo's, or a send of another stage, is not the user's.
    m_userSending = true;
    if (toAll)
        sendToAll(payload);
    else
        send(payload);
    m_userSending = false;
}

void SessionTab::sendToAll(const QByteArray &payload)
{
    if (m_session->sendToAll(payload) == 0)
        showError(tr("Nothing was sent: no peer is connected."));
}

void SessionTab::handleSelectionChanged()
{
    const QList<ChannelId> selected = m_channelView->selectedChannels();
    if (!selected.isEmpty()) {
        m_chosen = selected;
        return;
    }
    // The rows of chosen channels that close leave the selection. They stay chosen, so that Send
    // reports them gone instead of going to every other channel; those the user deselected do
    // not.
    QList<ChannelId> departed;
    for (ChannelId id : std::as_const(m_chosen)) {
        if (!m_session->hasChannel(id))
            departed.append(id);
    }
    m_chosen = departed;
}

void SessionTab::forgetDepartedChoice()
{
    m_chosen = m_channelView->selectedChannels();
}

void SessionTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("echo"), m_echo->isChecked());
    m_sendPane->saveSettings(settings);
    m_logView->saveSettings(settings);
}

void SessionTab::restoreSettings(QSettings &settings)
{
    // Echo sends to peers: only a value this version wrote turns it on, not any text that
    // QVariant happens to read as true ("maybe").
    // Echo answers peers: only a value this version wrote turns it on.
    m_echo->setChecked(SettingsValues::readBool(settings, QStringLiteral("echo"), false));
    m_sendPane->restoreSettings(settings);
    m_logView->restoreSettings(settings);
    m_logView->setSendEncoding(m_sendPane->encoding());
}

QString SessionTab::kindTitle(Session::Kind kind)
{
    switch (kind) {
    case Session::Kind::TcpServer: return tr("TCP Server");
    case Session::Kind::TcpClient: return tr("TCP Client");
    case Session::Kind::Udp: return tr("UDP");
    }
    return {};
}
