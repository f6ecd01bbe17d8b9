#pragma once

#include "models/monitoring/Health.h"
#include "models/record/RecordProjection.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QVector>

#include <array>

// The checklist's blanks of one hourly status report ("Hour 1 (T+1h)").
enum class ReportField {
    Tickets,
    Executions,
    Failures,
    Health,
    Issues
};
constexpr std::array<ReportField, 5> kReportFields{ReportField::Tickets, ReportField::Executions, ReportField::Failures,
                                                   ReportField::Health, ReportField::Issues};

// The stored key ("tickets", "executions", "failures", "health", "issues") and the checklist's words.
QString reportFieldKey(ReportField field);
std::optional<ReportField> reportFieldFromKey(const QString &key);
QString reportFieldLabel(ReportField field);

QString healthWord(Health health);      // "Green", ..., "" for Unknown: the checklist's stored word
QString healthShownWord(Health health); // the same in the desk's language (the wall, for readers)
Health healthFromWord(const QString &word);

// One value of a report and where it came from: a collector's call ("GET http://…/api/v1/executions"),
// the probe history, or the operator.
struct ReportValue
{
    // The stored source of a value a person typed (before confirming, or as a correction).
    static QString operatorSource() { return QStringLiteral("operator"); }

    QString value;
    QString source;
    bool byOperator = false; // typed or corrected by a person, not collected
    bool operator==(const ReportValue &o) const { return value == o.value && source == o.source; }
};

// A later change of one confirmed value.
struct ReportCorrection
{
    ReportField field = ReportField::Tickets;
    QString value;
    QString previous;
    QString reason;
    Actor actor;
    QString timeUtc;
    qint64 seq = 0;
};

// One hour's report as the record has it: confirmed once, corrected any number of times.
struct ConfirmedReport
{
    int hour = 0;
    QDateTime from;
    QDateTime to;
    QHash<ReportField, ReportValue> values; // with corrections applied
    Actor confirmedBy;
    QString confirmedAtUtc;
    qint64 seq = 0;
    QVector<ReportCorrection> corrections;

    ReportValue value(ReportField field) const { return values.value(field); }
};

// The hourly reports projection: every confirmed report and its corrections (report.confirmed,
// report.corrected). A report confirmed twice (two windows) keeps the first confirmation.
class HourlyReports final : public RecordProjection
{
public:
    static QVector<EventKind> reportKinds() { return {EventKind::ReportConfirmed, EventKind::ReportCorrected}; }
    QVector<EventKind> kinds() const override { return reportKinds(); }
    QVector<EventKind> fullHistoryKinds() const override { return reportKinds(); }
    bool apply(const AuditEvent &event) override;

    const ConfirmedReport *report(int hour) const;
    bool isConfirmed(int hour) const { return m_reports.contains(hour); }
    int lastHour() const { return m_reports.isEmpty() ? 0 : m_reports.lastKey(); }
    const QMap<int, ConfirmedReport> &all() const { return m_reports; }

private:
    QMap<int, ConfirmedReport> m_reports;
};
