#include "addresscombo.h"

#include "channel.h"

#include <QNetworkInterface>

namespace {
const QString kAnyAddress = QStringLiteral("any");
// The label of "all interfaces" that the first release saved instead of a value, in the
// languages it had.
const QStringList kLegacyAnyLabels{QStringLiteral("All interfaces (IPv4 + IPv6)"),
                                   QStringLiteral("所有网络接口（IPv4 + IPv6）")};
} // namespace

AddressCombo::AddressCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(16);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addItem(tr("All interfaces (IPv4 + IPv6)"), kAnyAddress);
    addItem(QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"));
    addItem(QStringLiteral("::1"), QStringLiteral("::1"));
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (!address.isLoopback())
            addItem(address.toString(), address.toString());
    }
}

QString AddressCombo::value() const
{
    const QString text = currentText().trimmed();
    const int index = findText(text, Qt::MatchFixedString);
    return index >= 0 ? itemData(index).toString() : text;
}

bool AddressCombo::chosenAddress(QHostAddress *address, QString *error) const
{
    const QString chosen = value();
    if (chosen == kAnyAddress) {
        *address = QHostAddress::Any;
        return true;
    }
    if (address->setAddress(withoutBrackets(chosen)))
        return true;
    *error = tr("\"%1\" is not an IP address. Choose an address from the list or type one of "
                "this computer's addresses.")
                     .arg(currentText().trimmed());
    return false;
}

bool AddressCombo::setValue(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed == kAnyAddress || kLegacyAnyLabels.contains(trimmed)) {
        setCurrentIndex(findData(kAnyAddress));
        return true;
    }
    if (QHostAddress(withoutBrackets(trimmed)).isNull())
        return false;
    setCurrentText(trimmed);
    return true;
}
