#include "models/record/TrailExport.h"

#include <QJsonDocument>

Result<QByteArray> exportTrail(const EventStore &store)
{
    QByteArray out;
    const Status read = store.readEvents(0, [&out](const AuditEvent &e) {
        QJsonObject o = QJsonDocument::fromJson(canonicalBytes(e)).object();
        o.insert(QStringLiteral("hash"), e.hash);
        o.insert(QStringLiteral("format"), e.format);
        if (e.format == 1) {
            o.insert(QStringLiteral("legacy"),
                     QJsonObject{{QStringLiteral("action"), e.legacy.action},
                                 {QStringLiteral("item"), e.legacy.item},
                                 {QStringLiteral("slot"), e.legacy.slot},
                                 {QStringLiteral("oldValue"), e.legacy.oldValue},
                                 {QStringLiteral("newValue"), e.legacy.newValue},
                                 {QStringLiteral("reverts"), e.legacy.reverts}});
        }
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
        out += '\n';
    });
    if (!read)
        return read.error();
    return out;
}
