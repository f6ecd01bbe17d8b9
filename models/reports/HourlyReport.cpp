#include "models/reports/HourlyReport.h"

#include <QCoreApplication>

QString reportFieldKey(ReportField field)
{
    switch (field) {
    case ReportField::Tickets: return QStringLiteral("tickets");
    case ReportField::Executions: return QStringLiteral("executions");
    case ReportField::Failures: return QStringLiteral("failures");
    case ReportField::Health: return QStringLiteral("health");
    case ReportField::Issues: return QStringLiteral("issues");
    }
    return {};
}

std::optional<ReportField> reportFieldFromKey(const QString &key)
{
    for (ReportField f : kReportFields) {
        if (reportFieldKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QString reportFieldLabel(ReportField field)
{
    switch (field) {
    case ReportField::Tickets: return QCoreApplication::translate("HourlyReports", "Total tickets processed");
    case ReportField::Executions: return QCoreApplication::translate("HourlyReports", "Total workflows executed");
    case ReportField::Failures: return QCoreApplication::translate("HourlyReports", "Failed executions");
    case ReportField::Health: return QCoreApplication::translate("HourlyReports", "System health");
    case ReportField::Issues: return QCoreApplication::translate("HourlyReports", "Issues encountered");
    }
    return {};
}

QString healthWord(Health health)
{
    switch (health) {
    case Health::Green: return QStringLiteral("Green");
    case Health::Yellow: return QStringLiteral("Yellow");
    case Health::Red: return QStringLiteral("Red");
    case Health::Unknown: break;
    }
    return {};
}

QString healthShownWord(Health health)
{
    switch (health) {
    case Health::Green: return QCoreApplication::translate("HourlyReport", "Green", "system health");
    case Health::Yellow: return QCoreApplication::translate("HourlyReport", "Yellow", "system health");
    case Health::Red: return QCoreApplication::translate("HourlyReport", "Red", "system health");
    case Health::Unknown: break;
    }
    return {};
}

Health healthFromWord(const QString &word)
{
    for (Health h : {Health::Green, Health::Yellow, Health::Red}) {
        if (word.compare(healthWord(h), Qt::CaseInsensitive) == 0)
            return h;
    }
    return Health::Unknown;
}

bool HourlyReports::apply(const AuditEvent &e)
{
    const int hour = int(e.payload.value(QLatin1String("hour")).toInteger());
    if (e.kind == EventKind::ReportConfirmed) {
        if (hour < 1 || m_reports.contains(hour))
            return false;
        ConfirmedReport r;
        r.hour = hour;
        r.from = QDateTime::fromString(e.payloadText("from"), Qt::ISODateWithMs);
        r.to = QDateTime::fromString(e.payloadText("to"), Qt::ISODateWithMs);
        const QJsonObject values = e.payload.value(QLatin1String("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (const auto field = reportFieldFromKey(it.key())) {
                const QJsonObject v = it.value().toObject();
                const QString source = v.value(QLatin1String("source")).toString();
                r.values.insert(
                    *field,
                    {v.value(QLatin1String("value")).toString(), source, source == ReportValue::operatorSource()});
            }
        }
        r.confirmedBy = e.actor;
        r.confirmedAtUtc = e.timeUtc;
        r.seq = e.seq;
        m_reports.insert(hour, r);
        return true;
    }
    if (e.kind == EventKind::ReportCorrected) {
        auto it = m_reports.find(hour);
        const auto field = reportFieldFromKey(e.payloadText("field"));
        if (it == m_reports.end() || !field)
            return false;
        // The record fills "previous" from the field's own slot, which the confirmation (one event
        // for all fields) never set: the first correction's old value is the confirmed one.
        QString previous = e.payloadText("previous");
        if (previous.isEmpty())
            previous = it->values.value(*field).value;
        ReportCorrection c{*field, e.payloadText("value"), previous, e.payloadText("reason"), e.actor, e.timeUtc,
                           e.seq};
        it->values[*field] = {
            c.value, QCoreApplication::translate("HourlyReport", "corrected by %1").arg(e.actor.displayName()), true};
        it->corrections.append(c);
        return true;
    }
    return false;
}

const ConfirmedReport *HourlyReports::report(int hour) const
{
    auto it = m_reports.constFind(hour);
    return it == m_reports.constEnd() ? nullptr : &*it;
}
