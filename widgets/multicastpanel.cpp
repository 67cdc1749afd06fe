#include "multicastpanel.h"

#include "controls.h"
#include "settingsvalues.h"
#include "udpsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

MulticastPanel::MulticastPanel(UdpSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_group = new QLineEdit(this);
    m_group->setMinimumWidth(m_group->fontMetrics().horizontalAdvance(u'0') * 10);
    m_group->setPlaceholderText(QStringLiteral("239.255.0.1"));
    m_interface = new QComboBox(this);
    m_interface->setMinimumContentsLength(8);
    m_interface->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    fillInterfaces();
    m_ttl = new QSpinBox(this);
    m_ttl->setRange(1, 255);
    m_ttl->setValue(session->multicastTtl());
    m_loopback = Controls::checkBox(tr("Loopback"),
                                    tr("Let this computer's own sockets receive the multicast "
                                       "datagrams sent from here"),
                                    this);
    m_loopback->setChecked(session->multicastLoopback());
    m_join = Controls::button(tr("Join"), tr("Receive what is sent to this group"), this);
    m_leave = Controls::button(tr("Leave"), tr("Stop receiving what is sent to this group"), this);
    m_groups = new QListWidget(this);
    m_groups->setAccessibleName(tr("Joined groups"));
    m_groups->setToolTip(tr("The multicast groups this socket has joined, and on which "
                            "interface; choose one to leave it"));
    m_groups->setMaximumHeight(m_groups->fontMetrics().height() * 3 + 8);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(Controls::labelFor(m_group, tr("Multicast group"),
                                    tr("An IPv4 group (224.0.0.0 to 239.255.255.255) or an IPv6 "
                                       "group (ff00::/8)"),
                                    this),
                 m_group);
    form->addRow(Controls::labelFor(m_interface, tr("Interface"),
                                    tr("The network interface to join on and to send multicast "
                                       "from"),
                                    this),
                 m_interface);
    auto *options = new QHBoxLayout;
    options->addWidget(m_ttl);
    options->addWidget(m_loopback);
    options->addStretch(1);
    form->addRow(Controls::labelFor(m_ttl, tr("TTL"),
                                    tr("How many hops a multicast datagram sent from here may "
                                       "travel; 1 keeps it on this network"),
                                    this),
                 options);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_join);
    buttons->addWidget(m_leave);
    buttons->addStretch(1);
    form->addRow(buttons);

    // Folded away until wanted: most UDP work is unicast, and the list of remotes needs the room.
    m_expand = new QToolButton(this);
    m_expand->setText(tr("Multicast"));
    m_expand->setAccessibleName(tr("Multicast"));
    m_expand->setToolTip(tr("Show or hide the multicast groups and options"));
    m_expand->setCheckable(true);
    m_expand->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_expand->setArrowType(Qt::RightArrow);
    m_expand->setAutoRaise(true);
    auto *box = new QGroupBox(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_groups);
    box->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_expand);
    layout->addWidget(box);
    connect(m_expand, &QToolButton::toggled, this, [this, box](bool on) {
        m_expand->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        box->setVisible(on);
    });

    connect(m_join, &QPushButton::clicked, this, &MulticastPanel::join);
    connect(m_leave, &QPushButton::clicked, this, &MulticastPanel::leave);
    connect(m_group, &QLineEdit::returnPressed, this, &MulticastPanel::join);
    connect(m_ttl, &QSpinBox::valueChanged, this, &MulticastPanel::applyOptions);
    connect(m_loopback, &QCheckBox::toggled, this, &MulticastPanel::applyOptions);
    connect(m_interface, &QComboBox::currentIndexChanged, this, &MulticastPanel::applyOptions);
    connect(m_groups, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_session->joinedGroups().size())
            return;
        const UdpSession::Group group = m_session->joinedGroups().at(row);
        m_group->setText(group.group.toString());
        const int index = m_interface->findData(group.interfaceName);
        if (index >= 0)
            m_interface->setCurrentIndex(index);
    });
    connect(session, &UdpSession::groupsChanged, this, &MulticastPanel::showGroups);
    connect(session, &Session::stateChanged, this, &MulticastPanel::updateControls);
    connect(m_group, &QLineEdit::textChanged, this, &MulticastPanel::updateControls);
    updateControls();
}

