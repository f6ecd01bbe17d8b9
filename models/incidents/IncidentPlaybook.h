#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

class ChecklistDocument;
class ChecklistNode;

// One kind of incident the checklist has a runbook for ("Critical Issue (System Down)") and
// its numbered response steps, in order.
struct IncidentType
{
    QString name;
    QStringList steps;
    QString nodeId;       // the checklist node it was read from
    int defaultLevel = 1; // the escalation level whose name the type's name mentions, else the lowest
};

// One row of the escalation matrix: "Level 2 - System Down: Technical lead + On-call engineer,
// response time 5 minutes".
struct EscalationLevel
{
    int level = 1;
    QString name;             // "System Down"
    QStringList roles;        // "Technical lead", "On-call engineer"
    QString response;         // as written: "5 minutes", "Immediate"
    int responseMinutes = -1; // 0 = immediately, -1 = the checklist gives none
};

// Where a contact's detail is written in the checklist: the node and field of its blank, or
// a value written there directly.
struct ContactSlot
{
    QString nodeId;
    QString fieldKey;
    QString written; // a value in the template text itself ("**DBA on-call**: +49 30 5550 1234")
};

// A person to call, as the checklist's contacts section lists them.
struct ContactEntry
{
    QString role; // "Technical Lead"
    ContactSlot name;
    ContactSlot phone;
    ContactSlot email;
};

// What the checklist says about incidents: its incident types with their steps (from the
// section whose heading or label names incidents), the escalation matrix, the contact book and
// the rollback target ("Estimated rollback time: < 30 minutes"). Read from the document, so
// another team's checklist brings its own runbooks.
class IncidentPlaybook
{
public:
    static IncidentPlaybook fromDocument(const ChecklistDocument &document);

    const QVector<IncidentType> &types() const { return m_types; }
    const QVector<EscalationLevel> &levels() const { return m_levels; }
    const QVector<ContactEntry> &contacts() const { return m_contacts; }
    int rollbackTargetMinutes() const { return m_rollbackMinutes; } // -1 when the checklist names none

    const IncidentType *type(const QString &name) const;
    const EscalationLevel *level(int level) const;
    int lowestLevel() const { return m_levels.isEmpty() ? 1 : m_levels.constFirst().level; }
    int highestLevel() const { return m_levels.isEmpty() ? 1 : m_levels.constLast().level; }
    // The level whose name appears in text ("System Down" in "Critical Issue (System Down)").
    int levelMentionedIn(const QString &text) const;

    // Whether two role names mean the same person: "On-call engineer" and "On-Call Engineer",
    // "Database admin" and "Database Administrator".
    static bool sameRole(const QString &a, const QString &b);
    // "< 30 minutes" -> 30, "Immediate" -> 0, "1 hour" -> 60; -1 when no duration is there.
    static int minutesIn(const QString &text);

private:
    void readIncidentTypes(const ChecklistNode *section);
    void readEscalation(const ChecklistNode *section);
    void readContacts(const ChecklistNode *section);

    QVector<IncidentType> m_types;
    QVector<EscalationLevel> m_levels;
    QVector<ContactEntry> m_contacts;
    int m_rollbackMinutes = -1;
};
