#include "sessiontab.h"

#include "channellistmodel.h"
#include "channellistview.h"
#include "commandset.h"
#include "controls.h"
#include "filesendbar.h"
#include "filesender.h"
#include "logmodel.h"
#include "logview.h"
#include "periodicsender.h"
#include "repeatfields.h"
#include "responder.h"
#include "sendpane.h"
#include "sequencerunner.h"
#include "sessionlog.h"
#include "settingsvalues.h"
#include "statuslabel.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

SessionTab::SessionTab(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_log(new LogModel(this))
    , m_sessionLog(new SessionLog(session, m_log, this))
    , m_responder(new Responder(session, this))
    , m_periodic(new PeriodicSender(session, this))
    , m_fileSender(new FileSender(session, this))
    , m_sequence(new SequenceRunner(session, this))
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
    connectStages();
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

std::optional<SendTarget> SessionTab::targetForSending(bool toAll)
{
    // Bytes of another send would land between the pieces of the file in the peer's stream.
    if (m_fileSender->isRunning()) {
        showError(tr("A file is being sent: wait for it to finish, or cancel it, before sending "
                     "anything else."));
        return std::nullopt;
    }
    std::optional<SendTarget> target = chooseTarget(toAll);
    if (!target || target->kind != SendTarget::Kind::Channels)
        return target;
    // The chosen channels that closed since are left out; with none left, the user is told once.
    QList<ChannelId> open;
    for (ChannelId id : std::as_const(target->channels)) {
        if (m_session->hasChannel(id))
            open.append(id);
    }
    if (open.isEmpty()) {
        forgetDepartedChoice();
        if (const QString message = nothingSentMessage(*target); !message.isEmpty())
            showError(message);
        return std::nullopt;
    }
    target->channels = open;
    return target;
}

void SessionTab::sendAsAsked(const QByteArray &payload, bool toAll)
{
    const std::optional<SendTarget> target = targetForSending(toAll);
    if (!target)
        return;
    if (m_sendPane->repeatFields()->isRepeating()) {
        startSeries(*target);
        return;
    }
    // Only while it runs: an answer of Echo's, or a send of another stage, is not the user's.
    m_userSending = true;
    const bool reached = deliver(*target, payload);
    m_userSending = false;
    if (reached)
        m_sendPane->noteSent();
}

bool SessionTab::deliver(const SendTarget &target, const QByteArray &payload)
{
    if (m_session->send(target, payload) > 0)
        return true;
    if (target.kind == SendTarget::Kind::Channels)
        forgetDepartedChoice();
    if (const QString message = nothingSentMessage(target); !message.isEmpty())
        showError(message);
    return false;
}

QString SessionTab::nothingSentMessage(const SendTarget &) const
{
    return {};
}

void SessionTab::connectStages()
{
    connect(m_sendPane, &SendPane::stopRequested, m_periodic, &PeriodicSender::stop);
    connect(m_periodic, &PeriodicSender::progressed, this, [this](qint64 sent) {
        // Ten times a second is enough to read: at 1 ms a label laid out for each send would
        // cost the window more than the sends do.
        if (m_seriesShown.isValid() && m_seriesShown.elapsed() < kSeriesCounterMs)
            return;
        m_seriesShown.start();
        m_sendPane->repeatFields()->showSent(sent, m_periodic->count());
    });
    connect(m_periodic, &PeriodicSender::stopped, this,
            [this](PeriodicSender::StopReason reason, const QString &message) {
                const bool isError = reason != PeriodicSender::StopReason::Completed &&
                                     reason != PeriodicSender::StopReason::Stopped;
                handleSeriesStopped(message, isError);
            });
    FileSendBar *bar = m_sendPane->fileBar();
    connect(bar, &FileSendBar::sendFileRequested, this, &SessionTab::chooseFileToSend);
    connect(bar, &FileSendBar::cancelRequested, m_fileSender, &FileSender::cancel);
    connect(m_fileSender, &FileSender::progressed, this, [this, bar](qint64 sent, qint64 total) {
        bar->showProgress(sent, total, m_fileSender->elapsedMs());
    });
    connect(m_fileSender, &FileSender::finished, this, &SessionTab::handleTransferFinished);
    connect(m_sequence, &SequenceRunner::finished, this, [this](bool ok, const QString &message) {
        // Stopped as the user asked is no error.
        if (ok || std::exchange(m_sequenceStopAsked, false))
            m_sessionLog->addEvent(LogEntry::Kind::Info, message);
        else
            showError(message);
    });
}

void SessionTab::startSeries(const SendTarget &target)
{
    const RepeatFields *fields = m_sendPane->repeatFields();
    const QString interval = QLocale().toString(fields->intervalMs());
    // Logged first: the first send leaves inside start(). A refusal, or a series that ends at once
    // (a count of one), is logged after it through stopped().
    m_sessionLog->addEvent(
            LogEntry::Kind::Info,
            fields->count() > 0
                    ? tr("Periodic send started: every %1 ms, %n time(s).", nullptr,
                         int(fields->count()))
                              .arg(interval)
                    : tr("Periodic send started: every %1 ms, until stopped.").arg(interval));
    if (!m_periodic->start(target, fields->intervalMs(), fields->count(),
                           [this] { return seriesPayload(); }) ||
        !m_periodic->isRunning())
        return;
    m_sendPane->setSeriesRunning(true);
    m_sendPane->repeatFields()->showSent(m_periodic->sentCount(), m_periodic->count());
}

PayloadResult SessionTab::seriesPayload() const
{
    PayloadResult payload = m_sendPane->payload();
    // As a single Send: an editor emptied during the series ends it instead of sending nothing.
    if (payload.ok() && payload.bytes.isEmpty())
        payload.error = tr("Nothing to send: the payload is empty.");
    return payload;
}

void SessionTab::handleSeriesStopped(const QString &message, bool isError)
{
    m_seriesShown.invalidate();
    m_sendPane->repeatFields()->showSent(m_periodic->sentCount(), m_periodic->count());
    m_sendPane->setSeriesRunning(false);
    if (isError)
        showError(message);
    else
        m_sessionLog->addEvent(LogEntry::Kind::Info, message);
}

void SessionTab::chooseFileToSend()
{
    // Asked first, so that the user learns there is nowhere to send before choosing a file.
    if (!targetForSending(false))
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Send file"));
    if (!path.isEmpty())
        sendFile(path);
}

bool SessionTab::sendFile(const QString &path)
{
    const std::optional<SendTarget> target = targetForSending(false);
    if (!target)
        return false;
    FileSender::Options options;
    options.datagramSize = m_sendPane->fileBar()->datagramSize();
    options.pauseMs = m_sendPane->fileBar()->pauseMs();
    QString error;
    if (!m_fileSender->start(path, *target, options, &error)) {
        showError(error);
        return false;
    }
    if (m_fileSender->isRunning())
        m_sendPane->fileBar()->showStarted(QFileInfo(path).fileName(), m_fileSender->fileSize());
    m_sessionLog->addEvent(LogEntry::Kind::Info,
                           tr("Sending the file %1 (%2).")
                                   .arg(QDir::toNativeSeparators(path),
                                        ChannelListModel::formatBytes(m_fileSender->fileSize())));
    return true;
}

void SessionTab::handleTransferFinished(const FileTransferResult &result)
{
    m_sendPane->fileBar()->showEnded();
    const QString name = QFileInfo(result.path).fileName();
    const QString seconds = QLocale().toString(result.elapsedMs / 1000.0, 'f', 1);
    switch (result.outcome) {
    case FileTransferResult::Outcome::Completed:
        m_sessionLog->addEvent(LogEntry::Kind::Info,
                               tr("Sent the file %1: %2 in %3 s, SHA-256 %4.")
                                       .arg(name, ChannelListModel::formatBytes(result.bytesSent),
                                            seconds, QString::fromLatin1(result.sha256)));
        break;
    case FileTransferResult::Outcome::Cancelled:
        m_sessionLog->addEvent(LogEntry::Kind::Info,
                               tr("Cancelled sending the file %1 after %2 of %3.")
                                       .arg(name, ChannelListModel::formatBytes(result.bytesSent),
                                            ChannelListModel::formatBytes(result.fileSize)));
        break;
    case FileTransferResult::Outcome::Failed: showError(result.error); break;
    }
}

void SessionTab::sendCommand(const SavedCommand &command)
{
    const PayloadResult payload = PayloadCodec::build(command.payload);
    if (!payload.ok()) {
        showError(tr("The command \"%1\" cannot be sent: %2").arg(command.name, payload.error));
        return;
    }
    if (const std::optional<SendTarget> target = targetForSending(false)) {
        m_userSending = true;
        deliver(*target, payload.bytes);
        m_userSending = false;
    }
}

void SessionTab::stopSequence()
{
    if (!m_sequence->isRunning())
        return;
    m_sequenceStopAsked = true;
    m_sequence->stop();
}

void SessionTab::runSequence(const Sequence &sequence, const CommandSet &commands)
{
    const std::optional<SendTarget> target = targetForSending(false);
    if (!target)
        return;
    QString error;
    if (!m_sequence->start(sequence, commands, *target, &error)) {
        showError(error);
        return;
    }
    m_sessionLog->addEvent(LogEntry::Kind::Info,
                           tr("Running the sequence \"%1\".").arg(sequence.name));
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
