#include "models/record/RecordCopy.h"

#include "models/record/EventStore.h"

#include <QCoreApplication>

namespace RecordCopy {

Result<Copied> copy(const QString &from, const QString &to)
{
    auto source = EventStore::open(from, EventStore::Access::ReadOnly);
    if (!source)
        return source.error();
    const VerifyResult checked = source.value()->verify();
    if (!checked.intact)
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate("RecordCopy",
                                                       "%1 does not verify (%2), so it was not copied: a copy "
                                                       "would carry the damage along.")
                               .arg(source.value()->path(), checked.reason));
    QVector<AuditEvent> events;
    if (Status s = source.value()->readEvents(0, [&](const AuditEvent &e) { events.append(e); }); !s)
        return s.error();
    auto templates = source.value()->templates();
    if (!templates)
        return templates.error();

    auto target = EventStore::open(to, EventStore::Access::ReadWrite);
    if (!target)
        return target.error();
    if (Status s = target.value()->copyIn(events, templates.value()); !s)
        return s.error();
    const VerifyResult copied = target.value()->verify();
    if (!copied.intact)
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate("RecordCopy", "The copy in %1 does not verify: %2")
                               .arg(target.value()->path(), copied.reason));
    return Copied{copied.eventCount, int(templates->size()), source.value()->path(), target.value()->path()};
}

} // namespace RecordCopy
