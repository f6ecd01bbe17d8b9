#include "models/signoff/PassphraseWorker.h"

#include <QThread>

#include <memory>

PassphraseWorker::PassphraseWorker(QObject *parent) : QObject(parent) {}

PassphraseWorker::~PassphraseWorker()
{
    for (const QPointer<QThread> &thread : std::as_const(m_running)) {
        if (thread)
            thread->wait();
    }
}

void PassphraseWorker::start(const QString &passphrase, const std::optional<SignerKey> &key, QObject *context,
                             const Done &done)
{
    auto outcome = std::make_shared<Outcome>();
    QThread *thread = QThread::create([outcome, key, passphrase] {
        if (key) {
            outcome->derived = Passphrase::derive(passphrase, key->salt, key->iterations);
        } else {
            outcome->newKey = Passphrase::newKey(passphrase);
            outcome->derived = outcome->newKey->hash;
        }
    });
    m_running.removeAll(nullptr);
    m_running.append(thread);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, context, [outcome, done] { done(*outcome); });
    thread->start();
}

bool PassphraseWorker::isBusy() const
{
    for (const QPointer<QThread> &thread : m_running) {
        if (thread && !thread->isFinished())
            return true;
    }
    return false;
}
