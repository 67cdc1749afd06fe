#pragma once

#include <QWidget>

class LogModel;
class QCheckBox;
class QListView;
class QPushButton;
class QSettings;
class StatusLabel;

// Shows a connection log: one row per event, text or hex, with timestamps, pausing,
// auto-scroll that yields while the user reads back, saving, and byte counters.
class LogView : public QWidget
{
    Q_OBJECT

public:
    explicit LogView(LogModel *model, QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    // Asks for a file name and writes the whole log to it.
    void saveWithDialog();
    bool saveToFile(const QString &path, QString *error);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

private:
    void buildUi();
    void handleRowsAboutToBeInserted();
    void handleRowsInserted();
    void handlePauseToggled(bool paused);
    void updateCounters(qint64 rx, qint64 tx);
    void copySelection();

    LogModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QCheckBox *m_hex = nullptr;
    QCheckBox *m_timestamps = nullptr;
    QCheckBox *m_autoScroll = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_resetCounters = nullptr;
    StatusLabel *m_counters = nullptr;
    bool m_wasAtBottom = true;
};
