#pragma once

#include <QComboBox>
#include <QHostAddress>

// Where a server listens or a UDP socket binds: all interfaces (IPv4 and IPv6 at once), the
// loopback addresses, the addresses of this computer, or one typed in. Settings store the value
// ("any" or the address), never the label, so that they read back in any language.
class AddressCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit AddressCombo(QWidget *parent = nullptr);

    // The address chosen; false, with a message, for text that is not an IP address.
    bool chosenAddress(QHostAddress *address, QString *error) const;
    // "any" or the address as typed.
    QString value() const;
    // Takes a value as value() gives it, or as the first release saved it (the English or Chinese
    // label of "all interfaces"); anything else is ignored and returns false.
    bool setValue(const QString &value);
};
