#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;

// The file side of the send pane: Send file…, and while a file goes out its progress, rate and
// remaining time with Cancel. For UDP, the datagram size and the pause between datagrams.
class FileSendBar : public QWidget
{
    Q_OBJECT

public:
    explicit FileSendBar(QWidget *parent = nullptr);

    void setDatagramOptionsVisible(bool visible);
    int datagramSize() const;
    int pauseMs() const;
    void setSendEnabled(bool enabled);

    // A transfer started, moved on or ended: the bar shows it, or goes back to the button.
    void showStarted(const QString &name, qint64 total);
    void showProgress(qint64 sent, qint64 total, qint64 elapsedMs);
    void showEnded();

    void save(QSettings &settings) const;
    void restore(QSettings &settings);

signals:
    void sendFileRequested();
    void cancelRequested();

private:
    QPushButton *m_sendFile = nullptr;
    QWidget *m_datagramOptions = nullptr;
    QSpinBox *m_datagramSize = nullptr;
    QSpinBox *m_pause = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_figures = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_name;
};
