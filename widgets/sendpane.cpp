#include "sendpane.h"

#include "controls.h"
#include "encodings.h"
#include "settingsvalues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QVBoxLayout>

namespace {
constexpr int kHistorySize = 20;
// A history entry remembers how its text was read, so that it gives back the same bytes.
constexpr int kHexMode = 1;
constexpr int kEscapesMode = 2;
} // namespace

SendPane::SendPane(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    connect(m_editor, &QPlainTextEdit::textChanged, this, &SendPane::validate);
    connect(m_hex, &QCheckBox::toggled, this, &SendPane::handleHexToggled);
    connect(m_escapes, &QCheckBox::toggled, this, &SendPane::validate);
    connect(m_lineEnding, &QComboBox::currentIndexChanged, this, &SendPane::validate);
    connect(m_encoding, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        validate();
        emit encodingChanged(name);
    });
    connect(m_history, &QComboBox::activated, this, &SendPane::handleHistoryActivated);
    connect(m_send, &QPushButton::clicked, this, [this] { requestSend(false); });
    connect(m_sendToAll, &QPushButton::clicked, this, [this] { requestSend(true); });
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_send->isEnabled())
                requestSend(false);
        });
    }
    validate();
}

void SendPane::buildUi()
{
    m_editor = new QPlainTextEdit(this);
    m_editor->setAccessibleName(tr("Payload"));
    m_editor->setPlaceholderText(tr("Type the text or hex bytes to send; Ctrl+Enter sends."));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);

    m_hex = Controls::checkBox(tr("Hex"),
                               tr("Type the payload as hex bytes, such as 48 65 6C 6C 6F; "
                                  "switching converts what is written"),
                               this);
    m_escapes = Controls::checkBox(tr("Escapes"),
                                   tr("In text, \\r \\n \\t \\0 \\\\ and \\xHH stand for the "
                                      "bytes they name"),
                                   this);
    m_encoding = new QComboBox(this);
    m_encoding->addItems(Encodings::available());
    m_lineEnding = new QComboBox(this);
    m_lineEnding->addItem(tr("None"), int(LineEnding::None));
    m_lineEnding->addItem(tr("CR (\\r)"), int(LineEnding::CR));
    m_lineEnding->addItem(tr("LF (\\n)"), int(LineEnding::LF));
    m_lineEnding->addItem(tr("CR LF (\\r\\n)"), int(LineEnding::CRLF));
    m_history = new QComboBox(this);
    m_history->setMinimumContentsLength(16);
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_history->setPlaceholderText(tr("Recent payloads"));

    m_send = Controls::button(tr("Send"), tr("Send the payload (Ctrl+Enter)"), this);
    m_send->setDefault(true);
    m_sendToAll = Controls::button(tr("Send to all"),
                                   tr("Send the payload to every connected peer"), this);
    m_sendToAll->setVisible(false);
    m_message = Controls::messageLabel(this);
    m_size = new QLabel(this);

    auto *options = new QHBoxLayout;
    options->addWidget(m_hex);
    options->addWidget(m_escapes);
    options->addWidget(Controls::labelFor(m_encoding, tr("Encoding"),
                                          tr("Text encoding for sending, and for showing "
                                             "text unless the log's Display encoding says "
                                             "otherwise"),
                                          this));
    options->addWidget(m_encoding);
    options->addWidget(Controls::labelFor(m_lineEnding, tr("Line ending"),
                                          tr("Bytes added after the payload on every send"), this));
    options->addWidget(m_lineEnding);
    options->addWidget(Controls::labelFor(
            m_history, tr("History"), tr("Payloads sent recently; choose one to load it"), this));
    options->addWidget(m_history, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_size);
    actions->addWidget(m_sendToAll);
    actions->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addWidget(m_editor, 1);
    layout->addLayout(actions);
}

void SendPane::setSendToAllVisible(bool visible)
{
    m_sendToAll->setVisible(visible);
}

void SendPane::setTarget(bool available, const QString &hint)
{
    m_targetAvailable = available;
    m_hint = hint;
    validate();
}

QString SendPane::encoding() const
{
    return m_encoding->currentText();
}

bool SendPane::setEncoding(const QString &name)
{
    const int index = m_encoding->findText(name, Qt::MatchFixedString);
    if (index < 0)
        return false;
    m_encoding->setCurrentIndex(index);
    return true;
}

bool SendPane::isHex() const
{
    return m_hex->isChecked();
}

bool SendPane::setHex(bool hex)
{
    m_hex->setChecked(hex);
    return m_hex->isChecked() == hex;
}

QString SendPane::payloadText() const
{
    return m_editor->toPlainText();
}

void SendPane::setPayloadText(const QString &text)
{
    m_editor->setPlainText(text);
}

LineEnding SendPane::lineEnding() const
{
    return LineEnding(m_lineEnding->currentData().toInt());
}

PayloadResult SendPane::payload() const
{
    return PayloadCodec::build(payloadText(), isHex(), encoding(), m_escapes->isChecked(),
                               lineEnding());
}

QString SendPane::errorText() const
{
    return m_inputValid ? QString() : m_message->text();
}

