#include "sendpane.h"
#include "widgettesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <memory>

// Drives the send pane as a user does: typing, toggling Hex, choosing encodings, line endings
// and history entries, sending with the button and with Ctrl+Enter.
class tst_SendPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void validHexEnablesSend();
    void invalidHexShowsError_data();
    void invalidHexShowsError();
    void hexToggleRoundTripsEscapedText();
    void hexToggleKeepsBinaryExact();
    void gbkTextBecomesGbkHex();
    void unencodableCharacterIsAnError();
    void lineEndingIsAppended();
    void sendToAllButton();
    void ctrlEnterSends();
    void emptyPayloadIsNotSent();
    void historyRestoresPayload();
    void historyRestoresEscapes();
    void noTargetDisablesSend();
    void checksumIsPreviewedAndSent();
    void checksumRangeTooLargeIsAnError();
    void clearAfterSendEmptiesTheEditor();
    void seriesTurnsSendIntoStop();

private:
    std::unique_ptr<SendPane> m_pane;
};

void tst_SendPane::initTestCase()
{
    WidgetTest::isolateSettings();
}

void tst_SendPane::init()
{
    m_pane = std::make_unique<SendPane>();
    WidgetTest::showAndActivate(m_pane.get(), QSize(900, 300));
}

void tst_SendPane::cleanup()
{
    m_pane.reset();
}

void tst_SendPane::validHexEnablesSend()
{
    FIND_NAMED(QCheckBox, hex, m_pane.get(), "Hex");
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_pane.get(), "Send");

    RUN_STEP(WidgetTest::click(hex));
    QVERIFY(hex->isChecked());
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("48 65 6c 6C 6f 0x00 0D,0a")));
    QVERIFY(send->isEnabled());
    QVERIFY(m_pane->errorText().isEmpty());
    const PayloadResult result = m_pane->payload();
    QVERIFY(result.ok());
    QCOMPARE(result.bytes, QByteArray("Hello\0\r\n", 8));

    QSignalSpy sent(m_pane.get(), &SendPane::sendRequested);
    RUN_STEP(WidgetTest::click(send));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArray("Hello\0\r\n", 8));
}

void tst_SendPane::invalidHexShowsError_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("position"); // 1-based, as the message names it

    QTest::newRow("odd digit count") << QStringLiteral("48 6") << 4;
    QTest::newRow("single digit") << QStringLiteral("4") << 1;
    QTest::newRow("three digits") << QStringLiteral("48 656") << 4;
    QTest::newRow("bad character") << QStringLiteral("48 6G") << 5;
    QTest::newRow("bad first character") << QStringLiteral("ZZ") << 1;
    QTest::newRow("bare 0x") << QStringLiteral("41 0x") << 4;
    QTest::newRow("letter after bytes") << QStringLiteral("4142q") << 5;
}

void tst_SendPane::invalidHexShowsError()
{
    QFETCH(QString, input);
    QFETCH(int, position);

    FIND_NAMED(QCheckBox, hex, m_pane.get(), "Hex");
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_pane.get(), "Send");
    RUN_STEP(WidgetTest::click(hex));
    RUN_STEP(WidgetTest::replaceText(editor, input));

    const QString error = m_pane->errorText();
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("position %1").arg(position)), qPrintable(error));
    QVERIFY(!send->isEnabled());
    QCOMPARE(m_pane->payload().errorPosition, position - 1);
    // The message is shown inline, where the user is looking.
    QCOMPARE(WidgetTest::visibleLabelsContaining(m_pane.get(), error).size(), 1);

    // Fixing the input clears the message and enables Send again.
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("41")));
    QVERIFY(m_pane->errorText().isEmpty());
    QVERIFY(send->isEnabled());
    QVERIFY(WidgetTest::visibleLabelsContaining(m_pane.get(), error).isEmpty());
}

