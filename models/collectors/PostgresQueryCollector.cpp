#include "models/collectors/PostgresQueryCollector.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <cmath>

namespace {

// A number as PostgreSQL writes one (with HighPrecision every value comes as its text).
bool isNumberText(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$)"));
    return number.match(text).hasMatch();
}

} // namespace

PostgresQueryCollector::PostgresQueryCollector(const CollectorDefinition &d, QNetworkAccessManager *manager,
                                               const Clock &clock)
    : Collector(d, manager, clock)
{}

PostgresQueryCollector::~PostgresQueryCollector()
{
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void PostgresQueryCollector::run()
{
    setSource(QStringLiteral("postgresql://") + definition().displaySource());
    m_answer = std::make_shared<Answer>();
    const CollectorDefinition d = definition();
    const std::shared_ptr<Answer> answer = m_answer;
    m_thread = QThread::create([d, answer] { *answer = query(d); });
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_answer->error.isError())
            return fail(m_answer->error);
        figure(0).value = m_answer->value;
        figure(0).note = m_answer->note;
        succeed();
    });
    m_thread->start();
}

PostgresQueryCollector::Answer PostgresQueryCollector::query(const CollectorDefinition &d)
{
    static QAtomicInteger<quint64> serial;
    const QString connection = QStringLiteral("golive-collect-%1").arg(serial.fetchAndAddRelaxed(1));
    Answer answer;
    const QString where = QStringLiteral("%1:%2").arg(d.host).arg(d.port);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!db.isValid()) {
            answer.error = Error::make(Error::Code::Unreachable,
                                       QCoreApplication::translate("PostgresQueryCollector",
                                                                   "Qt's PostgreSQL driver (QPSQL) is not installed"));
        } else {
            db.setHostName(d.host);
            db.setPort(d.port);
            db.setDatabaseName(d.database); // empty: libpq's PGDATABASE, else the user's name
            db.setUserName(d.user);         // empty: libpq's PGUSER
            db.setPassword(d.password);     // empty: libpq's ~/.pgpass
            db.setConnectOptions(
                QStringLiteral("connect_timeout=%1;application_name=golive-collect").arg(qMax(2, d.timeoutMs / 1000)));
            if (!db.open()) {
                // QPSQL gives no SQLSTATE for a failed connection: refused, bad password and unknown
                // database all land here, told apart only in the driver's words for people.
                answer.error =
                    Error::make(Error::Code::Unreachable,
                                QCoreApplication::translate("PostgresQueryCollector", "cannot connect to %1: %2")
                                    .arg(where, db.lastError().text().simplified()));
            } else {
                QSqlQuery q(db);
                // Every value as the server wrote it: a numeric beyond a double (1e400) is then
                // refused with its value, where the driver's own conversion would give NULL.
                q.setNumericalPrecisionPolicy(QSql::HighPrecision);
                q.exec(QStringLiteral("SET statement_timeout = %1").arg(d.timeoutMs));
                if (!q.exec(d.sql)) {
                    answer.error =
                        Error::make(Error::Code::Remote,
                                    QCoreApplication::translate("PostgresQueryCollector", "the query failed: %1")
                                        .arg(q.lastError().text().simplified()));
                } else if (!q.isSelect() || q.record().count() != 1) {
                    answer.error = Error::make(Error::Code::Malformed,
                                               QCoreApplication::translate("PostgresQueryCollector",
                                                                           "the query must give one column, it gave %1")
                                                   .arg(q.isSelect() ? q.record().count() : 0));
                } else if (!q.next()) {
                    answer.error =
                        Error::make(Error::Code::Malformed,
                                    QCoreApplication::translate("PostgresQueryCollector", "the query gave no row"));
                } else {
                    const QVariant v = q.value(0);
                    const QString text = v.toString();
                    bool ok = false;
                    const double n = text.toDouble(&ok);
                    if (v.isNull())
                        answer.note = QCoreApplication::translate("PostgresQueryCollector", "the query gave NULL");
                    else if (!isNumberText(text) || std::isnan(n))
                        answer.error = Error::make(
                            Error::Code::Malformed,
                            QCoreApplication::translate("PostgresQueryCollector", "the query gave \"%1\", not a number")
                                .arg(d.mask(text).left(60)));
                    else if (!ok || !std::isfinite(n))
                        answer.error =
                            Error::make(Error::Code::Malformed,
                                        QCoreApplication::translate("PostgresQueryCollector",
                                                                    "the query gave %1, beyond what a figure can hold")
                                            .arg(d.mask(text).left(60)));
                    else if (n < 0) // counts, durations, sizes, shares: none is below zero
                        answer.error =
                            Error::make(Error::Code::Malformed,
                                        QCoreApplication::translate("PostgresQueryCollector",
                                                                    "the query gave %1; a figure is never negative")
                                            .arg(d.mask(text).left(60)));
                    else if (q.next())
                        answer.error =
                            Error::make(Error::Code::Malformed,
                                        QCoreApplication::translate("PostgresQueryCollector",
                                                                    "the query must give one row, it gave more"));
                    else
                        answer.value = n;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    answer.error.message = d.mask(answer.error.message);
    return answer;
}
