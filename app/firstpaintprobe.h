#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <cstdio>

// For netdebug-bench only (bench/startup.cpp), when NETDEBUG_BENCH_FIRST_PAINT is set: prints the
// steady clock once the window's first paint is done and, after a second of idling, the resident
// memory in KiB; then quits.
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Queued, so it runs after the whole paint pass rather than at its start.
            QTimer::singleShot(0, this, [] {
                const auto now = std::chrono::steady_clock::now().time_since_epoch();
                std::printf("first-paint-ns %lld\n",
                            (long long)std::chrono::duration_cast<std::chrono::nanoseconds>(now)
                                    .count());
                std::fflush(stdout);
            });
            QTimer::singleShot(1000, this, [] {
                QFile status(QStringLiteral("/proc/self/status"));
                QByteArray rss = "-1";
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : status.readAll().split('\n')) {
                        if (line.startsWith("VmRSS:"))
                            rss = line.mid(6).trimmed().split(' ').value(0);
                    }
                }
                std::printf("idle-rss-kb %s\n", rss.constData());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};
