#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QSettings;
class QSpinBox;

// The periodic-send choice of the send pane: Repeat, the interval in milliseconds, how many sends
// (0: until stopped), and, while a series runs, how many have gone.
class RepeatFields : public QWidget
{
    Q_OBJECT

public:
    explicit RepeatFields(QWidget *parent = nullptr);

    bool isRepeating() const;
    void setRepeating(bool on);
    int intervalMs() const;
    void setIntervalMs(int ms);
    qint64 count() const; // 0: until stopped
    void setCount(int count);
    // The series is running: the fields lock, and the counter shows.
    void setRunning(bool running);
    void showSent(qint64 sent, qint64 count);

    void save(QSettings &settings) const;
    void restore(QSettings &settings);

signals:
    void repeatToggled(bool on);

private:
    QCheckBox *m_repeat = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_count = nullptr;
    QLabel *m_sent = nullptr;
};
