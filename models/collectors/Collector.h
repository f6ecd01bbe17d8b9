#pragma once

#include "models/collectors/CollectorDefinition.h"
#include "models/collectors/Figure.h"

#include <QJsonDocument>
#include <QObject>
#include <QVector>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class SecretMask;

// One source of figures (n8n, FreeScout, bConnect, PostgreSQL, Milvus): start() asks the service,
// finished() says the figures are ready. Never blocks the thread it lives on: HTTP goes through
// QNetworkAccessManager, SQL runs on a thread of its own. A failed call leaves every figure of the
// collector without a value and with the reason; nothing partial is ever given as a number.
class Collector : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // The collector for d's kind. manager does its HTTP (it must outlive the collector); clock gives
    // "now" (UTC; default the system clock): collection times, and whether a window is still open.
    static std::unique_ptr<Collector> create(const CollectorDefinition &d, QNetworkAccessManager *manager,
                                             const Clock &clock = {});
    // The figures a collector of this definition gives, without values: names and units.
    static QVector<Figure> blankFigures(const CollectorDefinition &d);

    ~Collector() override;
    const CollectorDefinition &definition() const { return m_definition; }
    // Once: asks the service for the figures of window (ignored by the kinds that count "now").
    // A definition that is not configured finishes at once (queued) with its configError.
    void start(const CollectWindow &window);
    bool isFinished() const { return m_finished; }
    const QVector<Figure> &figures() const { return m_figures; }

signals:
    void finished();

protected:
    Collector(const CollectorDefinition &d, QNetworkAccessManager *manager, const Clock &clock);
    virtual void run() = 0;

    // One HTTP call of the collector's definition (its headers, TLS setting and timeout), bounded
    // like a probe (time, 1 MiB). done gets the parsed JSON, or an Error for: no connection,
    // timeout, 401, 403, 404, another status >= 300, a body over 1 MiB, not JSON.
    // Query parameters in order; values go out percent-encoded as they are ('+' as %2B), so an opaque
    // cursor reaches the server unchanged.
    using Params = QList<QPair<QString, QString>>;
    using JsonHandler = std::function<void(const Result<QJsonDocument> &)>;
    void getJson(const QString &path, const Params &query, const JsonHandler &done);
    void postJson(const QString &path, const QByteArray &body, const JsonHandler &done);

    QDateTime now() const;
    const CollectWindow &window() const { return m_window; }
    Figure &figure(int i) { return m_figures[i]; }
    void setSource(const QString &source); // every figure's source, masked
    // Ends the run: every figure stamped with now(); on error no figure keeps a value.
    void succeed();
    void fail(const Error &error);

private:
    void call(const QByteArray &method, const QString &path, const Params &query, const QByteArray &body,
              const JsonHandler &done);
    void finish(bool stamp);

    CollectorDefinition m_definition;
    QNetworkAccessManager *m_manager;
    Clock m_clock;
    CollectWindow m_window;
    QVector<Figure> m_figures;
    bool m_started = false;
    bool m_finished = false;
};

// The body of a collector's answer as JSON, or Malformed quoting its start with mask applied
// before the quote is cut (the body may echo a secret).
Result<QJsonDocument> readJsonAnswer(const QByteArray &body, const SecretMask &mask);