void tst_SendPane::hexToggleRoundTripsEscapedText()
{
    FIND_NAMED(QCheckBox, hex, m_pane.get(), "Hex");
    FIND_NAMED(QCheckBox, escapes, m_pane.get(), "Escapes");
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");

    RUN_STEP(WidgetTest::click(escapes));
    QVERIFY(escapes->isChecked());
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("Hi\\r\\n")));
    const QByteArray bytes("Hi\r\n");
    QCOMPARE(m_pane->payload().bytes, bytes);

    RUN_STEP(WidgetTest::click(hex));
    QVERIFY(hex->isChecked());
    QCOMPARE(editor->toPlainText(), QStringLiteral("48 69 0D 0A"));
    QCOMPARE(m_pane->payload().bytes, bytes);
    QVERIFY(!escapes->isEnabled()); // escapes mean nothing in hex

    RUN_STEP(WidgetTest::click(hex));
    QVERIFY(!hex->isChecked());
    QVERIFY(escapes->isChecked());
    QVERIFY(escapes->isEnabled());
    QVERIFY(editor->toPlainText().startsWith(QStringLiteral("Hi")));
    QCOMPARE(m_pane->payload().bytes, bytes);

    RUN_STEP(WidgetTest::click(hex));
    QCOMPARE(editor->toPlainText(), QStringLiteral("48 69 0D 0A"));
}

void tst_SendPane::hexToggleKeepsBinaryExact()
{
    FIND_NAMED(QCheckBox, hex, m_pane.get(), "Hex");
    FIND_NAMED(QCheckBox, escapes, m_pane.get(), "Escapes");
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    QVERIFY(!escapes->isChecked());

    RUN_STEP(WidgetTest::click(hex));
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("FF 00 5C 41")));
    const QByteArray bytes("\xFF\x00\\A", 4);
    QCOMPARE(m_pane->payload().bytes, bytes);

    RUN_STEP(WidgetTest::click(hex));
    QVERIFY(!hex->isChecked());
    // 0xFF is not UTF-8 and 0x00 cannot be typed: only escapes keep them exact.
    QVERIFY(escapes->isChecked());
    QVERIFY(m_pane->errorText().isEmpty());
    QCOMPARE(m_pane->payload().bytes, bytes);

    RUN_STEP(WidgetTest::click(hex));
    QCOMPARE(editor->toPlainText(), QStringLiteral("FF 00 5C 41"));
}

void tst_SendPane::gbkTextBecomesGbkHex()
{
    FIND_NAMED(QComboBox, encoding, m_pane.get(), "Encoding");
    FIND_NAMED(QCheckBox, hex, m_pane.get(), "Hex");
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    QSignalSpy changed(m_pane.get(), &SendPane::encodingChanged);

    RUN_STEP(WidgetTest::chooseItem(encoding, QStringLiteral("GBK")));
    QCOMPARE(m_pane->encoding(), QStringLiteral("GBK"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("GBK"));

    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("你好")));
    QCOMPARE(m_pane->payload().bytes, QByteArray("\xC4\xE3\xBA\xC3"));

    RUN_STEP(WidgetTest::click(hex));
    QCOMPARE(editor->toPlainText(), QStringLiteral("C4 E3 BA C3"));
    RUN_STEP(WidgetTest::click(hex));
    QCOMPARE(editor->toPlainText(), QStringLiteral("你好"));
}

