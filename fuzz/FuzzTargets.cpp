#include "fuzz/FuzzTargets.h"

#include "fuzz/FuzzSupport.h"
#include "models/checklist/ChecklistField.h"
#include "models/checklist/MarkdownChecklistReader.h"
#include "models/checklist/ParsedChecklist.h"
#include "models/monitoring/Condition.h"
#include "models/monitoring/PostgresProbe.h"
#include "models/monitoring/ServiceCatalogue.h"

#include <cstdio>
#include <cstdlib>

// The Markdown checklist reader (md4c, laid out as Qt's reader does, plus the checklist's own meaning:
// phases, tasks, steps, groups, blanks, stable ids) on any UTF-8 text; then a look-up in the tree.
int fuzzMarkdown(const uint8_t *data, size_t size)
{
    ensureGuiApplication();
    MarkdownReadStats stats;
    const auto document = MarkdownChecklistReader::read(textOf(data, size), &stats);
    if (document)
        (void)document->match(QStringLiteral("Go-Live"));
    return 0;
}

// The parsed form a record keeps beside its template (the seeds are forms of fuzz/corpus/markdown's
// files made from a template named "fuzz"): any bytes either read as a whole tree or refused, and
// one node looked up alone, without reading past the end of either or deeper than the stack allows.
int fuzzParsed(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString sha = QStringLiteral("fuzz");
    // The input stands for the template's text too: where a title is read from can be anywhere in it.
    if (const auto document = ParsedChecklist::decode(bytes, sha, bytes))
        (void)document->match(QStringLiteral("Go-Live"));
    (void)ParsedChecklist::findNode(bytes, sha, bytes, QStringLiteral("0123456789"));
    return 0;
}

// The blank and field detector (`_____ ms`, `Total …: _____`, `[ ] Green [ ] Yellow [ ] Red`, …)
// on one line of any text; then each field it found checks and normalizes the same text as a value
// typed into it, and the line's canonical form (the one item ids are made from) is taken.
int fuzzFields(const uint8_t *data, size_t size)
{
    const QString text = textOf(data, size);
    for (const ChecklistField &field : detectFields(text)) {
        if (field.validate(text).isEmpty())
            (void)field.normalize(text);
        (void)field.validate(field.templateValue);
    }
    (void)canonicalFieldText(text);
    return 0;
}

// The condition language: parse any text; a valid condition is evaluated against observations of
// every kind (an HTTP answer with a JSON body, a text body, a command's exit, a connection).
int fuzzCondition(const uint8_t *data, size_t size)
{
    const auto parsed = Condition::parse(textOf(data, size));
    if (!parsed)
        return 0;
    const Condition &c = parsed.value();
    Observation http;
    http.status = 200;
    http.responseTimeMs = 120;
    http.connected = true;
    http.body = R"({"status":"ok","data":[{"id":1,"name":"a"},{"id":2}],"count":2,"nested":{"x":[[1,2],[3]]}})";
    Observation text = http;
    text.body = "OK";
    Observation command;
    command.connected = true;
    command.exitCode = 3;
    command.body = "[1,2,3]";
    Observation refused;
    for (const Observation *o : {&http, &text, &command, &refused})
        (void)c.evaluate(*o);
    (void)evaluateAll({c, c}, http);
    return 0;
}

// JSON-path evaluation on response bodies: the first line of the input is a path ([BODY] followed by
// it: `.data[0].id`, `[2]`, …), the rest is the body a server sent. The path is evaluated as a value,
// with len() and has(), against the body as it is.
int fuzzJsonPath(const uint8_t *data, size_t size)
{
    const QByteArray input = bytesOf(data, size);
    const int newline = input.indexOf('\n');
    const QString path = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    Observation o;
    o.status = 200;
    o.connected = true;
    o.body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const QString body = QStringLiteral("[BODY]") + path;
    QVector<Condition> conditions;
    const QStringList texts = {body + QStringLiteral(" == ok"), body + QStringLiteral(" > 1"),
                               QStringLiteral("len(") + body + QStringLiteral(") >= 0"),
                               QStringLiteral("has(") + body + QStringLiteral(") == true"),
                               body + QStringLiteral(" == any(1, \"x\", true)")};
    for (const QString &text : texts) {
        if (const auto c = Condition::parse(text)) {
            (void)c->evaluate(o);
            conditions.append(c.value());
        }
    }
    (void)evaluateAll(conditions, o);
    return 0;
}

// The service catalogue: JSON, ${ENV} expansion and every field's checks on any bytes. Variables
// starting with U are unset; the others have values made from their names (with '/', '@', ':' and
// spaces, so they land in every part of a URL). Then what the dashboard shows of each service:
// its target and a text with its secrets masked. A secret left in either is a finding.
// Masking replaces a secret by ••••; a secret made of • alone cannot be told from the mask.
namespace {

QString valueOf(const QString &name)
{
    if (name.startsWith(QLatin1Char('U')))
        return {};
    switch (name.size() % 4) {
    case 0: return name;
    case 1: return QStringLiteral("user:pa ss@") + name;
    case 2: return QStringLiteral("http://") + name.toLower() + QStringLiteral(".example/");
    default: return QStringLiteral("/path/") + name + QStringLiteral("?q=1");
    }
}

bool maskable(const QString &secret)
{
    for (const QChar c : secret) {
        if (c != QChar(0x2022))
            return true;
    }
    return false;
}

} // namespace

int fuzzCatalogue(const uint8_t *data, size_t size)
{
    ensureCoreApplication();
    const auto read = ServiceCatalogue::fromJson(bytesOf(data, size), QStringLiteral("fuzz.json"), valueOf);
    if (!read)
        return 0;
    const QVector<ServiceDefinition> &services = read.value();
    for (const ServiceDefinition &s : std::as_const(services)) {
        const QString shown = s.displayTarget() + QLatin1Char('\n') + s.configError + QLatin1Char('\n')
            + s.mask(s.url.toString() + QLatin1Char(' ') + QString::fromUtf8(s.body));
        for (const QString &secret : s.secretValues) {
            if (maskable(secret) && shown.contains(secret, Qt::CaseInsensitive)) {
                fprintf(stderr, "secret %s shown in %s\n", qPrintable(secret), qPrintable(shown));
                abort();
            }
        }
    }
    return 0;
}

// The PostgreSQL wire reply parser (PostgresProbe::interpretReply): the first bytes a server
// sends after our StartupMessage, as a hostile or broken peer may send them.
int fuzzPgReply(const uint8_t *data, size_t size)
{
    PostgresProbe::Readiness readiness = PostgresProbe::Readiness::NoResponse;
    QString detail;
    (void)PostgresProbe::interpretReply(bytesOf(data, size), &readiness, &detail);
    return 0;
}
