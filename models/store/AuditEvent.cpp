#include "AuditEvent.h"

#include <QCryptographicHash>

namespace {
// Length-prefixed fields: unambiguous whatever the values contain, and cheap to build.
void addField(QCryptographicHash &hash, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":", 1));
    hash.addData(bytes);
    hash.addData(QByteArrayView(";", 1));
}
} // namespace

QString computeEventHash(const AuditEvent &e)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("golive-event-v1;"));
    addField(hash, QString::number(e.seq));
    addField(hash, e.timeUtc);
    addField(hash, e.actor);
    addField(hash, e.role);
    addField(hash, e.action);
    addField(hash, e.item);
    addField(hash, e.slot);
    addField(hash, e.oldValue);
    addField(hash, e.newValue);
    addField(hash, QString::number(e.reverts));
    addField(hash, e.prevHash);
    return QString::fromLatin1(hash.result().toHex());
}
