#pragma once

#include <QWidget>

class LogDetailsView;
class LogModel;
class QCheckBox;
class QComboBox;
class QListView;
class QPushButton;
class QSettings;
class StatusLabel;

// Shows a session's log: one row per event, text or hex, with timestamps, pausing, auto-scroll
// that yields while the user reads back, saving, byte counters, a display encoding of its own if
// wanted, and a details pane with the whole of the selected entry.
class LogView : public QWidget
{
    Q_OBJECT

public:
    explicit LogView(LogModel *model, QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    LogDetailsView *detailsView() const { return m_details; }
    // The encoding the send pane uses: the log shows text in it unless another display encoding
    // was chosen.
    void setSendEncoding(const QString &encoding);
    // The display encoding chosen, empty for "the same as for sending".
    QString displayEncoding() const;
    bool setDisplayEncoding(const QString &encoding);
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
    void applyEncoding();
    void showCurrentDetails();

    LogModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QCheckBox *m_hex = nullptr;
    QCheckBox *m_timestamps = nullptr;
    QCheckBox *m_autoScroll = nullptr;
    QCheckBox *m_showDetails = nullptr;
    QComboBox *m_displayEncoding = nullptr;
    LogDetailsView *m_details = nullptr;
    QString m_sendEncoding;
    QPushButton *m_pause = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_resetCounters = nullptr;
    StatusLabel *m_counters = nullptr;
    bool m_wasAtBottom = true;
};
