#include "commanddialog.h"

#include "checksumfields.h"
#include "controls.h"
#include "encodings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

CommandDialog::CommandDialog(const SavedCommand &command, const QStringList &takenNames,
                             QWidget *parent)
    : QDialog(parent)
    , m_taken(takenNames)
{
    setWindowTitle(tr("Command"));
    m_name = new QLineEdit(command.name, this);
    m_text = new QPlainTextEdit(command.payload.text, this);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    m_hex = Controls::checkBox(tr("Hex"), tr("The payload is hex bytes, such as 01 03 00 00"),
                               this);
    m_hex->setChecked(command.payload.hex);
    m_escapes = Controls::checkBox(tr("Escapes"),
                                   tr("In text, \\r \\n \\t \\0 \\\\ and \\xHH stand for the "
                                      "bytes they name"),
                                   this);
    m_escapes->setChecked(command.payload.escapes);
    m_encoding = new QComboBox(this);
    m_encoding->addItems(Encodings::available());
    // An encoding this build lacks stays the command's own: an edit must not change its bytes.
    if (m_encoding->findText(command.payload.encoding, Qt::MatchFixedString) < 0)
        m_encoding->addItem(command.payload.encoding);
    m_encoding->setCurrentIndex(
            m_encoding->findText(command.payload.encoding, Qt::MatchFixedString));
    m_lineEnding = new QComboBox(this);
    Controls::fillLineEndings(m_lineEnding);
    m_lineEnding->setCurrentIndex(qMax(0, m_lineEnding->findData(int(command.payload.lineEnding))));
    m_checksum = new ChecksumFields(this);
    m_checksum->setSpec(command.payload.checksum);
    m_preview = new QLineEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message = Controls::messageLabel(this);

    auto *mode = new QHBoxLayout;
    mode->addWidget(m_hex);
    mode->addWidget(m_escapes);
    mode->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(Controls::labelFor(m_name, tr("Name"), tr("What the command is called"), this),
                 m_name);
    form->addRow(
            Controls::labelFor(m_text, tr("Payload"), tr("The text or hex bytes to send"), this),
            m_text);
    form->addRow(QString(), mode);
    form->addRow(Controls::labelFor(m_encoding, tr("Encoding"), tr("Text encoding of the payload"),
                                    this),
                 m_encoding);
    form->addRow(Controls::labelFor(m_lineEnding, tr("Line ending"),
                                    tr("Bytes added after the payload"), this),
                 m_lineEnding);
    form->addRow(QString(), m_checksum);
    form->addRow(Controls::labelFor(m_preview, tr("Bytes to send"),
                                    tr("In hex, exactly what the command sends"), this),
                 m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &CommandDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CommandDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CommandDialog::update);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommandDialog::update);
    connect(m_hex, &QCheckBox::toggled, this, &CommandDialog::update);
    connect(m_escapes, &QCheckBox::toggled, this, &CommandDialog::update);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &CommandDialog::update);
    connect(m_lineEnding, &QComboBox::currentIndexChanged, this, &CommandDialog::update);
    connect(m_checksum, &ChecksumFields::changed, this, &CommandDialog::update);
    update();
}

SavedCommand CommandDialog::command() const
{
    SavedCommand command;
    command.name = m_name->text().trimmed();
    command.payload.text = m_text->toPlainText();
    command.payload.hex = m_hex->isChecked();
    command.payload.escapes = m_escapes->isChecked();
    command.payload.encoding = m_encoding->currentText();
    command.payload.lineEnding = LineEnding(m_lineEnding->currentData().toInt());
    command.payload.checksum = m_checksum->spec();
    return command;
}

QString CommandDialog::problem() const
{
    const SavedCommand current = command();
    if (current.name.isEmpty())
        return tr("Give the command a name.");
    if (m_taken.contains(current.name))
        return tr("Another command is called \"%1\" already.").arg(current.name);
    return PayloadCodec::build(current.payload).error;
}

void CommandDialog::update()
{
    m_escapes->setEnabled(!m_hex->isChecked());
    const PayloadResult built = PayloadCodec::build(command().payload);
    m_preview->setText(built.ok() ? tr("%1 (%n byte(s))", nullptr, int(built.bytes.size()))
                                            .arg(PayloadCodec::toHex(built.bytes.left(256)))
                                  : QString());
    Controls::showMessage(m_message, problem(), true);
}

void CommandDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        Controls::showMessage(m_message, why, true);
        return;
    }
    QDialog::accept();
}
