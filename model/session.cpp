#include "session.h"

#include <QMetaMethod>
#include <QStringList>
#include <atomic>

Session::Session(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{
    qRegisterMetaType<ChannelInfo>();
    qRegisterMetaType<CloseReason>();
    qRegisterMetaType<Session::State>();
    qRegisterMetaType<ChannelId>("ChannelId");
    qRegisterMetaType<QList<ChannelId>>("QList<ChannelId>");
}

Session::~Session()
{
    // Deleted from one of its own signals, the batch delivering it would outlive it.
    Q_ASSERT_X(m_depth == 0, "Session", "deleted from one of its own signals: use deleteLater()");
}

QString Session::refusal(const QList<ChannelId> &, const QByteArray &) const
{
    return {};
}

int Session::send(const QList<ChannelId> &ids, const QByteArray &data, SendKind kind)
{
    const Batch batch(this);
    if (const QString problem = refusal(ids, data); !problem.isEmpty()) {
        notify([this, problem] { emit errorOccurred(problem, 0); });
        return 0;
    }
    // What the writes cause (a connection found reset, an error) is reported after the send, but
    // which channels it reached is known only once they are done: its place is kept.
    const auto place = qsizetype(m_deferred.size());
    QList<ChannelId> reached;
    reached.reserve(ids.size());
    for (ChannelId id : ids) {
        if (write(id, data))
            reached.append(id);
    }
    if (!reached.isEmpty()) {
        m_deferred.insert(m_deferred.begin() + place,
                          [this, reached, data, kind] { emit sent(reached, data, kind); });
    }
    return int(reached.size());
}

int Session::send(ChannelId id, const QByteArray &data)
{
    return send(QList<ChannelId>{id}, data);
}

int Session::sendToAll(const QByteArray &data)
{
    return send(channelIds(), data);
}

int Session::send(const SendTarget &target, const QByteArray &data, SendKind kind)
{
    switch (target.kind) {
    case SendTarget::Kind::Channels: return send(target.channels, data, kind);
    case SendTarget::Kind::All: return send(channelIds(), data, kind);
    case SendTarget::Kind::Address: return sendToHost(target.host, target.port, data, kind) ? 1 : 0;
    }
    return 0;
}

qint64 Session::bytesToWrite(ChannelId) const
{
    return 0;
}

bool Session::sendToHost(const QString &host, quint16, const QByteArray &, SendKind)
{
    const QString message = tr("Cannot send to %1: this session sends only to its own "
                               "connections.")
                                    .arg(host);
    notify([this, message] { emit errorOccurred(message, 0); });
    return false;
}

bool Session::reportsWrites() const
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&Session::bytesWritten);
    return isSignalConnected(signal);
}

QString Session::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::TcpServer: return QStringLiteral("tcp-server");
    case Kind::TcpClient: return QStringLiteral("tcp-client");
    case Kind::Udp: return QStringLiteral("udp");
    }
    return {};
}

std::optional<Session::Kind> Session::kindFromKey(const QString &key)
{
    for (Kind kind : {Kind::TcpServer, Kind::TcpClient, Kind::Udp}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

ChannelId Session::nextChannelId()
{
    static std::atomic<ChannelId> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    notify([this, state] { emit stateChanged(state); });
}

Session::Batch::Batch(Session *session)
    : m_session(session)
{
    ++m_session->m_depth;
}

Session::Batch::~Batch()
{
    if (m_session->m_depth == 1)
        m_session->deliverDeferred();
    --m_session->m_depth;
}

void Session::deliverDeferred()
{
    // Still inside the batch: what these signals cause waits its turn behind them.
    while (!m_deferred.empty()) {
        const std::function<void()> emitter = std::move(m_deferred.front());
        m_deferred.pop_front();
        emitter();
    }
}
