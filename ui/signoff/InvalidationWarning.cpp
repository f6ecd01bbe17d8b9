#include "ui/signoff/InvalidationWarning.h"

#include "models/checklist/ChecklistNode.h"
#include "models/session/LaunchRecord.h"
#include "models/signoff/SignOffDesk.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QMessageBox>

namespace InvalidationWarning {

namespace {
bool ask(QWidget *parent, const QString &what, const QStringList &covering)
{
    const auto answer = QMessageBox::question(
        parent, QCoreApplication::translate("FieldEditor", "Invalidate signatures?"),
        QCoreApplication::translate("FieldEditor",
                                    "%1 is part of what %2 signed. Changing it marks %n signature(s) invalidated, in "
                                    "the record and on the report; they must sign again.\n\nChange it?",
                                    nullptr, int(covering.size()))
            .arg(what, QLocale().createSeparatedList(covering)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}
} // namespace

bool confirm(QWidget *parent, const SignOffDesk *signOff, const QString &item, const QString &fieldKey,
             const QString &typed)
{
    if (!signOff)
        return true;
    const QStringList covering = signOff->signaturesInvalidatedByValue(item, fieldKey, typed);
    if (covering.isEmpty())
        return true;
    const LaunchRecord *session = signOff->session();
    const ChecklistNode *node = session->document() ? session->document()->find(item) : nullptr;
    const ChecklistField *field = node ? node->field(fieldKey) : nullptr;
    return ask(parent, field ? field->label : fieldKey, covering);
}

bool confirmT0(QWidget *parent, const SignOffDesk *signOff, const QDateTime &recorded)
{
    if (!signOff)
        return true;
    const QStringList covering = signOff->signaturesInvalidatedByT0(recorded);
    return covering.isEmpty() || ask(parent, QCoreApplication::translate("FieldEditor", "The recorded T0"), covering);
}

} // namespace InvalidationWarning