void tst_SendPane::unencodableCharacterIsAnError()
{
    FIND_NAMED(QComboBox, encoding, m_pane.get(), "Encoding");
    FIND_NAMED(QCheckBox, hex, m_pane.get(), "Hex");
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_pane.get(), "Send");
    QSignalSpy sent(m_pane.get(), &SendPane::sendRequested);

    RUN_STEP(WidgetTest::chooseItem(encoding, QStringLiteral("GBK")));
    const QString text = QStringLiteral("A😀");
    RUN_STEP(WidgetTest::replaceText(editor, text));

    const PayloadResult result = m_pane->payload();
    QVERIFY(!result.ok());
    QVERIFY(!result.bytes.contains('?'));
    const QString error = m_pane->errorText();
    QVERIFY2(error.contains(QStringLiteral("position 2")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("GBK")), qPrintable(error));
    QVERIFY(!send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(sent.count(), 0);

    // Hex cannot show bytes that do not exist: the switch is refused, the text kept.
    QTest::mouseClick(hex, Qt::LeftButton);
    QVERIFY(!hex->isChecked());
    QCOMPARE(editor->toPlainText(), text);
    QVERIFY(!m_pane->errorText().isEmpty());

    // The same text is fine in UTF-8.
    RUN_STEP(WidgetTest::chooseItem(encoding, QStringLiteral("UTF-8")));
    QVERIFY(m_pane->errorText().isEmpty());
    QCOMPARE(m_pane->payload().bytes, QByteArray("A\xF0\x9F\x98\x80"));
    QVERIFY(send->isEnabled());
}

void tst_SendPane::lineEndingIsAppended()
{
    FIND_NAMED(QComboBox, lineEnding, m_pane.get(), "Line ending");
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_pane.get(), "Send");
    QSignalSpy sent(m_pane.get(), &SendPane::sendRequested);

    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("ping")));
    QCOMPARE(m_pane->payload().bytes, QByteArray("ping"));
    RUN_STEP(WidgetTest::chooseItem(lineEnding, QStringLiteral("CR LF (\\r\\n)")));
    QCOMPARE(m_pane->payload().bytes, QByteArray("ping\r\n"));
    RUN_STEP(WidgetTest::click(send));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArray("ping\r\n"));

    RUN_STEP(WidgetTest::chooseItem(lineEnding, QStringLiteral("LF (\\n)")));
    QCOMPARE(m_pane->payload().bytes, QByteArray("ping\n"));
}

void tst_SendPane::sendToAllButton()
{
    FIND_NAMED(QPushButton, sendToAll, m_pane.get(), "Send to all");
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    QVERIFY(!sendToAll->isVisible());
    m_pane->setSendToAllVisible(true);
    QVERIFY(sendToAll->isVisible());

    QSignalSpy sent(m_pane.get(), &SendPane::sendRequested);
    QSignalSpy sentToAll(m_pane.get(), &SendPane::sendToAllRequested);
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("all of you")));
    RUN_STEP(WidgetTest::click(sendToAll));
    QCOMPARE(sent.count(), 0);
    QCOMPARE(sentToAll.count(), 1);
    QCOMPARE(sentToAll.at(0).at(0).toByteArray(), QByteArray("all of you"));
}

void tst_SendPane::ctrlEnterSends()
{
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    QSignalSpy sent(m_pane.get(), &SendPane::sendRequested);

    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("abc")));
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArray("abc"));
    // The shortcut sends; it does not also type a newline into the payload.
    QCOMPARE(editor->toPlainText(), QStringLiteral("abc"));

    QTest::keyClick(editor, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(sent.count(), 2);
    QCOMPARE(sent.at(1).at(0).toByteArray(), QByteArray("abc"));
}

void tst_SendPane::emptyPayloadIsNotSent()
{
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_pane.get(), "Send");
    QSignalSpy sent(m_pane.get(), &SendPane::sendRequested);
    QVERIFY(editor->toPlainText().isEmpty());

    QTest::mouseClick(send, Qt::LeftButton);
    editor->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(WidgetTest::visibleLabelsContaining(m_pane.get(), QStringLiteral("empty")).size(), 1);
}

