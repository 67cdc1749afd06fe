#pragma once

#include <QHostAddress>
#include <QWidget>

class AddressCombo;
class QLineEdit;
class QSettings;

// Where a server listens or a UDP socket binds: the Address and Port fields, read and checked
// together. While the session is open the Port field shows the port it got (port 0 picks one);
// the port asked for comes back when it closes, and is what the settings keep.
class BindFields : public QWidget
{
    Q_OBJECT

public:
    // The tooltips say what the fields mean for the kind of session.
    BindFields(const QString &addressToolTip, const QString &portToolTip, QWidget *parent);

    AddressCombo *addressField() const { return m_address; }
    QLineEdit *portField() const { return m_port; }

    // The address and port typed; false, with a message, for what cannot be used. With
    // allowGroupAddresses a multicast or broadcast address is taken (UDP binds to one).
    bool read(QHostAddress *address, quint16 *port, bool allowGroupAddresses, QString *error);
    // The session opened on this port, or closed: shows the port it got, or the one asked for.
    void showOpen(quint16 port);
    void showClosed();

    // The address as a value and the port as asked for, under these keys.
    void save(QSettings &settings, const QString &addressKey, const QString &portKey) const;
    void restore(QSettings &settings, const QString &addressKey, const QString &portKey);

signals:
    // Return pressed in the Port field.
    void accepted();

private:
    AddressCombo *m_address = nullptr;
    QLineEdit *m_port = nullptr;
    QString m_typedPort;     // read() took it; the session may yet fail to open
    QString m_requestedPort; // while open
};
