#pragma once

#include "payloadcodec.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSettings;

// Where the user writes a payload: text or hex, in a chosen encoding, with optional escapes
// and line ending. It checks the input as it is typed and hands out exact bytes to send.
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
    // The bytes Send would send now, or the reason it cannot.
    PayloadResult payload() const;
    QString errorText() const;

    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

signals:
    void sendRequested(const QByteArray &payload);
    void sendToAllRequested(const QByteArray &payload);
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
    QString m_hint;
    bool m_targetAvailable = true;
    bool m_inputValid = true;
};
