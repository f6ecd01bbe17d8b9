#include "models/monitoring/ProbeReason.h"

#include <QCoreApplication>
#include <QVector>

#include <charconv>

namespace {

constexpr ReasonCode kCodes[] = {ReasonCode::HttpStatus, ReasonCode::Connected, ReasonCode::AcceptingConnections,
                                 ReasonCode::ExitCode};

// In ServiceCheck's context, where the translations of these sentences have always been.
const char *sentence(ReasonCode code)
{
    switch (code) {
    case ReasonCode::HttpStatus: return QT_TRANSLATE_NOOP("ServiceCheck", "HTTP %1 in %2 ms");
    case ReasonCode::Connected: return QT_TRANSLATE_NOOP("ServiceCheck", "connected in %1 ms");
    case ReasonCode::AcceptingConnections: return QT_TRANSLATE_NOOP("ServiceCheck", "accepting connections (%1 ms)");
    case ReasonCode::ExitCode: return QT_TRANSLATE_NOOP("ServiceCheck", "exit code %1 in %2 ms");
    case ReasonCode::Text: break;
    }
    return nullptr;
}

// A sentence's words around its numbers, split once: the history makes a reason for every row it
// reads and weighs one for every row it writes.
struct Parts
{
    QString head, middle, tail; // head %1 middle %2 tail; without a number: head %1 tail
};

const Parts *partsOf(ReasonCode code)
{
    static const QVector<Parts> all = [] {
        QVector<Parts> parts(int(ReasonCode::ExitCode) + 1);
        for (const ReasonCode c : kCodes) {
            const QString words = QString::fromLatin1(sentence(c));
            const qsizetype one = words.indexOf(QLatin1String("%1"));
            const qsizetype two = words.indexOf(QLatin1String("%2"));
            Parts &p = parts[int(c)];
            p.head = words.left(one);
            p.middle = two < 0 ? QString() : words.mid(one + 2, two - one - 2);
            p.tail = words.mid((two < 0 ? one : two) + 2);
        }
        return parts;
    }();
    const int i = int(code);
    return code != ReasonCode::Text && i >= 0 && i < all.size() ? &all.at(i) : nullptr;
}

// A number as QString::number() and arg() write it, in buffer.
QLatin1String decimal(char (&buffer)[16], int n)
{
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, n);
    return QLatin1String(buffer, written.ptr - buffer);
}

} // namespace

QString passedReason(ReasonCode code, int number, int latencyMs)
{
    const char *words = sentence(code);
    if (!words)
        return {};
    const QString translated = QCoreApplication::translate("ServiceCheck", words);
    return StoredReason::hasNumber(code) ? translated.arg(number).arg(latencyMs) : translated.arg(latencyMs);
}

bool StoredReason::hasNumber(ReasonCode code)
{
    return code == ReasonCode::HttpStatus || code == ReasonCode::ExitCode;
}

QString reasonText(ReasonCode code, int number, const QString &text, int latencyMs)
{
    const Parts *p = partsOf(code);
    if (!p)
        return text;
    char numberDigits[16], latencyDigits[16];
    const QLatin1String latency = decimal(latencyDigits, latencyMs);
    if (!StoredReason::hasNumber(code))
        return QString(p->head + latency + p->tail);
    return QString(p->head + decimal(numberDigits, number) + p->middle + latency + p->tail);
}

StoredReason StoredReason::of(const QString &reason, int latencyMs)
{
    for (const ReasonCode code : kCodes) {
        const Parts &p = *partsOf(code);
        if (!reason.startsWith(p.head))
            continue;
        int number = 0;
        if (hasNumber(code)) {
            // The candidate is what stands where the sentence has its number; the comparison below
            // decides, so nothing depends on how it was found.
            const qsizetype end = reason.indexOf(p.middle, p.head.size());
            bool ok = false;
            number = end > p.head.size() ? QStringView(reason).mid(p.head.size(), end - p.head.size()).toInt(&ok) : 0;
            if (!ok)
                continue;
        }
        if (reasonText(code, number, {}, latencyMs) == reason)
            return {code, number, {}};
    }
    return {ReasonCode::Text, 0, reason};
}