void MulticastPanel::fillInterfaces()
{
    m_interface->addItem(tr("Default"), QString());
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (!(interface.flags() & QNetworkInterface::IsUp))
            continue;
        QStringList addresses;
        for (const QNetworkAddressEntry &entry : interface.addressEntries())
            addresses.append(entry.ip().toString());
        const QString label = addresses.isEmpty()
                                      ? interface.name()
                                      : tr("%1 (%2)", "interface (addresses)")
                                                .arg(interface.name(), addresses.join(u", "));
        m_interface->addItem(label, interface.name());
    }
}

QString MulticastPanel::interfaceName() const
{
    return m_interface->currentData().toString();
}

void MulticastPanel::setExpanded(bool expanded)
{
    m_expand->setChecked(expanded);
}

void MulticastPanel::join()
{
    QHostAddress group;
    const QString problem = UdpSession::checkGroup(m_group->text(), &group);
    if (!problem.isEmpty()) {
        emit problemFound(problem);
        return;
    }
    if (m_session->joinGroup(group, interfaceName()))
        emit membershipChanged(
                tr("Joined multicast group %1 on %2").arg(group.toString(), where()));
}

void MulticastPanel::leave()
{
    QHostAddress group;
    const QString problem = UdpSession::checkGroup(m_group->text(), &group);
    if (!problem.isEmpty()) {
        emit problemFound(problem);
        return;
    }
    if (m_session->leaveGroup(group, interfaceName()))
        emit membershipChanged(tr("Left multicast group %1 on %2").arg(group.toString(), where()));
}

QString MulticastPanel::where() const
{
    return interfaceName().isEmpty() ? tr("the system's choice of interface") : interfaceName();
}

void MulticastPanel::applyOptions()
{
    // Before the socket opens they are remembered, and applied when it does.
    m_session->setMulticastTtl(m_ttl->value());
    m_session->setMulticastLoopback(m_loopback->isChecked());
    m_session->setMulticastInterface(interfaceName());
}

void MulticastPanel::updateControls()
{
    const bool open = m_session->state() == Session::State::Open;
    const bool typed = !m_group->text().trimmed().isEmpty();
    m_join->setEnabled(open && typed);
    m_leave->setEnabled(open && typed && !m_session->joinedGroups().isEmpty());
    if (!open)
        m_groups->clear();
}

void MulticastPanel::showGroups()
{
    m_groups->clear();
    const QList<UdpSession::Group> groups = m_session->joinedGroups();
    for (const UdpSession::Group &group : groups) {
        m_groups->addItem(group.interfaceName.isEmpty()
                                  ? group.group.toString()
                                  : tr("%1 on %2", "group on interface")
                                            .arg(group.group.toString(), group.interfaceName));
    }
    updateControls();
}

void MulticastPanel::saveSettings(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("multicast"));
    settings.setValue(QStringLiteral("group"), m_group->text());
    settings.setValue(QStringLiteral("interface"), interfaceName());
    settings.setValue(QStringLiteral("ttl"), m_ttl->value());
    settings.setValue(QStringLiteral("loopback"), m_loopback->isChecked());
    settings.setValue(QStringLiteral("shown"), m_expand->isChecked());
    settings.endGroup();
}

void MulticastPanel::restoreSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("multicast"));
    m_group->setText(settings.value(QStringLiteral("group")).toString().trimmed());
    const int index = m_interface->findData(settings.value(QStringLiteral("interface")).toString());
    if (index >= 0)
        m_interface->setCurrentIndex(index);
    if (const auto ttl = SettingsValues::readInt(settings, QStringLiteral("ttl"), 1, 255))
        m_ttl->setValue(*ttl);
    m_loopback->setChecked(SettingsValues::readBool(settings, QStringLiteral("loopback"), true));
    m_expand->setChecked(SettingsValues::readBool(settings, QStringLiteral("shown"), false));
    settings.endGroup();
    applyOptions();
}
