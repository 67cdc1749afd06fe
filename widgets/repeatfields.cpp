#include "repeatfields.h"

#include "controls.h"
#include "periodicsender.h"
#include "settingsvalues.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>

namespace {
constexpr int kMaxCount = 100000000;
}

RepeatFields::RepeatFields(QWidget *parent)
    : QWidget(parent)
{
    m_repeat = Controls::checkBox(tr("Repeat"),
                                  tr("Send the payload again and again on a fixed schedule; Send "
                                     "starts the series"),
                                  this);
    m_interval = new QSpinBox(this);
    m_interval->setRange(PeriodicSender::kMinIntervalMs, PeriodicSender::kMaxIntervalMs);
    m_interval->setValue(1000);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setGroupSeparatorShown(true);
    m_count = new QSpinBox(this);
    m_count->setRange(0, kMaxCount);
    m_count->setSpecialValueText(tr("Until stopped"));
    m_count->setGroupSeparatorShown(true);
    m_sent = new QLabel(this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_repeat);
    layout->addWidget(Controls::labelFor(m_interval, tr("Interval"),
                                         tr("Time from the start of one send to the start of the "
                                            "next, 1 ms to 24 h; send n leaves at start + n × "
                                            "interval"),
                                         this));
    layout->addWidget(m_interval);
    layout->addWidget(Controls::labelFor(
            m_count, tr("Count"), tr("How many sends in the series; 0 sends until stopped"), this));
    layout->addWidget(m_count);
    layout->addWidget(m_sent);
    layout->addStretch(1);
    connect(m_repeat, &QCheckBox::toggled, this, &RepeatFields::repeatToggled);
}

bool RepeatFields::isRepeating() const
{
    return m_repeat->isChecked();
}

void RepeatFields::setRepeating(bool on)
{
    m_repeat->setChecked(on);
}

int RepeatFields::intervalMs() const
{
    return m_interval->value();
}

void RepeatFields::setIntervalMs(int ms)
{
    m_interval->setValue(ms);
}

qint64 RepeatFields::count() const
{
    return m_count->value();
}

void RepeatFields::setCount(int count)
{
    m_count->setValue(count);
}

void RepeatFields::setRunning(bool running)
{
    m_repeat->setEnabled(!running);
    m_interval->setEnabled(!running);
    m_count->setEnabled(!running);
}

void RepeatFields::showSent(qint64 sent, qint64 count)
{
    const QLocale locale;
    m_sent->setText(count > 0
                            ? tr("Sent %1 of %2").arg(locale.toString(sent), locale.toString(count))
                            : tr("Sent %1").arg(locale.toString(sent)));
}

void RepeatFields::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("repeat"), m_repeat->isChecked());
    settings.setValue(QStringLiteral("repeatIntervalMs"), m_interval->value());
    settings.setValue(QStringLiteral("repeatCount"), m_count->value());
}

void RepeatFields::restore(QSettings &settings)
{
    m_repeat->setChecked(SettingsValues::readBool(settings, QStringLiteral("repeat"), false));
    if (const auto interval = SettingsValues::readInt(settings, QStringLiteral("repeatIntervalMs"),
                                                      m_interval->minimum(), m_interval->maximum()))
        m_interval->setValue(*interval);
    if (const auto count =
                SettingsValues::readInt(settings, QStringLiteral("repeatCount"), 0, kMaxCount))
        m_count->setValue(*count);
}