void SendPane::validate()
{
    const PayloadResult result = payload();
    m_inputValid = result.ok();
    m_escapes->setEnabled(!isHex());
    if (!m_inputValid)
        Controls::showMessage(m_message, result.error, true);
    else
        Controls::showMessage(m_message, m_targetAvailable ? QString() : m_hint, false);
    m_size->setText(m_inputValid ? tr("%n byte(s)", nullptr, int(result.bytes.size())) : QString());
    updateSendButtons();
}

void SendPane::updateSendButtons()
{
    const bool enabled = m_inputValid && m_targetAvailable;
    m_send->setEnabled(enabled);
    m_sendToAll->setEnabled(enabled);
}

void SendPane::handleHexToggled(bool hex)
{
    const QString current = payloadText();
    QString converted;
    if (hex) {
        const PayloadResult bytes =
                PayloadCodec::encodeText(current, encoding(), m_escapes->isChecked());
        if (!bytes.ok()) {
            const QSignalBlocker blocker(m_hex);
            m_hex->setChecked(false);
            Controls::showMessage(m_message, tr("Cannot switch to hex: %1").arg(bytes.error), true);
            return;
        }
        converted = PayloadCodec::toHex(bytes.bytes);
    } else {
        const PayloadResult bytes = PayloadCodec::parseHex(current);
        if (!bytes.ok()) {
            const QSignalBlocker blocker(m_hex);
            m_hex->setChecked(true);
            Controls::showMessage(m_message, tr("Cannot switch to text: %1").arg(bytes.error),
                                  true);
            return;
        }
        bool needsEscapes = false;
        converted = PayloadCodec::toEditableText(bytes.bytes, encoding(), &needsEscapes);
        // Without escapes some bytes could not be written as text; keep them exact.
        if (needsEscapes)
            m_escapes->setChecked(true);
    }
    const QSignalBlocker blocker(m_editor);
    m_editor->setPlainText(converted);
    validate();
}

void SendPane::requestSend(bool toAll)
{
    const PayloadResult result = payload();
    if (!result.ok() || !m_targetAvailable) {
        validate();
        return;
    }
    if (result.bytes.isEmpty()) {
        Controls::showMessage(m_message, tr("Nothing to send: the payload is empty."), true);
        return;
    }
    remember(payloadText(), (isHex() ? kHexMode : 0) | (m_escapes->isChecked() ? kEscapesMode : 0));
    if (toAll)
        emit sendToAllRequested(result.bytes);
    else
        emit sendRequested(result.bytes);
}

void SendPane::remember(const QString &text, int mode)
{
    for (int i = m_history->count() - 1; i >= 0; --i) {
        if (m_history->itemText(i) == text && m_history->itemData(i).toInt() == mode)
            m_history->removeItem(i);
    }
    m_history->insertItem(0, text, mode);
    while (m_history->count() > kHistorySize)
        m_history->removeItem(m_history->count() - 1);
    m_history->setCurrentIndex(-1);
}

void SendPane::handleHistoryActivated(int index)
{
    if (index < 0)
        return;
    const QString text = m_history->itemText(index);
    const int mode = m_history->itemData(index).toInt();
    {
        const QSignalBlocker blocker(m_hex);
        m_hex->setChecked(mode & kHexMode);
    }
    m_escapes->setChecked(mode & kEscapesMode);
    m_editor->setPlainText(text);
    m_history->setCurrentIndex(-1);
}

void SendPane::saveSettings(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("send"));
    settings.setValue(QStringLiteral("encoding"), encoding());
    settings.setValue(QStringLiteral("hex"), isHex());
    settings.setValue(QStringLiteral("escapes"), m_escapes->isChecked());
    settings.setValue(QStringLiteral("lineEnding"), m_lineEnding->currentIndex());
    settings.setValue(QStringLiteral("payload"), payloadText());
    QStringList texts;
    QVariantList modes;
    for (int i = 0; i < m_history->count(); ++i) {
        texts.append(m_history->itemText(i));
        modes.append(m_history->itemData(i));
    }
    settings.setValue(QStringLiteral("history"), texts);
    settings.setValue(QStringLiteral("historyModes"), modes);
    settings.endGroup();
}

void SendPane::restoreSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("send"));
    setEncoding(
            settings.value(QStringLiteral("encoding"), Encodings::defaultEncoding()).toString());
    const int ending = settings.value(QStringLiteral("lineEnding"), 0).toInt();
    if (ending >= 0 && ending < m_lineEnding->count())
        m_lineEnding->setCurrentIndex(ending);
    m_escapes->setChecked(SettingsValues::readBool(settings, QStringLiteral("escapes"), false));
    {
        const QSignalBlocker blocker(m_hex);
        m_hex->setChecked(SettingsValues::readBool(settings, QStringLiteral("hex"), false));
    }
    m_editor->setPlainText(settings.value(QStringLiteral("payload")).toString());
    const QStringList texts = settings.value(QStringLiteral("history")).toStringList();
    const QVariantList modes = settings.value(QStringLiteral("historyModes")).toList();
    m_history->clear();
    for (qsizetype i = 0; i < texts.size() && i < kHistorySize; ++i) {
        const int mode = i < modes.size() ? modes.at(i).toInt() & (kHexMode | kEscapesMode) : 0;
        m_history->addItem(texts.at(i), mode);
    }
    m_history->setCurrentIndex(-1);
    validate();
    settings.endGroup();
}
