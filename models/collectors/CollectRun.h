#pragma once

#include "models/collectors/Collector.h"

#include <memory>
#include <vector>

class QNetworkAccessManager;

// Every collector of a catalogue for one window, all at once: finished() when the last is done;
// figures() in catalogue order (each collector's figures together). Asynchronous: the GUI thread
// can start one and carry on. collect() is the blocking convenience for the command line.
class CollectRun final : public QObject
{
    Q_OBJECT

public:
    explicit CollectRun(QObject *parent = nullptr);
    ~CollectRun() override;

    void setClock(const Collector::Clock &clock) { m_clock = clock; }
    void start(const QVector<CollectorDefinition> &collectors, const CollectWindow &window);
    bool isRunning() const { return m_pending > 0; }
    QVector<Figure> figures() const;

    // Runs a local event loop until every collector is done.
    static QVector<Figure> collect(const QVector<CollectorDefinition> &collectors, const CollectWindow &window,
                                   const Collector::Clock &clock = {});

signals:
    void finished();

private:
    QNetworkAccessManager *m_manager;
    Collector::Clock m_clock;
    std::vector<std::unique_ptr<Collector>> m_collectors;
    int m_pending = 0;
};
