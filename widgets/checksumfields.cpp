#include "checksumfields.h"

#include "controls.h"
#include "settingsvalues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

ChecksumFields::ChecksumFields(QWidget *parent)
    : QWidget(parent)
{
    m_kind = new QComboBox(this);
    for (ChecksumKind kind : Checksum::kinds())
        m_kind->addItem(Checksum::displayName(kind), int(kind));
    m_order = new QComboBox(this);
    m_order->addItem(tr("Usual order"), int(ChecksumOrder::Conventional));
    m_order->addItem(tr("High byte first"), int(ChecksumOrder::BigEndian));
    m_order->addItem(tr("Low byte first"), int(ChecksumOrder::LittleEndian));
    m_skipHead = new QSpinBox(this);
    m_skipTail = new QSpinBox(this);
    for (QSpinBox *skip : {m_skipHead, m_skipTail}) {
        skip->setRange(0, Checksum::kMaxSkip);
        skip->setSuffix(tr(" B", "bytes"));
    }
    m_beforeLineEnding = Controls::checkBox(
            tr("Before line ending"),
            tr("Put the check value between the payload and the line ending, computed over the "
               "payload only; otherwise it goes last and covers the line ending too"),
            this);

    m_details = new QWidget(this);
    auto *details = new QHBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(Controls::labelFor(m_order, tr("Byte order"),
                                          tr("Byte order of the check value on the wire; usually "
                                             "CRC-16/MODBUS goes low byte first and every other "
                                             "high byte first"),
                                          m_details));
    details->addWidget(m_order);
    details->addWidget(Controls::labelFor(m_skipHead, tr("Skip first"),
                                          tr("Bytes at the start left out of the check, such as "
                                             "a header"),
                                          m_details));
    details->addWidget(m_skipHead);
    details->addWidget(Controls::labelFor(m_skipTail, tr("Skip last"),
                                          tr("Bytes at the end left out of the check"), m_details));
    details->addWidget(m_skipTail);
    details->addWidget(m_beforeLineEnding);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(Controls::labelFor(m_kind, tr("Checksum"),
                                         tr("A check value appended to every send"), this));
    layout->addWidget(m_kind);
    layout->addWidget(m_details);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateDetails();
        emit changed();
    });
    connect(m_order, &QComboBox::currentIndexChanged, this, &ChecksumFields::changed);
    connect(m_skipHead, &QSpinBox::valueChanged, this, &ChecksumFields::changed);
    connect(m_skipTail, &QSpinBox::valueChanged, this, &ChecksumFields::changed);
    connect(m_beforeLineEnding, &QCheckBox::toggled, this, &ChecksumFields::changed);
    updateDetails();
}

void ChecksumFields::updateDetails()
{
    // The details mean nothing without a checksum; hidden, they leave the pane its room.
    m_details->setVisible(ChecksumKind(m_kind->currentData().toInt()) != ChecksumKind::None);
}

ChecksumSpec ChecksumFields::spec() const
{
    ChecksumSpec spec;
    spec.kind = ChecksumKind(m_kind->currentData().toInt());
    spec.order = ChecksumOrder(m_order->currentData().toInt());
    spec.skipHead = m_skipHead->value();
    spec.skipTail = m_skipTail->value();
    spec.beforeLineEnding = m_beforeLineEnding->isChecked();
    return spec;
}

void ChecksumFields::setSpec(const ChecksumSpec &spec)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(spec.kind))));
    m_order->setCurrentIndex(qMax(0, m_order->findData(int(spec.order))));
    m_skipHead->setValue(spec.skipHead);
    m_skipTail->setValue(spec.skipTail);
    m_beforeLineEnding->setChecked(spec.beforeLineEnding);
}

void ChecksumFields::save(QSettings &settings) const
{
    const ChecksumSpec current = spec();
    settings.setValue(QStringLiteral("checksum"), Checksum::key(current.kind));
    settings.setValue(QStringLiteral("checksumOrder"), Checksum::orderKey(current.order));
    settings.setValue(QStringLiteral("checksumSkipHead"), current.skipHead);
    settings.setValue(QStringLiteral("checksumSkipTail"), current.skipTail);
    settings.setValue(QStringLiteral("checksumBeforeLineEnding"), current.beforeLineEnding);
}

void ChecksumFields::restore(QSettings &settings)
{
    // Values only; anything that does not read back as one is left at its default.
    ChecksumSpec restored;
    restored.kind = Checksum::fromKey(settings.value(QStringLiteral("checksum")).toString())
                            .value_or(ChecksumKind::None);
    restored.order =
            Checksum::orderFromKey(settings.value(QStringLiteral("checksumOrder")).toString())
                    .value_or(ChecksumOrder::Conventional);
    restored.skipHead = SettingsValues::readInt(settings, QStringLiteral("checksumSkipHead"), 0,
                                                Checksum::kMaxSkip)
                                .value_or(0);
    restored.skipTail = SettingsValues::readInt(settings, QStringLiteral("checksumSkipTail"), 0,
                                                Checksum::kMaxSkip)
                                .value_or(0);
    restored.beforeLineEnding =
            SettingsValues::readBool(settings, QStringLiteral("checksumBeforeLineEnding"), false);
    setSpec(restored);
}
