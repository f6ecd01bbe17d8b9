#pragma once
// Small helpers the store, session and model tests share.

#include "TestPaths.h"
#include "checklist/ChecklistNode.h"
#include "session/ChecklistSession.h"
#include "store/AuditEvent.h"
#include "store/EventStore.h"

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
    static const Actor a{QStringLiteral("Ada"), QStringLiteral("Platform Lead")};
    return a;
}

inline const Actor &grace()
{
    static const Actor a{QStringLiteral("Grace"), QStringLiteral("Database Administrator")};
    return a;
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
inline std::unique_ptr<ChecklistSession> openSession(const QString &path, const Actor &actor)
{
    QString error;
    auto session = ChecklistSession::open(path, actor, &error);
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
    StoreError error;
    if (!store.readEvents(
            0, [&](const AuditEvent &e) { out.append(e); }, &error))
        qWarning("readEvents failed: %s", qPrintable(error.message));
    return out;
}

inline qint64 head(const EventStore &store)
{
    StoreError error;
    return store.headSeq(&error);
}

} // namespace TestSupport
