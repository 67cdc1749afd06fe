#include "bindfields.h"

#include "addresscombo.h"
#include "controls.h"
#include "socketerrors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

BindFields::BindFields(const QString &addressToolTip, const QString &portToolTip, QWidget *parent)
    : QWidget(parent)
    , m_address(new AddressCombo(this))
    , m_port(new QLineEdit(QStringLiteral("8080"), this))
{
    Controls::fitPortField(m_port);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(Controls::labelFor(m_address, tr("Address"), addressToolTip, this));
    layout->addWidget(m_address, 1);
    layout->addWidget(Controls::labelFor(m_port, tr("Port"), portToolTip, this));
    layout->addWidget(m_port);
    connect(m_port, &QLineEdit::returnPressed, this, &BindFields::accepted);
}

bool BindFields::read(QHostAddress *address, quint16 *port, bool allowGroupAddresses,
                      QString *error)
{
    *error = SocketErrors::checkPort(m_port->text(), true, port);
    if (!error->isEmpty() || !m_address->chosenAddress(address, error))
        return false;
    if (!allowGroupAddresses) {
        *error = SocketErrors::checkListenAddress(*address);
        if (!error->isEmpty())
            return false;
    }
    m_typedPort = m_port->text().trimmed();
    return true;
}

void BindFields::showOpen(quint16 port)
{
    m_requestedPort = m_typedPort;
    m_port->setText(QString::number(port));
}

void BindFields::showClosed()
{
    if (!m_requestedPort.isEmpty())
        m_port->setText(std::exchange(m_requestedPort, QString()));
}

void BindFields::save(QSettings &settings, const QString &addressKey, const QString &portKey) const
{
    settings.setValue(addressKey, m_address->value());
    settings.setValue(portKey, m_requestedPort.isEmpty() ? m_port->text() : m_requestedPort);
}

void BindFields::restore(QSettings &settings, const QString &addressKey, const QString &portKey)
{
    // A value of the list or an IP address; anything else could never be used, and is ignored.
    m_address->setValue(settings.value(addressKey).toString());
    const QString port = settings.value(portKey).toString();
    if (SocketErrors::checkPort(port, true, nullptr).isEmpty())
        m_port->setText(port.trimmed());
}
