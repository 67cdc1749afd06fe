#include "sendpane.h"

#include "checksumfields.h"
#include "controls.h"
#include "encodings.h"
#include "filesendbar.h"
#include "repeatfields.h"
#include "settingsvalues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
// The preview shows this many bytes of a long payload, then an ellipsis; the size says the rest.
constexpr qsizetype kPreviewBytes = 1024;
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
    connect(m_checksum, &ChecksumFields::changed, this, &SendPane::validate);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_seriesRunning)
            emit stopRequested();
        else
            requestSend(false);
    });
    connect(m_sendToAll, &QPushButton::clicked, this, [this] { requestSend(true); });
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_send->isEnabled() && !m_seriesRunning)
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
    Controls::fillLineEndings(m_lineEnding);
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

    m_checksum = new ChecksumFields(this);
    m_preview = new QLineEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *preview = new QHBoxLayout;
    preview->addWidget(Controls::labelFor(m_preview, tr("Bytes to send"),
                                          tr("In hex, exactly what the next Send sends: the "
                                             "payload after escapes and encoding, the line ending "
                                             "and the checksum"),
                                          this));
    preview->addWidget(m_preview, 1);
    preview->addWidget(m_size);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addWidget(m_checksum);
    layout->addWidget(m_editor, 1);
    layout->addLayout(preview);
    layout->addLayout(buildActions());
}

QLayout *SendPane::buildActions()
{
    m_clearAfterSend = Controls::checkBox(
            tr("Clear after send"), tr("Empty the editor after each send that went out"), this);
    m_repeat = new RepeatFields(this);
    m_fileBar = new FileSendBar(this);
    auto *series = new QHBoxLayout;
    series->addWidget(m_repeat, 1);
    series->addWidget(m_clearAfterSend);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_fileBar);
    actions->addWidget(m_message, 1);
    actions->addWidget(m_sendToAll);
    actions->addWidget(m_send);

    auto *rows = new QVBoxLayout;
    rows->addLayout(series);
    rows->addLayout(actions);
    return rows;
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

PayloadSpec SendPane::spec() const
{
    PayloadSpec spec;
    spec.text = payloadText();
    spec.hex = isHex();
    spec.encoding = encoding();
    spec.escapes = m_escapes->isChecked();
    spec.lineEnding = lineEnding();
    spec.checksum = m_checksum->spec();
    return spec;
}

void SendPane::setSpec(const PayloadSpec &spec)
{
    setEncoding(spec.encoding);
    m_lineEnding->setCurrentIndex(qMax(0, m_lineEnding->findData(int(spec.lineEnding))));
    m_escapes->setChecked(spec.escapes);
    {
        const QSignalBlocker blocker(m_hex);
        m_hex->setChecked(spec.hex);
    }
    m_checksum->setSpec(spec.checksum);
    m_editor->setPlainText(spec.text);
    validate();
}

PayloadResult SendPane::payload() const
{
    return PayloadCodec::build(spec());
}

void SendPane::noteSent()
{
    if (m_clearAfterSend->isChecked())
        m_editor->clear();
}

void SendPane::setSeriesRunning(bool running)
{
    m_seriesRunning = running;
    Controls::setText(m_send, running ? tr("Stop sending") : tr("Send"));
    m_send->setToolTip(running ? tr("Stop the periodic send")
                               : tr("Send the payload (Ctrl+Enter)"));
    m_repeat->setRunning(running);
    updateSendButtons();
}

void SendPane::showPreview(const PayloadResult &result)
{
    if (!result.ok()) {
        m_preview->clear();
        return;
    }
    QString hex = PayloadCodec::toHex(
            QByteArrayView(result.bytes).first(qMin(result.bytes.size(), kPreviewBytes)));
    if (result.bytes.size() > kPreviewBytes)
        hex += QStringLiteral(" …");
    m_preview->setText(hex);
    m_preview->setCursorPosition(0);
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
    showPreview(result);
    updateSendButtons();
}

void SendPane::updateSendButtons()
{
    // Stop sending stays clickable whatever the input: a series must always be stoppable.
    const bool enabled = m_inputValid && m_targetAvailable;
    m_send->setEnabled(enabled || m_seriesRunning);
    m_sendToAll->setEnabled(enabled && !m_seriesRunning);
    m_fileBar->setSendEnabled(m_targetAvailable);
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
    settings.setValue(QStringLiteral("clearAfterSend"), m_clearAfterSend->isChecked());
    m_checksum->save(settings);
    m_repeat->save(settings);
    m_fileBar->save(settings);
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
    m_clearAfterSend->setChecked(
            SettingsValues::readBool(settings, QStringLiteral("clearAfterSend"), false));
    m_checksum->restore(settings);
    m_repeat->restore(settings);
    m_fileBar->restore(settings);
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
