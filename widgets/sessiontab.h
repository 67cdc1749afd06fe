#pragma once

#include "payloadcodec.h"
#include "session.h"

#include <QElapsedTimer>
#include <QWidget>
#include <optional>

class ChannelListModel;
class ChannelListView;
class CommandSet;
class FileSender;
class PeriodicSender;
class SequenceRunner;
struct FileTransferResult;
struct SavedCommand;
struct Sequence;
class LogModel;
class LogView;
class QCheckBox;
class QLayout;
class QSettings;
class QSplitter;
class Responder;
class SendPane;
class SessionLog;
class StatusLabel;

// One session in the window: what every kind of tab has (a log, the list of channels, a send
// pane, an Echo check box, a status line of its own) around the session it owns, and the stages
// that send for the user: a periodic series, a file, a saved command or sequence. The kinds
// (ServerTab, ClientTab, UdpTab) add their fields and decide where Send goes.
class SessionTab : public QWidget
{
    Q_OBJECT

public:
    ~SessionTab() override;

    Session *session() const { return m_session; }
    Session::Kind kind() const { return m_session->kind(); }
    LogModel *logModel() const { return m_log; }
    LogView *logView() const { return m_logView; }
    SendPane *sendPane() const { return m_sendPane; }
    ChannelListModel *channelModel() const { return m_channels; }
    ChannelListView *channelView() const { return m_channelView; }
    Responder *responder() const { return m_responder; }
    SessionLog *sessionLog() const { return m_sessionLog; }
    PeriodicSender *periodicSender() const { return m_periodic; }
    FileSender *fileSender() const { return m_fileSender; }
    SequenceRunner *sequenceRunner() const { return m_sequence; }

    // Streams the file to where Send goes (as Send file… does after its dialog); false, after
    // saying why in the status line and the log, when it cannot start.
    bool sendFile(const QString &path);
    // Sends a saved command once, or runs a sequence, to where Send goes.
    void sendCommand(const SavedCommand &command);
    void runSequence(const Sequence &sequence, const CommandSet &commands);
    void stopSequence();

    QString statusText() const;
    bool statusIsError() const;

    // Listen or stop, connect or disconnect, open or close.
    virtual void toggle() = 0;
    // The connections that closing the tab would end (UDP remotes are not connections).
    virtual int openConnections() const;

    // Values only, never labels: settings must read back in any language.
    virtual void saveSettings(QSettings &settings) const;
    virtual void restoreSettings(QSettings &settings);

    // "TCP Server", "TCP Client", "UDP": what a new tab of the kind is called.
    static QString kindTitle(Session::Kind kind);

signals:
    void statusChanged(const QString &text, bool isError);
    void sessionStateChanged(Session::State state);

protected:
    SessionTab(Session *session, QWidget *parent);
    void showEvent(QShowEvent *event) override;

    // Lays the tab out: the kind's fields and buttons (top), the status line, the log beside the
    // channel list (with sideExtra under it), and the send pane.
    void buildLayout(QLayout *top, QWidget *sideExtra = nullptr);
    QCheckBox *echoBox() const { return m_echo; }
    void showStatus(const QString &message, bool isError = false);
    // A mistake in what the user asked for: in the status line and in the log.
    void showError(const QString &message);

    // Where Send goes (toAll: Send to all was clicked): the kind decides. None, after showError(),
    // when there is nowhere to send.
    virtual std::optional<SendTarget> chooseTarget(bool toAll) = 0;
    // Why a send to the target reached nobody; empty when the session has said why itself.
    virtual QString nothingSentMessage(const SendTarget &target) const;
    virtual void updateControls() = 0;

    // The channels Send goes to: the selected ones, or those that were selected and closed since,
    // so that Send reports them gone instead of going to everybody else. Empty: none chosen.
    QList<ChannelId> chosenChannels() const { return m_chosen; }
    // Told once: after this an empty selection means what it shows.
    void forgetDepartedChoice();

private:
    void handleSelectionChanged();
    // Where Send goes, less the chosen channels that closed since; none, after saying why, when
    // nothing can be sent now (a file is being sent, nobody to send to).
    std::optional<SendTarget> targetForSending(bool toAll);
    PayloadResult seriesPayload() const;
    void sendAsAsked(const QByteArray &payload, bool toAll);
    // Sends once; false when it reached nobody (said in the status line and the log).
    bool deliver(const SendTarget &target, const QByteArray &payload);
    void startSeries(const SendTarget &target);
    void handleSeriesStopped(const QString &message, bool isError);
    void chooseFileToSend();
    void handleTransferFinished(const FileTransferResult &result);
    void connectStages();
    void handleSessionError(const QString &message, ChannelId channel);

    Session *m_session = nullptr;
    LogModel *m_log = nullptr;
    SessionLog *m_sessionLog = nullptr;
    Responder *m_responder = nullptr;
    PeriodicSender *m_periodic = nullptr;
    FileSender *m_fileSender = nullptr;
    SequenceRunner *m_sequence = nullptr;
    static constexpr qint64 kSeriesCounterMs = 100;
    QElapsedTimer m_seriesShown; // when the series' counter was last shown
    bool m_sequenceStopAsked = false;
    ChannelListModel *m_channels = nullptr;
    StatusLabel *m_status = nullptr;
    LogView *m_logView = nullptr;
    ChannelListView *m_channelView = nullptr;
    SendPane *m_sendPane = nullptr;
    QCheckBox *m_echo = nullptr;
    QSplitter *m_upper = nullptr;
    bool m_sized = false;
    QList<ChannelId> m_chosen;
    QString m_lastStatus; // the last status that was not an error
    bool m_userSending = false;
};