void tst_SendPane::historyRestoresEscapes()
{
    FIND_NAMED(QComboBox, history, m_pane.get(), "History");
    FIND_NAMED(QCheckBox, escapes, m_pane.get(), "Escapes");
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_pane.get(), "Send");

    RUN_STEP(WidgetTest::click(escapes));
    QVERIFY(escapes->isChecked());
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("a\\n")));
    QCOMPARE(m_pane->payload().bytes, QByteArray("a\n"));
    RUN_STEP(WidgetTest::click(send));

    // With Escapes off the same text means other bytes; the entry must bring its mode back.
    RUN_STEP(WidgetTest::click(escapes));
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("other")));
    RUN_STEP(WidgetTest::chooseItem(history, QStringLiteral("a\\n")));
    QVERIFY(escapes->isChecked());
    QCOMPARE(m_pane->payload().bytes, QByteArray("a\n"));
}

void tst_SendPane::historyRestoresPayload()
{
    FIND_NAMED(QComboBox, history, m_pane.get(), "History");
    FIND_NAMED(QCheckBox, hex, m_pane.get(), "Hex");
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_pane.get(), "Send");
    QCOMPARE(history->count(), 0);

    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("first")));
    RUN_STEP(WidgetTest::click(send));
    QCOMPARE(history->count(), 1);
    QCOMPARE(history->itemText(0), QStringLiteral("first"));

    RUN_STEP(WidgetTest::replaceText(editor, QString()));
    RUN_STEP(WidgetTest::click(hex));
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("01 02")));
    RUN_STEP(WidgetTest::click(send));
    QCOMPARE(history->count(), 2);
    QCOMPARE(history->itemText(0), QStringLiteral("01 02"));
    QCOMPARE(history->itemText(1), QStringLiteral("first"));

    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("FF")));
    RUN_STEP(WidgetTest::chooseItem(history, QStringLiteral("first")));
    QCOMPARE(editor->toPlainText(), QStringLiteral("first"));
    QVERIFY(!hex->isChecked());
    QCOMPARE(m_pane->payload().bytes, QByteArray("first"));

    RUN_STEP(WidgetTest::chooseItem(history, QStringLiteral("01 02")));
    QCOMPARE(editor->toPlainText(), QStringLiteral("01 02"));
    QVERIFY(hex->isChecked());
    QCOMPARE(m_pane->payload().bytes, QByteArray("\x01\x02"));

    // Sending an entry again moves it to the top instead of adding a copy.
    RUN_STEP(WidgetTest::chooseItem(history, QStringLiteral("first")));
    RUN_STEP(WidgetTest::click(send));
    QCOMPARE(history->count(), 2);
    QCOMPARE(history->itemText(0), QStringLiteral("first"));
}

void tst_SendPane::noTargetDisablesSend()
{
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_pane.get(), "Send");
    QSignalSpy sent(m_pane.get(), &SendPane::sendRequested);
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("x")));
    QVERIFY(send->isEnabled());

    const QString hint = QStringLiteral("Nobody is listening.");
    m_pane->setTarget(false, hint);
    QVERIFY(!send->isEnabled());
    QVERIFY(m_pane->errorText().isEmpty()); // a hint, not an input error
    QCOMPARE(WidgetTest::visibleLabelsContaining(m_pane.get(), hint).size(), 1);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 0);

    // Typing does not re-enable Send while there is no target.
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("y")));
    QVERIFY(!send->isEnabled());

    m_pane->setTarget(true, {});
    QVERIFY(send->isEnabled());
    QVERIFY(WidgetTest::visibleLabelsContaining(m_pane.get(), hint).isEmpty());
    RUN_STEP(WidgetTest::click(send));
    QCOMPARE(sent.count(), 1);
}

