#include "models/incidents/IncidentPlaybook.h"

#include "models/checklist/ChecklistNode.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

using Kind = ChecklistNode::Kind;

// A title without the decoration of a label: "**Critical Issue (System Down):**" -> "Critical
// Issue (System Down)".
QString plainTitle(const QString &title)
{
    QString t = title.trimmed();
    t.remove(QLatin1Char('*'));
    while (t.endsWith(QLatin1Char(':')))
        t.chop(1);
    return t.trimmed();
}

bool isHeadingLike(const ChecklistNode *n)
{
    return n->kind() == Kind::Phase || n->kind() == Kind::Section || n->kind() == Kind::Group;
}

bool titleHas(const ChecklistNode *n, const QRegularExpression &re)
{
    return re.match(n->title()).hasMatch();
}

// The heading-like nodes whose title matches, in document order.
QVector<const ChecklistNode *> headings(const ChecklistDocument &doc, const QRegularExpression &re)
{
    QVector<const ChecklistNode *> out;
    doc.root()->forEach([&](const ChecklistNode *n) {
        if (isHeadingLike(n) && titleHas(n, re))
            out.append(n);
    });
    return out;
}

QStringList numberedSteps(const ChecklistNode *n)
{
    QStringList steps;
    for (int i = 0; i < n->childCount(); ++i) {
        const ChecklistNode *c = n->child(i);
        if (c->isNumbered() && c->isTickable())
            steps.append(plainTitle(c->title()));
    }
    return steps;
}

QString roleKey(const QString &role)
{
    QString k;
    for (const QChar c : role.toLower()) {
        if (c.isLetterOrNumber())
            k.append(c);
    }
    return k;
}

