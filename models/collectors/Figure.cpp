#include "models/collectors/Figure.h"

#include <cmath>

bool isExactCount(double n)
{
    return n >= 0 && n <= 9007199254740992.0 && std::floor(n) == n; // false for NaN
}

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::None: return {};
    case Error::Code::NotFound: return QStringLiteral("not-found");
    case Error::Code::CannotCreate: return QStringLiteral("cannot-create");
    case Error::Code::ReadOnly: return QStringLiteral("read-only");
    case Error::Code::NotAStore: return QStringLiteral("not-a-store");
    case Error::Code::Corrupt: return QStringLiteral("corrupt");
    case Error::Code::NewerSchema: return QStringLiteral("newer-schema");
    case Error::Code::Busy: return QStringLiteral("busy");
    case Error::Code::DiskFull: return QStringLiteral("disk-full");
    case Error::Code::Io: return QStringLiteral("io");
    case Error::Code::Invalid: return QStringLiteral("invalid");
    case Error::Code::Refused: return QStringLiteral("refused");
    case Error::Code::Conflict: return QStringLiteral("conflict");
    case Error::Code::Cancelled: return QStringLiteral("cancelled");
    case Error::Code::NotConfigured: return QStringLiteral("not-configured");
    case Error::Code::Unauthorized: return QStringLiteral("unauthorized");
    case Error::Code::Forbidden: return QStringLiteral("forbidden");
    case Error::Code::Timeout: return QStringLiteral("timeout");
    case Error::Code::Unreachable: return QStringLiteral("unreachable");
    case Error::Code::Malformed: return QStringLiteral("malformed");
    case Error::Code::Remote: return QStringLiteral("remote-error");
    case Error::Code::Incomplete: return QStringLiteral("incomplete");
    }
    return QStringLiteral("unknown");
}
