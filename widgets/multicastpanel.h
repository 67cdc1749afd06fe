#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class QSpinBox;
class QToolButton;
class UdpSession;

// A UDP session's multicast: join and leave groups on a chosen interface, the TTL and loopback of
// what it sends, and the groups it has joined.
class MulticastPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MulticastPanel(UdpSession *session, QWidget *parent = nullptr);

    // The interface chosen, as UdpSession names it: empty for the system's choice.
    QString interfaceName() const;
    // Shows or hides the panel's fields (the Multicast button does it too).
    void setExpanded(bool expanded);
    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

signals:
    // A mistake in what was typed (a bad group), to be shown as the tab shows errors.
    void problemFound(const QString &message);
    // A group was joined or left, in words for the log.
    void membershipChanged(const QString &message);

private:
    void fillInterfaces();
    void join();
    void leave();
    void updateControls();
    void showGroups();
    void applyOptions();
    // The chosen interface, as the log names it.
    QString where() const;

    UdpSession *m_session = nullptr;
    QToolButton *m_expand = nullptr;
    QLineEdit *m_group = nullptr;
    QComboBox *m_interface = nullptr;
    QSpinBox *m_ttl = nullptr;
    QCheckBox *m_loopback = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_leave = nullptr;
    QListWidget *m_groups = nullptr;
};
