#include "models/session/LaunchTiming.h"

#include "models/checklist/ChecklistField.h"
#include <QCoreApplication>

bool LaunchTiming::apply(const AuditEvent &e)
{
    if (e.kind == EventKind::T0Planned) {
        m_planned = fromStored(e.payloadText("time"));
        return true;
    }
    if (e.kind == EventKind::T0Recorded) {
        m_recorded = fromStored(e.payloadText("time"));
        return true;
    }
    return false;
}

bool LaunchTiming::isLaunchTimeField(const ChecklistField &field)
{
    if (field.type != ChecklistField::Type::DateTime)
        return false;
    return field.label.contains(QLatin1String("launch"), Qt::CaseInsensitive)
        || field.label.contains(QLatin1String("go-live"), Qt::CaseInsensitive)
        || field.label.contains(QLatin1String("go live"), Qt::CaseInsensitive);
}

QString LaunchTiming::toStored(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime LaunchTiming::fromStored(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

Result<EventDraft> LaunchTiming::planned(const QDateTime &time)
{
    if (!time.isValid())
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate("LaunchTiming", "T0 needs a date and time."));
    return EventDraft::of(EventKind::T0Planned, {{QStringLiteral("time"), toStored(time)}},
                          EventDraft::Condition::IfChanged);
}

EventDraft LaunchTiming::recorded(const QDateTime &time)
{
    return EventDraft::of(EventKind::T0Recorded, {{QStringLiteral("time"), toStored(time)}},
                          EventDraft::Condition::IfChanged);
}