const QRegularExpression &responseLine()
{
    static const QRegularExpression re(QStringLiteral("^\\s*response(?:\\s+time)?\\s*:\\s*(.+)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

int IncidentPlaybook::minutesIn(const QString &text)
{
    static const QRegularExpression immediate(QStringLiteral("\\b(immediate(ly)?|at once|now)\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression duration(
        QStringLiteral("(\\d+)\\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = duration.match(text);
    if (m.hasMatch()) {
        const int n = m.captured(1).toInt();
        const QChar unit = m.captured(2).at(0).toLower();
        if (unit == QLatin1Char('h'))
            return n * 60;
        if (unit == QLatin1Char('s'))
            return (n + 59) / 60;
        return n;
    }
    return immediate.match(text).hasMatch() ? 0 : -1;
}

bool IncidentPlaybook::sameRole(const QString &a, const QString &b)
{
    const QString ka = roleKey(a);
    const QString kb = roleKey(b);
    if (ka.isEmpty() || kb.isEmpty())
        return false;
    return ka == kb || ka.startsWith(kb) || kb.startsWith(ka);
}

IncidentPlaybook IncidentPlaybook::fromDocument(const ChecklistDocument &document)
{
    IncidentPlaybook p;
    static const QRegularExpression incident(QStringLiteral("\\bincident"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression escalation(QStringLiteral("\\bescalation"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression contacts(QStringLiteral("\\bcontacts?\\b|\\bon-?call\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    for (const ChecklistNode *n : headings(document, incident)) {
        p.readIncidentTypes(n);
        if (!p.m_types.isEmpty())
            break;
    }
    for (const ChecklistNode *n : headings(document, escalation)) {
        p.readEscalation(n);
        if (!p.m_levels.isEmpty())
            break;
    }
    for (const ChecklistNode *n : headings(document, contacts)) {
        p.readContacts(n);
        if (!p.m_contacts.isEmpty())
            break;
    }
    std::sort(p.m_levels.begin(), p.m_levels.end(),
              [](const EscalationLevel &a, const EscalationLevel &b) { return a.level < b.level; });
    for (IncidentType &t : p.m_types) {
        const int mentioned = p.levelMentionedIn(t.name);
        t.defaultLevel = mentioned > 0 ? mentioned : p.lowestLevel();
    }

    // The rollback target: "Estimated rollback time: < 30 minutes", "Rollback within 15 min".
    static const QRegularExpression rollback(QStringLiteral("\\brollback\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    document.root()->forEach([&](const ChecklistNode *n) {
        if (p.m_rollbackMinutes < 0 && titleHas(n, rollback)) {
            const int minutes = minutesIn(n->title());
            if (minutes > 0)
                p.m_rollbackMinutes = minutes;
        }
    });
    return p;
}

void IncidentPlaybook::readIncidentTypes(const ChecklistNode *section)
{
    // Each labelled group (or sub-heading) with numbered steps is one runbook; a section that
    // holds its numbered steps directly is a runbook of its own.
    section->forEach([&](const ChecklistNode *n) {
        if (!isHeadingLike(n))
            return;
        const QStringList steps = numberedSteps(n);
        if (!steps.isEmpty())
            m_types.append({plainTitle(n->title()), steps, n->id(), 1});
    });
}

void IncidentPlaybook::readEscalation(const ChecklistNode *section)
{
    static const QRegularExpression levelNumber(
        QStringLiteral("^\\s*(?:level|lvl|sev(?:erity)?|tier|priority|p)\\s*(\\d+)\\s*(?:[-–—:.]\\s*)?(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression roleSplit(QStringLiteral("\\s*(?:\\+|,|&|/|\\band\\b)\\s*"));
    int ordinal = 0;
    section->forEach([&](const ChecklistNode *n) {
        if (!isHeadingLike(n) || n == section)
            return;
        EscalationLevel level;
        bool hasResponse = false;
        for (int i = 0; i < n->childCount(); ++i) {
            const QString line = plainTitle(n->child(i)->title());
            const auto r = responseLine().match(line);
            if (r.hasMatch()) {
                hasResponse = true;
                level.response = r.captured(1).trimmed();
                level.responseMinutes = minutesIn(level.response);
            } else if (level.roles.isEmpty()) {
                for (const QString &role : line.split(roleSplit, Qt::SkipEmptyParts))
                    level.roles.append(role.trimmed());
            }
        }
        if (!hasResponse) // a matrix row says how fast; anything else is no level
            return;
        ++ordinal;
        const QString title = plainTitle(n->title());
        const auto m = levelNumber.match(title);
        level.level = m.hasMatch() ? m.captured(1).toInt() : ordinal;
        level.name = m.hasMatch() && !m.captured(2).trimmed().isEmpty() ? m.captured(2).trimmed() : title;
        if (!this->level(level.level))
            m_levels.append(level);
    });
}

void IncidentPlaybook::readContacts(const ChecklistNode *section)
{
    // Two shapes: a role label with Name/Phone/Email blanks below it, and a line of its own
    // ("**DBA on-call**: +49 30 5550 1234, dba@example.com").
    static const QRegularExpression phone(QStringLiteral("(\\+?\\d[\\d\\s()/.-]{5,}\\d)"));
    static const QRegularExpression email(QStringLiteral("([\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)"));
    static const QRegularExpression inlineContact(QStringLiteral("^([^:]{2,60}):\\s*(.+)$"));
    auto slotFor = [](const ChecklistNode *n, const QString &label) -> ContactSlot {
        for (const ChecklistField &f : n->fields()) {
            if (f.label.compare(label, Qt::CaseInsensitive) == 0 || f.label.startsWith(label, Qt::CaseInsensitive))
                return {n->id(), f.key, QString()};
        }
        return {};
    };
    section->forEach([&](const ChecklistNode *n) {
        if (isHeadingLike(n) && n != section) {
            ContactEntry e;
            e.role = plainTitle(n->title());
            for (int i = 0; i < n->childCount(); ++i) {
                const ChecklistNode *c = n->child(i);
                if (e.name.nodeId.isEmpty())
                    e.name = slotFor(c, QStringLiteral("Name"));
                if (e.phone.nodeId.isEmpty())
                    e.phone = slotFor(c, QStringLiteral("Phone"));
                if (e.email.nodeId.isEmpty())
                    e.email = slotFor(c, QStringLiteral("Email"));
                if (e.email.nodeId.isEmpty())
                    e.email = slotFor(c, QStringLiteral("E-mail"));
            }
            if (!e.name.nodeId.isEmpty() || !e.phone.nodeId.isEmpty() || !e.email.nodeId.isEmpty())
                m_contacts.append(e);
            return;
        }
        if (n->isTickable() || n->kind() == Kind::Entry) {
            const auto m = inlineContact.match(plainTitle(n->title()));
            if (!m.hasMatch())
                return;
            const auto p = phone.match(m.captured(2));
            const auto e = email.match(m.captured(2));
            if (!p.hasMatch() && !e.hasMatch())
                return;
            ContactEntry entry;
            entry.role = m.captured(1).trimmed();
            entry.phone.written = p.captured(1).trimmed();
            entry.email.written = e.captured(1);
            m_contacts.append(entry);
        }
    });
}

const IncidentType *IncidentPlaybook::type(const QString &name) const
{
    for (const IncidentType &t : m_types) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const EscalationLevel *IncidentPlaybook::level(int level) const
{
    for (const EscalationLevel &l : m_levels) {
        if (l.level == level)
            return &l;
    }
    return nullptr;
}

int IncidentPlaybook::levelMentionedIn(const QString &text) const
{
    for (const EscalationLevel &l : m_levels) {
        if (!l.name.isEmpty() && text.contains(l.name, Qt::CaseInsensitive))
            return l.level;
    }
    return 0;
}