void tst_SendPane::checksumIsPreviewedAndSent()
{
    FIND_NAMED(QCheckBox, hex, m_pane.get(), "Hex");
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    FIND_NAMED(QComboBox, checksum, m_pane.get(), "Checksum");
    FIND_NAMED(QLineEdit, preview, m_pane.get(), "Bytes to send");
    FIND_NAMED(QComboBox, order, m_pane.get(), "Byte order");
    QVERIFY(!order->isVisible()); // no checksum, no details
    RUN_STEP(WidgetTest::click(hex));
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("01 03 00 00 00 01")));
    RUN_STEP(WidgetTest::chooseItem(checksum, QStringLiteral("CRC-16/MODBUS")));
    QVERIFY(order->isVisible());
    // MODBUS goes low byte first: CRC 0x0A84 is sent as 84 0A.
    QCOMPARE(preview->text(), QStringLiteral("01 03 00 00 00 01 84 0A"));
    QVERIFY(!WidgetTest::visibleLabelsContaining(m_pane.get(), QStringLiteral("8 byte")).isEmpty());
    RUN_STEP(WidgetTest::chooseItem(order, QStringLiteral("High byte first")));
    QCOMPARE(preview->text(), QStringLiteral("01 03 00 00 00 01 0A 84"));
    QSignalSpy sent(m_pane.get(), &SendPane::sendRequested);
    FIND_NAMED(QPushButton, send, m_pane.get(), "Send");
    RUN_STEP(WidgetTest::click(send));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArray::fromHex("0103000000010A84"));
}

void tst_SendPane::checksumRangeTooLargeIsAnError()
{
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    FIND_NAMED(QComboBox, checksum, m_pane.get(), "Checksum");
    FIND_NAMED(QSpinBox, skipFirst, m_pane.get(), "Skip first");
    FIND_NAMED(QPushButton, send, m_pane.get(), "Send");
    FIND_NAMED(QLineEdit, preview, m_pane.get(), "Bytes to send");
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("abc")));
    RUN_STEP(WidgetTest::chooseItem(checksum, QStringLiteral("Sum 8")));
    QCOMPARE(preview->text(), QStringLiteral("61 62 63 26"));
    skipFirst->setValue(1);
    QCOMPARE(preview->text(), QStringLiteral("61 62 63 C5"));
    skipFirst->setValue(10);
    QVERIFY(!send->isEnabled());
    QVERIFY(!m_pane->errorText().isEmpty());
    QVERIFY(preview->text().isEmpty());
}

void tst_SendPane::clearAfterSendEmptiesTheEditor()
{
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    FIND_NAMED(QCheckBox, clear, m_pane.get(), "Clear after send");
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("once")));
    m_pane->noteSent();
    QCOMPARE(editor->toPlainText(), QStringLiteral("once"));
    RUN_STEP(WidgetTest::click(clear));
    m_pane->noteSent();
    QVERIFY(editor->toPlainText().isEmpty());
}

void tst_SendPane::seriesTurnsSendIntoStop()
{
    FIND_NAMED(QPlainTextEdit, editor, m_pane.get(), "Payload");
    FIND_NAMED(QPushButton, send, m_pane.get(), "Send");
    FIND_NAMED(QSpinBox, interval, m_pane.get(), "Interval");
    RUN_STEP(WidgetTest::replaceText(editor, QStringLiteral("x")));
    m_pane->setSeriesRunning(true);
    QCOMPARE(send->text(), QStringLiteral("Stop sending"));
    QCOMPARE(send->accessibleName(), QStringLiteral("Stop sending"));
    QVERIFY(!interval->isEnabled());
    // Stop sending stays clickable even when the payload turned invalid.
    RUN_STEP(WidgetTest::replaceText(editor, QString()));
    QVERIFY(send->isEnabled());
    QSignalSpy stop(m_pane.get(), &SendPane::stopRequested);
    QSignalSpy sent(m_pane.get(), &SendPane::sendRequested);
    RUN_STEP(WidgetTest::click(send));
    QCOMPARE(stop.count(), 1);
    QCOMPARE(sent.count(), 0);
    m_pane->setSeriesRunning(false);
    QCOMPARE(send->text(), QStringLiteral("Send"));
    QVERIFY(interval->isEnabled());
}

QTEST_MAIN(tst_SendPane)
#include "tst_sendpane.moc"
