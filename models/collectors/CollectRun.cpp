#include "models/collectors/CollectRun.h"

#include "models/monitoring/NetworkSetup.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

CollectRun::CollectRun(QObject *parent) : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    prepareProbeNetwork(m_manager);
}

CollectRun::~CollectRun()
{
    m_collectors.clear(); // before the manager: running calls abort their replies
}

void CollectRun::start(const QVector<CollectorDefinition> &collectors, const CollectWindow &window)
{
    m_collectors.clear();
    m_pending = int(collectors.size());
    for (const CollectorDefinition &d : collectors) {
        m_collectors.push_back(Collector::create(d, m_manager, m_clock));
        connect(m_collectors.back().get(), &Collector::finished, this, [this] {
            if (--m_pending == 0)
                emit finished();
        });
    }
    for (const auto &c : m_collectors)
        c->start(window);
    if (collectors.isEmpty())
        QTimer::singleShot(0, this, &CollectRun::finished);
}

QVector<Figure> CollectRun::figures() const
{
    QVector<Figure> all;
    for (const auto &c : m_collectors)
        all += c->figures();
    return all;
}

QVector<Figure> CollectRun::collect(const QVector<CollectorDefinition> &collectors, const CollectWindow &window,
                                    const Collector::Clock &clock)
{
    CollectRun run;
    run.setClock(clock);
    QEventLoop loop;
    connect(&run, &CollectRun::finished, &loop, &QEventLoop::quit);
    run.start(collectors, window);
    if (run.isRunning())
        loop.exec();
    return run.figures();
}
