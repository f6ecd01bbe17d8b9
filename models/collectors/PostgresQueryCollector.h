#pragma once

#include "models/collectors/Collector.h"

#include <memory>

class QThread;

// The configured SQL's one number, through Qt's QPSQL driver on a thread of its own (opening a
// connection blocks). Credentials: "user" from the file (often ${PGUSER}), the password only from
// PGPASSWORD or libpq's ~/.pgpass. The query must give one row of one column; NULL is "no value"
// with a note, anything else that is not a number is an error. Not windowed: the number now.
class PostgresQueryCollector final : public Collector
{
    Q_OBJECT

public:
    PostgresQueryCollector(const CollectorDefinition &d, QNetworkAccessManager *manager, const Clock &clock);
    ~PostgresQueryCollector() override; // waits for a running query (bounded by the timeout)

    struct Answer
    {
        std::optional<double> value;
        QString note;
        Error error;
    };
    // Runs on the calling thread, blocking: for the worker thread, and for tests.
    static Answer query(const CollectorDefinition &d);

private:
    void run() override;

    QThread *m_thread = nullptr;
    std::shared_ptr<Answer> m_answer;
};
