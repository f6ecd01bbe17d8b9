#include "models/session/DeskFiles.h"

#include "models/record/RecordLocation.h"

#include <QStandardPaths>

namespace DeskFiles {

QString historyPathFor(const QString &storePath)
{
    // A desk's own measurements of a shared record stay on the desk.
    if (auto location = RecordLocation::parse(storePath); location && location->isPostgres())
        return localFileFor(location.value(), QStringLiteral(".history.sqlite"));
    QString path = storePath;
    if (path.endsWith(QLatin1String(".sqlite")))
        path.chop(7);
    return path + QStringLiteral(".history.sqlite");
}

QString localFileFor(const RecordLocation &location, const QString &suffix)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/team-records/")
        + location.localName() + suffix;
}

QString outboxPathFor(const RecordLocation &location)
{
    return localFileFor(location, QStringLiteral(".outbox.sqlite"));
}

} // namespace DeskFiles
