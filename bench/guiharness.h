#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

class ClientTab;
class MainWindow;
class QAbstractItemModel;
class QSocketNotifier;
class QWidget;
class ServerTab;
class UdpTab;

// What every measured child shares: talking to the driver in lines, and waiting on Qt's event
// loop for a condition with a deadline.
namespace Harness {

// Offscreen unless a platform was chosen; the open-files limit raised as the app does.
void prepareGuiProcess();
// One line on stdout, flushed at once: "TAG {json}".
void tell(const char *tag, const QJsonObject &fields = {});
// Runs the event loop until done() holds or timeoutMs pass; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs);
// Runs the event loop for this long.
void settle(int milliseconds);

} // namespace Harness

// Commands from the driver: lines on stdin, read without blocking the event loop.
class StdinLines : public QObject
{
    Q_OBJECT

public:
    explicit StdinLines(QObject *parent = nullptr);
    bool hasLine() const { return !m_lines.isEmpty(); }
    QString takeLine() { return m_lines.takeFirst(); }

private:
    void handleActivated();

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    QStringList m_lines;
};

// The real NetDebug main window, shown offscreen, driven through its widgets as a user would:
// the server tab listens (the UDP tab opens) on 127.0.0.1 with port 0 typed into the Port field;
// the client tab connects to a port of the driver's.
class BenchWindow
{
public:
    BenchWindow();
    ~BenchWindow();

    MainWindow &window() { return *m_window; }
    ServerTab *server() const;
    UdpTab *udp() const;
    ClientTab *client() const;
    QAbstractItemModel *peerModel() const;

    // Types the address and port 0, clicks Listen; returns the port, or 0 on failure.
    quint16 listen();
    // The same in the UDP tab, which it makes the current tab, clicking Open.
    quint16 openUdp();
    // In the client tab, which it makes the current tab: types 127.0.0.1 and the port, clicks
    // Connect and waits for the connection; false when it is not made within 10 s.
    bool connectClient(quint16 port);
    // Clicks Disconnect and waits until the connection has closed, the bytes still queued sent
    // first; false when it has not closed within a minute.
    bool disconnectClient();
    // In the client tab's send pane: the text as the payload (no line ending or checksum), Repeat
    // ticked with the interval and the count, then Send clicked. False when a control is missing,
    // the payload is not exactly the text's bytes, or no series started.
    bool startSeries(const QString &text, int intervalMs, int count);
    // Ticks the log's "Hex display" box (of the server tab unless another is given).
    bool setHexDisplay(bool hex, QWidget *tab = nullptr);
    // Clicks the log's Pause button.
    bool pauseDisplay();
    // Writes text into the payload editor and clicks "Send to all".
    bool sendToAll(const QString &text);

private:
    // The control of that name in the tab (the server tab unless another is given): tabs have
    // fields of the same names.
    template<typename T>
    T *find(const QString &accessibleName, QWidget *tab = nullptr) const;

    std::unique_ptr<MainWindow> m_window;
};
