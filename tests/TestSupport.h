#pragma once
// Small helpers the store, session and model tests share.

#include "TestPaths.h"
#include "models/checklist/ChecklistNode.h"
#include "models/record/AuditEvent.h"
#include "models/record/EventStore.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"
#include "tests/GoliveRunner.h"

#include <QFile>
#include <QString>

namespace TestSupport {

inline QString dataPath(const char *name)
{
    return QStringLiteral(GOLIVE_TEST_DATA_DIR "/") + QLatin1String(name);
}

inline QByteArray readData(const char *name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return f.readAll();
}

inline const Actor &ada()
{
    static const Actor a = Actor::person(QStringLiteral("Ada"), QStringLiteral("Platform Lead"));
    return a;
}

inline const Actor &grace()
{
    static const Actor a = Actor::person(QStringLiteral("Grace"), QStringLiteral("Database Administrator"));
    return a;
}

// A Status as a bool, its message kept in *error: QVERIFY2(okOr(ChecklistDesk(*s).setDone(id, true), &error), ...).
inline bool okOr(const Status &status, QString *error)
{
    if (error)
        *error = status.message();
    return status.ok();
}

// What MonitoringLink does with a change of state the monitor saw.
inline Status confirm(LaunchRecord &session, const QString &service, ServiceState from, ServiceState to,
                      const QString &reason)
{
    const auto draft = OutageLog::confirmation(service, from, to, reason);
    const Actor system = Actor::system();
    return draft ? session.record({*draft}, &system) : Status();
}

// A template read (or not), as a bool with the reason kept in *error.
inline bool templateOr(const Result<TemplateFile> &read, TemplateFile *out, QString *error)
{
    if (error)
        *error = read ? QString() : read.error().message;
    if (read)
        *out = read.value();
    return read.ok();
}

// Opens a session (or null), the reason kept in *error.
inline std::unique_ptr<LaunchRecord> openOr(const QString &path, const Actor &actor, QString *error,
                                            const LaunchRecord::OpenOptions &options = {})
{
    auto opened = LaunchRecord::open(path, actor, options);
    if (!opened) {
        if (error)
            *error = opened.error().message;
        return nullptr;
    }
    return std::move(opened.value());
}

// The one node whose title is exactly (or, failing that, uniquely contains) title; null otherwise.
inline const ChecklistNode *nodeTitled(const ChecklistDocument *doc, const QString &title)
{
    if (!doc)
        return nullptr;
    const auto found = doc->match(title);
    return found.size() == 1 ? found.first() : nullptr;
}

// Opens (creating) a session on path, warning with the reason when that fails.
inline std::unique_ptr<LaunchRecord> openSession(const QString &path, const Actor &actor)
{
    QString error;
    auto session = openOr(path, actor, &error);
    if (!session)
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(error));
    return session;
}

inline QString idOf(const ChecklistDocument *doc, const QString &title)
{
    const ChecklistNode *n = nodeTitled(doc, title);
    return n ? n->id() : QString();
}

// Replaces text that must occur exactly once; returns false (and leaves s alone) otherwise.
inline bool replaceOnce(QString &s, const QString &before, const QString &after)
{
    if (s.count(before) != 1)
        return false;
    s.replace(before, after);
    return true;
}

inline QVector<AuditEvent> allEvents(const EventStore &store)
{
    QVector<AuditEvent> out;
    const Status read = store.readEvents(0, [&](const AuditEvent &e) { out.append(e); });
    if (!read)
        qWarning("readEvents failed: %s", qPrintable(read.message()));
    return out;
}

inline qint64 head(const EventStore &store)
{
    const auto h = store.headSeq();
    return h ? h.value() : -1;
}

// The first count tickable items (tasks and steps), in checklist order.
inline QVector<QString> tickableIds(const ChecklistDocument *doc, int count)
{
    QVector<QString> ids;
    for (const ChecklistNode *n : doc->nodesInOrder()) {
        if (n->isTickable() && ids.size() < count)
            ids.append(n->id());
    }
    return ids;
}

// A desk as the window opens it: appends on a writer thread (a team record's outbox with it),
// the whole check deferred.
inline LaunchRecord::OpenOptions desk()
{
    LaunchRecord::OpenOptions o;
    o.asyncWrites = true;
    o.deferIntegrityCheck = true;
    return o;
}

} // namespace TestSupport
