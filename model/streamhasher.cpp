#include "streamhasher.h"

#ifdef NETDEBUG_HAVE_LIBCRYPTO
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

// One SHA-256 computation, touched only by the hashing thread between reset() and result().
struct StreamHasher::Digest
{
#ifdef NETDEBUG_HAVE_LIBCRYPTO
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    Digest()
    {
        start();
    }
    ~Digest()
    {
        EVP_MD_CTX_free(context);
    }
    void start()
    {
        EVP_DigestInit_ex(context, EVP_sha256(), nullptr);
    }
    void add(const QByteArray &piece)
    {
        EVP_DigestUpdate(context, piece.constData(), piece.size());
    }
    QByteArray finish()
    {
        unsigned char value[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        EVP_DigestFinal_ex(context, value, &size);
        start();
        return QByteArray(reinterpret_cast<const char *>(value), int(size));
    }
#else
    QCryptographicHash hash{QCryptographicHash::Sha256};
    void start()
    {
        hash.reset();
    }
    void add(const QByteArray &piece)
    {
        hash.addData(piece);
    }
    QByteArray finish()
    {
        const QByteArray value = hash.result();
        hash.reset();
        return value;
    }
#endif
};

StreamHasher::StreamHasher()
    : m_digest(std::make_unique<Digest>())
    , m_thread(&StreamHasher::run, this)
{}

StreamHasher::~StreamHasher()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void StreamHasher::reset()
{
    result(); // waits for the thread to be idle; the next digest starts afresh
}

void StreamHasher::add(const QByteArray &piece)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queuedBytes < kMaxQueuedBytes; });
    m_queue.push_back(piece);
    m_queuedBytes += piece.size();
    lock.unlock();
    m_changed.notify_all();
}

QByteArray StreamHasher::result()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_busy; });
    // Idle: the thread does not touch the digest until the next add().
    return m_digest->finish().toHex();
}

void StreamHasher::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return;
        const QByteArray piece = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        m_digest->add(piece);
        lock.lock();
        m_busy = false;
        m_queuedBytes -= piece.size();
        m_changed.notify_all();
    }
}
