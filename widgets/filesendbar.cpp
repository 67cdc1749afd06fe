#include "filesendbar.h"

#include "channellistmodel.h"
#include "controls.h"
#include "filesender.h"
#include "settingsvalues.h"
#include "udpsession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace {
constexpr int kMaxPauseMs = 60 * 1000;
constexpr int kProgressScale = 1000; // QProgressBar counts in int: per mille of the file
} // namespace

FileSendBar::FileSendBar(QWidget *parent)
    : QWidget(parent)
{
    m_sendFile = Controls::button(tr("Send file…"),
                                  tr("Stream a file of any size to the same targets as Send, as "
                                     "fast as the connection takes it"),
                                  this);
    m_datagramSize = new QSpinBox(this);
    m_datagramSize->setRange(1, UdpSession::kMaxIPv4Payload);
    m_datagramSize->setValue(FileSender::kDefaultDatagramSize);
    m_datagramSize->setSuffix(tr(" B", "bytes"));
    m_pause = new QSpinBox(this);
    m_pause->setRange(0, kMaxPauseMs);
    m_pause->setSuffix(tr(" ms"));
    m_datagramOptions = new QWidget(this);
    auto *options = new QHBoxLayout(m_datagramOptions);
    options->setContentsMargins(0, 0, 0, 0);
    options->addWidget(Controls::labelFor(m_datagramSize, tr("Datagram size"),
                                          tr("A file goes over UDP as datagrams of this many "
                                             "bytes"),
                                          m_datagramOptions));
    options->addWidget(m_datagramSize);
    options->addWidget(Controls::labelFor(m_pause, tr("Pause"),
                                          tr("Time between two datagrams of a file; 0 sends as "
                                             "fast as the socket takes them"),
                                          m_datagramOptions));
    options->addWidget(m_pause);
    m_datagramOptions->setVisible(false);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, kProgressScale);
    m_progress->setAccessibleName(tr("File progress"));
    m_figures = new QLabel(this);
    m_cancel = Controls::button(tr("Cancel"), tr("Stop sending the file now"), this);
    for (QWidget *running : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_figures),
                             static_cast<QWidget *>(m_cancel)})
        running->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sendFile);
    layout->addWidget(m_datagramOptions);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_figures);
    layout->addWidget(m_cancel);
    layout->addStretch(0);
    connect(m_sendFile, &QPushButton::clicked, this, &FileSendBar::sendFileRequested);
    connect(m_cancel, &QPushButton::clicked, this, &FileSendBar::cancelRequested);
}

void FileSendBar::setDatagramOptionsVisible(bool visible)
{
    m_datagramOptions->setVisible(visible);
}

int FileSendBar::datagramSize() const
{
    return m_datagramSize->value();
}

int FileSendBar::pauseMs() const
{
    return m_pause->value();
}

void FileSendBar::setSendEnabled(bool enabled)
{
    m_sendFile->setEnabled(enabled);
}

void FileSendBar::showStarted(const QString &name, qint64 total)
{
    m_name = name;
    m_sendFile->setVisible(false);
    m_datagramOptions->setEnabled(false);
    m_progress->setVisible(true);
    m_figures->setVisible(true);
    m_cancel->setVisible(true);
    showProgress(0, total, 0);
}

void FileSendBar::showProgress(qint64 sent, qint64 total, qint64 elapsedMs)
{
    m_progress->setValue(total > 0 ? int(sent * kProgressScale / total) : kProgressScale);
    const QLocale locale;
    const double seconds = elapsedMs / 1000.0;
    const double rate = seconds > 0 ? sent / seconds : 0;
    QString figures = tr("%1: %2 of %3")
                              .arg(m_name, ChannelListModel::formatBytes(sent),
                                   ChannelListModel::formatBytes(total));
    if (rate > 0) {
        const qint64 left = qint64((total - sent) / rate);
        figures = tr("%1: %2 of %3, %4/s, %5 s left")
                          .arg(m_name, ChannelListModel::formatBytes(sent),
                               ChannelListModel::formatBytes(total),
                               ChannelListModel::formatBytes(qint64(rate)), locale.toString(left));
    }
    m_figures->setText(figures);
}

void FileSendBar::showEnded()
{
    m_sendFile->setVisible(true);
    m_datagramOptions->setEnabled(true);
    m_progress->setVisible(false);
    m_figures->setVisible(false);
    m_cancel->setVisible(false);
}

void FileSendBar::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("fileDatagramSize"), m_datagramSize->value());
    settings.setValue(QStringLiteral("filePauseMs"), m_pause->value());
}

void FileSendBar::restore(QSettings &settings)
{
    if (const auto size =
                SettingsValues::readInt(settings, QStringLiteral("fileDatagramSize"),
                                        m_datagramSize->minimum(), m_datagramSize->maximum()))
        m_datagramSize->setValue(*size);
    if (const auto pause =
                SettingsValues::readInt(settings, QStringLiteral("filePauseMs"), 0, kMaxPauseMs))
        m_pause->setValue(*pause);
}
