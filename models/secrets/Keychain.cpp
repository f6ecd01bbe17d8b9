#include "models/secrets/Keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Keychain {

namespace {

// Runs job to its end (or timeoutMs); the job deletes itself once finished.
bool runJob(QKeychain::Job *job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    return finished;
}

Error unreachable(const QString &name, const QString &why)
{
    return Error::make(Error::Code::Unreachable,
                       QCoreApplication::translate(
                           "Keychain",
                           "keychain:%1: no OS keychain answered (%2). A keychain service (GNOME "
                           "Keyring or KWallet, over the desktop session's D-Bus) must run to store or read it; "
                           "or set %1 in the environment and write ${%1}.")
                           .arg(name, why));
}

// In words: QtKeychain's errorString() is often just "Unknown error".
QString why(QKeychain::Error error, const QString &text)
{
    QString words;
    switch (error) {
    case QKeychain::NoBackendAvailable:
        words = QCoreApplication::translate("Keychain", "no keychain service runs");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: words = QCoreApplication::translate("Keychain", "access was denied"); break;
    case QKeychain::NotImplemented:
        words = QCoreApplication::translate("Keychain", "not supported on this system");
        break;
    default: words = QCoreApplication::translate("Keychain", "no keychain service could be reached"); break;
    }
    if (!text.isEmpty() && text != QLatin1String("Unknown error"))
        words += QStringLiteral(": ") + text;
    return words;
}

} // namespace

Result<QString> read(const QString &name, int timeoutMs)
{
    if (!QCoreApplication::instance())
        return unreachable(name, QCoreApplication::translate("Keychain", "no application to wait in"));
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(name);
    QString value;
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    QObject context; // a job that answers after the time-out finds no one listening
    QObject::connect(job, &QKeychain::Job::finished, &context, [&](QKeychain::Job *) {
        error = job->error();
        errorText = job->errorString();
        value = job->textData();
    });
    if (!runJob(job, timeoutMs))
        return unreachable(name,
                           QCoreApplication::translate("Keychain", "no answer within %1 s").arg(timeoutMs / 1000));
    if (error == QKeychain::NoError)
        return value;
    if (error == QKeychain::EntryNotFound)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("Keychain", "keychain:%1: nothing is stored under %1 in the keychain")
                .arg(name));
    return unreachable(name, why(error, errorText));
}

Result<QString> readRemembered(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, QString> known;
    QMutexLocker lock(&mutex);
    if (const auto it = known.constFind(name); it != known.constEnd())
        return *it;
    auto secret = read(name);
    if (secret)
        known.insert(name, secret.value());
    return secret;
}

Status write(const QString &name, const QString &secret, int timeoutMs)
{
    if (!QCoreApplication::instance())
        return unreachable(name, QCoreApplication::translate("Keychain", "no application to wait in"));
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(name);
    job->setTextData(secret);
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    QObject context;
    QObject::connect(job, &QKeychain::Job::finished, &context, [&](QKeychain::Job *) {
        error = job->error();
        errorText = job->errorString();
    });
    if (!runJob(job, timeoutMs))
        return unreachable(name,
                           QCoreApplication::translate("Keychain", "no answer within %1 s").arg(timeoutMs / 1000));
    if (error != QKeychain::NoError)
        return unreachable(name, why(error, errorText));
    return {};
}

Status checkName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!valid.match(name).hasMatch())
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate("Keychain",
                                                       "\"%1\" cannot be a keychain name: a letter or _ first, "
                                                       "then letters, digits or _ (the catalogue refers to it as "
                                                       "${keychain:NAME})")
                               .arg(name));
    return {};
}

} // namespace Keychain

KeychainWriter::KeychainWriter(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(Keychain::unreachable(m_name, tr("no answer within %1 s").arg(m_timeout.interval() / 1000)));
    });
}

KeychainWriter::~KeychainWriter() = default; // a running job finishes on its own and deletes itself

Status KeychainWriter::start(const QString &name, const QString &secret, int timeoutMs)
{
    if (m_job)
        return Error::make(Error::Code::Busy, tr("a secret is being stored already"));
    if (Status named = Keychain::checkName(name); !named)
        return named;
    if (secret.isEmpty())
        return Error::make(Error::Code::Invalid, tr("there is no secret to store"));
    auto *job = new QKeychain::WritePasswordJob(Keychain::serviceName());
    job->setAutoDelete(true);
    job->setKey(name);
    job->setTextData(secret);
    m_job = job;
    m_name = name;
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job != m_job)
            return;
        if (job->error() == QKeychain::NoError)
            return finish({});
        finish(Keychain::unreachable(m_name, Keychain::why(job->error(), job->errorString())));
    });
    m_timeout.start(timeoutMs);
    job->start();
    return {};
}

bool KeychainWriter::isRunning() const
{
    return !m_job.isNull();
}

void KeychainWriter::finish(const Status &status)
{
    m_timeout.stop();
    if (m_job)
        m_job->disconnect(this); // a job that answers after the time-out finds no one listening
    m_job = nullptr;
    emit finished(status);
}
