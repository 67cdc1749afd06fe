#pragma once

#include "payloadcodec.h"

#include <QWidget>

class ChecksumFields;
class FileSendBar;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class RepeatFields;

// Where the user writes a payload: text or hex, in a chosen encoding, with optional escapes, line
// ending and checksum. It checks the input as it is typed, shows the exact bytes the next Send
// sends, and hands them out. It holds the periodic-send and file fields; the tab runs them.
class SendPane : public QWidget
{
    Q_OBJECT

public:
    explicit SendPane(QWidget *parent = nullptr);

    // Adds a "Send to all" button beside Send (for the server tab).
    void setSendToAllVisible(bool visible);
    // Whether there is anybody to send to; when not, Send is disabled and the hint says why.
    void setTarget(bool available, const QString &hint);

    QString encoding() const;
    bool setEncoding(const QString &name);
    bool isHex() const;
    // Switches between text and hex, converting what is in the editor.
    bool setHex(bool hex);
    QString payloadText() const;
    void setPayloadText(const QString &text);
    // Everything that decides the bytes, as a saved command keeps it; setSpec() loads one.
    PayloadSpec spec() const;
    void setSpec(const PayloadSpec &spec);
    // The bytes Send would send now, or the reason it cannot.
    PayloadResult payload() const;
    // A single send went out: with Clear after send, the editor empties.
    void noteSent();
    // A periodic series runs: Send turns into Stop sending.
    void setSeriesRunning(bool running);
    RepeatFields *repeatFields() const { return m_repeat; }
    FileSendBar *fileBar() const { return m_fileBar; }
    QString errorText() const;

    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

signals:
    void sendRequested(const QByteArray &payload);
    void sendToAllRequested(const QByteArray &payload);
    // Stop sending was clicked while a series runs.
    void stopRequested();
    void encodingChanged(const QString &encoding);

private:
    void buildUi();
    void validate();
    void handleHexToggled(bool hex);
    void handleHistoryActivated(int index);
    void requestSend(bool toAll);
    void remember(const QString &text, int mode);
    LineEnding lineEnding() const;
    void updateSendButtons();
    void showPreview(const PayloadResult &result);
    QLayout *buildActions();

    QPlainTextEdit *m_editor = nullptr;
    QCheckBox *m_hex = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_escapes = nullptr;
    QComboBox *m_lineEnding = nullptr;
    QComboBox *m_history = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_sendToAll = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_size = nullptr;
    ChecksumFields *m_checksum = nullptr;
    QLineEdit *m_preview = nullptr;
    QCheckBox *m_clearAfterSend = nullptr;
    RepeatFields *m_repeat = nullptr;
    FileSendBar *m_fileBar = nullptr;
    bool m_seriesRunning = false;
    QString m_hint;
    bool m_targetAvailable = true;
    bool m_inputValid = true;
};
