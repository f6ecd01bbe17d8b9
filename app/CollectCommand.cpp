#include "app/CollectCommand.h"

#include "app/CommandLine.h"
#include "app/TerminalStream.h"
#include "models/collectors/CollectRun.h"
#include "models/monitoring/ServiceCatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace {

enum CollectExit {
    AllCollected = 0,
    SomeFailed = 1,
    Usage = 2,
    BadConfiguration = 64
};

// ISO 8601; without an offset, the local time of the person typing it.
QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString number(double v)
{
    // Shown in the user's locale (JSON output keeps plain numbers).
    return v == std::floor(v) && std::abs(v) < 1e15 ? QLocale().toString(qint64(v)) : QLocale().toString(v, 'f', 1);
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), true);
}

QString label(const Figure &f)
{
    return f.name == f.collector ? f.collector : f.collector + QStringLiteral(": ") + f.name;
}

QJsonObject toJson(const Figure &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("collector"), f.collector);
    o.insert(QStringLiteral("name"), f.name);
    o.insert(QStringLiteral("value"), f.value ? QJsonValue(*f.value) : QJsonValue());
    o.insert(QStringLiteral("unit"), f.unit);
    o.insert(QStringLiteral("source"), f.source);
    o.insert(QStringLiteral("collectedAt"), f.collectedAt.isValid() ? QJsonValue(utc(f.collectedAt)) : QJsonValue());
    if (!f.detail.isEmpty())
        o.insert(QStringLiteral("detail"), f.detail);
    if (!f.note.isEmpty())
        o.insert(QStringLiteral("note"), f.note);
    if (f.error.isError())
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), errorCodeName(f.error.code)},
                             {QStringLiteral("message"), f.error.message}});
    return o;
}

} // namespace

int runCollectCommand(const CommandLine &c)
{
    TerminalStream out(stdout); // for people; --json is written as it is (JSON escapes its own)
    TerminalStream err(stderr);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CollectWindow window = CollectWindow::lastHour(now);
    if (!c.until.isEmpty())
        window.until = parseTime(c.until);
    window.since = c.since.isEmpty() ? window.until.addSecs(-3600) : parseTime(c.since);
    if (!window.since.isValid() || !window.until.isValid()) {
        err << "golive: "
            << QCoreApplication::translate("CollectCommand",
                                           "--since and --until take an ISO 8601 time such as 2026-11-26T18:00:00Z")
            << Qt::endl;
        return Usage;
    }
    if (!window.isValid()) {
        err << "golive: " << QCoreApplication::translate("CollectCommand", "--since must be before --until")
            << Qt::endl;
        return Usage;
    }

    const QString path = c.servicesPath.isEmpty() ? ServiceCatalogue::defaultCataloguePath() : c.servicesPath;
    const Result<QVector<CollectorDefinition>> catalogue = CollectorCatalogue::load(path);
    if (!catalogue) {
        err << "golive: " << catalogue.error().message << Qt::endl;
        return BadConfiguration;
    }
    int exitCode = AllCollected;
    for (const CollectorDefinition &d : *catalogue) {
        if (d.configError.code == Error::Code::Invalid) {
            err << "golive: "
                << QCoreApplication::translate("CollectCommand", "%1: collector \"%2\": %3")
                       .arg(path, d.name, d.configError.message)
                << Qt::endl;
            exitCode = BadConfiguration;
        }
    }
    const QVector<Figure> figures = CollectRun::collect(*catalogue, window);
    for (const Figure &f : figures) {
        if (f.failed() && exitCode == AllCollected)
            exitCode = SomeFailed;
    }

    if (c.json) {
        QJsonArray rows;
        for (const Figure &f : figures)
            rows.append(toJson(f));
        const QJsonObject doc{{QStringLiteral("since"), utc(window.since)},
                              {QStringLiteral("until"), utc(window.until)},
                              {QStringLiteral("figures"), rows},
                              {QStringLiteral("exitCode"), exitCode}};
        QTextStream(stdout) << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return exitCode;
    }
    out << QCoreApplication::translate("CollectCommand", "Window %1 to %2 (UTC)")
               .arg(utc(window.since), utc(window.until))
        << '\n';
    if (figures.isEmpty())
        out << QCoreApplication::translate("CollectCommand",
                                           "No collectors in %1: add a \"collectors\" list (see the README).")
                   .arg(path)
            << '\n';
    int labelWidth = int(QCoreApplication::translate("CollectCommand", "FIGURE").size());
    QStringList values;
    int valueWidth = int(QCoreApplication::translate("CollectCommand", "VALUE").size());
    for (const Figure &f : figures) {
        labelWidth = qMax(labelWidth, int(label(f).size()));
        values.append(f.value ? number(*f.value) + QLatin1Char(' ') + f.unit : QStringLiteral("-"));
        valueWidth = qMax(valueWidth, int(values.constLast().size()));
    }
    if (!figures.isEmpty())
        out << padded(QCoreApplication::translate("CollectCommand", "FIGURE"), labelWidth) << "  "
            << padded(QCoreApplication::translate("CollectCommand", "VALUE"), valueWidth) << "  "
            << QCoreApplication::translate("CollectCommand", "SOURCE AND TIME, OR WHY THERE IS NO VALUE") << '\n';
    for (int i = 0; i < figures.size(); ++i) {
        const Figure &f = figures.at(i);
        QString where = f.source;
        if (f.collectedAt.isValid())
            where = QCoreApplication::translate("CollectCommand", "%1 at %2").arg(where, utc(f.collectedAt));
        QString said;
        if (f.error.isError())
            said = f.error.message + (f.source.isEmpty() ? QString() : QStringLiteral(" (") + where + QLatin1Char(')'));
        else
            said = where + (f.note.isEmpty() ? QString() : QStringLiteral(": ") + f.note)
                + (f.detail.isEmpty() ? QString() : QStringLiteral(" [") + f.detail + QLatin1Char(']'));
        out << padded(label(f), labelWidth) << "  " << padded(values.at(i), valueWidth) << "  " << said << '\n';
    }
    out.flush();
    return exitCode;
}
