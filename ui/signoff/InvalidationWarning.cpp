#include "InvalidationWarning.h"

#include "checklist/ChecklistNode.h"
#include "session/ChecklistSession.h"
#include "signoff/SignOffDesk.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>

namespace InvalidationWarning {

bool confirm(QWidget *parent, const SignOffDesk *signOff, const QString &item, const QString &fieldKey,
             const QString &typed)
{
    if (!signOff)
        return true;
    const ChecklistSession *session = signOff->session();
    const ChecklistNode *node = session->document() ? session->document()->find(item) : nullptr;
    const ChecklistField *field = node ? node->field(fieldKey) : nullptr;
    const QStringList covering = signOff->record().signedRolesCovering(item, fieldKey);
    if (!field || covering.isEmpty() || !field->validate(typed).isEmpty()
        || field->normalize(typed) == session->fieldValue(item, fieldKey))
        return true;
    const auto answer = QMessageBox::question(
        parent, QCoreApplication::translate("FieldEditor", "Invalidate signatures?"),
        QCoreApplication::translate("FieldEditor",
                                    "%1 is part of what %2 signed. Changing it marks %n signature(s) invalidated, in "
                                    "the record and on the report; they must sign again.\n\nChange it?",
                                    nullptr, int(covering.size()))
            .arg(field->label, QLocale().createSeparatedList(covering)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

} // namespace InvalidationWarning
