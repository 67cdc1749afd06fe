#include "serveroptionsdialog.h"

#include "controls.h"
#include "systemlimits.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ServerOptionsDialog::ServerOptionsDialog(const Options &options, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Server Options"));

    m_maxConnections = new QSpinBox(this);
    m_maxConnections->setRange(0, SystemLimits::kMaxConnectionsCeiling);
    m_maxConnections->setSpecialValueText(
            tr("System limit (%1)").arg(SystemLimits::connectionCap()));
    m_maxConnections->setValue(options.maxConnections);
    m_backlog = new QSpinBox(this);
    m_backlog->setRange(1, kMaxBacklog);
    m_backlog->setValue(options.backlog);
    m_allowList = new QLineEdit(AllowList::format(options.allowList), this);
    m_allowList->setPlaceholderText(tr("Everyone; or e.g. 192.168.1.0/24, ::1"));
    m_allowList->setClearButtonEnabled(true);
    // Wide enough for the example and a few entries of one's own.
    m_allowList->setMinimumWidth(
            m_allowList->fontMetrics().horizontalAdvance(m_allowList->placeholderText()) + 60);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(Controls::labelFor(m_maxConnections, tr("Max connections"),
                                    tr("Peers beyond this many are closed as soon as they "
                                       "connect; 0 means no limit beyond what the system allows"),
                                    this),
                 m_maxConnections);
    form->addRow(Controls::labelFor(m_backlog, tr("Listen backlog"),
                                    tr("How many connections the system queues before they "
                                       "are accepted; takes effect at the next Listen"),
                                    this),
                 m_backlog);
    form->addRow(Controls::labelFor(m_allowList, tr("Allowed peers"),
                                    tr("Addresses and subnets that may connect, separated by "
                                       "commas or spaces; empty lets everyone connect"),
                                    this),
                 m_allowList);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    for (QAbstractButton *button : m_buttons->buttons()) {
        // The accessible name is the label as shown, without the mnemonic marker.
        QString label = button->text();
        label.remove(u'&');
        button->setAccessibleName(label);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_allowList, &QLineEdit::textChanged, this, &ServerOptionsDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    validate();
}

ServerOptionsDialog::Options ServerOptionsDialog::options() const
{
    Options result;
    result.maxConnections = m_maxConnections->value();
    result.backlog = m_backlog->value();
    result.allowList = m_parsedAllowList;
    return result;
}

void ServerOptionsDialog::validate()
{
    QString error;
    m_valid = AllowList::parse(m_allowList->text(), &m_parsedAllowList, &error);
    Controls::showMessage(m_error, m_valid ? QString() : error, true);
    m_error->setVisible(!m_valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}
