#pragma once

#include <QString>

#include <optional>

// Who or what made a change. A person has a name and a launch role; a program (a CI job ticking
// through the command line) says which program it is; the system is Go-Live Control itself,
// e.g. the monitor confirming an outage at 3 a.m. with nobody at the desk.
struct Actor
{
    enum class Kind {
        Person,
        Program,
        System
    };

    Kind kind = Kind::Person;
    QString name;
    QString role;

    static Actor person(const QString &name, const QString &role) { return {Kind::Person, name, role}; }
    static Actor program(const QString &name, const QString &role = QString()) { return {Kind::Program, name, role}; }
    static Actor system(const QString &name = QStringLiteral("Go-Live Control monitor"))
    {
        return {Kind::System, name, QString()};
    }

    // How the actor appears in lists: "Ada (Platform Lead)", "ci-bot (program)".
    QString displayName() const;
    bool operator==(const Actor &o) const { return kind == o.kind && name == o.name && role == o.role; }
};

QString actorKindName(Actor::Kind kind); // person, program, system: the stored form
std::optional<Actor::Kind> actorKindFromName(const QString &name);
